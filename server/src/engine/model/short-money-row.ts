// A money row of the 自评表 that lost a cell when a web page was flattened (`年度资金总额 |` / `| 32.4 | 31.69 |
// 10 | 97.80% | 9 |` under `年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分`: 2023-云南-临翔区林业和草原局-自评表).
// Which cell was lost cannot be told from the count; it can when the row's own rate places it: the percentage
// is the 执行率, the cells after it are the columns after 执行率, and the three before it are 全年预算数,
// 全年执行数 and 分值 only when the first two give the written rate (31.69 ÷ 32.4 = 97.81 %, written 97.80 %)
// and the third is a weight, and the row read one cell further left does not give the rate as well. Then the lost cell is
// one before them (年初预算数, or a 全年预算数 written twice).
import { halfUnit } from '../parse/numbers.js';
import type { Cell } from './table-cells.js';
import { figureOf, plainNumber, type Figure } from './table-figure.js';

/** The columns read before the rate, in the header's order (DOMAIN-TABLES §1a). */
const BEFORE_RATE = ['budget', 'spent', 'weight'] as const;
/** A weight is at most the table's total. */
const FULL_SCORE = 100;
/** How far a written rate may be from the computed one beyond its own rounding (as table-arithmetic.ts). */
const TOLERANCE = 0.01;

/**
 * The figures of a row of `values` one or more cells short of `cols`, by column, when the row's rate places
 * them as above; undefined otherwise (left unread, as before). Empty cells after the rate are returned apart.
 */
export function placeShortRow<K extends string>(
  values: readonly Cell[],
  cols: readonly K[],
): { figures: Partial<Record<K, Figure>>; empty: Partial<Record<K, Cell>> } | undefined {
  const at = cols.indexOf('rate' as K);
  if (values.length >= cols.length || at < BEFORE_RATE.length) return undefined;
  if (!BEFORE_RATE.every((c, n) => cols[at - BEFORE_RATE.length + n] === c)) return undefined;
  const percents = values.map((v, n) => (figureOf(v)?.unit === '%' ? n : -1)).filter((n) => n >= 0);
  const r = percents[0];
  if (percents.length !== 1 || r === undefined || r < BEFORE_RATE.length || values.length - r !== cols.length - at) return undefined;
  const rate = figureOf(values[r] as Cell) as Figure;
  const budget = figureOf(values[r - 3] as Cell);
  const spent = figureOf(values[r - 2] as Cell);
  const weight = plainNumber(values[r - 1] as Cell);
  if (!budget || !spent || !weight || budget.unit !== spent.unit || budget.unit === '%' || budget.comparator || spent.comparator)
    return undefined;
  if (budget.value <= 0 || weight.value > FULL_SCORE || rate.comparator) return undefined;
  if (!gives(rate, budget, spent)) return undefined;
  // read one cell to the left (the weight lost, the 执行数 in its place: `20 | 20 | 20 | 100% | 10`), the rate may agree too
  const amount = figureOf(values[r - 1] as Cell);
  if (amount && amount.unit === spent.unit && gives(rate, spent, amount)) return undefined;
  const figures: Partial<Record<K, Figure>> = { budget, spent, weight, rate } as Partial<Record<K, Figure>>;
  const empty: Partial<Record<K, Cell>> = {};
  for (let n = r + 1; n < values.length; n++) {
    const col = cols[at + (n - r)] as K;
    const f = figureOf(values[n] as Cell);
    if (f) figures[col] = f;
    else empty[col] = values[n];
  }
  return { figures, empty };
}

/** Whether `spent ÷ budget` is the written rate, to its rounding. */
function gives(rate: Figure, budget: Figure, spent: Figure): boolean {
  if (budget.value <= 0) return false;
  const computed = (spent.value / budget.value) * 100;
  return Math.abs(rate.value - computed) <= Math.max(halfUnit(rate.decimals), TOLERANCE) + 1e-9;
}
