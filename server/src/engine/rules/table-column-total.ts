import { formatNumber } from '../parse/numbers.js';
import { columnTotals, totalHolds } from '../model/column-totals.js';
import { defineRule, type RuleFinding } from './rule.js';

/**
 * A table's 合计 row against the rows above it, column by column (model/column-totals.ts says which
 * tables and columns are certain enough to add). Chunk-scoped: a pipe table is one block.
 */
export default defineRule({
  id: 'table-column-total',
  severity: 'error',
  scope: 'chunk',
  description: {
    zh: '表格的“合计”行不等于上方各行之和。',
    en: 'A table’s total row is not the sum of the rows above it.',
  },
  check({ report }) {
    const out: RuleFinding[] = [];
    for (const t of columnTotals(report)) {
      if (totalHolds(t)) continue;
      const sum = formatNumber(t.sum, t.decimals);
      const terms = t.parts.map((p) => p.text).join(' + ');
      out.push({
        span: { start: t.total.start, end: t.total.end },
        message: {
          zh: `“${t.header}”一栏的${t.label} ${t.total.text} 不等于上方各行之和 ${sum}（${terms}）：请核对${t.label}或各行`,
          en:
            `The ${t.label} of the column “${t.header}”, ${t.total.text}, is not the sum of the rows above, ${sum} (${terms}); ` +
            'check the total or the rows',
        },
      });
    }
    return out;
  },
});
