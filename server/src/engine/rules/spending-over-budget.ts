import { firstOfEach, type Named } from '../model/budget.js';
import { formatNumber, UNIT_FACTOR } from '../parse/numbers.js';
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
    const budget = firstOfEach(report.sentences, 'income');
    const spent = firstOfEach(report.sentences, 'expense');
    const out: RuleFinding[] = [];
    for (const [spendKey, budgetKey] of PAIRS) {
      const s = spent.get(spendKey);
      const b = budget.get(budgetKey);
      if (!s || !b || s.amount.yuan <= b.amount.yuan) continue;
      if (explained(report.text, report.parsed.blocks, s)) continue;
      const over = (s.amount.yuan - b.amount.yuan) / UNIT_FACTOR[s.amount.unit];
      const overText = `${formatNumber(over, Math.max(s.amount.decimals, b.amount.decimals))} ${s.amount.unit}`;
      out.push({
        span: { start: s.amount.start, end: s.amount.unitEnd },
        message: {
          zh: `${s.name} ${amountText(s.amount)} 超过 ${b.name} ${amountText(b.amount)}（超出 ${overText}），请在报告中说明原因（如年中追加预算、使用上年结转资金）`,
          en: `${s.name} ${amountText(s.amount)} exceeds ${b.name} ${amountText(b.amount)} by ${overText}; explain why in the report (e.g. a mid-year supplement or funds carried over)`,
        },
        related: [{ span: { start: b.amount.start, end: b.amount.unitEnd }, message: { zh: `预算数：${b.name}`, en: `Budget: ${b.name}` } }],
      });
    }
    return out;
  },
});

function explained(text: string, blocks: { start: number; end: number }[], s: Named): boolean {
  const block = blocks[s.amount.sentence.block];
  return block !== undefined && EXPLAINED.test(text.slice(s.amount.sentence.start, block.end));
}
