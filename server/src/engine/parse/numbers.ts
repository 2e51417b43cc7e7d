// Numbers in report text: amounts with their unit (元/万元/亿元) and percentages, with the exact
// source span of the digits so a fix can replace just the number. Hand-written scanner: one pass,
// linear in the text, whatever the input.

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
 * Scans `text[from, to)` for numbers. Thousands separators must group exactly three digits; a digit
 * run longer than MAX_DIGITS is not read as a number at all.
 */
export function scanNumbers(text: string, from = 0, to = text.length): { amounts: Amount[]; percents: Percent[]; plain: NumberToken[] } {
  const amounts: Amount[] = [];
  const percents: Percent[] = [];
  const plain: NumberToken[] = [];
  let i = from;
  while (i < to) {
    if (digit(text.charCodeAt(i)) < 0) {
      i++;
      continue;
    }
    // a number must not continue a word such as A4 or a longer digit run
    const start = i;
    let intDigits = '';
    while (i < to) {
      const d = digit(text.charCodeAt(i));
      if (d >= 0) {
        intDigits += String(d);
        i++;
      } else if (isComma(text.charCodeAt(i)) && intDigits.length > 0 && intDigits.length <= 3 + (intDigits.length - 1) && threeDigitsAt(text, i + 1, to)) {
        i++;
      } else break;
    }
    let fraction = '';
    if (i + 1 < to && isDot(text.charCodeAt(i)) && digit(text.charCodeAt(i + 1)) >= 0) {
      i++;
      while (i < to && digit(text.charCodeAt(i)) >= 0) {
        fraction += String(digit(text.charCodeAt(i)));
        i++;
      }
    }
    const end = i;
    if (intDigits.length + fraction.length > MAX_DIGITS) continue;
    const value = Number(fraction ? `${intDigits}.${fraction}` : intDigits);
    const token: NumberToken = { value, decimals: fraction.length, start, end, text: text.slice(start, end) };
    let j = end;
    while (j < to && j - end < 2 && isSpace(text.charCodeAt(j))) j++;
    const u = text[j];
    const u2 = text[j + 1];
    if (u === '%' || u === '％') {
      percents.push({ value, decimals: token.decimals, start, end, text: token.text, signEnd: j + 1 });
      i = j + 1;
    } else if (u === '元') {
      amounts.push(amount(token, '元', '元', j + 1));
      i = j + 1;
    } else if ((u === '万' || u === '亿') && u2 === '元') {
      amounts.push(amount(token, `${u}元` as MoneyUnit, `${u}元`, j + 2));
      i = j + 2;
    } else if ((u === '万' || u === '亿') && !(u2 !== undefined && COUNT_WORDS.has(u2))) {
      amounts.push(amount(token, `${u}元` as MoneyUnit, u, j + 1));
      i = j + 1;
    } else {
      plain.push(token);
    }
  }
  return { amounts, percents, plain };
}

function threeDigitsAt(text: string, i: number, to: number): boolean {
  if (i + 3 > to) return false;
  for (let k = 0; k < 3; k++) if (digit(text.charCodeAt(i + k)) < 0) return false;
  return i + 3 === to || digit(text.charCodeAt(i + 3)) < 0;
}

function amount(t: NumberToken, unit: MoneyUnit, unitText: string, unitEnd: number): Amount {
  // a full literal, not a spread: one hidden class for every amount, and no slow generic copy
  return { value: t.value, decimals: t.decimals, start: t.start, end: t.end, text: t.text, unit, unitText, unitEnd, yuan: t.value * UNIT_FACTOR[unit] };
}

/** Formats a value with a fixed number of decimals, without exponent notation. */
export function formatNumber(value: number, decimals: number): string {
  return value.toFixed(Math.max(0, Math.min(decimals, 10)));
}

/** Half a unit of the last decimal written: the precision a stated figure promises. */
export function halfUnit(decimals: number): number {
  return 0.5 * 10 ** -decimals;
}
