// A percentage whose digits an OCR or a PDF's font read as the letters they look like: I or l for 1, O for 0
// (完成全年预算数的IO0%, 大足电子政务 2020). Read only before a per-cent sign, in a run of digits and those letters with no
// other letter or digit before it, holding at least one of each, that reads as a figure once the letters are taken
// for digits: a run that would start with a spare 0 (O76%107.6, 西部科学城融媒体 2021: a lost cell's O before 76%) or
// a word in Latin letters is left alone. So is a date's month or day written so (项目起止时间2021年I月起, 临湘文旅 2021;
// 2023年l2月, 12月3l日): between a year's 年 and 月, or a month's 月 and 日, only a month's or a day's figure stands. And
// an amount before 元, 万元 or 亿元 (合计l6206.5万元: made up, session 23 red team), read as a percentage is.

import type { Glued } from './glued-digits.js';
import { eq, zq } from '../format.js';
import { execAll } from '../../text/exec-all.js';

/** Digits and their look-alike letters, then a per-cent sign; no letter, digit or point before (one try per run). */
const RUN = /(?<![A-Za-z0-9.])[0-9IlO]+(?:\.[0-9IlO]+)?(?=[%％])/g;
/** One figure: no leading zero unless it is 0 or 0.x. */
const FIGURE = /^(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;
const DIGIT_OF: Readonly<Record<string, string>> = { I: '1', l: '1', O: '0' };

/**
 * A month after a year's 年 (2021年I月) or a day after a month's 月 (12月3l日), of one or two digits and look-alike letters,
 * at least one letter; nothing but a figure stands there.
 */
const DATE_FIELD = /(?<=[0-9]年)[0-9IlO]{1,2}(?=月)|(?<=[0-9]月)[0-9IlO]{1,2}(?=[日号])/g;
/** What a date field with a letter holds: a look-alike letter right before 月, 日 or 号, or right after 年 or 月. */
const DATE_NEEDED = /[IlO][月日号]|[年月][IlO]/;

/**
 * An amount in 元, 万元 or 亿元 written so (合计l6206.5万元, 总投资1O50万元: made up, session 23 red team), read as the
 * percentages are: no letter, digit or point before the run, one figure once the letters are digits. A code that mixes
 * letters and digits has a letter of its own before the run (XM2O23) or no unit after it.
 */
const AMOUNT_RUN = /(?<![A-Za-z0-9.])[0-9IlO]+(?:\.[0-9IlO]+)?(?= ?(?:万元|亿元|元))/g;
/** What an amount with a letter holds, tested natively first: a look-alike letter beside a digit, then 元 within reach. */
const AMOUNT_NEEDED = /[IlO][0-9.]|[0-9][IlO]/;

/** Each percentage, amount or date field in the line with a letter for a digit, left to right. */
export function letterFigures(text: string): Glued[] {
  const dates = DATE_NEEDED.test(text) ? dateFields(text) : NONE;
  const percent = text.includes('%') || text.includes('％');
  const amount = text.includes('元') && AMOUNT_NEEDED.test(text);
  if (!percent && !amount) return dates;
  let out: Glued[] | undefined = dates.length > 0 ? [...dates] : undefined;
  if (percent) for (const m of execAll(RUN, text)) out = figureHit(m, '%', out);
  if (amount)
    for (const m of execAll(AMOUNT_RUN, text)) {
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 3).trimStart();
      out = figureHit(m, rest.startsWith('万元') ? '万元' : rest.startsWith('亿元') ? '亿元' : '元', out);
    }
  return out === undefined ? NONE : out.sort((a, b) => a.start - b.start);
}

/** The run `m` before `unit` with a letter for a digit, added to `out` when it reads as one figure. */
function figureHit(m: RegExpExecArray, unit: string, out: Glued[] | undefined): Glued[] | undefined {
  const written = m[0];
  if (!/[0-9]/.test(written) || !/[IlO]/.test(written)) return out;
  const right = written.replace(/[IlO]/g, (c) => DIGIT_OF[c] as string);
  if (!FIGURE.test(right)) return out;
  const start = m.index;
  (out ??= []).push({
    start,
    end: start + written.length,
    right,
    message: {
      zh: `${zq(written + unit)}中混入了字母：应为${zq(right + unit)}（I、l 是 1，O 是 0）`,
      en: `${eq(written + unit)} has letters among its digits: write ${eq(right + unit)} (I and l for 1, O for 0)`,
    },
  });
  return out;
}

/** The month or day fields with a letter for a digit whose figure is a month (1–12) or a day (1–31). */
function dateFields(text: string): Glued[] {
  let out: Glued[] | undefined;
  for (const m of execAll(DATE_FIELD, text)) {
    const written = m[0];
    if (!/[IlO]/.test(written)) continue;
    const right = written.replace(/[IlO]/g, (c) => DIGIT_OF[c] as string);
    const value = Number(right);
    const unit = text.charAt(m.index + written.length);
    if (right.startsWith('0') || value < 1 || value > (unit === '月' ? 12 : 31)) continue;
    (out ??= []).push({
      start: m.index,
      end: m.index + written.length,
      right,
      message: {
        zh: `日期中的${zq(written + unit)}混入了字母：应为${zq(right + unit)}（I、l 是 1，O 是 0）`,
        en: `${eq(written + unit)} in a date has letters among its digits: write ${eq(right + unit)} (I and l for 1, O for 0)`,
      },
    });
  }
  return out ?? NONE;
}

const NONE: Glued[] = [];
