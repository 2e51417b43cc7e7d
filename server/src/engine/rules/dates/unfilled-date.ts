// A form's date whose month and day were left blank and the blanks squeezed out (cover: `2014年月`, 湖北 水利厅 2013; a
// table's start and end dates `2016年月2016年月日`, 大通湖 2016): the year filled, 年 then 月 with nothing between. Not 年月
// before another character (2019年月均收入, 年月报表): only before a figure, a mark, a space or the line's end. Part of
// unfilled-blank.

export interface UnfilledDate {
  at: number;
  /** The date as written: 2014年月, 2016年月日. */
  text: string;
}

/** A year of figures, 年, 月 and perhaps 日, with no Chinese character after. Bounded: linear. */
const SQUEEZED = /(?<![\d.．])(?:19|20)\d{2}年月日?(?![\u4e00-\u9fa5])/g;

export function unfilledDates(text: string): UnfilledDate[] {
  if (!text.includes('年月')) return NONE;
  let out: UnfilledDate[] | undefined;
  SQUEEZED.lastIndex = 0;
  for (let m = SQUEEZED.exec(text); m; m = SQUEEZED.exec(text)) (out ??= []).push({ at: m.index, text: m[0] });
  return out ?? NONE;
}

const NONE: UnfilledDate[] = [];
