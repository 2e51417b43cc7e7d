import { budgetAmounts, readStatements, sumOfParts, type BudgetAmount, type Named } from '../model/budget.js';
import type { Sentence } from '../parse/sentences.js';
import { countStartingBefore } from '../parse/line-search.js';
import { formatNumber } from '../parse/numbers.js';
import { amountText } from './format.js';
import type { RuleFinding } from './rule.js';
import { defineRule } from './rule.js';

/** A number written in the style of `model`: full-width digits and thousands separators kept. */
function writtenLike(model: string, ascii: string): string {
  let out = ascii;
  if (model.includes(',')) {
    const [int = '', frac] = out.split('.');
    out = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? `.${frac}` : '');
  }
  if (/[０-９]/.test(model)) out = out.replace(/[0-9.]/g, (c) => (c === '.' ? '．' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
  return out;
}

export default defineRule({
  id: 'budget-total',
  severity: 'error',
  scope: 'chunk',
  description: {
    zh: '收入总预算、总支出等合计数不等于其组成部分之和（容差按各数的四舍五入，自动换算元/万元/亿元）。',
    en: 'A stated total (收入总预算, 总支出, …) is not the sum of its parts, within the rounding of each figure; units converted.',
  },
  fixes: [{ does: { zh: '把合计数改为各部分之和', en: 'Replaces the total with the sum of its parts' }, safe: false }],
  check({ report }) {
    const out: RuleFinding[] = [];
    for (const st of readStatements(report.budgetSentences)) {
      for (const parts of st.families.values()) {
        if (parts.length < 2) continue;
        const total = st.total.amount;
        // a few additions: cheaper than remembering them (a weak map keyed by each breakdown cost the
        // garbage collector seconds on a paragraph of 18,000 statements)
        const { sum, decimals, holds } = sumOfParts(total, parts);
        if (holds || unnamedPartAfter(report.budgetSentences, total, parts)) continue;
        const sumText = formatNumber(sum, decimals);
        const replacement = writtenLike(total.text, sumText);
        const partsText = parts.map((p) => `${p.name} ${amountText(p.amount)}`).join(' + ');
        out.push({
          span: { start: total.start, end: total.unitEnd },
          message: {
            zh: `${st.total.name} ${amountText(total)} ≠ ${partsText} = ${sumText} ${total.unit}，请核对合计数或各组成部分`,
            en: `${st.total.name} ${amountText(total)} ≠ ${partsText} = ${sumText} ${total.unit}; check the total or its parts`,
          },
          related: parts.map((p) => ({
            span: { start: p.amount.start, end: p.amount.unitEnd },
            message: { zh: `组成部分：${p.name} ${amountText(p.amount)}`, en: `Part: ${p.name} ${amountText(p.amount)}` },
          })),
          fix: {
            title: { zh: `将合计数改为 ${replacement}`, en: `Change the total to ${replacement}` },
            edits: [{ start: total.start, end: total.end, newText: replacement }],
            // the total is not always the wrong figure: a person decides
            safe: false,
          },
        });
      }
    }
    return out;
  },
});

/** Amounts right after the last part that the list may go on with. */
const COMPARED = /较|比|增|减|同期/;
const MAX_UNNAMED = 3;

/**
 * The list goes on past its last named part with parts of no budget name (made up, red team: 总支出1000万元，其中基本支出
 * 600万元、项目支出380万元、上缴上级支出20万元 — 上缴上级支出, 经营支出, 对附属单位补助支出 are kinds of spending the
 * names do not hold): a run of the next amounts of its sentence, none a budget figure, that makes the sum hold. Looked at only
 * when the parts do not add up; the sentence and the amounts after the part are found by binary search, and only the few
 * amounts read are tested against the sentence's budget figures (a megabyte sentence of such lists stays linear).
 */
function unnamedPartAfter(sentences: readonly Sentence[], total: Named['amount'], parts: readonly Named[]): boolean {
  const last = parts[parts.length - 1];
  if (!last) return false;
  const at = last.amount.start;
  const s = sentences[countStartingBefore(sentences, at + 1) - 1];
  if (!s || at >= s.end) return false;
  const budget = budgetAmounts(s);
  const run = [...parts];
  const from = countStartingBefore(s.amounts, at + 1);
  for (let i = from; i < s.amounts.length && i < from + MAX_UNNAMED; i++) {
    const a = s.amounts[i] as (typeof s.amounts)[number];
    if (COMPARED.test(a.label) || isBudgetFigure(budget, a)) return false;
    run.push({ amount: a, name: '' });
    if (sumOfParts(total, run).holds) return true;
  }
  return false;
}

/** Whether `a` is one of the sentence's budget figures (binary search: they are in text order). */
function isBudgetFigure(budget: readonly BudgetAmount[], a: Named['amount']): boolean {
  let lo = 0;
  let hi = budget.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((budget[mid] as BudgetAmount).amount.start < a.start) lo = mid + 1;
    else hi = mid;
  }
  return budget[lo]?.amount === a;
}
