// The 自评表's arithmetic (T1, T2, T6 and T7 of DOMAIN-TABLES §3), in one place: the rules that flag a
// cell (table-execution-rate, table-rate-score, table-total-score, table-indicator-score) and the hover and
// fix that recompute it (assist/table-cell) call the same functions, so a squiggle, a hover and a fix
// never disagree.
import { halfUnit } from '../parse/numbers.js';
import type { Localized } from '../types.js';
import {
  quantities,
  TABLE_SETTINGS,
  type IndicatorRow,
  type MoneyRow,
  type Quantities,
  type QuantityRow,
  type SelfEvalTable,
} from './self-eval-table.js';
import type { Figure } from './table-figure.js';

/** 全年执行数 ÷ 全年预算数, in per cent, when both are figures in one unit and the budget is above 0. */
export function executionRate(row: MoneyRow): number | undefined {
  const { budget, spent } = row.figures;
  return budget && spent && budget.unit === spent.unit && budget.value > 0 ? (spent.value / budget.value) * 100 : undefined;
}

/** A rate written to fewer decimals is right when it rounds the computed one (99.6 % written 100%). */
export function rateAgrees(written: Figure, computed: number): boolean {
  return Math.abs(written.value - computed) <= Math.max(halfUnit(written.decimals), TABLE_SETTINGS.tolerance) + 1e-9;
}

/** The rate's score: the rate, at most 100 %, times its 分值, to the score's decimals (0 for a rate of 0). */
export function expectedRateScore(rate: number, weight: number): number {
  return Number(((weight * Math.min(rate, 100)) / 100).toFixed(TABLE_SETTINGS.scoreDecimals));
}

/**
 * A written rate score agrees with the expected one within the tolerance: a hundredth off is rounding (2.16 for
 * 20 × 10.77 % = 2.154: 2022-云南-隆阳区化肥减量增效示范县项目-自评表); 1e-9 as 2.16 − 2.15 is not exactly 0.01.
 */
export function rateScoreAgrees(written: Figure, expected: number): boolean {
  // a score written to one decimal is the rate score rounded so, as an indicator's (indicatorScoreAgrees below; made up,
  // red team: 9.5 for 1287.36 ÷ 1350.5 × 10 = 9.53)
  const slack = written.decimals === 1 ? halfUnit(1) : TABLE_SETTINGS.tolerance;
  return Math.abs(written.value - expected) <= slack + 1e-9;
}

export interface TotalRows {
  /** The rows the 总分 adds: the rate's row when it is scored, then every indicator read. */
  rows: { weight: Figure; score: Figure }[];
  /** Their 分值 and 得分 summed, to the score's decimals. */
  weights: number;
  sum: number;
}

export function totalRows(table: SelfEvalTable): TotalRows {
  const round = (n: number): number => Number(n.toFixed(TABLE_SETTINGS.scoreDecimals));
  const rate = table.money.find((r) => r.figures.weight && r.figures.score);
  const rows = [
    ...(rate?.figures.weight && rate.figures.score ? [{ weight: rate.figures.weight, score: rate.figures.score }] : []),
    ...table.indicators,
  ];
  return {
    rows,
    weights: round(rows.reduce((s, r) => s + r.weight.value, 0)),
    sum: round(rows.reduce((s, r) => s + r.score.value, 0)),
  };
}

export interface IndicatorScore {
  /** The formula's score to the score's decimals, and unrounded. */
  expected: number;
  exact: number;
  /** Which formula, with the row's figures. */
  formula: Localized;
}

/**
 * T7: a quantitative indicator's 得分 by the platform's formula. 正向 (≥, and = as 正向): full at or above
 * the target, else actual ÷ target × 分值; 反向 (≤): full at or below, 0 at twice the target, linear
 * between. Undefined when target and actual are not figures in one unit (quantities).
 */
export function indicatorScore(row: IndicatorRow): IndicatorScore | undefined {
  const q = quantities(row);
  if (!q) return undefined;
  const { target: t, actual: a, direction: dir } = q;
  const w = row.weight.value;
  const round = (n: number): number => Number(n.toFixed(TABLE_SETTINGS.scoreDecimals));
  const tv = `${t.value}${t.unit}`;
  const av = `${a.value}${a.unit}`;
  if (dir === '≤') {
    const exact = a.value <= t.value ? w : a.value >= 2 * t.value ? 0 : (1 - (a.value - t.value) / t.value) * w;
    return {
      expected: round(exact),
      exact,
      formula: {
        zh: `反向指标公式（实际 ${av}，指标值 ${tv}，分值 ${w}）`,
        en: `formula for a lower-is-better indicator (actual ${av}, target ${tv}, weight ${w})`,
      },
    };
  }
  if (a.value >= t.value) {
    return {
      expected: round(w),
      exact: w,
      formula: {
        zh: `正向指标公式（实际 ${av} 不低于指标值 ${tv}，得满分 ${w}）`,
        en: `higher-is-better formula (actual ${av} meets the target ${tv}: full weight ${w})`,
      },
    };
  }
  const exact = (Math.max(a.value, 0) / t.value) * w;
  return {
    expected: round(exact),
    exact,
    formula: {
      zh: `正向指标公式 ${a.value} ÷ ${t.value} × ${w}（实际 ${av}，指标值 ${tv}）`,
      en: `higher-is-better formula ${a.value} ÷ ${t.value} × ${w} (actual ${av}, target ${tv})`,
    },
  };
}

/**
 * The written 得分 agrees with the formula: a score written to one decimal (1.9 for 1.946:
 * 2021-山西-稷山县翟店镇卫生院-自评表) is the formula rounded to one decimal; an integer or a two-decimal
 * score is compared to two decimals.
 */
export function indicatorScoreAgrees(written: Figure, r: IndicatorScore): boolean {
  const slack = written.decimals === 1 ? halfUnit(1) : TABLE_SETTINGS.tolerance;
  return Math.abs(written.value - (written.decimals === 1 ? r.exact : r.expected)) <= slack + 1e-9;
}

/** The row's target and actual when the actual falls short of the target by its direction (above a ≤ target). */
export function shortfall(row: QuantityRow): Quantities | undefined {
  const q = quantities(row);
  if (!q) return undefined;
  const short = q.direction === '≤' ? q.actual.value > q.target.value : q.actual.value < q.target.value;
  return short ? q : undefined;
}
