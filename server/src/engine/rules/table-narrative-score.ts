// The report's text states the same total score as its 自评表 (T6 of DOMAIN-TABLES §3, issue 15 §2: the
// narrative held to the table). Judged when the report has exactly one table with a 总分 row: a
// department's report with several project tables states the department's score, which none of them holds.
import { selfEvalTables, TABLE_SETTINGS, type SelfEvalTable, type TotalRow } from '../model/self-eval-table.js';
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
    const all = selfEvalTables(report);
    const totals = all.flatMap((t) => (t.total ? [t.total] : []));
    const total = totals.length === 1 ? totals[0] : undefined;
    if (!total) return [];
    const whole = wholeScore(all, total);
    if (whole === undefined || Math.abs(whole.value - score.value) <= TABLE_SETTINGS.tolerance) return [];
    const written = report.text.slice(score.start, score.end);
    return [
      {
        span: { start: score.start, end: score.end },
        message: {
          zh: `正文写自评得分 ${written} 分，自评表${total.label.text}为 ${whole.text}：两处应一致，请核对后统一`,
          en:
            `The text states a score of ${written}, the table’s ${total.label.text} is ${whole.text}: ` +
            'they should agree; check and make them one',
        },
        related: [{ span: { start: total.score.start, end: total.score.end }, message: { zh: '自评表总分', en: 'Table total' } }],
      },
    ];
  },
});

/**
 * The table's whole score: its total row's 得分, with the money block's when the total's 分值 falls short of the full
 * score by the money block's 分值 exactly (the one scored money row of the report: Sichuan's 预算执行 block may be read
 * as a table of its own, before or after the indicators); undefined when it falls short otherwise (a part is not read).
 */
function wholeScore(tables: readonly SelfEvalTable[], total: TotalRow): { value: number; text: string } | undefined {
  const gap = TABLE_SETTINGS.fullScore - total.weight.value;
  if (Math.abs(gap) <= TABLE_SETTINGS.tolerance) return { value: total.score.value, text: total.score.text };
  const scored = tables.flatMap((t) => t.money.filter((r) => r.figures.weight && r.figures.score));
  const w = scored.length === 1 ? scored[0]?.figures.weight : undefined;
  const s = scored[0]?.figures.score;
  if (!w || !s || Math.abs(w.value - gap) > TABLE_SETTINGS.tolerance) return undefined;
  const value = Number((total.score.value + s.value).toFixed(TABLE_SETTINGS.scoreDecimals));
  return { value, text: `${total.score.text} + ${s.text} = ${value}` };
}
