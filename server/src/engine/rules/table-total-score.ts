import { TABLE_SETTINGS } from '../model/self-eval-table.js';
import { totalRows } from '../model/table-arithmetic.js';
import { perTable } from './per-table.js';
import { defineRule, type RuleFinding } from './rule.js';

/**
 * T6 of DOMAIN-TABLES §3: the 总分 row's 得分 is the sum of the rows' 得分. Judged only when the rows
 * read carry the whole 分值 of the total (Σ 分值 = the total's 分值): otherwise a row was not read
 * (a merged or glued cell) and the sum would be wrong, not the table.
 */
export default defineRule({
  id: 'table-total-score',
  severity: 'error',
  description: {
    zh: '自评表的总分不等于各行得分之和。',
    en: 'The total score of the self-evaluation table is not the sum of the rows’ scores.',
  },
  check({ report }) {
    return perTable(report, 'table-total-score', (table) => {
      const out: RuleFinding[] = [];
      const { total } = table;
      if (!total || table.indicators.length === 0) return out;
      const { rows, weights, sum } = totalRows(table);
      if (Math.abs(weights - total.weight.value) > TABLE_SETTINGS.tolerance) return out;
      if (Math.abs(sum - total.score.value) <= TABLE_SETTINGS.tolerance) return out;
      const parts = rows.map((r) => r.score.text);
      out.push({
        span: { start: total.score.start, end: total.score.end },
        message: {
          zh: `${total.label.text} 写作 ${total.score.text}，但各行得分之和为 ${sum}（${parts.join(' + ')}）：请改为 ${sum}，或核对各行得分`,
          en:
            `${total.label.text} is ${total.score.text}, but the rows’ scores add up to ${sum} (${parts.join(' + ')}); ` +
            `write ${sum}, or check the rows`,
        },
      });
      return out;
    });
  },
});
