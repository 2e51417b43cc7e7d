// The 自评表 cells a drafter can have recomputed (issue 15 §3): a money row's 执行率 (T1), the 得分 of
// the rate's row (T2), the 总分 (T6) and a quantitative indicator's 得分 (T7), each with its formula and
// figures, and the value the cell should hold. The same arithmetic and tolerances as the rules
// table-execution-rate, table-rate-score, table-total-score and table-indicator-score, so a hover, a fix
// and a squiggle never disagree.
import type { Report } from '../model/report.js';
import { selfEvalTables, TABLE_SETTINGS, type IndicatorRow, type MoneyRow, type SelfEvalTable } from '../model/self-eval-table.js';
import type { Cell } from '../model/table-cells.js';
import type { Figure } from '../model/table-figure.js';
import {
  executionRate,
  expectedRateScore,
  rateScoreAgrees,
  indicatorScore,
  indicatorScoreAgrees,
  rateAgrees,
  totalRows,
} from '../model/table-arithmetic.js';
import type { Fix, Localized, Span } from '../types.js';
import { cellEdits, lonePipe, pipeCell } from './table-edit.js';

export type CellKind = 'rate' | 'rate-score' | 'total' | 'indicator-score';

export interface CellReading {
  kind: CellKind;
  /** Where the value is written: the figure, or the empty cell. */
  cell: Span;
  /** What a hover covers: the figure, or an empty pipe cell from pipe to pipe. */
  hoverSpan: Span;
  /** The recomputed value as the cell would hold it (`90.00%`, `9.00`); undefined when it cannot be told. */
  value?: string;
  /** The formula with the table's figures (Markdown). */
  formula: Localized;
  /** How the cell compares with it. */
  verdict: Localized;
  /** The cell is empty or holds another value than `value`. */
  differs: boolean;
}

const EMPTY: Localized = { zh: '', en: '' };

/** The reading of the 自评表 cell at `offset`, if it is one of the cells recomputed. */
export function tableCellAt(report: Report, offset: number): CellReading | undefined {
  if (!report.isReport) return undefined;
  const at = (c: Span | undefined): boolean => {
    if (!c || offset < c.start - 200 || offset > c.end + 200) return false; // a pipe cell is within a line of its figure
    const s = hoverSpan(report.text, c);
    return s.start <= offset && offset <= s.end;
  };
  for (const table of selfEvalTables(report)) {
    for (const row of table.money) {
      const rate = row.figures.rate ?? row.empty?.rate;
      if (at(rate)) return rateReading(report.text, row, rate as Cell);
      const score = row.figures.score ?? row.empty?.score;
      if (at(score)) return rateScoreReading(report.text, row, score as Cell);
    }
    if (at(table.total?.score)) return totalReading(report.text, table);
    const row = table.indicators.find((r) => at(r.score));
    if (row) return indicatorReading(report.text, row);
  }
  return undefined;
}

/**
 * The figure; for an empty cell, which has no width to point at, the cell between its pipes, or the
 * pipe alone on its line that marks it.
 */
function hoverSpan(text: string, c: Span): Span {
  if (c.start < c.end) return { start: c.start, end: c.end };
  const p = pipeCell(text, c);
  if (p) return { start: p.open + 1, end: p.close };
  const pipe = lonePipe(text, c);
  return pipe >= 0 ? { start: pipe, end: pipe + 1 } : { start: c.start, end: c.end };
}

const rateText = (n: number, written?: Figure): string =>
  `${n.toFixed(TABLE_SETTINGS.rateDecimals)}${written?.text.endsWith('％') ? '％' : '%'}`;
const scoreText = (n: number, written?: Figure): string =>
  `${n.toFixed(TABLE_SETTINGS.scoreDecimals)}${written?.text.endsWith('分') ? '分' : ''}`;

