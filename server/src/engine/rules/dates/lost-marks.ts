// A date alone on its line whose 年, 月 and 日 were lost in extraction, the figures left apart (2021  4 25 under the
// title, 衡阳公安 2020: the 成文日期 2021年4月25日). Read only where the whole line is a year of the reports' time, a
// month and a day with spaces between, in one paragraph of its own: a table's row of figures has its neighbours.

/** The whole line: year, month, day, spaces between (bounded: linear). */
const LINE = /^[ \u3000\t]*((?:19[89]|20[0-3])[0-9])[ \u3000]{1,4}(1[0-2]|0?[1-9])[ \u3000]{1,4}([12][0-9]|3[01]|0?[1-9])[ \u3000\t]*$/;

export interface LostMarks {
  at: number;
  text: string;
  /** The date with its marks: 2021年4月25日. */
  want: string;
}

export function lostMarksDate(text: string): LostMarks | undefined {
  const m = LINE.exec(text);
  if (!m) return undefined;
  const [, year, month, day] = m as unknown as [string, string, string, string];
  const at = m[0].indexOf(year);
  const written = text.slice(at).trimEnd();
  return { at, text: written, want: `${year}年${Number(month)}月${Number(day)}日` };
}
