// A year written with no 年 after it (issue 14 §7): before a word a year qualifies (2023部门整体支出绩效评价报告,
// 2023全年预算资金, 呈贡云大附中 2023; 对2023转移支付资金) or opening a clause before a comma (2018,区财政局年初安排,
// 呈贡信息产业园区 2018). A figure of four digits before a unit is a count (2000万元, 1975处), and a year in a 文号
// (〔2023〕), a range (2023-2025), a month (2023.12), an edition (2023版) or a product's name (OFFICE2007) is right:
// only the words listed in data/typo.json (`yearWords`) are read after the year, and the comma only where the year
// starts the clause. And a year whose 年 was typed as 月, a month with its own 月 after it (2019年7月—2020月12月,
// 腾冲畜禽粪污 2019): no count of months is a year's figure, so YYYY月M月 is read only as a date. And a year before any
// other word that no count or measure starts with (下达我县2023老年人, 2023主体班: yearsBeforeNouns), kept by typo.ts only
// when it is the evaluation year or next to it — a count seldom equals the report's year, and a year far from it is as
// likely a figure (a form's 2000其他资金).
import type { Glued } from './glued-digits.js';
import list from '../data/typo.json' with { type: 'json' };
import { execAll } from '../../text/exec-all.js';

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
    for (const m of execAll(re, text)) {
      const year = m[1] as string;
      const start = m.index + m[0].length - year.length;
      if (!inGluedRow(text, start)) (out ??= []).push(yearBeforeNounFinding({ start, year: Number(year) }));
    }
  }
  for (const m of execAll(YEAR_AS_MONTH, text)) {
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

/** A figure's unit (one or two characters: 件, 万元) or a percent sign right before: 50件2020, 2万元2018, 100%2020. */
const AFTER_FIGURE = /(?:[0-9０-９][\u4e00-\u9fa5]{1,2}|[%％‰])$/;
/**
 * A form's row label right after: a placeholder's (2020指标2:, 2020指标:, a row the form left unfilled), or the next row's
 * indicator class (…2020年12月完成2019社会效益指标…: 分值 20 and 得分 19 glued before the next row; made up, session 22
 * round 2). No report writes a year before an indicator's class: the classes are the form's, not a year's.
 */
const BEFORE_ROW_LABEL = /^(?:指标[0-9０-９:：]|(?:产出|效益|数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|满意度)指标)/;
/** The longest row label read after the year. */
const LONGEST_LABEL = 7;
/** The longest cell read as written twice before the year (100%100%, 合格合格): a cell, not a clause. */
const LONGEST_CELL = 8;
/** What a doubled cell never holds: a clause's stops and spaces (a cell's own text has none). */
const NOT_IN_CELL = /[\s，。；、,;：:]/;

/**
 * Whether the four digits at `start` are a form's cells run together rather than a year (a 自评表 flattened to one
 * line, 新洲楚剧团 2020: 质量等合格合格2020指标2:, 演出人员满意度100%100%2020 — 分值 20 and 得分 20 glued): right after
 * a figure's unit or %, after a cell written twice (the target and the actual of a met indicator), or before a
 * placeholder row's label. In prose a year follows a word and qualifies one (下达我县2023老年人, 2023主体班).
 */
function inGluedRow(text: string, start: number): boolean {
  if (BEFORE_ROW_LABEL.test(text.slice(start + 4, start + 4 + LONGEST_LABEL))) return true;
  if (start === 0) return false;
  if (AFTER_FIGURE.test(text.slice(Math.max(0, start - 3), start))) return true;
  for (let n = 1; n <= LONGEST_CELL && 2 * n <= start; n++) {
    const cell = text.slice(start - n, start);
    if (NOT_IN_CELL.test(cell)) break;
    if (text.slice(start - 2 * n, start - n) === cell) return true;
  }
  return false;
}

/**
 * A year, then a Chinese character that is not one of `yearNotBefore` (a count's measure, a range's 至, an edition's 版), nor a
 * measure of two characters (`yearNotBeforeWords`: 2023工日).
 */
const BEFORE_HAN = new RegExp(
  `${YEAR}(?![0-9０-９])(?=[\\u4e00-\\u9fa5])(?![${list.yearNotBefore}]|${list.yearNotBeforeWords.join('|')})`,
  'g',
);
/** The listed words, which bareYears reads after any year, and the words an event's name starts with after its year. */
const LISTED = new RegExp(`^(?:${[...list.yearWords, ...list.yearNames].join('|')})`);

/** A year before a Chinese character that is no measure, no range and none of the listed words: 2023老年人, 2023主体班. */
export interface YearBeforeNoun {
  start: number;
  year: number;
}

/**
 * The years in the line that stand right before a word no count or measure starts with and that bareYears does not read
 * (下达我县2023老年人生活保健补贴资金, 岐山 2023; 2023主体班教育培训项目, 沅江党校 2023), nor an event's name after its
 * year (2023中国国际进口博览会: data/typo.json `yearNames`). A
 * four-digit count is as often followed by a noun it does not measure (2000其他资金, a form's cells run together), so the
 * caller keeps only the years of the report's own time: the evaluation year and the years either side of it.
 */
export function yearsBeforeNouns(text: string): YearBeforeNoun[] {
  if (!/(?:199|20[0-3])[0-9][\u4e00-\u9fa5]/.test(text)) return NO_YEARS;
  let out: YearBeforeNoun[] | undefined;
  for (const m of execAll(BEFORE_HAN, text)) {
    const at = m.index + m[0].length;
    if (LISTED.test(text.slice(at, at + LONGEST_WORD)) || inGluedRow(text, at - 4)) continue;
    (out ??= []).push({ start: at - 4, year: Number(m[1]) });
  }
  return out ?? NO_YEARS;
}

const LONGEST_WORD = Math.max(...[...list.yearWords, ...list.yearNames].map((w) => w.length));
const NO_YEARS: YearBeforeNoun[] = [];

/** A year with no 年 after it, and its fix. */
export function yearBeforeNounFinding(y: YearBeforeNoun): Glued {
  return {
    start: y.start,
    end: y.start + 4,
    right: `${y.year}年`,
    message: {
      zh: `年份「${y.year}」后面少了“年”字：应为「${y.year}年」`,
      en: `The year ${y.year} has no 年 after it: write “${y.year}年”`,
    },
  };
}
