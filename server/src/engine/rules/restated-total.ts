// A total named in many words, stated again with the same words (in any order) and another amount (丰都 2024:
// 项目预算资金总额为1302.76万元, then 项目资金预算总额为1471.75万元): one of the two is wrong (model/restated-totals.ts).
import { factsStart } from '../model/locate.js';
import { restatedTotals } from '../model/restated-totals.js';
import { formatNumber, UNIT_FACTOR } from '../parse/numbers.js';
import { amountText } from './format.js';
import { defineRule, type RuleFinding } from './rule.js';
import type { LabelledAmount } from '../parse/sentences.js';
import type { Localized } from '../types.js';

type Messages = { message: Localized; related: Localized };
/**
 * The words of a finding, kept per later amount and the first it differs from: the amounts of a chunk that outlives
 * an edit are the same objects (moved in place), so a long report's many restated totals are not worded again on
 * every keystroke; the spans are read anew from the amounts.
 */
const worded = new WeakMap<LabelledAmount, { first: LabelledAmount; words: Messages }>();

function wordsOf(first: LabelledAmount, again: LabelledAmount): Messages {
  const kept = worded.get(again);
  if (kept && kept.first === first) return kept.words;
  const gap = Math.abs(again.yuan - first.yuan) / UNIT_FACTOR[again.unit];
  const gapText = `${formatNumber(gap, Math.max(first.decimals, again.decimals))} ${again.unit}`;
  const words: Messages = {
    message: {
      zh:
        `「${again.label}」写作 ${amountText(again)}，前文同一合计写作 ${amountText(first)}（相差 ${gapText}）：` +
        '两处应一致，请核对后统一',
      en:
        `“${again.label}” is stated as ${amountText(again)}, and the same total earlier as ${amountText(first)} ` +
        `(${gapText} apart): they should agree; check and make them one`,
    },
    related: { zh: `前文：${amountText(first)}`, en: `Earlier: ${amountText(first)}` },
  };
  worded.set(again, { first, words });
  return words;
}

export default defineRule({
  id: 'restated-total',
  severity: 'warning',
  description: {
    zh: '同一个合计数（如“财政下达我委项目预算资金总额”）在文中写了两次，金额不同。',
    en: 'The same total (named in the same words, e.g. 财政下达我委项目预算资金总额) is stated twice with different amounts.',
  },
  check({ report }) {
    const out: RuleFinding[] = [];
    for (const { first, again } of restatedTotals(report, factsStart(report))) {
      const { message, related } = wordsOf(first, again);
      out.push({
        span: { start: again.start, end: again.unitEnd },
        message,
        related: [{ span: { start: first.start, end: first.unitEnd }, message: related }],
      });
    }
    return out;
  },
});
