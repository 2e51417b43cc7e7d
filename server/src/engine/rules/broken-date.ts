// A date that lost a character or a digit: 年 and 月 dropped so the figures run into 日 (2021325日 for
// 2021年3月25日, 元阳 2021), or a year of three or five digits before a month (于202年1月11日, 文旅剧目 2022).
// No calendar has such a date, so the finding is certain; the right date is said only when one reading of
// the figures is a real date (2021325 is 3月25日, never 32月5日), and no fix is offered: the drafter checks it.
// Also a year in Chinese numerals with a letter O or a digit 0 for 〇 (二O二二年, dates/letter-zero.ts): the
// right year is certain, so that one has a safe fix, which writes 〇 for the wrong zeros and nothing else. And a
// date alone on its line that lost 年, 月 and 日 in extraction (2021  4 25, dates/lost-marks.ts), and figures that lost
// all three where a date is said (上报时间:2017915, UNMARKED). And a year in figures with a letter for a digit (2O23年;
// a month or a day so is typo's, dates/letter-digit.ts): the right figures are certain, so that fix is safe. And a day
// past its month's end (2020年4月31日, 2月30日, dates/no-such-day.ts): no calendar has it; which day was meant is not said.
// And two years run into one figure where a span is said (20122013年 for 2012—2013年), and a span that ends before it
// starts (2011—2010年): dates/year-spans.ts.
import { lineMemo } from '../parse/line-memo.js';
import { eq, zq } from './format.js';
import { defineRule, type RuleFinding } from './rule.js';
import { changedCharEdits } from './char-edits.js';
import { letterZeroYears } from './dates/letter-zero.js';
import { lostMarksDate } from './dates/lost-marks.js';
import { letterDigitDates } from './dates/letter-digit.js';
import { noSuchDays } from './dates/no-such-day.js';
import { gluedYears, reversedSpans } from './dates/year-spans.js';

interface Broken {
  at: number;
  text: string;
  /** The date it most likely was, when the figures allow one reading only. */
  want?: string;
  lost: 'year-month' | 'all-marks' | 'year-digits' | 'day' | 'item-mark' | 'month' | 'dotted-year';
}

/**
 * Figures of a year, a month and a day run into 日 (2021325日: seven or eight figures, read only when they make a
 * date: 运行20000日 is a count), or a 3- or 5-digit year before a month (202年1月, 20221年3月), or a 3-digit year before 年度
 * (项目名称:201年度小型农田水利设施建设项目, 湖北 水利厅 2013; 200年一遇 is a flood standard, never 年度). Bounded: linear.
 */
const BROKEN = /(?<![\d.．])(?:((?:19|20)\d{4,6})日|((?:19|20)\d|(?:19|20)\d{3})年(?=\d{1,2}月)|(?:19|20)\d年(?=度))/g;
/**
 * Figures of a year, a month and a day run together with no 日 either, where a date is said: after 时间 or 日期 (上报时间:
 * 2017915, 海口档案 2016), or after 根据, 从, 自 or 于 and before 起 or the end of the clause (自2017915起). Read only when
 * they make a date, and only seven figures: eight are the compact form YYYYMMDD a site or a system writes on purpose
 * (20210726, and 发布日期：20231215 as well: made up, session 22 red team), not a date that lost its marks.
 */
const UNMARKED =
  /(?<=(?:时间|日期|根据|从|自|于)[:：]?[ \u3000]?)((?:19|20)\d{5})(?![\d.．年月日号])(?=$|[ \u3000\t,，.。;；:：、)）|]|[起止前后至到开])/g;

/**
 * A filing date that stops at its day's figures, with no 日 (惠州 交通 2021: `填报日期:2022 年 5 月 20 一、部门基本情况`). A 日 further
 * on (within NO_DAY_REACH) is one the extraction moved away (广水 交通 2021: `…8 月 10 项目名称 … 日 309`), not lost.
 */
/** A filing date's label and what may stand before its value. */
const FILED = String.raw`(?:填报日期|报告日期|填报时间|报告时间)[:：]?[ \u3000]{0,2}`;
const NO_DAY = new RegExp(String.raw`${FILED}((?:19|20)\d{2} ?年 ?\d{1,2} ?月 ?\d{1,2})(?![ \u3000]*[\d日号])`, 'g');
const NO_DAY_REACH = 200;
/**
 * A filing date that stops at a figure after its year, with no 月 (湘西民院 2015, set 34: the cover's `报告时间:2016年 6`): the
 * month and the day were never written in. Not before another figure or 月 (a date a space split is read above).
 */