function rateReading(text: string, row: MoneyRow, cell: Cell): CellReading | undefined {
  const { budget, spent, rate: written } = row.figures;
  const rate = executionRate(row);
  if (rate === undefined || !budget || !spent || (written && written.unit !== '%')) return undefined;
  const value = rateText(rate, written);
  const shown = `${rate.toFixed(TABLE_SETTINGS.rateDecimals)} %`;
  const agrees = written !== undefined && rateAgrees(written, rate);
  // a row with no 分值 (其中:本年财政拨款 | 4000 | 4000 | 4000 | — | | ) is not scored: the form may leave its rate
  // blank, and no rule asks for one (怀远 生态环境 2023); the hover does not call it wrong, the fix still fills it
  // so is a row that lost its empty 分值 cell, its rate read in that column and no score after it (保山能源局 2023:
  // `其中:当年财政拨款 | 330,000.00 | 329,998.60 | 329,998.60 | 100.00 |`)
  const unscored = (!written && !row.figures.weight) || lostWeightCell(row, rate);
  return {
    kind: 'rate',
    cell,
    hoverSpan: hoverSpan(text, cell),
    value,
    formula: {
      zh: `**${row.label.text} 执行率** = 全年执行数 ÷ 全年预算数 = ${spent.text} ÷ ${budget.text} = **${shown}**`,
      en: `**${row.label.text} execution rate** = spending ÷ budget = ${spent.text} ÷ ${budget.text} = **${shown}**`,
    },
    verdict: unscored
      ? {
          zh: `○ 表中这一格是空的：此行没有分值，可以不填；如填写，应为 ${value}`,
          en: `○ the cell is empty: the row has no weight, so it may stay empty; filled, it would be ${value}`,
        }
      : verdictOf(written, agrees, value, EMPTY),
    differs: !agrees,
  };
}

/**
 * A row that lost its empty 分值 cell: its rate read in that column, no rate and no score after it (保山能源局 2023:
 * `其中:当年财政拨款 | 330,000.00 | 329,998.60 | 329,998.60 | 100.00 |`). It is not scored, as a row with no 分值 is not.
 */
function lostWeightCell(row: MoneyRow, rate: number | undefined): boolean {
  const { rate: written, score, weight } = row.figures;
  return !written && !score && weight !== undefined && rate !== undefined && Math.abs(weight.value - rate) <= 0.005;
}

function rateScoreReading(text: string, row: MoneyRow, cell: Cell): CellReading | undefined {
  const { budget, spent, weight, score: written } = row.figures;
  if (!budget || !spent || !weight || budget.unit !== spent.unit || lostWeightCell(row, executionRate(row))) return undefined;
  const rate = executionRate(row) ?? 0;
  const d = TABLE_SETTINGS.scoreDecimals;
  const expected = expectedRateScore(rate, weight.value);
  const value = scoreText(expected, written);
  const agrees = written !== undefined && rateScoreAgrees(written, expected);
  const r = `${rate.toFixed(TABLE_SETTINGS.rateDecimals)} %`;
  const over = rate > 100 ? { zh: '，超过 100 % 按 100 % 计', en: ', counted as 100 % above it' } : EMPTY;
  const e = expected.toFixed(d);
  const formula =
    budget.value > 0
      ? {
          zh: `**得分** = 执行率 × 分值 = ${r} × ${weight.text} = **${e}**（执行率 = ${spent.text} ÷ ${budget.text}${over.zh}）`,
          en: `**Score** = rate × weight = ${r} × ${weight.text} = **${e}** (rate = ${spent.text} ÷ ${budget.text}${over.en})`,
        }
      : {
          zh: `**得分** = 0：全年预算数为 ${budget.text}，执行率无从计算`,
          en: `**Score** = 0: the budget is ${budget.text}, so there is no rate`,
        };
  // a score below the rate's may be a province's banded scoring (table-rate-score flags only one above it)
  const below =
    written && written.value < expected
      ? {
          zh: '；有的地区按执行率区间计分，得分可低于此值，请核对所用的评分办法',
          en: '; some provinces score the rate by bands, which can give less: check the scoring rules in use',
        }
      : EMPTY;
  return {
    kind: 'rate-score',
    cell,
    hoverSpan: hoverSpan(text, cell),
    value,
    formula,
    verdict: verdictOf(written, agrees, value, below),
    differs: !agrees,
  };
}

