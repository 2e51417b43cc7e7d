// Numbers in report text: amounts with their unit (元/万元/亿元) and percentages, with the exact
// source span of the digits so a fix can replace just the number. Hand-written scanner: one pass,
// linear in the text, whatever the input.
import { glossAt } from '../text/traditional.js';

export type MoneyUnit = '元' | '万元' | '亿元';

export const UNIT_FACTOR: Record<MoneyUnit, number> = { 元: 1, 万元: 1e4, 亿元: 1e8 };

export interface NumberToken {
  value: number;
  /** Digits after the decimal point as written (3232.51 → 2). */
  decimals: number;
  /** Span of the number itself. */
  start: number;
  end: number;
  text: string;
}

export interface Amount extends NumberToken {
  unit: MoneyUnit;
  /** The unit as written (亿 for 亿元 is common). */
  unitText: string;
  /** End of the unit. */
  unitEnd: number;
  yuan: number;
}

export interface Percent extends NumberToken {
  /** End of the % sign. */
  signEnd: number;
}

const MAX_DIGITS = 18;

function digit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

const isDot = (c: number): boolean => c === 46 || c === 0xff0e;
const isComma = (c: number): boolean => c === 44;
const isSpace = (c: number): boolean => c === 32 || c === 0x3000 || c === 9 || c === 0xa0;

/** After a 万 or 亿 that is not followed by 元, these mean a count, not money. */
const COUNT_WORDS = new Set([...'人户次个家项吨亩件份台名册条场株头只平方千米公里册篇']);

/**
 * Scans `text[from, to)` for amounts and percentages. Thousands separators must group exactly three
 * digits; a digit run longer than MAX_DIGITS is not read as a number at all. (Other numbers are only
 * stepped over: nothing is built for them, and a date or a 文号 has several.)
 */
export function scanNumbers(text: string, from = 0, to = text.length): { amounts: Amount[]; percents: Percent[] } {
  const amounts: Amount[] = [];
  const percents: Percent[] = [];
  let i = from;
  while (i < to) {
    if (digit(text.charCodeAt(i)) < 0) {
      i++;
      continue;
    }
    // a number must not continue a word such as A4 or a longer digit run
    const start = i;
    let ascii = true; // only ASCII digits, no separator: the number is its own text
    let intDigits = 0;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (digit(c) >= 0) {
        ascii &&= c <= 57;
        intDigits++;
        i++;
      } else if (isComma(c) && intDigits > 0 && threeDigitsAt(text, i + 1, to)) {
        ascii = false;
        i++;
      } else break;
    }
    if (intDigits <= 3 && i - start === intDigits && i < to && isGroupSpace(text.charCodeAt(i))) {
      const grouped = spacedGroupsEnd(text, start, i, to);
      if (grouped > i) {
        intDigits += ((grouped - i) / 4) * 3;
        ascii = false;
        i = grouped;
      }
    }
    const intEnd = i;
    let fractionDigits = 0;
    if (i + 1 < to && isDot(text.charCodeAt(i)) && digit(text.charCodeAt(i + 1)) >= 0) {
      ascii &&= text.charCodeAt(i) === 46;
      i++;
      while (i < to && digit(text.charCodeAt(i)) >= 0) {
        ascii &&= text.charCodeAt(i) <= 57;
        fractionDigits++;
        i++;
      }
    }
    const end = i;
    if (intDigits + fractionDigits > MAX_DIGITS) continue;
    let j = end;
    while (j < to && j - end < 2 && isSpace(text.charCodeAt(j))) j++;
    j = wrappedUnit(text, j, to);
    const u = text[j];
    const u2 = text[j + 1];
    let unit: MoneyUnit | undefined; // none: a percentage
    let unitText = '';
    let after = j + 1;
    if (u === '元') {
      unit = '元';
      unitText = '元';
    } else if (u === '万' || u === '亿' || u === '萬' || u === '億') {
      // 萬 / 億: text a mirror site served in traditional characters (2021-四川-渠县教育局-转移支付: 8286.57萬元)
      unit = u === '万' || u === '萬' ? '万元' : '亿元';
      // a mirror's pinyin gloss glued after the character (40萬(wàn)元, 桃江 广电 20xx, set 30) is read past
      const k = j + 1 + glossAt(text, j + 1);
      if (text[k] === '元') {
        unitText = text.slice(j, k + 1);
        after = k + 1;
      } else if (u2 !== undefined && COUNT_WORDS.has(u2))
        continue; // a count: 3万人
      else unitText = u;
    } else if (u !== '%' && u !== '％') continue; // a plain number
    const numberText = text.slice(start, end);
    const value = Number(ascii ? numberText : asciiNumber(text, start, intEnd, end));
    i = after;
    // full literals, not spreads: one hidden class for every amount, and no slow generic copy
    if (unit === undefined) percents.push({ value, decimals: fractionDigits, start, end, text: numberText, signEnd: after });
    else
      amounts.push({
        value,
        decimals: fractionDigits,
        start,
        end,
        text: numberText,
        unit,
        unitText,
        unitEnd: after,
        yuan: value * UNIT_FACTOR[unit],
      });
  }
  return { amounts, percents };
}

