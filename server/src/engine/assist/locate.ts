// Where a position is in the report: the innermost section around it and its source line.
import type { Report } from '../model/report.js';
import type { Section } from '../model/outline.js';

export function sectionAt(report: Report, offset: number): Section | undefined {
  let found: Section | undefined;
  let level: Section[] = report.outline.roots;
  for (;;) {
    const next = level.find((s) => s.start <= offset && offset < Math.max(s.end, s.start + 1));
    const atEnd = level.find((s) => offset === report.text.length && s.end === offset);
    const s = next ?? atEnd;
    if (!s) return found;
    found = s;
    level = s.children;
  }
}

export function lineAround(report: Report, offset: number): { start: number; end: number; before: string } {
  const line = report.index.lineOf(offset);
  const start = report.index.lineStart(line);
  return { start, end: report.index.lineEnd(line), before: report.text.slice(start, offset) };
}
