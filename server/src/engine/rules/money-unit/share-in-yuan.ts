// An amount in 元 stated as a percentage of a 万元 amount, whose figure is that share in 万元: 总保费1293.45万元,…,省级财政补贴
// 32.5%为420.37元 (永兴 2020: 1293.45 × 32.5 % = 420.37, so 420.37 万元; the 万 was dropped). The arithmetic says the unit,
// with no word list: a share of money is money of the same unit.
import type { LabelledAmount, LabelledPercent, Sentence } from '../../parse/sentences.js';
import { countStartingBefore } from '../../parse/line-search.js';
import { halfUnit } from '../../parse/numbers.js';

export interface ShareInYuan {
  amount: LabelledAmount;
  percent: LabelledPercent;
  /** The 万元 amount the share is of. */
  whole: LabelledAmount;
}

/** What may stand between the percentage and its amount: 为, 是, 计 … (…32.5%为420.37元). */
const LINK = /^[\s\u3000]{0,1}(?:为|是|计|共|达|即|合)?[\s\u3000]{0,1}$/;
/** Above this many 元 a share is plausibly written in 元 on purpose. */
const MAX_YUAN = 10_000;
/** How many 万元 amounts before the share are tried as its whole. */
const WHOLES_BACK = 8;

/**
 * The sentence's amounts in 元 right after a percentage (LINK between them) that are, as figures, that percentage of one of
 * the 万元 amounts before them (within the rounding of the amount, the percentage and the whole).
 */
export function sharesInYuan(s: Sentence, wan: readonly LabelledAmount[]): ShareInYuan[] {
  const out: ShareInYuan[] = [];
  if (wan.length === 0 || s.percents.length === 0) return out;
  let p = 0;
  for (const a of s.amounts) {
    if (a.unitText !== '元' || a.value <= 0 || a.value >= MAX_YUAN) continue;
    while (p + 1 < s.percents.length && (s.percents[p + 1] as LabelledPercent).signEnd <= a.start) p++;
    const percent = s.percents[p] as LabelledPercent;
    if (percent.signEnd > a.start || !LINK.test(s.text.slice(percent.signEnd - s.start, a.start - s.start))) continue;
    // by binary search: a paragraph may hold thousands of each
    const end = countStartingBefore(wan, a.start);
    const whole = wan.slice(Math.max(0, end - WHOLES_BACK), end).find((w) => agrees(w, percent, a));
    if (whole) out.push({ amount: a, percent, whole });
  }
  return out;
}

/** whole × percent, in 万元, is the amount's figure within the rounding of all three. */
function agrees(whole: LabelledAmount, p: LabelledPercent, a: LabelledAmount): boolean {
  const share = (whole.value * p.value) / 100;
  const slack = halfUnit(a.decimals) + (halfUnit(whole.decimals) * p.value) / 100 + (whole.value * halfUnit(p.decimals)) / 100 + 1e-9;
  return Math.abs(share - a.value) <= slack;
}