const NO_MONTH = new RegExp(String.raw`${FILED}((?:19|20)\d{2} ?年 ?\d{1,2})(?![ \u3000]*[\d月])`, 'g');
/**
 * A year of five figures with a 0 before it, in a date written with a point, where a time is said (南通农职院 2009, set 34:
 * `开始时间:02007.04`, a form's 开始时间 / 结束时间): a zero typed before the year. A code (编号:02007) has no month after a point.
 */
const DOTTED_YEAR = /(?<=(?:时间|日期)[:：]?[ \u3000]?)0((?:19|20)\d{2})[.．](?:0?[1-9]|1[0-2])(?![\d.．])/g;

/** The same figures run into 日 behind a list's one-digit marker at the start of the line (同德镇 2021: `220211231日之前`). */
const GLUED = /^\d((?:19|20)\d{4,6})日/;
/**
 * A list's one-digit marker that lost its brackets or point, run into the year that opens its item (芜湖经开区 2020, set 30:
 * `12018年市政府办印发…`, then `22018年市食药安委印发…`, for (1) and (2)): five figures before 年 at a line's start, which no
 * year and no count there writes. The year ends its figures: 120180年 is read as nothing.
 */
const ITEM_YEAR = /^[ \u3000]*([1-9])((?:19|20)\d{2})年(?!度?\d)/;

function readings(figures: string): string[] {
  const year = figures.slice(0, 4);
  const rest = figures.slice(4);
  const out: string[] = [];
  for (let cut = 1; cut <= 2 && cut < rest.length; cut++) {
    const m = rest.slice(0, cut);
    const d = rest.slice(cut);
    if (d.length > 2 || m.startsWith('0') || d.startsWith('0')) continue;
    const month = Number(m);
    const day = Number(d);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) out.push(`${year}年${month}月${day}日`);
  }
  return out;
}

function scan(text: string): Broken[] {
  if (!/[日年时期据从自于]/.test(text)) return NONE;
  let out: Broken[] | undefined;
  BROKEN.lastIndex = 0;
  for (let m = BROKEN.exec(text); m; m = BROKEN.exec(text)) {
    if (m[1]) {
      const r = readings(m[1]);
      if (r.length === 0) continue;
      (out ??= []).push({ at: m.index, text: m[0], lost: 'year-month', ...(r.length === 1 ? { want: r[0] } : {}) });
    } else (out ??= []).push({ at: m.index, text: m[0], lost: 'year-digits' });
  }
  // a list's one-digit marker glued before the figures at the start of the line (one anchored test)
  const glued = GLUED.exec(text);
  if (glued?.[1]) {
    const r = readings(glued[1]);
    if (r.length > 0) (out ??= []).push({ at: 1, text: `${glued[1]}日`, lost: 'year-month', ...(r.length === 1 ? { want: r[0] } : {}) });
  }
  const item = ITEM_YEAR.exec(text);
  if (item) {
    const at = item[0].length - 6;
    (out ??= []).push({ at, text: text.slice(at, at + 6), lost: 'item-mark', want: `（${item[1]}）${item[2]}年` });
  }
  if (text.includes('日期') || text.includes('时间')) {
    NO_DAY.lastIndex = 0;
    for (let m = NO_DAY.exec(text); m; m = NO_DAY.exec(text)) {
      const date = m[1] as string;
      const end = m.index + m[0].length;
      const want = date.replace(/ /g, '') + '日';
      (out ??= []).push({ at: end - date.length, text: date, lost: 'day', want });
    }
    for (const m of text.matchAll(NO_MONTH)) {
      const date = m[1] as string;
      (out ??= []).push({ at: m.index + m[0].length - date.length, text: date, lost: 'month' });
    }
    for (const m of text.matchAll(DOTTED_YEAR)) {
      (out ??= []).push({ at: m.index, text: m[0], lost: 'dotted-year', want: m[0].slice(1) });
    }
  }
  UNMARKED.lastIndex = 0;
  for (let m = UNMARKED.exec(text); m; m = UNMARKED.exec(text)) {
    const r = readings(m[1] as string);
    if (r.length === 0) continue;
    (out ??= []).push({ at: m.index, text: m[0], lost: 'all-marks', ...(r.length === 1 ? { want: r[0] } : {}) });
  }
  return out ?? NONE;
}
const NONE: Broken[] = [];
const brokenOf = lineMemo((line) => scan(line.text));
const zeroOf = lineMemo((line) => letterZeroYears(line.text));
const letterOf = lineMemo((line) => letterDigitDates(line.text));
const noDayOf = lineMemo((line) => noSuchDays(line.text));
const gluedYearsOf = lineMemo((line) => gluedYears(line.text));
const reversedSpansOf = lineMemo((line) => reversedSpans(line.text));
const lostOf = lineMemo((line) => {
  const d = lostMarksDate(line.text);
  return d ? [d] : NO_LOST;
});
const NO_LOST: never[] = [];

