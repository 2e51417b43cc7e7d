import type { GoalRow } from '../model/goal-rows.js';
import { reasonEmpty, unfinished, type IndicatorRow } from '../model/self-eval-table.js';
import { indicatorScore, indicatorScoreAgrees, shortfall } from '../model/table-arithmetic.js';
import { perTable } from './per-table.js';
import { defineRule, type RuleFinding } from './rule.js';

/**
 * T9 of DOMAIN-TABLES §3: an indicator short of its target, or scored below its 分值, needs a reason in the
 * 偏差原因分析及改进措施 column. Judged only where the table has that column and the row's cell is known to be
 * empty (or 无): a table without the column may explain in the report, and a flattened row's next cell may
 * be the reason or the next row (unless a whole row follows its 得分: model/self-eval-table.ts, nextRowAt). The
 * rows of a form with no 得分 (model/goal-rows.ts: the central 转移支付 form) are judged on their actuals alone.
 * A met target scored below full marks by the formula is table-indicator-score's (the fix is the score, not a reason).
 */
export default defineRule({
  id: 'table-unmet-reason',
  severity: 'warning',
  description: {
    zh: '自评表中指标未达到指标值或得分低于分值，偏差原因分析栏却是空的。',
    en: 'An indicator falls short of its target or scores below its weight, and its reason cell is empty.',
  },
  check({ report }) {
    return perTable(report, 'table-unmet-reason', (table) => {
      const out: RuleFinding[] = [];
      if (!table.reasonColumn) return out;
      for (const row of table.indicators) {
        if (!reasonEmpty(row)) continue;
        const finding = unmet(row) ?? notDone(row) ?? lowScore(row);
        if (finding) out.push(finding);
      }
      // a form with no 得分 (model/goal-rows.ts): a target missed is what its reason column is for
      for (const row of table.goals ?? []) {
        if (!reasonEmpty(row)) continue;
        const finding = unmet(row) ?? notDone(row);
        if (finding) out.push(finding);
      }
      return out;
    });
  },
});

function unmet(row: IndicatorRow | GoalRow): RuleFinding | undefined {
  const q = shortfall(row);
  if (!q) return undefined;
  const word = q.direction === '≤' ? { zh: '超过', en: 'is above' } : { zh: '未达到', en: 'falls short of' };
  const scored =
    'score' in row
      ? { zh: `（得分 ${row.score.text}/${row.weight.text}）`, en: ` (score ${row.score.text} of ${row.weight.text})` }
      : undefined;
  return {
    span: { start: row.actual.start, end: row.actual.end },
    message: {
      zh: `${row.name.text} 实际完成值 ${row.actual.text} ${word.zh}指标值 ${row.target.text}${scored?.zh ?? ''}，偏差原因分析栏为空：请写明未完成的原因和改进措施`,
      en:
        `${row.name.text}: the actual ${row.actual.text} ${word.en} the target ${row.target.text}${scored?.en ?? ''} ` +
        'and the reason cell is empty; say why, and what will change',
    },
    related: [{ span: { start: row.target.start, end: row.target.end }, message: { zh: '年度指标值', en: 'Target' } }],
  };
}

/** An actual that says in words the work is not done (建设中): short of its target, whatever the target is. */
function notDone(row: IndicatorRow | GoalRow): RuleFinding | undefined {
  if (!unfinished(row.actual)) return undefined;
  return {
    span: { start: row.actual.start, end: row.actual.end },
    message: {
      zh: `${row.name.text} 实际完成值为“${row.actual.text}”，未达到指标值 ${row.target.text}，偏差原因分析栏为空：请写明未完成的原因和改进措施`,
      en:
        `${row.name.text}: the actual is “${row.actual.text}”, short of the target ${row.target.text}, and the reason cell is empty; ` +
        'say why, and what will change',
    },
    related: [{ span: { start: row.target.start, end: row.target.end }, message: { zh: '年度指标值', en: 'Target' } }],
  };
}

function lowScore(row: IndicatorRow): RuleFinding | undefined {
  if (row.score.value >= row.weight.value) return undefined;
  // a met target the formula scores in full: the score is wrong, not the reason missing
  const r = indicatorScore(row);
  if (r && !indicatorScoreAgrees(row.score, r)) return undefined;
  return {
    span: { start: row.score.start, end: row.score.end },
    message: {
      zh: `${row.name.text} 得分 ${row.score.text} 低于分值 ${row.weight.text}，偏差原因分析栏为空：请写明扣分的原因和改进措施`,
      en:
        `${row.name.text}: the score ${row.score.text} is below the weight ${row.weight.text} and the reason cell is empty; ` +
        'say why points were lost',
    },
  };
}
