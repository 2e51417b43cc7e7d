// 口 for 扣 before the points a score loses (每一项不符合要求口0.75分, 六安妇幼 2021; 因资金拨付滞后口0.75分: made up,
// session 22 round 2): a 自评 scores by deducting, and 扣 without its 扌 is 口. Read only where 口 ends no word of its own
// (人口, 出口, 路口, 窗口, 接口…: the characters in NOT_AFTER) and the points end the clause (口0.75分，扣完为止), so 路口3分钟
// and 人口2分 of a count are left alone.
import type { Glued } from './glued-digits.js';
import { execAll } from '../../text/exec-all.js';

/** Characters that make a word with 口 after them: the 口 is that word's, not a deduction's. */
const NOT_AFTER = '人出入路窗接港户端关河门缺伤开借道岸渡隘胸虎灶井泵闸坝进山海江湖溪谷峡村巷街胡袖领枪炮洞风突破缺豁';
/** 口, the points (a figure), 分, then the clause's end. */
const MOUTH = new RegExp(`(?<![${NOT_AFTER}])口([0-9]+(?:\\.[0-9]+)?分)(?=[，。；、,;）)]|$)`, 'g');

/** Each 口 for 扣 before a deduction's points in the line. */
export function deductionMouths(text: string): Glued[] {
  if (!text.includes('口')) return NONE;
  let out: Glued[] | undefined;
  for (const m of execAll(MOUTH, text)) {
    const points = m[1] as string;
    (out ??= []).push({
      start: m.index,
      end: m.index + 1,
      right: '扣',
      message: {
        zh: `「口${points}」中的“口”应为“扣”：应为「扣${points}」`,
        en: `口 in “口${points}” should be 扣 (deducted): write “扣${points}”`,
      },
    });
  }
  return out ?? NONE;
}

const NONE: Glued[] = [];
