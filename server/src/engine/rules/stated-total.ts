// A total stated with its parts in the same sentence (其中 / 分别为 / 合计 / 共计 / 共 … 年初 … 年中追加)
// that is not their sum: money, and counts of projects, units, people (model/totals.ts reads them).
// 收入总预算 / 总支出 statements are budget-total's.
import { statedTotals, type Figure } from '../model/totals.js';
import { formatNumber, UNIT_FACTOR } from '../parse/numbers.js';
import type { RuleFinding } from './rule.js';
import { defineRule } from './rule.js';

const FORM = {
  breakdown: { zh: '其后列出的各部分', en: 'the parts listed after it' },
  sum: { zh: '之前列出的各部分', en: 'the parts listed before it' },
  additions: { zh: '年初数与年中增加数', en: 'the opening figure and those added during the year' },
};

/** The sum written in the total's own unit (万元 when the total is in 万元), with as many decimals as the figures. */
function sumText(total: Figure, parts: Figure[], sum: number): string {
  if (total.kind !== '元') return `${sum} ${total.kind}`;
  const unit = (total.text.split(' ')[1] ?? '元') as keyof typeof UNIT_FACTOR;
  const decimals = Math.max(...[total, ...parts].map((f) => (f.text.split(' ')[0]?.split('.')[1] ?? '').length));
  return `${formatNumber(sum / UNIT_FACTOR[unit], decimals)} ${unit}`;
}

export default defineRule({
  id: 'stated-total',
  severity: 'warning',
  description: {
    zh: '文中写明的合计数（其中、分别为、合计、共计、共N个）与同一句列出的各部分之和不符，金额与个数、人数都核对。',
    en: 'A total stated with its parts in one sentence (其中, 分别为, 合计, 共计, 共 N 个) is not their sum; money and counts alike.',
  },
  check({ report }) {
    const out: RuleFinding[] = [];
    const bodyStart = report.outline.bodyStart;
    for (const s of report.sentences) {
      if (s.end <= bodyStart) continue;
      for (const st of statedTotals(s)) {
        const partsText = st.parts.map((p) => p.text).join(' + ');
        const got = sumText(st.total, st.parts, st.sum);
        const form = FORM[st.form];
        out.push({
          span: { start: st.total.start, end: st.total.end },
          message: {
            zh: `合计 ${st.total.text} 与${form.zh}之和不符：${partsText} = ${got}，请核对合计数或各部分`,
            en: `The total ${st.total.text} is not the sum of ${form.en}: ${partsText} = ${got}; check the total or the parts`,
          },
          related: st.parts.map((p) => ({
            span: { start: p.start, end: p.end },
            message: { zh: `组成部分：${p.text}`, en: `Part: ${p.text}` },
          })),
        });
      }
    }
    return out;
  },
});
