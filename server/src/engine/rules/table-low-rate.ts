import { selfEvalTables, TABLE_SETTINGS, type MoneyRow } from '../model/self-eval-table.js';
import { defineRule, type RuleFinding } from './rule.js';
import { endsMidSentence } from '../model/cut-end.js';

/** Words that give a reason for money left unspent (原因 alone is also a column header: not one). */
const REASONS = TABLE_SETTINGS.lowRateReasons;
/** Reasons that name unspent money themselves (尾款未付): no spending word need stand near them. */
const SPENDING_REASONS = TABLE_SETTINGS.lowRateSpendingReasons;
/** A reason counts when it is this close to a word about spending. */
const NEAR = 60;
const SPENDING = /执行|支付|拨付|支出|使用/;
/** A cause named by what it did to the money (受政府采购流程影响): a reason like those words, near spending. */
const INFLUENCED = /受[^，,。；;\n]{1,20}影响/g;

/**
 * T11 of DOMAIN-TABLES §3: an execution rate below the threshold (jixiao.executionThreshold, 90 % by
 * default; Sichuan's form prints the rule) needs a reason, in the table or anywhere in the report.
 * Judged on the table's first money row with a budget (年度资金总额 / 总额), by the recomputed rate.
 */
export default defineRule({
  id: 'table-low-rate',
  severity: 'warning',
  description: {
    zh: '自评表的预算执行率低于阈值（默认 90%），但表中和报告中都没有说明原因。',
    en: 'The table’s execution rate is below the threshold (90 % by default) and neither the table nor the report gives a reason.',
  },
  check({ report, settings }) {
    const out: RuleFinding[] = [];
    for (const table of selfEvalTables(report)) {
      // the rate from the kept table's values: a table an edit moved is moved no further unless its rate is low
      const money = table.kept.table.money;
      const at = money.findIndex((r) => r.figures.budget && r.figures.spent);
      const kept = money[at]?.figures;
      if (!kept?.budget || !kept.spent || kept.budget.value <= 0 || kept.budget.unit !== kept.spent.unit) continue;
      const rate = (kept.spent.value / kept.budget.value) * 100;
      // a text that stops mid-sentence was cut (遂宁 医保 2021, set 32: the form's indicator rows, where a 偏差原因 stands,
      // cut off): that nothing gives a reason cannot be said of it, as grade-score and stated-total do not
      if (rate >= settings.executionThreshold || explained(report.text) || endsMidSentence(report.text)) continue;
      const row = table.money[at] as MoneyRow;
      const { budget, spent } = row.figures as Required<MoneyRow['figures']>;
      const rateText = `${rate.toFixed(TABLE_SETTINGS.rateDecimals)}%`;
      out.push({
        span: { start: spent.start, end: spent.end },
        message: {
          zh:
            `${row.label.text} 执行率仅 ${rateText}（${spent.text} ÷ ${budget.text}），低于 ${settings.executionThreshold}%，` +
            `表中和报告中都没有说明原因：请在偏差原因或报告中写明资金未执行的原因和改进措施`,
          en:
            `${row.label.text}: the execution rate is only ${rateText} (${spent.text} ÷ ${budget.text}), below ` +
            `${settings.executionThreshold} %, and no reason is given: say why the money was not spent and what will change`,
        },
      });
    }
    return out;
  },
});

/** Whether the text gives a reason near a word about spending: one pass per reason word. */
function explained(text: string): boolean {
  if (SPENDING_REASONS.some((w) => text.includes(w))) return true;
  for (const w of REASONS) {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length)) {
      if (SPENDING.test(text.slice(Math.max(0, i - NEAR), i + w.length + NEAR))) return true;
    }
  }
  for (const m of text.matchAll(INFLUENCED))
    if (SPENDING.test(text.slice(Math.max(0, m.index - NEAR), m.index + m[0].length + NEAR))) return true;
  return false;
}
