// Figures that lost the character between them and ran into one another (issue 14): a date whose 年 was
// lost (截至201912月 for 截至2019年12月, 四川住建厅 2019), the year run into the count of a 民生实事 list
// (列入201930件民生实事 for 2019年30件), a date whose 月 or 日 was lost (2019年1231日, 截至2019年12月31，), a
// stray digit before a Chinese numeral that counts (文管所3二级单位, 施甸文旅 2024: 3个 lost its 个, or the 3 is a
// slip), and a year that lost the 年 of its 年度 (2021度本专科生…, 湖北科技学院 2021) or before 底 or a quote (2024底,
// 现将我院2020“综合事务”…). No report writes such a
// figure: each is read by its shape, bounded so that a real figure (201912 元, 附件3四川省…) is left alone.
import type { Localized } from '../../types.js';
import { execAll } from '../../text/exec-all.js';

export interface Glued {
  /** [start, end) in the line's text. */
  start: number;
  end: number;
  message: Localized;
  /** The corrected text of the span, when the reading is certain. */
  right?: string;
}

/** A year (1900–2099) and a month with no 年 between: 201912月, 20193月. Not after a digit or a decimal point. */
const DATE = /(?<![0-9.０-９])((?:19|20)[0-9]{2})(0?[1-9]|1[0-2])月/g;
/** A date whose 月 was lost: the month and the day run into one number of three or four digits (2019年1231日). */
const NO_MONTH = /(?<![0-9.０-９])((?:19|20)[0-9]{2})年([0-9]{3,4})日/g;
/**
 * A date whose 日 was lost (截至2019年12月31，): a day that ends the date before a Chinese character or a stop. Not
 * before 日 or 号, nor the words that go on to a range or a list (1月15至20日, 3月5和6日), nor before a digit, a 、 or a
 * space (a list, a table's next cell).
 */
const NO_DAY =
  /(?<![0-9.０-９])((?:19|20)[0-9]{2})年(0?[1-9]|1[0-2])月([0-2]?[0-9]|3[01])(?=[，。；,;]|[\u4e00-\u9fa5])(?![日号至到和与及或])/g;
/** The look-alikes of 日 typed in its place after a day's figure. */
const LOOKS_LIKE_RI = new Set(['目', '曰']);
/** A year run into the count of a 民生实事 list, the fixed name of a government's yearly pledges. */
const PLEDGES = /(?<![0-9.０-９])((?:19|20)[0-9]{2})([1-9][0-9]?)([件项])(?=(?:重点)?民生实事)/g;
/**
 * A year of the reports' time (2010–2039) that lost the 年 of its 年度 (对照2021度本专科生奖助学金项目, 湖北科技学院
 * 2021): a year run into 度 and a noun after it. Not 度 as a unit (用电2020度电, 约2021度，, 2030度以上, 2010度左右):
 * neither 电, 以 nor 左 nor a non-Chinese character follows, and no word of quantity (约, 达, 共, 计, 超, 近, 用, 耗)
 * stands before.
 */
const NO_NIAN = /(?<![0-9.０-９约达共计超近用耗])(20[1-3][0-9])度(?=[\u4e00-\u9fa5])(?![电以左])/g;
/**
 * A year of the reports' time that lost its 年 before 底, 初 or 末 (2024底, 寻甸档案馆 2024), or between a Chinese word and an
 * opening quote or title mark (现将我院2020“综合事务”项目…, 海南高院 2020): no figure but a year stands so. Not after a digit,
 * a decimal point or a sign of quantity (约, 共 …), not before a digit.
 */
const NIAN_LOST =
  /(?<![0-9.０-９约达共计超近用耗])(20[0-3][0-9]|19[89][0-9])(?:(?=[底初末](?![0-9]))|(?<=[\u4e00-\u9fa5](?:20[0-3][0-9]|19[89][0-9]))(?=[“《]))/g;
