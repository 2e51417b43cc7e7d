// A year in Chinese numerals with a letter O or a digit 0 for its zero (二O二二年三月, 江西省体育局 2021): a date in
// Chinese numerals writes 〇 (GB/T 9704's 成文日期 style, 二〇二二年). The year is read only when it starts
// with 一 or 二 (19xx, 20xx), holds at least two Chinese numerals and ends in 年, so an English word or a code
// (2O22, OA年) is left alone. ○ (a circle, often typed for 〇) is left alone too: it looks right in print.

const YEAR = /(?<![一二三四五六七八九〇○零OoＯｏ0０])[一二][一二三四五六七八九〇○零OoＯｏ0０]{3}(?=年)/g;
const WRONG_ZERO = /[OoＯｏ0０]/g;

export interface LetterZero {
  at: number;
  text: string;
  /** The year with 〇 for its zero. */
  right: string;
}

export function letterZeroYears(text: string): LetterZero[] {
  if (!text.includes('年')) return NONE;
  let out: LetterZero[] | undefined;
  for (const m of text.matchAll(YEAR)) {
    const year = m[0];
    const right = year.replace(WRONG_ZERO, '〇');
    if (right === year) continue;
    (out ??= []).push({ at: m.index, text: year, right });
  }
  return out ?? NONE;
}

const NONE: LetterZero[] = [];