function totalReading(text: string, table: SelfEvalTable): CellReading | undefined {
  const total = table.total;
  if (!total || table.indicators.length === 0) return undefined;
  // the rows table-total-score adds: the rate's row and every indicator read
  const { rows, weights, sum } = totalRows(table);
  const span = hoverSpan(text, total.score);
  if (Math.abs(weights - total.weight.value) > TABLE_SETTINGS.tolerance) {
    return {
      kind: 'total',
      cell: total.score,
      hoverSpan: span,
      formula: { zh: `**${total.label.text}** = Σ 得分`, en: `**${total.label.text}** = Σ scores` },
      verdict: {
        zh: `读出的 ${rows.length} 行分值之和为 ${weights}，不是总分的分值 ${total.weight.text}：有的行未能读出，总分不重算`,
        en:
          `the ${rows.length} rows read weigh ${weights}, not the total’s ${total.weight.text}: ` +
          'some rows could not be read, so the total is not recomputed',
      },
      differs: false,
    };
  }
  const value = scoreText(sum, total.score);
  const agrees = Math.abs(sum - total.score.value) <= TABLE_SETTINGS.tolerance;
  const parts = rows.map((r) => r.score.text).join(' + ');
  const shown = sum.toFixed(TABLE_SETTINGS.scoreDecimals);
  return {
    kind: 'total',
    cell: total.score,
    hoverSpan: span,
    value,
    formula: {
      zh: `**${total.label.text}** = Σ 得分 = ${parts} = **${shown}**（${rows.length} 行，分值之和 ${weights}）`,
      en: `**${total.label.text}** = Σ scores = ${parts} = **${shown}** (${rows.length} rows weighing ${weights})`,
    },
    verdict: verdictOf(total.score, agrees, value, EMPTY),
    differs: !agrees,
  };
}

function indicatorReading(text: string, row: IndicatorRow): CellReading | undefined {
  const r = indicatorScore(row);
  if (!r) return undefined;
  const written = row.score;
  const value = scoreText(r.expected, written);
  const agrees = indicatorScoreAgrees(written, r);
  const shown = r.expected.toFixed(TABLE_SETTINGS.scoreDecimals);
  // a score below the formula's may be a deduction the 偏差原因 explains (table-indicator-score says so too)
  const below =
    written.value < r.expected
      ? { zh: '；若有扣分依据，请在偏差原因中写明', en: '; if points were deducted for a reason, give it in the deviation column' }
      : EMPTY;
  return {
    kind: 'indicator-score',
    cell: written,
    hoverSpan: hoverSpan(text, written),
    value,
    formula: {
      zh: `**${row.name.text} 得分** = ${r.formula.zh} = **${shown}**`,
      en: `**${row.name.text} score** = ${r.formula.en} = **${shown}**`,
    },
    verdict: verdictOf(written, agrees, value, below),
    differs: !agrees,
  };
}

function verdictOf(written: Figure | undefined, agrees: boolean, value: string, more: Localized): Localized {
  if (!written) return { zh: `✗ 表中这一格是空的，应填 ${value}`, en: `✗ the cell is empty; it should hold ${value}` };
  if (agrees) return { zh: `✓ 与表中所写 ${written.text} 相符`, en: `✓ matches the table’s ${written.text}` };
  return {
    zh: `✗ 表中写作 ${written.text}，应为 ${value}${more.zh}`,
    en: `✗ the table says ${written.text}; it should be ${value}${more.en}`,
  };
}

const TITLES: Record<CellKind, (value: string) => Localized> = {
  rate: (v) => ({ zh: `将执行率改为重算的 ${v}`, en: `Write the recomputed execution rate ${v}` }),
  'rate-score': (v) => ({ zh: `将预算执行率得分改为重算的 ${v}`, en: `Write the recomputed budget-execution score ${v}` }),
  total: (v) => ({ zh: `将总分改为各行得分之和 ${v}`, en: `Write the sum of the scores ${v} as the total` }),
  'indicator-score': (v) => ({ zh: `将得分改为按公式计算的 ${v}`, en: `Write the score ${v} the formula gives` }),
};

/**
 * The fix that writes the recomputed value into the cell at `offset`, offered on request (a drafter
 * asks for it on the cell): never safe, as the table's other figures may be the wrong ones.
 */
export function tableCellFix(report: Report, offset: number): Fix | undefined {
  const r = tableCellAt(report, offset);
  if (!r?.value || !r.differs) return undefined;
  return { title: TITLES[r.kind](r.value), edits: cellEdits(report.text, r.cell, r.value), safe: false };
}
