// The last item of a list in 、 joined by a comma (红河人社 2023: …劳动能力鉴定专家评审专项资金3.50万元,农民工工资政府
// 应急周转专项资金500.00万元。): a clause of at least MIN_ITEMS items separated by 、, then a comma and one more item that
// ends the sentence, every item ending alike: a figure in the same unit (113人 … 5人, 3.50万元 … 500.00万元) or the same
// two characters (工区 … 工区). An item that opens with a total or a comparison (，合计30万元, ，比上年增加5万元), or goes on
// with the predicate (…德政工程,更是一项…工程: data/enumeration-separator.json), or whose figure is the items' sum, is prose
// going on, and is left. The comma becomes 、. A list whose start is in the paragraph before (新邵 2017, cut by a sharing
// site's counter) is not seen. Part of enumeration-separator.
import data from '../data/enumeration-separator.json' with { type: 'json' };
import { charTable } from '../../text/char-table.js';
import { isHanCode } from '../../text/han.js';

/** Items in 、 before the comma, at least. */
const MIN_ITEMS = 3;
/** Characters of the last item, at most. */
const LONGEST_LAST = 40;
/** By char code: the loops read every character of every line with a 、. */
const SENTENCE_END = charTable('。；;！!？?');
const COMMA = charTable('，,');
const CLAUSE_START = charTable('，,：:');
const SHARED_END = 2;
/** Characters of a unit after a figure, at most (万元, 平方米). */
const MOST_UNIT = 3;
const NOT_AN_ITEM = [...data.comparisonWords, ...data.totalWords, ...data.predicateOpeners];

export interface CommaLast {
  /** Offset of the comma in the line. */
  at: number;
  /** The item before the comma, the comma and the last item, as written. */
  shown: string;
}

/**
 * A 、 then, in the same clause, a comma and a last item of two to LONGEST_LAST characters ending its sentence: what
 * every hit holds, tested natively before the loops below (interpreted in the CLI's engine, which never warms up). The
 * comma comes first and the 、 is looked for behind it: read from each 、 forward, a line of many 、 and no comma was
 * scanned to its end once per 、 (160,000 characters: 4 s); looked for back from a comma, no scan passes the comma before.
 */
const LIST_THEN_COMMA = new RegExp(`[，,](?<=、[^，,：:。；;！!？?]*[，,])[^、，,。；;！!？?]{${SHARED_END},${LONGEST_LAST}}[。；;！!？?]`);

export function commaLast(text: string): CommaLast[] {
  if (!LIST_THEN_COMMA.test(text)) return NONE;
  let out: CommaLast[] | undefined;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && SENTENCE_END[text.charCodeAt(i)] !== 1) continue;
    const hit = inSentence(text, start, i);
    if (hit) (out ??= []).push(hit);
    start = i + 1;
  }
  return out ?? NONE;
}

/** The hit in text[from, to), one sentence, or undefined. */
function inSentence(text: string, from: number, to: number): CommaLast | undefined {
  if (to >= text.length) return undefined; // a sentence the line does not end: its last item may go on
  let comma = to - 1;
  while (comma >= from && COMMA[text.charCodeAt(comma)] !== 1) comma--;
  if (comma < from) return undefined;
  const last = text.slice(comma + 1, to);
  if (last.length < SHARED_END || last.length > LONGEST_LAST || last.includes('、') || NOT_AN_ITEM.some((w) => last.startsWith(w)))
    return undefined;
  let clause = comma - 1;
  while (clause >= from && CLAUSE_START[text.charCodeAt(clause)] !== 1) clause--;
  const items = text.slice(clause + 1, comma).split('、');
  if (items.length < MIN_ITEMS) return undefined;
  const end = endOf(last);
  if (end === undefined || !items.every((it) => it.length > SHARED_END && endOf(it) === end)) return undefined;
  if (end.startsWith('#') && isTheirSum(items, last, end.length - 1)) return undefined;
  const before = items.at(-1) as string;
  return { at: comma, shown: `${before}${text[comma] as string}${last}` };
}

/** How an item ends: the unit after its figure (113人 → #人, 3.50万元 → #万元), else its last two characters when they are Chinese. */
function endOf(item: string): string | undefined {
  let i = item.length;
  while (i > 0 && isHanCode(item.charCodeAt(i - 1)) && item.length - i < MOST_UNIT) i--;
  const digit = item.charCodeAt(i - 1);
  if (i < item.length && digit >= 48 && digit <= 57) return `#${item.slice(i)}`;
  const tail = item.slice(-SHARED_END);
  return isHanCode(tail.charCodeAt(0)) && isHanCode(tail.charCodeAt(1)) ? tail : undefined;
}

/**
 * Whether the last item's figure is the items' figures added up (资助学生1200人、教师300人、家长800人，覆盖2300人): a total
 * told after the list, whatever word opens it, not one more item (made up; a red-team look-alike flagged before).
 */
function isTheirSum(items: string[], last: string, unitLength: number): boolean {
  const total = figureBefore(last, last.length - unitLength);
  if (total === undefined) return false;
  let sum = 0;
  for (const it of items) {
    const v = figureBefore(it, it.length - unitLength);
    if (v === undefined) return false;
    sum += v;
  }
  return Math.abs(sum - total) < 0.005 * Math.max(1, total);
}

/** The figure (digits, a point, thousands commas) that ends at `end` in item, as a number. */
function figureBefore(item: string, end: number): number | undefined {
  let i = end;
  while (i > 0 && /[\d.,]/.test(item[i - 1] as string)) i--;
  const v = Number(item.slice(i, end).replace(/,/g, ''));
  return i < end && Number.isFinite(v) ? v : undefined;
}

const NONE: CommaLast[] = [];
