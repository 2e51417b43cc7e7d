import { TABLE_SETTINGS } from '../model/self-eval-table.js';
import type { Cell } from '../model/table-cells.js';
import { executionRate, expectedRateScore, rateScoreAgrees } from '../model/table-arithmetic.js';
import { perTable } from './per-table.js';
import { defineRule, type RuleFinding } from './rule.js';

/**
 * T2 of DOMAIN-TABLES §3: the 预算执行率 score is the rate times its 分值 (95.88 % of 10 → 9.59), at
 * most the 分值, 0 with no budget. A score above it is an error; one below it (97.80 % scored 9 of 10:
 * 2023-云南-临翔区林业和草原局-自评表) a warning, as a local scoring method by bands could give it, and the
 * table then says so. A row with its 分值 and an empty 得分 cell was not scored at all
 * (2023-四川-青神县发展和改革局-自评表: 权重 10, 得分 empty). Only the first scored row of a table is
 * judged: 分值 and 得分 belong to the 年度资金总额 row, and a 其中 row repeating them is a copy.
 */
export default defineRule({
  id: 'table-rate-score',
  severity: 'error',
  description: {
    zh: '自评表中预算执行率的得分与“执行率 × 分值”不符，或有分值却没有填得分。',
    en: 'The budget-execution score of the self-evaluation table differs from the rate times its weight, or is missing beside its weight.',
  },
  check({ report }) {
    return perTable(report, 'table-rate-score', (table) => {
      const out: RuleFinding[] = [];
      const row = table.money.find((r) => r.figures.weight && (r.figures.score || r.empty?.score));
      if (!row) return out;
      const { budget, spent, weight, score } = row.figures;
      const blank = row.empty?.score;
      if (!budget || !spent || !weight || !(score || blank) || budget.unit !== spent.unit) return out;
      const rate = executionRate(row) ?? 0;
      const expected = expectedRateScore(rate, weight.value);
      if (!score) {
        out.push(unscored(row.label.text, blank as Cell, weight.text, expected));
        return out;
      }
      if (rateScoreAgrees(score, expected)) return out;
      const below = score.value < expected;
      const rateText = `${rate.toFixed(TABLE_SETTINGS.rateDecimals)}%`;
      // the rate as the table writes it, when it reads otherwise (97.80% against 97.81%): the drafter looks for that cell
      const written = row.figures.rate && row.figures.rate.text !== rateText ? row.figures.rate.text : '';
      const ratio = `${spent.text} ÷ ${budget.text} = ${rateText}`;
      const how =
        budget.value > 0
          ? {
              zh: `${ratio}${written ? `，表中写作 ${written}；` : '，'}× 分值 ${weight.text} = ${expected}`,
              en: `${ratio}${written ? ` (written ${written})` : ''}, × weight ${weight.text} = ${expected}`,
            }
          : { zh: `全年预算数为 ${budget.text}，得分为 0`, en: `the budget is ${budget.text}, so the score is 0` };
      out.push({
        span: { start: score.start, end: score.end },
        ...(below ? { severity: 'warning' as const } : {}),
        message: below
          ? {
              zh:
                `${row.label.text} 预算执行率得分写作 ${score.text}，低于按执行率计算的 ${expected}（${how.zh}）：` +
                `请改为 ${expected}；如按本地评分办法分档计分，请在表中注明`,
              en:
                `${row.label.text}: the budget-execution score is ${score.text}, below ${expected} from the rate (${how.en}); ` +
                `write ${expected}, or say in the table that a local method scores by bands`,
            }
          : {
              zh: `${row.label.text} 预算执行率得分写作 ${score.text}，高于按执行率计算的 ${expected}（${how.zh}）：请改为 ${expected}`,
              en:
                `${row.label.text}: the budget-execution score is ${score.text}, ` +
                `above ${expected} from the rate (${how.en}); write ${expected}`,
            },
      });
      return out;
    });
  },
});

function unscored(label: string, blank: Cell, weight: string, expected: number): RuleFinding {
  return {
    span: { start: blank.start, end: blank.end },
    message: {
      zh: `${label} 预算执行率有分值 ${weight}，得分一栏却是空的：按执行率应得 ${expected}，请填写得分`,
      en: `${label}: the budget execution has a weight of ${weight} but no score; by the rate it scores ${expected}, fill it in`,
    },
  };
}
