// 存在问题 says 无 while the report's own figures show a low 执行率 or 到位率 (耒阳 2022: 36.43 %).
import type { Report } from '../model/report.js';
import { formatNumber } from '../parse/numbers.js';
import { percentText } from './format.js';
import type { RuleFinding } from './rule.js';
import { defineRule } from './rule.js';

/** A section that says there is nothing: 无 / 暂无, or a short sentence such as 经自评，暂未发现问题. */
const NONE_WORD = /^(无|暂无|没有|无问题|暂无问题|没有问题)$/;
const NONE_SENTENCE = /(暂无|没有|未发现|暂未发现|不存在|无明显)(明显|突出|重大)?问题/;
/** Longer than this, the section is describing something. */
const SHORT = 30;
const RATE = /执行率|到位率|支出率|支付率/;
const BUDGETED = /预算|计划|下达/;
const ARRIVED = /到位|执行|实际支出|支出数/;

export default defineRule({
  id: 'problems-vs-execution',
  severity: 'warning',
  description: {
    zh: '“存在问题”写“无/暂无”，但报告中的执行率或到位率低于阈值（默认 90%）。',
    en: '存在问题 says none while an execution or arrival rate in the report is below the threshold (default 90 %).',
  },
  check({ report, settings }) {
    const problems = report.template.all.find((s) => s.role === 'problems');
    const section = problems ? report.outline.byTemplateId.get(problems.id) : undefined;
    if (!section) return [];
    // a run-in heading (存在问题：无。) carries its body on its own line
    const bodyStart = section.heading.line.start + section.heading.head.titleEnd;
    const body = report.text.slice(bodyStart, section.children[0]?.start ?? section.end).replace(/[\s\u00a0\u3000。.，,！!：:*_]/g, '');
    if (!NONE_WORD.test(body) && !(body.length <= SHORT && NONE_SENTENCE.test(body))) return [];
    const low = lowestRate(report);
    if (!low || low.value >= settings.executionThreshold) return [];
    const line = section.heading.line;
    const out: RuleFinding = {
      span: { start: line.start, end: line.end },
      message: {
        zh: `“存在问题”写的是“无”，但${low.name}只有 ${percentText(low.value, 2)}（低于 ${settings.executionThreshold}%）：请说明执行或到位偏低的原因`,
        en:
          `存在问题 says none, but ${low.name} is only ${percentText(low.value, 2)} (below ${settings.executionThreshold}%): explain ` +
          `the low execution or arrival`,
      },
      related: [{ span: { start: low.start, end: low.end }, message: { zh: low.name, en: low.name } }],
    };
    return [out];
  },
});

function lowestRate(report: Report): { value: number; name: string; start: number; end: number } | undefined {
  let low: { value: number; name: string; start: number; end: number } | undefined;
  const consider = (value: number, name: string, start: number, end: number): void => {
    if (!low || value < low.value) low = { value, name, start, end };
  };
  for (const s of report.numbered) {
    for (const p of s.percents) {
      const m = RATE.exec(p.label);
      if (m) consider(p.value, m[0], p.start, p.signEnd);
    }
    const budget = s.amounts.find((a) => BUDGETED.test(a.label));
    const actual = s.amounts.find((a) => a !== budget && a.start > (budget?.start ?? Infinity) && ARRIVED.test(a.label));
    if (budget && actual && budget.yuan > 0) {
      const v = Number(formatNumber((actual.yuan / budget.yuan) * 100, 2));
      consider(v, /到位/.test(actual.label) ? '到位率' : '执行率', budget.start, actual.unitEnd);
    }
  }
  return low;
}
