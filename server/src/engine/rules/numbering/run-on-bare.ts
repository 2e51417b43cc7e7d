// A heading with no number run onto the end of the paragraph before it (龙感湖 农机购置补贴 2023: `…共计84.47万元。绩效目标完成
// 情况分析`, then `(一)资金投入情况分析` on the next line): a short title after the line's last sentence end, ending the line,
// and the first item of a run, （一） or 1., opening the next line, the title ending as a heading of the run under it ends (分析,
// as (一)资金投入情况分析 does). The title lost its line break and its number alike. A sentence cut off (a page's end, an
// excerpt's: `…。指导湛江市科技创新促进会和麻`) ends as no heading does; a lead-in to the list (…情况如下, …包括) is no heading.
// The numbered form is run-on-heading.ts's. Part of heading-numbering.
import type { TextLine } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { pickedLines } from '../../parse/picked-lines.js';
import type { Report } from '../../model/report.js';
import type { NumberedItem } from '../../model/own-numbering.js';
import { MAX_LOST_TITLE } from '../../model/lost-number.js';
import { readingOf } from '../../parse/blocks.js';
import { isHanCode } from '../../text/han.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';

/** A title of four to twenty Chinese characters after a sentence's end, ending the line. */
const TAIL = /[。；;！？][ \t\u3000]*([\u4e00-\u9fa5]{4,20})[ \t\u3000]*$/;
/** The words a lead-in to a list ends with: what follows is its list, not a section. */
const LEAD_IN = /(?:如下|以下|包括|主要有|分别为|具体为|有)$/;
/** The first item of a run at the start of a line: （一） or 1. (1、), a Chinese title after it. */
const FIRST_ITEM = /^[ \t\u3000]*([(（]一[)）]|1[.．、](?![0-9]))[ \u3000]*[\u4e00-\u9fa5]/;

const tailOf = lineMemo((line: TextLine): { at: number; title: string } | null => {
  if (line.inLine) return null;
  // most lines end in a mark: told by their last character before the expression is tried
  const last = line.text.trimEnd();
  const code = last.charCodeAt(last.length - 1);
  if (!(code >= 0x4e00 && code <= 0x9fa5)) return null;
  const m = TAIL.exec(last);
  const title = m?.[1];
  if (!m || !title || LEAD_IN.test(title)) return null;
  return { at: m.index + m[0].indexOf(title), title };
});
const tailLines = pickedLines((line) => tailOf(line) !== null);

/** The last two Chinese characters of a title (资金投入情况分析。 → 分析), or ''. */
function ending(title: string): string {
  let end = title.length;
  while (end > 0 && !isHanCode(title.charCodeAt(end - 1))) end--;
  return end >= 2 && isHanCode(title.charCodeAt(end - 2)) ? title.slice(end - 2, end) : '';
}

/** How many items of the run under the title are read for their endings. */
const READ_UNDER = 12;

/**
 * Whether a title ends as a heading of the run under it does (绩效目标完成情况分析 over (一)资金投入情况分析): read from the
 * item on line `at` on, while the items stay at its level or below, up to READ_UNDER of them; short titles only.
 */
function endsLikeRunUnder(items: readonly NumberedItem[], at: number, end: string): boolean {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as NumberedItem).lineIndex < at) lo = mid + 1;
    else hi = mid;
  }
  const first = items[lo];
  if (!first || first.lineIndex !== at) return false;
  for (let k = lo; k < items.length && k < lo + READ_UNDER; k++) {
    const item = items[k] as NumberedItem;
    if (item.level < first.level) break;
    const { head, titleLength } = readingOf(item.line);
    if (!item.marker.broken && !head.runIn && titleLength <= MAX_LOST_TITLE && ending(head.title) === end) return true;
  }
  return false;
}

/** `items`: the report's numbered lines (numberedItems), read once for the checks that walk them. */
export function runOnBare(report: Report, items: readonly NumberedItem[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  const from = report.frontMatter.end;
  const { lines } = report.parsed;
  tailLines(report.chunks, (line, at) => {
    if (line.start < from) return;
    const { at: offset, title } = tailOf(line) as { at: number; title: string };
    let k = at + 1;
    while (k < lines.length && (lines[k] as TextLine).text.trim() === '') k++;
    const next = lines[k];
    const first = next && !next.inLine ? FIRST_ITEM.exec(next.text)?.[1] : undefined;
    if (!first || !endsLikeRunUnder(items, k, ending(title))) return;
    const start = line.start + offset;
    out.push({
      span: { start, end: start + title.length },
      message: {
        zh: `标题${zq(title)}接在了上一段的末尾，也没有编号：其下第一项${zq(first)}另起一行，标题也应另起一行，并按所在层级补上编号`,
        en:
          `The heading ${eq(title)} is run onto the end of the paragraph before it and has no number: the first item under it ` +
          `(${eq(first)}) starts a line, so start the heading on a line of its own and give it the number of its level`,
      },
      fix: {
        title: { zh: '把标题另起一行', en: 'Start the heading on a line of its own' },
        edits: [{ start, end: start, newText: '\n' }],
        safe: false,
      },
    });
  });
  return out;
}
