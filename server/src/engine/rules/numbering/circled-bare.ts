// A list numbered ① ② ③ … inside a line whose next item lost its circle (隆阳 林业生态 2022: 分别项目为①…;④新一轮退耕还林
// 补助未支付,资金执行率为0%;5新一轮退耕还林还草延长期补助…;6草原有害生物防治…): after at least ① and ② in order (a
// circled number is a list's number wherever it stands), a bare number that goes on from the last one (5 after ④),
// after a mark and glued to a word, is the next item written without its circle. A figure with its unit (;5万元, ;5个:
// data/heading-numbering.json) is no number. Said once for the list, at the first bare number. Read on every line
// whatever the outline. Part of heading-numbering.
import type { TextLine } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { pickedLines } from '../../parse/picked-lines.js';
import type { Report } from '../../model/report.js';
import { isHanCode } from '../../text/han.js';
import { zq, eq } from '../format.js';
import { afterItemMark } from './item-mark.js';
import type { RuleFinding } from '../rule.js';
import { absentFrom } from './absent.js';
import data from '../data/heading-numbering.json' with { type: 'json' };

const CIRCLED_ONE = 0x2460;
const CIRCLED_MAX = 20;
const UNITS = new Set(data.unitsAfterNumber);
/** How many characters of the bare item are quoted. */
const QUOTED = 8;
/** A circled number, which a list this check reads holds: the text's test, as the line's. */
const ANY_CIRCLED = /[\u2460-\u2473]/;

const circled = (n: number): string => String.fromCharCode(CIRCLED_ONE + n - 1);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

interface Bare {
  /** Offset of the bare number in the line. */
  at: number;
  digits: string;
  /** The last circled number before it. */
  last: number;
}

/** The first bare number that goes on from a circled list on the line, or null. One pass over the line. */
const bareOf = lineMemo((line: TextLine): Bare | null => {
  const t = line.text;
  let last = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i) - CIRCLED_ONE;
    if (c >= 0 && c < CIRCLED_MAX) {
      last = c + 1 === last + 1 || c === 0 ? c + 1 : 0;
      continue;
    }
    if (last < 2 || !isDigit(t[i]) || isDigit(t[i - 1]) || !afterItemMark(t, i, true)) continue;
    let j = i;
    while (isDigit(t[j])) j++;
    const digits = t.slice(i, j);
    if (Number(digits) === last + 1 && isHanCode(t.charCodeAt(j)) && !UNITS.has(t[j] as string)) return { at: i, digits, last };
  }
  return null;
});
const bareLines = pickedLines((line) => ANY_CIRCLED.test(line.text) && bareOf(line) !== null);

export function circledBare(report: Report): RuleFinding[] {
  if (absentFrom(report, ANY_CIRCLED)) return [];
  const out: RuleFinding[] = [];
  const from = report.frontMatter.end;
  bareLines(report.chunks, (line) => {
    if (line.start < from) return;
    const b = bareOf(line) as Bare;
    const start = line.start + b.at;
    const end = start + b.digits.length;
    const want = circled(b.last + 1);
    let q = end;
    while (q < line.start + line.text.length && q - start < QUOTED && isHanCode(report.text.charCodeAt(q))) q++;
    const item = report.text.slice(start, q);
    out.push({
      span: { start, end },
      message: {
        zh: `列举编号从${zq(circled(1))}编到${zq(circled(b.last))}，下一项${zq(item)}的编号写成了不带圈的${zq(b.digits)}：应为${zq(want)}（后面各项同样）`,
        en:
          `The list is numbered ${eq(circled(1))} to ${eq(circled(b.last))}, and its next item ${eq(item)} is numbered ` +
          `${eq(b.digits)} without the circle: write ${eq(want)} (and the items after it likewise)`,
      },
      fix: { title: { zh: `改为${zq(want)}`, en: `Change to ${eq(want)}` }, edits: [{ start, end, newText: want }], safe: false },
    });
  });
  return out;
}
