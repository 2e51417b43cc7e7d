import { halfUnit } from '../parse/numbers.js';
import { TABLE_SETTINGS } from '../model/self-eval-table.js';
import { perTable } from './per-table.js';
import { defineRule, type RuleFinding } from './rule.js';

/**
 * T4 of DOMAIN-TABLES §3: a 部门整体 table splits the same money twice, 按收入性质分 (by source) and
 * 按支出性质分 (基本支出 / 项目支出); the two totals are equal. Judged when the table writes both totals
 * (2023-湖南-衡山县贯塘乡人民政府-部门整体: 按收入性质分:2030.12 beside 按支出性质分:1925.67).
 */
export default defineRule({
  id: 'table-nature-totals',
  severity: 'error',
  description: {
    zh: '部门整体支出绩效自评表中“按收入性质分”与“按支出性质分”的合计不相等。',
    en: 'The two breakdowns of a department self-evaluation table, by source and by kind of spending, do not add to the same total.',
  },
  check({ report }) {
    return perTable(report, 'table-nature-totals', (table) => {
      const out: RuleFinding[] = [];
      const { income, expense } = table.natureTotals ?? {};
      if (!income || !expense || income.unit !== expense.unit) return out;
      const slack = Math.max(halfUnit(Math.max(income.decimals, expense.decimals)), TABLE_SETTINGS.tolerance);
      if (Math.abs(income.value - expense.value) <= slack + 1e-9) return out;
      const decimals = Math.max(income.decimals, expense.decimals);
      const gap = Math.abs(income.value - expense.value).toFixed(decimals);
      const spent = table.money[0]?.figures.spent;
      const against = spent && spent.unit === income.unit ? spent : undefined;
      out.push({
        span: { start: expense.start, end: expense.end },
        message: {
          zh:
            `按支出性质分合计 ${expense.text} 与按收入性质分合计 ${income.text} 不相等（相差 ${gap}）` +
            `${against ? `，两者都应等于全年执行数 ${against.text}` : ''}：请核对两组分项`,
          en:
            `the total by kind of spending, ${expense.text}, differs from the total by source, ${income.text} (by ${gap})` +
            `${against ? `; both should equal the spending ${against.text}` : ''}; check both breakdowns`,
        },
        related: [{ span: { start: income.start, end: income.end }, message: { zh: '按收入性质分', en: 'By source' } }],
      });
      return out;
    });
  },
});
