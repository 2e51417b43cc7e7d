// A half-width full stop ending a clause after an amount, a count or a rate, the next clause right after it (全年预算数
// 2039.8万元.全年执行数1713.9万元, 丰都兴义镇 2022; 中央拨付16万元.上年度结余的资金, 龙感湖 2023): Chinese text ends its clauses
// with ， or 。. After a figure's unit and before a Chinese character, the . is neither a decimal point nor a list's
// number (those stand before a digit), so it is a slip; which mark was meant is the drafter's to say, so there is no fix.
import type { Glued } from './glued-digits.js';
import { execAll } from '../../text/exec-all.js';

/**
 * A figure, its unit, the . and the Chinese character after it. The figure starts where no digit, comma or point stands
 * before it, so each run of digits is read once (linear).
 */
const STOP = /(?<![0-9,.])[0-9][0-9,]*(?:\.[0-9]+)?(?:万元|亿元|元|%|个|人|户|次)(\.)(?=[\u4e00-\u9fa5])/g;
/** Characters of the next clause quoted after the stop. */
const AFTER = 3;

/** Each half-width stop between two clauses after a figure in the line, left to right. */
export function halfWidthStops(text: string): Glued[] {
  if (!text.includes('.')) return NONE;
  let out: Glued[] | undefined;
  for (const m of execAll(STOP, text)) {
    const at = m.index + m[0].length - 1;
    const quoted = text.slice(m.index, Math.min(text.length, at + 1 + AFTER));
    (out ??= []).push({
      start: at,
      end: at + 1,
      message: {
        zh: `半角句点“.”隔开了两个分句（“${quoted}”）：应为“，”或“。”`,
        en: `A half-width full stop separates two clauses (“${quoted}”): write “，” or “。”`,
      },
    });
  }
  return out ?? NONE;
}

const NONE: Glued[] = [];