/**
 * A digit right before a Chinese numeral and the word it counts (3二级单位). 一 is left: PDFs write it for a dash (10一100%).
 * Not the number of a table, an attachment, a figure or an article cited before its own words (详见附表3二级项目明细, 表2三级
 * 指标, 附件1二类疫苗: made up, session 22 red team): that digit ends its label, and the numeral starts the next word.
 * Nor the last of a list of figures counted after it (第1、2、3三个标段), nor a code in letters and digits (G207三级公路,
 * S305二期: a road's number, then its grade; made up, session 22 round 2).
 */
const BEFORE_NUMERAL =
  /(?<![表件图录第号条款节章、和及与][0-9]{0,2})(?<![A-Za-z][0-9]{0,4})[0-9]([二三四五六七八九十])(?=[级类个项批家名次种条])/g;

/**
 * A year run into the first month of a range of months (对20231-12月的…, 蒙城 招商服务中心 2023, set 36: 2023年1-12月). The
 * range runs forward within a year (1-12, 3-6); a figure after a digit or a point is another number.
 */
const MONTH_RANGE = /(?<![0-9.．])((?:19|20)[0-9]{2})([1-9]|1[0-2])([-－—–~～至到])(1[0-2]|[1-9])月/g;

/**
 * A unit written twice, before its figure and after it (卫生材料支出万元3018.1万元, 县中医医院 20xx, set 34; 结余万元9.18万元,
 * 某市发改委 前期经费, set 30): the drafter typed the unit, then the figure with its unit again. After a Chinese character (a
 * table's header 金额(万元) 3018.1万元 is none).
 */
const STRAY_UNIT = /(?<=[\u4e00-\u9fa5])万元([0-9]{1,9}(?:\.[0-9]{1,6})?万元)/g;

/** What every expression above holds: a year (1900–2099), a digit before a Chinese numeral, or 万元 before a digit. */
const NEEDED = /(?:19|20)[0-9]{2}|[0-9][二三四五六七八九十]|万元[0-9]/;

