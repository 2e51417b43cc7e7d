import { reasonEmpty } from '../model/self-eval-table.js';
import { indicatorScore, indicatorScoreAgrees } from '../model/table-arithmetic.js';
import { perTable } from './per-table.js';
import { defineRule, type RuleFinding } from './rule.js';

/**
 * T7 of DOMAIN-TABLES §3: a quantitative indicator's 得分 by the platform's formula (indicatorScore in
 * model/table-arithmetic.ts, shared with the cell's hover and fix). The direction is the target's sign, else the 指标性质 column's;
 * with neither, 正向, or 反向 under a 成本指标. Only target
 * and actual written as figures in the same unit are recomputed (`每亩300`, `显著` are not); a score above
 * its 分值 is table-score-over-weight's. A score below the formula's on a row whose 偏差原因 cell gives a reason is left
 * alone: a deduction explained on the row (满意度 cut for a small sample, a qualitative judgement) is the drafter's call,
 * which the message itself offers (a score above the formula's is not: a reason does not earn the points).
 */
export default defineRule({
  id: 'table-indicator-score',
  severity: 'warning',
  description: {
    zh: '自评表中定量指标的得分与按指标值、实际完成值计算的得分不符。',
    en: 'A quantitative indicator’s score does not follow from its target and actual value.',
  },
  check({ report }) {
    return perTable(report, 'table-indicator-score', (table) => {
      const out: RuleFinding[] = [];
      for (const row of table.indicators) {
        const r = indicatorScore(row);
        if (!r || row.score.value > row.weight.value || indicatorScoreAgrees(row.score, r)) continue;
        if (row.score.value < r.expected && explained(row)) continue;
        out.push({
          span: { start: row.score.start, end: row.score.end },
          message: {
            zh: `${row.name.text} 得分写作 ${row.score.text}，按${r.formula.zh}应为 ${r.expected}：请改为 ${r.expected}，或在偏差原因中说明扣分依据`,
            en:
              `${row.name.text}: the score is ${row.score.text}, but by the ${r.formula.en} it is ${r.expected}; ` +
              `write ${r.expected}, or give the reason for the deduction`,
          },
          // the cells the score follows from: apart from the score in a table flattened one cell a line (濉溪临时救助 2019)
          related: [
            { span: { start: row.target.start, end: row.target.end }, message: { zh: '年度指标值', en: 'Target' } },
            { span: { start: row.actual.start, end: row.actual.end }, message: { zh: '实际完成值', en: 'Actual' } },
          ],
        });
      }
      return out;
    });
  },
});

/** The row's 偏差原因 cell is known and says something (not empty, not 无). */
function explained(row: { reason?: string }): boolean {
  return row.reason !== undefined && !reasonEmpty(row);
}
