import { TABLE_SETTINGS } from '../model/self-eval-table.js';
import { executionRate, rateAgrees } from '../model/table-arithmetic.js';
import type { Figure } from '../model/table-figure.js';
import { perTable } from './per-table.js';
import { defineRule, type RuleFinding } from './rule.js';

/** T1 of DOMAIN-TABLES §3: each money row's 执行率 is its 全年执行数 ÷ 全年预算数. */
export default defineRule({
  id: 'table-execution-rate',
  severity: 'error',
  description: {
    zh: '自评表中资金行的执行率与“全年执行数 ÷ 全年预算数”不符。',
    en: 'A money row of the self-evaluation table states an execution rate that is not its spending ÷ its budget.',
  },
  check({ report }) {
    return perTable(report, 'table-execution-rate', (table) => {
      const out: RuleFinding[] = [];
      for (const row of table.money) {
        const { budget, spent, rate } = row.figures;
        // nothing budgeted and nothing spent: there is no rate to state (霍山 医保 2024: 彩票公益金用于医疗救助 | 0 | 0 | 100%)
        if (budget && spent && rate && budget.value === 0 && spent.value === 0 && rate.value > 0 && rate.unit === '%') {
          out.push(rateOfNothing(row.label.text, budget, spent, rate));
          continue;
        }
        const computed = executionRate(row);
        if (!budget || !spent || !rate || computed === undefined || rateAgrees(rate, computed)) continue;
        // a bare figure in the rate's column is a percentage (执行率(%): 0 for 1.8 ÷ 1.8, 甘其毛都 2024), or one of
        // at most 1 the rate as a fraction (0.98); any other unit is no rate
        if (rate.unit !== '%' && (rate.unit !== '' || asFraction(rate, computed))) continue;
        // a rate written as a fraction (0.958) is answered as one (0.959), with its percentage
        const percent = `${computed.toFixed(TABLE_SETTINGS.rateDecimals)}%`;
        const fraction = rate.unit === '' && rate.value <= 1 ? (computed / 100).toFixed(Math.max(rate.decimals, 2)) : undefined;
        const right = fraction ?? percent;
        const result = fraction ? `${fraction}（${percent}）` : percent;
        out.push({
          span: { start: rate.start, end: rate.end },
          message: {
            zh: `${row.label.text} 执行率写作 ${rate.text}，但全年执行数 ${spent.text} ÷ 全年预算数 ${budget.text} = ${result}：请改为 ${right}，或核对预算数和执行数`,
            en:
              `${row.label.text}: the execution rate is written ${rate.text}, but spending ${spent.text} ÷ budget ${budget.text} = ` +
              `${result}; write ${right}, or check the budget and the spending`,
          },
          related: [
            { span: { start: spent.start, end: spent.end }, message: { zh: '全年执行数', en: 'Spending (全年执行数)' } },
            { span: { start: budget.start, end: budget.end }, message: { zh: '全年预算数', en: 'Budget (全年预算数)' } },
          ],
        });
      }
      return out;
    });
  },
});

/** A bare figure of at most 1 that is the computed rate as a fraction (0.98 for 98 %). */
function asFraction(rate: Figure, computed: number): boolean {
  return rate.value <= 1 && rateAgrees({ ...rate, value: rate.value * 100, decimals: Math.max(0, rate.decimals - 2) }, computed);
}

/** A rate stated for a row with nothing budgeted and nothing spent (0 ÷ 0). */
function rateOfNothing(label: string, budget: Figure, spent: Figure, rate: Figure): RuleFinding {
  return {
    span: { start: rate.start, end: rate.end },
    message: {
      zh: `${label} 全年预算数 ${budget.text}、全年执行数 ${spent.text}，没有可计算的执行率（0 ÷ 0），却写作 ${rate.text}：请留空或写 0，不要写 ${rate.text}`,
      en:
        `${label}: budget ${budget.text} and spending ${spent.text} give no execution rate (0 ÷ 0), yet it is written ${rate.text}; ` +
        'leave it blank or write 0',
    },
    related: [
      { span: { start: spent.start, end: spent.end }, message: { zh: '全年执行数', en: 'Spending (全年执行数)' } },
      { span: { start: budget.start, end: budget.end }, message: { zh: '全年预算数', en: 'Budget (全年预算数)' } },
    ],
  };
}
