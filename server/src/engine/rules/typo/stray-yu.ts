// A stray 于 after 其中 before an amount (其中于80万元洪涝灾害资金于12月9日分配如下, 宣州应急 2022): 其中 (of which) takes the
// part right after it; 于 (at, on) before a sum of money is no phrase. 其中于12月 (on a date) and 其中于12个村 (in a
// place) are right: only an amount in 元, 万元 or 亿元 after it is read.
import type { Glued } from './glued-digits.js';
import { execAll } from '../../text/exec-all.js';

const STRAY = /其中于(?=[0-9][0-9,]*(?:\.[0-9]+)?(?:万元|亿元|元))/g;

/** Each 于 between 其中 and an amount in the line. */
export function strayYu(text: string): Glued[] {
  if (!text.includes('其中于')) return NONE;
  let out: Glued[] | undefined;
  for (const m of execAll(STRAY, text)) {
    (out ??= []).push({
      start: m.index,
      end: m.index + 3,
      right: '其中',
      message: {
        zh: '「其中于」后面是金额，“于”是多余的：应为「其中」',
        en: '“其中于” comes before an amount: the 于 is one too many, write “其中”',
      },
    });
  }
  return out ?? NONE;
}

const NONE: Glued[] = [];
