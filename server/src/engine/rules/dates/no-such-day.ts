// A date whose day is past its month's end (2020年4月31日, 6月31日, 2月30日, 2023年2月29日: the second made-up blind set
// of session 23 signs a report 2020年4月31日). No calendar has it, so the finding is certain; which day was meant is not
// (4月30日? 5月31日? 4月21日?), so no fix is offered. 2月29日 is read only with its year, which says whether it is a leap
// year. A lunar date (农历2月30日) has months of 30 days and is passed over. A month or a day of 0, or a month past 12,
// is not read here: figures so wrong are rather a count or a code.

export interface NoSuchDay {
  at: number;
  text: string;
  month: number;
  day: number;
  /** The days the month has (for February, in the year written). */
  days: number;
  year?: number;
}

/** [year 年] month 月 day 日/号, spaces allowed round the figures (2020 年 4 月 31 日); bounded, linear. */
const DATE =
  /(?:((?:19|20)\d{2})[ \u3000]{0,2}年[ \u3000]{0,2})?(?<![\d.．])(\d{1,2})[ \u3000]{0,2}月[ \u3000]{0,2}(\d{1,2})[ \u3000]{0,2}[日号]/g;
const LUNAR = /农历|阴历|夏历/;
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function noSuchDays(text: string): NoSuchDay[] {
  if (!text.includes('月')) return NONE;
  let out: NoSuchDay[] | undefined;
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const year = m[1] ? Number(m[1]) : undefined;
    let days = DAYS[month - 1] as number;
    if (month === 2 && year !== undefined && !leap(year)) days = 28;
    if (day <= days || LUNAR.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    (out ??= []).push({ at: m.index, text: m[0], month, day, days, ...(year !== undefined ? { year } : {}) });
  }
  return out ?? NONE;
}

function leap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const NONE: NoSuchDay[] = [];
