// The 自评表's arithmetic (T1, T2 and T6 of DOMAIN-TABLES §3), in one place: the rules that flag a cell
// (table-execution-rate, table-rate-score, table-total-score) and the hover and fix that recompute it
// (assist/table-cell) call the same functions, so a squiggle, a hover and a fix never disagree.
import { halfUnit } from '../parse/numbers.js';
import { TABLE_SETTINGS, type MoneyRow, type SelfEvalTable } from './self-eval-table.js';
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