export default defineRule({
  id: 'broken-date',
  severity: 'warning',
  scope: 'chunk',
  description: {
    zh: '日期缺字或缺数字：“年”“月”（“日”）丢了、数字连成一串（2021325日、上报时间:2017915），或年份只有三位、多出一位（202年1月）；或日期不存在（2020年4月31日）、年份区间倒置（2011—2010年）。',
    en:
      'A date that lost characters or digits: 年 and 月 (and 日) dropped (2021325日, 上报时间:2017915), or a year of three or ' +
      'five digits (202年1月); or a date no calendar has (2020年4月31日), or a span of years that runs backwards (2011—2010年).',
  },
  fixes: [
    { does: { zh: '把年份中写成 O 或 0 的零改为“〇”', en: 'Writes 〇 for a zero typed as O or 0 in a year' }, safe: true },
    { does: { zh: '把日期数字中的字母改为数字', en: 'Writes the digits for letters in a date' }, safe: true },
  ],
  check({ report }) {
    const out: RuleFinding[] = [];
    for (const line of report.parsed.lines) {
      for (const b of brokenOf(line)) {
        const start = line.start + b.at;
        const span = { start, end: start + b.text.length };
        if (b.lost === 'day') {
          // (read in the text: the parser may have cut the extraction's line at a list marker)
          if (report.text.slice(span.end, span.end + NO_DAY_REACH).includes('日')) continue;
          out.push({
            span,
            message: {
              zh: `日期${zq(b.text)}缺了“日”：应为${zq(b.want ?? '')}，请补全`,
              en: `The date ${eq(b.text)} lacks its 日: write ${eq(b.want ?? '')}`,
            },
          });
        } else if (b.lost === 'month') {
          const [year, month] = b.text.replace(/ /g, '').split('年') as [string, string];
          out.push({
            span,
            message: {
              zh: `日期${zq(b.text)}没写完，缺了“月”和日：请写出完整的日期（如“${year}年${month}月×日”）`,
              en: `The date ${eq(b.text)} stops short of its 月 and its day: write the whole date (as ${year}年${month}月×日)`,
            },
          });
        } else if (b.lost === 'dotted-year') {
          out.push({
            span,
            message: {
              zh: `日期${zq(b.text)}的年份前多了一个“0”，年份成了五位：应为${zq(b.want ?? '')}，请改正`,
              en: `The date ${eq(b.text)} has a 0 before its year, five figures: write ${eq(b.want ?? '')}`,
            },
          });
        } else if (b.lost === 'item-mark') {
          const [digit, year] = [b.text.slice(0, 1), b.text.slice(1)];
          out.push({
            span,
            message: {
              zh: `行首的编号“${digit}”和年份${zq(year)}连在了一起，读成了${zq(b.text)}：编号丢了括号或点号，应为${zq(b.want ?? '')}或“${digit}.${year}”，请补上`,
              en:
                `The item number ${digit} runs into the year ${eq(year)} at the line's start, reading ${eq(b.text)}: ` +
                `it lost its brackets or point; write ${eq(b.want ?? '')} or ${digit}.${year}`,
            },
          });
        } else if (b.lost === 'year-month' || b.lost === 'all-marks') {
          const want = b.want ? { zh: `（可能是${zq(b.want)}）`, en: ` (perhaps ${eq(b.want)})` } : { zh: '', en: '' };
          const lost = b.lost === 'all-marks' ? { zh: '“年”“月”“日”', en: '年, 月 and 日' } : { zh: '“年”“月”', en: '年 and 月' };
          out.push({
            span,
            message: {
              zh: `日期${zq(b.text)}缺了${lost.zh}，数字连在一起${want.zh}：请对照原件补全`,
              en: `The date ${eq(b.text)} lost its ${lost.en} and the figures run together${want.en}: check the original and complete it`,
            },
          });
        } else {
          const digits = b.text.slice(0, -1);
          out.push({
            span,
            message: {
              zh: `年份${zq(b.text)}有 ${digits.length} 位数字：年份应为四位，请对照原件改正`,
              en: `The year ${eq(b.text)} has ${digits.length} digits; a year has four: check the original and correct it`,
            },
          });
        }
      }
      for (const z of zeroOf(line)) {
        const start = line.start + z.at;
        const end = start + z.text.length;
        // only the wrong zeros change, the year's other numerals left as they are
        const edits = changedCharEdits(start, z.text, z.right);
        out.push({
          span: { start, end },
          fix: { title: { zh: `改为${zq(z.right + '年')}`, en: `Change to ${eq(z.right + '年')}` }, edits, safe: true },
          message: {
            zh: `年份${zq(z.text + '年')}中的“零”写成了字母 O 或数字 0：汉字数字的零写作“〇”，应为${zq(z.right + '年')}`,
            en:
              `The year ${eq(z.text + '年')} writes its zero as the letter O or the digit 0: ` +
              `Chinese numerals write 〇, ${eq(z.right + '年')}`,
          },
        });
      }
    }
    for (const line of report.parsed.lines) {
      for (const g of gluedYearsOf(line)) {
        const start = line.start + g.at;
        const span = `${g.first}—${g.second}年`;
        out.push({
          span: { start, end: start + g.text.length },
          message: {
            zh: `两个年份连在了一起（${zq(g.text + '年')}）：应为${zq(span)}（或写作“${g.first}、${g.second}年”），请对照原件补上分隔`,
            en: `Two years run into one figure (${eq(g.text + '年')}): write ${eq(span)} (or ${g.first}、${g.second}年), as the original says`,
          },
        });
      }
      for (const r of reversedSpansOf(line)) {
        const start = line.start + r.at;
        out.push({
          span: { start, end: start + r.text.length },
          message: {
            zh: `年份区间${zq(r.text)}的终止年 ${r.second} 早于起始年 ${r.first}：其中一个年份写错了，请对照原件改正`,
            en:
              `The span ${eq(r.text)} ends in ${r.second}, before it starts in ${r.first}: ` +
              'one of the years is mistyped; check the original',
          },
        });
      }
      for (const d of noDayOf(line)) {
        const start = line.start + d.at;
        const month = d.month === 2 && d.year !== undefined ? { zh: `${d.year}年2月`, en: `February ${d.year}` } : undefined;
        out.push({
          span: { start, end: start + d.text.length },
          message: {
            zh: `日期${zq(d.text)}不存在：${month?.zh ?? `${d.month}月`}只有 ${d.days} 天，没有 ${d.day} 日：请对照原件改正日期`,
            en:
              `The date ${eq(d.text)} does not exist: ${month?.en ?? `month ${d.month}`} has ${d.days} days, not ${d.day}; ` +
              'check the original and correct it',
          },
        });
      }
      for (const d of letterOf(line)) {
        const start = line.start + d.at;
        const end = start + d.text.length;
        // only the letters change, the digits left as they are
        const edits = changedCharEdits(start, d.text, d.right);
        out.push({
          span: { start, end },
          fix: { title: { zh: `改为${zq(d.right)}`, en: `Change to ${eq(d.right)}` }, edits, safe: true },
          message: {
            zh: `日期中的${zq(d.text)}混入了字母：应为${zq(d.right)}（I、l 是 1，O 是 0）`,
            en: `${eq(d.text)} in a date has letters among its digits: write ${eq(d.right)} (I and l for 1, O for 0)`,
          },
        });
      }
    }
    // a date alone in its paragraph: a row of figures in a table has its neighbours in the same paragraph
    for (const block of report.parsed.blocks) {
      const line = block.lines.length === 1 ? block.lines[0] : undefined;
      if (!line) continue;
      for (const d of lostOf(line)) {
        const start = line.start + d.at;
        out.push({
          span: { start, end: start + d.text.length },
          message: {
            zh: `日期${zq(d.text)}丢了“年”“月”“日”，只剩数字：应为${zq(d.want)}，请对照原件补全`,
            en: `The date ${eq(d.text)} lost its 年, 月 and 日, only the figures are left: write ${eq(d.want)}, checking the original`,
          },
        });
      }
    }
    return out;
  },
});