/** The glued figures of a line, left to right. */
export function gluedDigits(text: string): Glued[] {
  // the cheap test: every reading needs a year or a digit before a numeral; a line of amounts has neither, and of a
  // report's ~52 lines with a digit ~37 were searched seven times each for nothing (the CLI's engine runs cold)
  if (!NEEDED.test(text)) return NONE;
  const out: Glued[] = [];
  for (const m of execAll(DATE, text)) {
    const [all, year, month] = m as unknown as [string, string, string];
    const right = `${year}年${Number(month)}月`;
    out.push({
      start: m.index,
      end: m.index + all.length,
      right,
      message: {
        zh: `日期「${all}」少了“年”字，年份和月份连成了一个数：应为「${right}」`,
        en: `The date “${all}” lost its 年: the year and the month run into one number; write “${right}”`,
      },
    });
  }
  for (const m of execAll(NO_MONTH, text)) {
    const [all, year, digits] = m as unknown as [string, string, string];
    // 1231 is 12月31日; 115 may be 1月15日 or 11月5日: asked, not corrected
    const month = digits.length === 4 ? Number(digits.slice(0, 2)) : 0;
    const day = digits.length === 4 ? Number(digits.slice(2)) : 0;
    const sure = month >= 1 && month <= 12 && day >= 1 && day <= 31;
    const right = sure ? `${year}年${month}月${day}日` : undefined;
    out.push({
      start: m.index,
      end: m.index + all.length,
      ...(right === undefined ? {} : { right }),
      message: {
        zh: `日期「${all}」少了“月”字，月份和日子连成了一个数${right === undefined ? '：请补上“月”' : `：应为「${right}」`}`,
        en:
          `The date “${all}” lost its 月: the month and the day run into one number; ` +
          (right === undefined ? 'put back 月' : `write “${right}”`),
      },
    });
  }
  for (const m of execAll(NO_DAY, text)) {
    const [all, , , day] = m as unknown as [string, string, string, string];
    if (Number(day) === 0) continue;
    // 目 or 曰 right after the day is its 日 typed as a look-alike (12月31目拨付: made up, session 22 red team): the fix
    // writes 日 for it, not another 日 before it
    const typed = LOOKS_LIKE_RI.has(text[m.index + all.length] as string);
    if (typed) {
      const written = text.slice(m.index, m.index + all.length + 1);
      out.push({
        start: m.index,
        end: m.index + written.length,
        right: `${all}日`,
        message: {
          zh: `日期「${written}」中的“${written.slice(-1)}”应为“日”：应为「${all}日」`,
          en: `In the date “${written}” ${written.slice(-1)} should be 日: write “${all}日”`,
        },
      });
      continue;
    }
    const right = `${all}日`;
    out.push({
      start: m.index,
      end: m.index + all.length,
      right,
      message: {
        zh: `日期「${all}」少了“日”字：应为「${right}」`,
        en: `The date “${all}” lost its 日: write “${right}”`,
      },
    });
  }
  for (const m of execAll(PLEDGES, text)) {
    const [all, year, count, unit] = m as unknown as [string, string, string, string];
    const right = `${year}年${count}${unit}`;
    out.push({
      start: m.index,
      end: m.index + all.length,
      right,
      message: {
        zh: `「${all}」是年份和件数连在了一起，少了“年”字：应为「${right}」`,
        en: `“${all}” runs the year into the count and lost its 年: write “${right}”`,
      },
    });
  }
  for (const m of execAll(NO_NIAN, text)) {
    const [all, year] = m as unknown as [string, string];
    const right = `${year}年度`;
    out.push({
      start: m.index,
      end: m.index + all.length,
      right,
      message: {
        zh: `「${all}」少了“年”字：应为「${right}」`,
        en: `“${all}” lost its 年: write “${right}”`,
      },
    });
  }
  for (const m of execAll(NIAN_LOST, text)) {
    const year = m[1] as string;
    const next = text.charAt(m.index + year.length);
    const right = `${year}年`;
    out.push({
      start: m.index,
      end: m.index + year.length,
      right,
      message: {
        zh: `年份「${year}」后少了“年”字（「${year}${next}」）：应为「${right}${next}」`,
        en: `The year “${year}” lost its 年 (“${year}${next}”): write “${right}${next}”`,
      },
    });
  }
  for (const m of execAll(BEFORE_NUMERAL, text)) {
    const digit = m[0].charAt(0);
    const numeral = m[1] as string;
    const shown = text.slice(m.index, m.index + 3);
    out.push({
      start: m.index,
      end: m.index + 2,
      message: {
        zh: `「${shown}」中阿拉伯数字“${digit}”紧贴着汉字数字“${numeral}”，读不通：是漏了量词（如“${digit}个${numeral}…”）还是多打了数字，请核对`,
        en:
          `In “${shown}” the digit ${digit} stands right before the Chinese numeral ${numeral}, which does not read: ` +
          `a measure word was lost (${digit}个${numeral}…) or the digit is a slip; check it`,
      },
    });
  }
  for (const m of execAll(MONTH_RANGE, text)) {
    const [all, year, from, dash, to] = m as unknown as [string, string, string, string, string];
    if (Number(from) >= Number(to)) continue;
    const right = `${year}年${from}${dash}${to}月`;
    out.push({
      start: m.index,
      end: m.index + all.length,
      right,
      message: {
        zh: `「${all}」是年份和起始月份连在了一起，少了“年”字：应为「${right}」`,
        en: `“${all}” runs the year into the first month of the range and lost its 年: write “${right}”`,
      },
    });
  }
  for (const m of execAll(STRAY_UNIT, text)) {
    const right = m[1] as string;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      right,
      message: {
        zh: `「${m[0]}」的“万元”写了两遍，数字前多了一个：应为「${right}」`,
        en: `“${m[0]}” writes 万元 twice, once before the figure: write “${right}”`,
      },
    });
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

const NONE: Glued[] = [];
