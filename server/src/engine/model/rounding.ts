// How far a written sum may be from a written total when every figure was rounded on its own: the
// budget-total, stated-total and table-fund-sum rules (and the hover) call it, so they judge a 0.01 gap alike.
//
// A figure w written to its last decimal rounds a figure x with w − h < x ≤ w + h (h half a unit of that
// decimal, rounding half up). A total and its parts, each rounded, then differ by less than the sum of
// their halves (呈贡 2018: 总支出 30969.07 = 370.48 + 30598.58 = 30969.06 万元, each rounded to 100 元, holds;
// 3.01 = 1.00 + 2.00 万元 holds too: as written it cannot be told from rounding, 1.004 + 2.004 = 3.008).
// Exact figures add nothing: a count, a figure in 元 written to the 分 (money is not counted finer: 3.01 元 ≠
// 1.00 元 + 2.00 元 is found), and, where the rule says so, a whole number beside figures with decimals
// (30万元 written next to 29.99万元 means 30.00: writers drop only zero decimals). Whole numbers are not
// summed: one whole figure's half is the slack, since an amount stated in whole 万元 is mostly exact.
import { halfUnit, UNIT_FACTOR, type MoneyUnit } from '../parse/numbers.js';

/** The decimals of the 分 in 元: a figure in 元 written to them (or finer) is exact. */
const FEN_DECIMALS = 2;

/** Half a unit of a money figure's last decimal, in 元; 0 for 元 written to the 分. */
export function moneySlack(decimals: number, unit: MoneyUnit): number {
  return unit === '元' && decimals >= FEN_DECIMALS ? 0 : halfUnit(decimals) * UNIT_FACTOR[unit];
}

/** A figure's own slack (in 元 for money, 0 for a count) and whether it is written with decimals. */
export interface Rounded {
  slack: number;
  decimal: boolean;
}

/** The slack of a total and its parts, added one figure at a time (a run of parts is judged at each step). */
export class RoundingSlack {
  private decimals = 0;
  private whole = 0;
  private anyDecimal = false;

  /** wholeExact: a whole number beside figures with decimals is exact (stated-total's reading). */
  constructor(private readonly wholeExact: boolean) {}

  add(f: Rounded): this {
    if (f.decimal) {
      this.anyDecimal = true;
      this.decimals += f.slack;
    } else this.whole = Math.max(this.whole, f.slack);
    return this;
  }

  /** Whether `sum` and `total` (both in 元, or counts) can be the same figure rounded. */
  holds(sum: number, total: number): boolean {
    const gap = Math.abs(sum - total);
    // floating-point slack, far below any written precision
    const eps = 1e-9 * Math.max(1, Math.abs(total));
    const slack = this.decimals + (this.anyDecimal && this.wholeExact ? 0 : this.whole);
    return gap <= eps || gap < slack - eps;
  }
}
