import { TABLE_SETTINGS } from '../model/self-eval-table.js';
import type { Figure } from '../model/table-figure.js';
import { perTable } from './per-table.js';
import { defineRule, type RuleFinding } from './rule.js';
import type { Report } from '../model/report.js';
import { numberedList, pickedNumbered } from '../parse/picked-lines.js';

const PT = String.raw`(\d{1,3}(?:\.\d{1,2})?)`;
/** The weight's names in prose (分值, 满分, 权重, 标准分). */
const WEIGHT = '(?:分值|满分|权重|标准分)(?:为|是)?';
/**
 * A score and its weight in one clause of the prose (made up, red team s23; blind set 2, 乌拉特东旗: 产出指标得分52分（分值50分）):
 * 得分 A 分（分值 B 分） or 分值 B 分，(实际)得分 A 分 / （分值 B 分）得分 A 分, nothing but a comma or a bracket between.
 */
const SCORE_THEN_WEIGHT = new RegExp(`得分(?:为|是)?${PT}分[（(]${WEIGHT}${PT}分[）)]`, 'g');
const WEIGHT_THEN_SCORE = new RegExp(`${WEIGHT}${PT}分[）)]?[，,]?(?:实际|自评)?得分(?:为|是)?${PT}分`, 'g');
/** Bonus points allow a score above the weight (含加分2分, 附加分, 奖励分). */
const BONUS = /加分|奖励分|附加分/;

const WEIGHT_NAME = /分值|满分|权重|标准分/;
/** The sentences with a score and a weight's name, kept per chunk: asked on every keystroke, they are a few of thousands. */
const scored = numberedList(pickedNumbered((s) => s.text.includes('得分') && WEIGHT_NAME.test(s.text), /得分/));

/** Prose scores above their weights, in sentence order. */
function proseOvers(report: Report): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const s of scored(report.numbered, report.chunks)) {
    if (BONUS.test(s.text)) continue;
    for (const [re, scoreGroup, weightGroup] of [
      [SCORE_THEN_WEIGHT, 1, 2],
      [WEIGHT_THEN_SCORE, 2, 1],
    ] as const) {
      re.lastIndex = 0;
      for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
        const score = m[scoreGroup] ?? '';
        const weight = m[weightGroup] ?? '';
        if (Number(score) <= Number(weight) + TABLE_SETTINGS.tolerance) continue;
        // the first group is the match's first digits, the second its last
        const first = s.start + m.index + m[0].indexOf(m[1] ?? '');
        const second = s.start + m.index + m[0].lastIndexOf(m[2] ?? '');
        const scoreAt = scoreGroup === 1 ? first : second;
        const weightAt = scoreGroup === 1 ? second : first;
        out.push({
          span: { start: scoreAt, end: scoreAt + score.length + 1 },
          message: {
            zh: `得分 ${score} 分超过分值 ${weight} 分：得分最高为分值，请核对得分或分值`,
            en: `The score ${score} is above the weight ${weight}; a score is at most its weight, check both`,
          },
          related: [{ span: { start: weightAt, end: weightAt + weight.length + 1 }, message: { zh: '分值', en: 'Weight (分值)' } }],
        });
      }
    }
  }
  return out;
}

/** T5 of DOMAIN-TABLES §3: no row of a 自评表 scores above its 分值 (the national platform refuses it on entry). */
export default defineRule({
  id: 'table-score-over-weight',
  severity: 'error',
  description: {
    zh: '自评表中某行的得分超过了它的分值（权重），或正文写的得分超过同一处写的分值。',
    en: 'A row of the self-evaluation table, or a score in the prose beside its weight, scores above its weight.',
  },
  check({ report }) {
    const prose = proseOvers(report);
    const tables = perTable(report, 'table-score-over-weight', (table) => {
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
    return prose.length > 0 ? [...tables, ...prose] : tables;
  },
});
