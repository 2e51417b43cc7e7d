// Dates written in Chinese numerals (二〇二三年三月十日), which GB/T 9704-2012 §7.3.5.3 replaced by
// Arabic numerals for the 成文日期. Found from their 〇 / ○ / 零 (every year 2000–2099 has one), so a
// report without any is passed over by a few native searches; each hit is read with bounded steps.

export interface ChineseDate {
  start: number;
  end: number;
  year: number;
  month: number;
  day: number;
}

const DIGIT: Record<string, number> = { 〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZEROS = ['〇', '○', '零'];

/** 一 … 三十一 as a month or day: 十, 十二, 二十, 二十五, 三十一; the value and its length, or undefined. */
function smallNumber(text: string, at: number): { value: number; length: number } | undefined {
  const d = (k: number): number | undefined => {
    const c = text[at + k];
    const v = c === undefined ? undefined : DIGIT[c];
    return v === undefined || v === 0 ? undefined : v;
  };
  const ten = (k: number): boolean => text[at + k] === '十';
  if (ten(0)) {
    const u = d(1);
    return u === undefined ? { value: 10, length: 1 } : { value: 10 + u, length: 2 };
  }
  const t = d(0);
  if (t === undefined) return undefined;
  if (!ten(1)) return { value: t, length: 1 };
  const u = d(2);
  return u === undefined ? { value: t * 10, length: 2 } : { value: t * 10 + u, length: 3 };
}

/** The full date whose year has a zero at `zeroAt` (二〇二三: the zero is the year's second digit). */
function dateAround(text: string, zeroAt: number): ChineseDate | undefined {
  const start = zeroAt - 1;
  if (start < 0) return undefined;
  let year = 0;
  for (let k = 0; k < 4; k++) {
    const v = DIGIT[text[start + k] ?? ''];
    if (v === undefined) return undefined;
    year = year * 10 + v;
  }
  if (year < 1990 || year > 2099 || text[start + 4] !== '年') return undefined;
  const prev = text[start - 1];
  if (prev !== undefined && DIGIT[prev] !== undefined) return undefined;
  let at = start + 5;
  const month = smallNumber(text, at);
  if (!month || month.value > 12 || text[at + month.length] !== '月') return undefined;
  at += month.length + 1;
  const day = smallNumber(text, at);
  if (!day || day.value > 31 || text[at + day.length] !== '日') return undefined;
  return { start, end: at + day.length + 1, year, month: month.value, day: day.value };
}

export function scanChineseDates(text: string, from = 0, to = text.length): ChineseDate[] {
  // read on every line: the map only where a zero starts a date (most lines have none)
  let found: Map<number, ChineseDate> | undefined;
  for (let z = 0; z < ZEROS.length; z++) {
    const zero = ZEROS[z] as string;
    for (let i = text.indexOf(zero, from + 1); i >= 0 && i < to; i = text.indexOf(zero, i + 1)) {
      const d = dateAround(text, i);
      if (d && d.end <= to && !found?.has(d.start)) (found ??= new Map()).set(d.start, d);
    }
  }
  return found ? [...found.values()].sort((a, b) => a.start - b.start) : [];
}

/** 2023年3月10日. */
export const arabicDate = (d: ChineseDate): string => `${d.year}年${d.month}月${d.day}日`;
