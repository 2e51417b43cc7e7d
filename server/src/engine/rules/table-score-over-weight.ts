import { TABLE_SETTINGS } from '../model/self-eval-table.js';
import type { Figure } from '../model/table-figure.js';
import { perTable } from './per-table.js';
import { defineRule, type RuleFinding } from './rule.js';

/** T5 of DOMAIN-TABLES §3: no row of a 自评表 scores above its 分值 (the national platform refuses it on entry). */
export default defineRule({
  id: 'table-score-over-weight',
  severity: 'error',
  description: {
    zh: '自评表中某行的得分超过了它的分值（权重）。',
    en: 'A row of the self-evaluation table scores above its weight.',
  },
  check({ report }) {
    return perTable(report, 'table-score-over-weight', (table) => {
      const out: RuleFinding[] = [];
      const over = (name: string, weight: Figure, score: Figure): void => {
        if (score.value <= weight.value + TABLE_SETTINGS.tolerance) return;
        out.push({
          span: { start: score.start, end: score.end },
          message: {
            zh: `${name} 得分 ${score.text} 超过分值 ${weight.text}：得分最高为分值，请核对得分或分值`,
            en: `${name}: the score ${score.text} is above the weight ${weight.text}; a score is at most its weight, check both`,
          },
          related: [{ span: { start: weight.start, end: weight.end }, message: { zh: '分值', en: 'Weight (分值)' } }],
        });
      };
      for (const row of table.money)
        if (row.figures.weight && row.figures.score) over(row.label.text, row.figures.weight, row.figures.score);
      for (const row of table.indicators) over(row.name.text, row.weight, row.score);
      if (table.total) over(table.total.label.text, table.total.weight, table.total.score);
      return out;
    });
  },
});
