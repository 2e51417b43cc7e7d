import { firstOfEach, type Named } from '../model/budget.js';
import { sectionAt } from '../model/locate.js';
import type { Report } from '../model/report.js';
import { formatNumber, halfUnit, UNIT_FACTOR } from '../parse/numbers.js';
import { amountText } from './format.js';
import type { RuleFinding } from './rule.js';
import { defineRule } from './rule.js';

/** Words that show the paragraph already explains the overspend. */
const EXPLAINED = /原因|由于|因为|系因|主要是|追加|结转|调剂|调整预算/;

/** Spending key → the budget key it must not exceed. */
const PAIRS: [string, string][] = [
  ['total', 'total'],
  ['general', 'general'],
  ['fund', 'fund'],
  ['soe', 'soe'],
];

export default defineRule({
  id: 'spending-over-budget',
  severity: 'warning',
  description: {
    zh: '支出数超过对应的预算数，需要在报告中说明原因。',
    en: 'A spending figure exceeds its budget; the report must explain why.',
  },
  check({ report }) {
    const budget = firstOfEach(report.budgetSentences, 'income');
    const spent = firstOfEach(report.budgetSentences, 'expense');
    const out: RuleFinding[] = [];
    for (const [spendKey, budgetKey] of PAIRS) {
      const s = spent.get(spendKey);
      const b = budget.get(budgetKey);
      if (!s || !b) continue;
      // over only beyond the precision the figures are written to (2932.51 万元 promises ±50 元)
      const tolerance = Math.max(
        halfUnit(s.amount.decimals) * UNIT_FACTOR[s.amount.unit],
        halfUnit(b.amount.decimals) * UNIT_FACTOR[b.amount.unit],
      );
      if (s.amount.yuan - b.amount.yuan <= tolerance) continue;
      if (explained(report, s)) continue;
      const over = (s.amount.yuan - b.amount.yuan) / UNIT_FACTOR[s.amount.unit];
      const overText = `${formatNumber(over, Math.max(s.amount.decimals, b.amount.decimals))} ${s.amount.unit}`;
      out.push({
        span: { start: s.amount.start, end: s.amount.unitEnd },
        message: {
          zh: `${s.name} ${amountText(s.amount)} 超过 ${b.name} ${amountText(b.amount)}（超出 ${overText}），请在报告中说明原因（如年中追加预算、使用上年结转资金）`,
          en:
            `${s.name} ${amountText(s.amount)} exceeds ${b.name} ${amountText(b.amount)} by ${overText}; explain why in the ` +
            `report (e.g. a mid-year supplement or funds carried over)`,
        },
        related: [
          { span: { start: b.amount.start, end: b.amount.unitEnd }, message: { zh: `预算数：${b.name}`, en: `Budget: ${b.name}` } },
        ],
      });
    }
    return out;
  },
});

/** The explanation may follow in the same paragraph or anywhere later in the same section. */
function explained(report: Report, s: Named): boolean {
  const from = s.amount.sentence.start;
  const section = sectionAt(report, from);
  const block = report.parsed.blocks[s.amount.sentence.block];
  const end = Math.max(section?.end ?? 0, block?.end ?? 0);
  return EXPLAINED.test(report.text.slice(from, end));
}
