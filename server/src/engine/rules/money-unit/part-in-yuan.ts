// A part in 元 of a total in 万元 that adds up only when the part is read in 万元: 自治区投入资金85万元(农村部分计划生育家庭
// 奖励扶助资金13万元,计划生育家庭特别扶助72元) (阿拉善 2023: 13 + 72 = 85; the 万 was dropped). The arithmetic says the
// unit, with no word list; the totals and their parts are model/totals.ts's.
import type { Sentence } from '../../parse/sentences.js';
import { statedTotals, totalYuanSlip, yuanSlip, type Figure, type StatedTotal } from '../../model/totals.js';

export interface PartInYuan {
  part: Figure;
  stated: StatedTotal;
}

/** The sentence's totals in 万元 with one part in 元 that, read in 万元, makes their parts add up. */
export function partsInYuan(s: Sentence): PartInYuan[] {
  if (!mixedUnits(s)) return [];
  const out: PartInYuan[] = [];
  for (const st of statedTotals(s)) {
    const part = yuanSlip(st);
    if (part) out.push({ part, stated: st });
  }
  return out;
}

/** The sentence's totals in 元 whose parts in 万元 add up to the total's figure read in 万元 (model/totals.ts totalYuanSlip). */
export function totalsInYuan(s: Sentence): StatedTotal[] {
  if (!mixedUnits(s)) return [];
  return statedTotals(s).filter(totalYuanSlip);
}

/**
 * Whether the sentence has an amount in 元 beside one in another unit: most have none, and are passed over before any
 * total is read.
 */
function mixedUnits(s: Sentence): boolean {
  let yuan = false;
  let other = false;
  for (const a of s.amounts) {
    if (a.unit === '元') yuan = true;
    else other = true;
  }
  return yuan && other;
}
