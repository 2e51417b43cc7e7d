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
import { contentsTitle } from '../debris/contents.js';

/** Lines read after a heading for the next numbered one: a section's first paragraphs. */
const LOOK_AHEAD = 12;
/** The longest title of the repeated item (its text before the first mark): a heading's, not a sentence. */
const LONGEST_TITLE = 20;

/** A title quoted: its first characters. */
const short = (title: string): string => (title.length > QUOTED ? `${title.slice(0, QUOTED)}…` : title);
const QUOTED = 12;
/** A line that ends with a closing quotation mark (after its last full stop, if any). */
const QUOTE_CLOSED = /[”」』"][ \u3000]*$/;

/**
 * The same heading twice: a line written again (a PDF's running head on the next page, a line pasted twice) or a contents
 * entry (部门基本情况…………1) right above its heading: a copy, not a number slipped (adjacent-repeat.ts alike).
 */
export function sameHeading(before: string, title: string): boolean {
  return before === title || contentsTitle(before)?.replace(/\s+/g, '') === title.replace(/\s+/g, '');
}

/**
 * `told`: read the repeats on the outline's own headings instead, once the template's count has been read (the offsets of
 * what it told): a heading it told, or one after a heading it told, is its finding already.
 */
export function repeatedAfterHeadings(
  outline: Outline,
  lines: readonly TextLine[],
  renumber: (m: Marker, n: number) => string,
  told?: ReadonlySet<number>,
): RuleFinding[] {
  // the outline's heading lines, gathered only when a number is found again (rarely): not on every keystroke
  let headingLines: Set<TextLine> | undefined;
  const isHeading = (line: TextLine): boolean => (headingLines ??= new Set(outline.headings.map((h) => h.line))).has(line);
  const out: RuleFinding[] = [];
  for (const h of outline.headings) {
    const m = h.head.marker;
    if (!m || m.broken || m.enclosed) continue;
    // a numbered paragraph that closes a quotation (“一、自评范围。… then 二、自评内容。…。” as a notice is quoted) is the
    // cited document's numbering: the report's heading with the same number after it is no repeat
    if (QUOTE_CLOSED.test(h.line.text) || told?.has(h.line.start + m.start)) continue;
    const from = indexOfLine(lines, h.line);
    if (from < 0) continue;
    for (let k = from + 1; k < Math.min(lines.length, from + 1 + LOOK_AHEAD); k++) {
      const line = lines[k] as TextLine;
      const { head } = readingOf(line);
      const next = head.marker;
      if (!next) continue;
      const same = !next.broken && next.level === m.level && next.value === m.value && next.sep === m.sep && next.open === m.open;
      // with `told`, a heading of the outline's (一、部门基本情况 二、绩效目标完成情况 二、存在问题 三、改进措施): where the
      // template counts the second 二、 as its own second section, only this reading sees the number twice
      const wanted = same && line.first && (told ? isHeading(line) && !told.has(line.start + next.start) : !isHeading(line));
      if (wanted && !sameHeading(h.head.title, head.title) && head.title.length <= LONGEST_TITLE) {
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
