// The report's text states the same total score as its 自评表 (T6 of DOMAIN-TABLES §3, issue 15 §2: the
// narrative held to the table). Judged when the report has exactly one table with a 总分 row: a
// department's report with several project tables states the department's score, which none of them holds.
import { selfEvalTables, TABLE_SETTINGS } from '../model/self-eval-table.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'table-narrative-score',
  severity: 'warning',
  description: {
    zh: '正文写的自评得分与自评表的总分不一致。',
    en: 'The score the text states differs from the total of the self-evaluation table.',
  },
  check({ report }) {
    const score = report.assessment.score;
    if (!score) return [];
    const totals = selfEvalTables(report).flatMap((t) => (t.total ? [t.total] : []));
    const total = totals.length === 1 ? totals[0] : undefined;
    if (!total || Math.abs(total.score.value - score.value) <= TABLE_SETTINGS.tolerance) return [];
    const written = report.text.slice(score.start, score.end);
    return [
      {
        span: { start: score.start, end: score.end },
        message: {
          zh: `正文写自评得分 ${written} 分，自评表${total.label.text}为 ${total.score.text}：两处应一致，请核对后统一`,
          en:
            `The text states a score of ${written}, the table’s ${total.label.text} is ${total.score.text}: ` +
            'they should agree; check and make them one',
        },
        related: [{ span: { start: total.score.start, end: total.score.end }, message: { zh: '自评表总分', en: 'Table total' } }],
      },
    ];
  },
});
