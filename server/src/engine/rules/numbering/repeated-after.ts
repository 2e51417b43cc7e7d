// A heading's number written again on the next numbered line (临河退役军人 2023: 4.成本指标… then 4.社会效益指标。, for
// 5.): the outline takes a number other than the next for a list item, so the repeat is read here, from each numbered
// heading to the next numbered line, a few lines on at most. Only the same number in the same form at the same level,
// on a line of its own with a title of a heading's length, is a repeat: a list after a heading starts at 1.
import type { TextLine } from '../../parse/blocks.js';
import { readingOf } from '../../parse/blocks.js';
import { indexOfLine } from '../../parse/line-search.js';
import type { Outline } from '../../model/outline.js';
import type { Marker } from '../../parse/markers.js';
import { eq, zq } from '../format.js';
import type { RuleFinding } from '../rule.js';

/** Lines read after a heading for the next numbered one: a section's first paragraphs. */
const LOOK_AHEAD = 12;
/** The longest title of the repeated item (its text before the first mark): a heading's, not a sentence. */
const LONGEST_TITLE = 20;

/** A title quoted: its first characters. */
const short = (title: string): string => (title.length > QUOTED ? `${title.slice(0, QUOTED)}…` : title);
const QUOTED = 12;

export function repeatedAfterHeadings(
  outline: Outline,
  lines: readonly TextLine[],
  renumber: (m: Marker, n: number) => string,
): RuleFinding[] {
  const headingLines = new Set(outline.headings.map((h) => h.line));
  const out: RuleFinding[] = [];
  for (const h of outline.headings) {
    const m = h.head.marker;
    if (!m || m.broken || m.enclosed) continue;
    const from = indexOfLine(lines, h.line);
    if (from < 0) continue;
    for (let k = from + 1; k < Math.min(lines.length, from + 1 + LOOK_AHEAD); k++) {
      const line = lines[k] as TextLine;
      const { head } = readingOf(line);
      const next = head.marker;
      if (!next) continue;
      const same = !next.broken && next.level === m.level && next.value === m.value && next.sep === m.sep && next.open === m.open;
      if (same && line.first && !headingLines.has(line) && head.title.length <= LONGEST_TITLE) {
        const want = renumber(next, m.value + 1);
        const before = m.text + short(h.head.title);
        const span = { start: line.start + next.start, end: line.start + next.end };
        out.push({
          span,
          message: {
            zh: `编号重复：${zq(before)}之后又是${zq(next.text + head.title)}，应为${zq(want + head.title)}`,
            en: `Number repeated: ${eq(before)} is followed by ${eq(next.text + head.title)}; it should be ${eq(want + head.title)}`,
          },
          fix: { title: { zh: `改为${zq(want)}`, en: `Change to ${eq(want)}` }, edits: [{ ...span, newText: want }], safe: false },
        });
      }
      break;
    }
  }
  return out;
}
