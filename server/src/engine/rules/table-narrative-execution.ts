// The execution rate the report's text states is the rate of its 自评表's 年度资金总额 row (issue 15 §2: the
// narrative held to the table, as table-narrative-score holds the score), and so are the budget and the spending
// written with it. Judged when the report has exactly one
// table with a total money row: a department's report with several project tables states the department's rate,
// which none of them holds. A rate named for something else (a source of funds, a year before, 到位率) is not read
// (model/narrative-rate.ts), nor one that is the rate of another row of the table or of its own figures.
import { narrativeRates } from '../model/narrative-rate.js';
import { reportIdentity } from '../model/identity.js';
import { selfEvalTables, headerKey, TABLE_SETTINGS, type MoneyRow, type SelfEvalTable } from '../model/self-eval-table.js';
import { executionRate } from '../model/table-arithmetic.js';
import { halfUnit, UNIT_FACTOR } from '../parse/numbers.js';
import type { LabelledAmount } from '../parse/sentences.js';
import type { Figure } from '../model/table-figure.js';
import { amountText, percentText } from './format.js';
import { defineRule, type RuleFinding } from './rule.js';

const TOTAL_LABELS = new Set(TABLE_SETTINGS.fundTotalLabels);

export default defineRule({
  id: 'table-narrative-execution',
  severity: 'warning',
  description: {
    zh: '正文写的预算执行率（及与之同句的预算数、执行数）与自评表“年度资金总额”行的不一致。',
    en:
      'The execution rate the text states (and the budget and spending it states with it) differs from the self-evaluation ' +
      'table’s total money row (年度资金总额).',
  },
  check({ report }) {
    const tables = selfEvalTables(report);
    if (tables.length === 0) return [];
    const totals = tables.flatMap((t) => t.money.filter((r) => TOTAL_LABELS.has(headerKey(r.label.text)) && r.figures.rate));
    const row = totals.length === 1 ? totals[0] : undefined;
    const rate = row?.figures.rate;
    if (!row || !rate || (rate.unit !== '%' && rate.unit !== '')) return [];
    const rates = narrativeRates(report);
    if (rates.length === 0) return [];
    const extent = tablesExtent(tables);
    const known = rowRates(tables);
    let year: number | undefined | null = null;
    const out: RuleFinding[] = [];
    for (const { percent: p, year: named, budget: textBudget, spent: textSpent } of rates) {
      if (p.start >= extent.start && p.start < extent.end) continue;
      if (named !== undefined && named !== (year === null ? (year = reportIdentity(report.text).year) : year)) continue;
      const { budget, spent, initial } = row.figures;
      // the whole's budget and spending, written with the rate: each is one of the table's (a 年初 budget too)
      const money = [
        textBudget && moneyFinding(textBudget, [budget, initial], row, '全年预算数', 'budget'),
        textSpent && moneyFinding(textSpent, [spent], row, '全年执行数', 'spending'),
      ].filter((f): f is RuleFinding => f !== undefined);
      out.push(...money);
      if (money.length > 0 || known.some((k) => agrees(p.value, p.decimals, k))) continue;
      const figures = budget && spent ? `（全年执行数 ${spent.text} ÷ 全年预算数 ${budget.text}）` : '';
      const figuresEn = budget && spent ? ` (spending ${spent.text} ÷ budget ${budget.text})` : '';
      const written = percentText(p.value, p.decimals);
      out.push({
        span: { start: p.start, end: p.signEnd },
        message: {
          zh: `正文写预算执行率 ${written}，自评表${row.label.text}的执行率为 ${rate.text}${figures}：两处应一致，请核对后统一`,
          en:
            `The text states an execution rate of ${written}, the table’s ${row.label.text} row ${rate.text}${figuresEn}: ` +
            'they should agree; check and make them one',
        },
        related: [{ span: { start: rate.start, end: rate.end }, message: { zh: '自评表执行率', en: 'Table execution rate' } }],
      });
    }
    return out;
  },
});

/**
 * The text's amount against the table's figures of that column (in 万元 when the table writes no unit, as the forms'
 * 项目资金（万元） header says; or in 元): undefined when it is one of them, or when the table's unit is another.
 */
function moneyFinding(
  a: LabelledAmount,
  figures: readonly (Figure | undefined)[],
  row: MoneyRow,
  column: string,
  en: string,
): RuleFinding | undefined {
  const cells = figures.filter((f): f is Figure => f !== undefined && (f.unit === '' || f.unit === '万元'));
  const first = cells[0];
  if (!first) return undefined;
  const slack = (decimals: number, factor: number): number => halfUnit(decimals) * factor;
  const near = (f: Figure, factor: number): boolean =>
    Math.abs(f.value * factor - a.yuan) <= slack(f.decimals, factor) + slack(a.decimals, UNIT_FACTOR[a.unit]) + 1e-6;
  // a form in 元 writes no unit either: the figure read as 元 that agrees is the same amount
  if (cells.some((f) => near(f, 1e4) || (f.unit === '' && near(f, 1)))) return undefined;
  const written = amountText(a);
  return {
    span: { start: a.start, end: a.unitEnd },
    message: {
      zh: `正文写${a.label.replace(/[为是]$/, '')} ${written}，自评表${row.label.text}的${column}为 ${first.text} 万元：两处应一致，请核对后统一`,
      en:
        `The text states ${written} (${a.label}), the table’s ${row.label.text} row gives ${en} of ${first.text} 万元: ` +
        'they should agree; check and make them one',
    },
    related: [{ span: { start: first.start, end: first.end }, message: { zh: `自评表${column}`, en: `Table ${en}` } }],
  };
}

/** Within the rounding of either figure (95% for 95.24%), or the tables' tolerance. */
function agrees(value: number, decimals: number, k: { value: number; decimals: number }): boolean {
  return Math.abs(value - k.value) <= Math.max(halfUnit(decimals), halfUnit(k.decimals), TABLE_SETTINGS.tolerance) + 1e-9;
}

/**
 * Every rate the tables write or their figures give: the text may state any of them (a source's rate, the rate on
 * the 年初预算数), and a rate the table itself computes wrongly is table-execution-rate's.
 */
function rowRates(tables: readonly SelfEvalTable[]): { value: number; decimals: number }[] {
  const out: { value: number; decimals: number }[] = [];
  const add = (r: MoneyRow): void => {
    const { rate, initial, spent } = r.figures;
    if (rate) out.push({ value: rate.unit === '' && rate.value <= 1 ? rate.value * 100 : rate.value, decimals: rate.decimals });
    const computed = executionRate(r);
    if (computed !== undefined) out.push({ value: computed, decimals: 2 });
    if (initial && spent && initial.unit === spent.unit && initial.value > 0)
      out.push({ value: (spent.value / initial.value) * 100, decimals: 2 });
  };
  for (const t of tables) for (const r of t.money) add(r);
  return out;
}

/** From the first row of the tables to the end of their last: a rate written in a cell is the table's own. */
function tablesExtent(tables: readonly SelfEvalTable[]): { start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  const take = (s: number, e: number): void => {
    start = Math.min(start, s);
    end = Math.max(end, e);
  };
  for (const t of tables) {
    for (const r of t.money) {
      take(r.label.start, r.label.end);
      for (const f of Object.values(r.figures)) if (f) take(f.start, f.end);
    }
    for (const r of t.indicators) take(r.name.start, r.score.end);
    if (t.total) take(t.total.label.start, t.total.score.end);
  }
  return { start, end };
}
