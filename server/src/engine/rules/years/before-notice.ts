// A date that cannot be: the day a unit received (or was sent) a notice allocating a year's funds, written
// more than a year before that year (广西商务厅 2022: `2012年6月14日,广西收到《财政部关于下达2022年服务业
// 发展资金预算的通知》` — a notice for 2022 funds is issued in 2022, or in 2021 when it is 提前下达 as 广西 2021
// writes: `2020年10月30日,中央以《财政部关于提前下达2021年…的通知》`). Part of year-consistency.
import type { TextLine } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { clip } from '../../text/clip.js';
import { lineWarnings } from './line-warnings.js';

/** A notice's title that allocates a year's funds: 下达 / 拨付 / 分配 right before the year. */
const ALLOCATING = /(?:下达|拨付|分配)((?:19|20)\d{2})年/;
/** A date with its month: the year, then 年 and a month (spaces a PDF puts between are read past). */
const DATE = /((?:19|20)\d{2}) ?年 ?\d{1,2} ?月/g;
/** Where a sentence (or a clause list of one) ends: the date is looked for after the last one. */
const SENTENCE_END = /[。！？；!?;]/;
/** How far before the notice's title the date is looked for. */
const REACH = 60;

interface EarlyDate {
  /** Offsets in the line. */
  start: number;
  end: number;
  year: number;
  title: string;
  fundsYear: number;
}

const earlyDatesOf = lineMemo((line: TextLine): EarlyDate[] => {
  const text = line.text;
  const out: EarlyDate[] = [];
  // few lines cite a notice: the line is searched only for its 《
  for (let open = text.indexOf('《'); open >= 0; open = text.indexOf('《', open + 1)) {
    const close = text.indexOf('》', open);
    if (close < 0) break;
    const title = text.slice(open + 1, close);
    const funds = ALLOCATING.exec(title);
    if (!funds) continue;
    const fundsYear = Number(funds[1]);
    const from = Math.max(0, open - REACH);
    const before = text.slice(from, open);
    let cut = 0;
    for (let i = before.length - 1; i >= 0; i--) {
      if (SENTENCE_END.test(before[i] as string)) {
        cut = i + 1;
        break;
      }
    }
    let date: RegExpExecArray | undefined;
    DATE.lastIndex = cut;
    for (let m = DATE.exec(before); m; m = DATE.exec(before)) date = m;
    if (!date || /\d/.test(before[date.index - 1] ?? '')) continue;
    const year = Number(date[1]);
    if (year < fundsYear - 1) out.push({ start: from + date.index, end: from + date.index + 4, year, title, fundsYear });
  }
  return out;
});
export const yearsBeforeNotices = lineWarnings(earlyDatesOf, /《/, (d) => {
  const title = clip(d.title, 30);
  return {
    zh:
      `${d.year} 年早于《${title}》下达资金的 ${d.fundsYear} 年一年以上：下达 ${d.fundsYear} 年资金的文件` +
      `最早在 ${d.fundsYear - 1} 年印发，这个日期的年份是否写错了？`,
    en:
      `${d.year} is more than a year before ${d.fundsYear}, the year whose funds “${title}” allocates: such a notice ` +
      `is issued in ${d.fundsYear - 1} at the earliest; is the year of this date mistyped?`,
  };
});
