// Where a position is in the report: the innermost section around it and its source line.
import type { Report } from './report.js';
import type { Sentence } from '../parse/sentences.js';
import type { Section } from './outline.js';

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

/** The sentence holding an offset (binary search: hover must not scan a 5 MB report). */
export function sentenceAt(report: Report, offset: number): number {
  const list = report.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid] as Sentence;
    if (offset < s.start) hi = mid - 1;
    else if (offset > s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The sentences of one paragraph, around the one at `at`. */
export function paragraphSentences(report: Report, at: number): Sentence[] {
  const list = report.sentences;
  const block = (list[at] as Sentence).block;
  let from = at;
  let to = at;
  while (from > 0 && (list[from - 1] as Sentence).block === block) from--;
  while (to + 1 < list.length && (list[to + 1] as Sentence).block === block) to++;
  return list.slice(from, to + 1);
}

export function lineAround(report: Report, offset: number): { start: number; end: number; before: string } {
  const line = report.index.lineOf(offset);
  const start = report.index.lineStart(line);
  return { start, end: report.index.lineEnd(line), before: report.text.slice(start, offset) };
}

/**
 * Where the report's own statements start, for the rules that check figures: the first heading; in a
 * text with no heading at all (a 自评表 or a page flattened to one line, 棠溪 2022) everything after the
 * front matter, since there the body would otherwise be empty and every figure unread.
 */
export function factsStart(report: Report): number {
  return report.outline.headings.length > 0 ? report.outline.bodyStart : report.frontMatter.end;
}