/**
 * Where the unit starts when a PDF's line break stands between a number and its money unit (财政拨款收入412.80⏎万元，…:
 * made up, red team s23): the line ends with the number, and the next opens with 万元 / 亿元, or with 元 that begins no
 * word (元旦, 元月). `j` otherwise.
 */
function wrappedUnit(text: string, j: number, to: number): number {
  let k = j;
  if (text.charCodeAt(k) === 13) k++;
  if (text.charCodeAt(k) !== 10) return j;
  k++;
  while (k < to && k - j < 4 && isSpace(text.charCodeAt(k))) k++;
  if (k + 1 >= to) return j;
  const u = text[k];
  const next = text.charCodeAt(k + 1);
  if ((u === '万' || u === '亿') && next === 0x5143) return k;
  return u === '元' && !(next >= 0x4e00 && next <= 0x9fff) ? k : j;
}

/** A number written with full-width digits or separators, as ASCII digits and a dot. */
function asciiNumber(text: string, start: number, intEnd: number, end: number): string {
  let out = '';
  for (let k = start; k < end; k++) {
    const d = digit(text.charCodeAt(k));
    if (d >= 0) out += String(d);
    else if (k === intEnd) out += '.';
  }
  return out;
}

/** A space that typesetting puts between digit groups (GB/T 15835: 18 189万元): space, no-break, thin, narrow no-break. */
const isGroupSpace = (c: number): boolean => c === 32 || c === 0xa0 || c === 0x2009 || c === 0x202f;

/**
 * End of an integer written with digit groups set apart by one space (18 189万元, 12 129.5 万元), or `headEnd`
 * when the digits after the space are not such a group. Only where nothing else reads sensibly: the head is
 * 1–3 digits right after a word character (not a space or a figure, so no table row such as `4000 4000`, no
 * page numbers `1 2 3`, no `2021 12`), each group exactly three digits, and a money unit right after the last
 * group (and its decimals). Looks ahead a bounded way per number, so the scan stays linear.
 */
function spacedGroupsEnd(text: string, start: number, headEnd: number, to: number): number {
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  if (before < 0x2e80 && !isLatinLetter(before) && before !== 58) return headEnd; // after Han, a letter or a colon only
  let i = headEnd;
  while (i + 1 < to && isGroupSpace(text.charCodeAt(i)) && threeDigitsAt(text, i + 1, to)) i += 4;
  if (i === headEnd) return headEnd;
  let j = i;
  if (j + 1 < to && isDot(text.charCodeAt(j)) && digit(text.charCodeAt(j + 1)) >= 0) {
    j++;
    while (j < to && digit(text.charCodeAt(j)) >= 0) j++;
  }
  const u = text[j];
  return u === '元' || u === '万' || u === '亿' || u === '萬' || u === '億' ? i : headEnd;
}

const isLatinLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function threeDigitsAt(text: string, i: number, to: number): boolean {
  if (i + 3 > to) return false;
  for (let k = 0; k < 3; k++) if (digit(text.charCodeAt(i + k)) < 0) return false;
  return i + 3 === to || digit(text.charCodeAt(i + 3)) < 0;
}

/** Formats a value with a fixed number of decimals, without exponent notation. */
export function formatNumber(value: number, decimals: number): string {
  return value.toFixed(Math.max(0, Math.min(decimals, 10)));
}

/** Half a unit of the last decimal written: the precision a stated figure promises. */
export function halfUnit(decimals: number): number {
  return HALF_UNITS[decimals] ?? 0.5 * 10 ** -decimals;
}

/** halfUnit of the decimals figures have, worked out once: a power is a call into the runtime, made for every figure compared. */
const HALF_UNITS: readonly number[] = Array.from({ length: 16 }, (_, d) => 0.5 * 10 ** -d);
