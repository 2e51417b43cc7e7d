// A year written with no 年 after it (issue 14 §7): before a word a year qualifies (2023部门整体支出绩效评价报告,
// 2023全年预算资金, 呈贡云大附中 2023; 对2023转移支付资金) or opening a clause before a comma (2018,区财政局年初安排,
// 呈贡信息产业园区 2018). A figure of four digits before a unit is a count (2000万元, 1975处), and a year in a 文号
// (〔2023〕), a range (2023-2025), a month (2023.12), an edition (2023版) or a product's name (OFFICE2007) is right:
// only the words listed in data/typo.json (`yearWords`) are read after the year, and the comma only where the year
// starts the clause. And a year whose 年 was typed as 月, a month with its own 月 after it (2019年7月—2020月12月,
// 腾冲畜禽粪污 2019): no count of months is a year's figure, so YYYY月M月 is read only as a date.
import type { Glued } from './glued-digits.js';
import list from '../data/typo.json' with { type: 'json' };

/** A year of the reports' time, not inside a longer figure, a 文号's brackets, a range, a date or a name in letters. */
const YEAR = '(?<![0-9.０-９〔［\\[﹝【（(\\-－—~～/／:：A-Za-z第])((?:199|20[0-3])[0-9])';
/** The year before one of the listed words. */
const BEFORE_WORD = new RegExp(`${YEAR}(?=${list.yearWords.join('|')})`, 'g');
/** The year opening a clause (the line's start, after a stop or after 在), then a comma and a Chinese character. */
const OPENING = /(?:^[ \u3000\t]*|[。；;：:]|在)((?:199|20[0-3])[0-9])(?=[，,][\u4e00-\u9fa5])/g;

/** A year, 月 where its 年 belongs, then a month (1–12) and its 月: 2020月12月. */
const YEAR_AS_MONTH = /(?<![0-9.０-９])((?:199|20[0-3])[0-9])月(?=(0?[1-9]|1[0-2])月)/g;

/** Each year in the line that has no 年 after it, left to right. */
export function bareYears(text: string): Glued[] {
  if (!/(?:199|20[0-3])[0-9]/.test(text)) return NONE;
  let out: Glued[] | undefined;
  for (const re of [BEFORE_WORD, OPENING]) {
    for (const m of text.matchAll(re)) {
      const year = m[1] as string;
      const start = m.index + m[0].length - year.length;
      (out ??= []).push({
        start,
        end: start + year.length,
        right: `${year}年`,
        message: {
          zh: `年份「${year}」后面少了“年”字：应为「${year}年」`,
          en: `The year ${year} has no 年 after it: write “${year}年”`,
        },
      });
    }
  }
  for (const m of text.matchAll(YEAR_AS_MONTH)) {
    const year = m[1] as string;
    const written = `${year}月${m[2] as string}月`;
    (out ??= []).push({
      start: m.index,
      end: m.index + year.length + 1,
      right: `${year}年`,
      message: {
        zh: `「${written}」中年份后的“年”写成了“月”：应为「${year}年${m[2] as string}月」`,
        en: `In “${written}” the year's 年 is written 月: write “${year}年${m[2] as string}月”`,
      },
    });
  }
  return out === undefined ? NONE : out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

const NONE: Glued[] = [];
