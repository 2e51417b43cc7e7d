// 存在问题 says 无 while the report's own 自评表 shows indicators short of their targets (issue 15 §2: the
// narrative held to the table). A low execution rate beside 无 is problems-vs-execution's.
import { problemsSection } from '../model/problems-section.js';
import { selfEvalTables } from '../model/self-eval-table.js';
import { shortfall } from '../model/table-arithmetic.js';
import { defineRule, type RuleFinding } from './rule.js';

/** How many unmet rows the message names; the rest are counted. */
const NAMED = 3;

export default defineRule({
  id: 'problems-vs-table',
  severity: 'warning',
  description: {
    zh: '“存在问题”写“无/暂无”，而自评表中有指标未达到年度指标值。',
    en: '存在问题 says none while the self-evaluation table shows indicators short of their targets.',
  },
  check({ report }) {
    const problems = problemsSection(report);
    if (!problems?.none) return [];
    const unmet = selfEvalTables(report).flatMap((t) => t.indicators.filter((r) => shortfall(r) !== undefined));
    if (unmet.length === 0) return [];
    const named = unmet.slice(0, NAMED).map((r) => `${r.name.text} ${r.actual.text}／${r.target.text}`);
    const more = unmet.length > NAMED ? { zh: ` 等 ${unmet.length} 项`, en: ` and ${unmet.length - NAMED} more` } : { zh: '', en: '' };
    const line = problems.heading;
    const out: RuleFinding = {
      span: { start: line.start, end: line.end },
      message: {
        zh: `“存在问题”写的是“无”，但自评表中有指标未达到年度指标值（${named.join('；')}${more.zh}）：` + '请写明未完成的原因和改进措施',
        en:
          `存在问题 says none, but the table shows indicators short of their targets (${named.join('; ')}${more.en}): ` +
          'say why they were missed and what will change',
      },
      related: unmet.map((r) => ({
        span: { start: r.actual.start, end: r.actual.end },
        message: { zh: `${r.name.text} 实际完成值`, en: `${r.name.text}: actual` },
      })),
    };
    return [out];
  },
});
