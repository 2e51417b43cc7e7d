// A year-consistency reading made of one line's items (a date, a 文号's year), each a warning on its own span: the
// lines holding such an item are kept per chunk (picked-lines.ts), as the reading is asked on every keystroke.
import type { TextLine } from '../../parse/blocks.js';
import { pickedLines, type Needs } from '../../parse/picked-lines.js';
import type { Report } from '../../model/report.js';
import type { RuleFinding } from '../rule.js';

/**
 * `itemsOf` a line (a line memo: offsets in the line), each told by `message`, on the lines after the front matter.
 * `needs`: what every line with an item holds (picked-lines.ts's Needs).
 */
export function lineWarnings<T extends { start: number; end: number }>(
  itemsOf: (line: TextLine) => readonly T[],
  needs: Needs | undefined,
  message: (item: T) => RuleFinding['message'],
): (report: Report) => RuleFinding[] {
  const lines = pickedLines((line) => itemsOf(line).length > 0, undefined, needs);
  return (report) => {
    const out: RuleFinding[] = [];
    const from = report.frontMatter.end;
    lines(report.chunks, (line) => {
      if (line.start < from) return;
      for (const d of itemsOf(line))
        out.push({ severity: 'warning', span: { start: line.start + d.start, end: line.start + d.end }, message: message(d) });
    });
    return out;
  };
}
