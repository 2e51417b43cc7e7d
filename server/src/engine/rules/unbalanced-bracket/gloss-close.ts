// A bracketed name or gloss inside a phrase that lost its opening bracket (中央自然灾害森林草原航空消防补助)救灾资金, for
// 中央自然灾害(森林草原航空消防补助)救灾资金, 云南应急管理厅 2020): a ) no ( before it in the paragraph closes, between two
// words. Not a heading's or a list's marker (二)绩效目标, 1)立项必要性: heading-numbering's and list-number.ts's), and
// not among figures (a table extracted as text, 执行情况相)预资5年初预算, loses brackets with its cells).
import { isHan } from '../../text/han.js';

/** Chinese characters the words on each side must have: a marker (二)) has one before it. */
const WORD = 3;
/** How far either side no digit may stand: a figure right by it is a table's cell (相)预资5年初预算). */
const NO_FIGURES = 3;

const isDigit = (c: string): boolean => (c >= '0' && c <= '9') || (c >= '０' && c <= '９');

/** Whether the unmatched ) at `at` closes a gloss between two words of a phrase. */
export function glossClosed(text: string, at: number): boolean {
  for (let k = 1; k <= WORD; k++) if (!isHan(text[at - k] ?? '')) return false;
  for (let k = 1; k <= 2; k++) if (!isHan(text[at + k] ?? '')) return false;
  for (let k = 1; k <= NO_FIGURES; k++) if (isDigit(text[at - k] ?? '') || isDigit(text[at + k] ?? '')) return false;
  let s = at;
  while (s > 0 && text[s - 1] !== '\n') s--;
  let e = at;
  while (e < text.length && text[e] !== '\n') e++;
  return !text.slice(s, e).includes('|');
}
