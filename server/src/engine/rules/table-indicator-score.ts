import { halfUnit } from '../parse/numbers.js';
import { quantities, selfEvalTables, TABLE_SETTINGS, type IndicatorRow } from '../model/self-eval-table.js';
import { defineRule, type RuleFinding } from './rule.js';

/**
 * T7 of DOMAIN-TABLES §3: a quantitative indicator's 得分 by the platform's formula. 正向 (≥, and = as
 * 正向): full at or above the target, else actual ÷ target × 分值; 反向 (≤): full at or below, 0 at
 * twice the target, linear between. The direction is the target's sign, else the 指标性质 column's;
 * with neither, 正向, or 反向 under a 成本指标. Only target
 * and actual written as figures in the same unit are recomputed (`每亩300`, `显著` are not); a score above
 * its 分值 is table-score-over-weight's.
 */
export default defineRule({
  id: 'table-indicator-score',
  severity: 'warning',
  description: {
    zh: '自评表中定量指标的得分与按指标值、实际完成值计算的得分不符。',
    en: 'A quantitative indicator’s score does not follow from its target and actual value.',
  },
  check({ report }) {
    const out: RuleFinding[] = [];
    for (const table of selfEvalTables(report)) {
      for (const row of table.indicators) {
        const r = recompute(row);
        if (!r || row.score.value > row.weight.value) continue;
        // a score written to one decimal (1.9 for 1.946: 2021-山西-稷山县翟店镇卫生院-自评表) is the formula rounded
        // to one decimal; an integer or a two-decimal score is compared to two decimals
        const slack = row.score.decimals === 1 ? halfUnit(1) : TABLE_SETTINGS.tolerance;
        if (Math.abs(row.score.value - (row.score.decimals === 1 ? r.exact : r.expected)) <= slack + 1e-9) continue;
        out.push({
          span: { start: row.score.start, end: row.score.end },
          message: {
            zh: `${row.name.text} 得分写作 ${row.score.text}，按${r.zh}应为 ${r.expected}：请改为 ${r.expected}，或在偏差原因中说明扣分依据`,
            en:
              `${row.name.text}: the score is ${row.score.text}, but by the ${r.en} it is ${r.expected}; ` +
              `write ${r.expected}, or give the reason for the deduction`,
          },
        });
      }
    }
    return out;
  },
});

function recompute(row: IndicatorRow): { expected: number; exact: number; zh: string; en: string } | undefined {
  const q = quantities(row);
  if (!q) return undefined;
  const { target: t, actual: a, direction: dir } = q;
  const w = row.weight.value;
  const round = (n: number): number => Number(n.toFixed(TABLE_SETTINGS.scoreDecimals));
  const tv = `${t.value}${t.unit}`;
  const av = `${a.value}${a.unit}`;
  if (dir === '≤') {
    const exact = a.value <= t.value ? w : a.value >= 2 * t.value ? 0 : (1 - (a.value - t.value) / t.value) * w;
    return {
      expected: round(exact),
      exact,
      zh: `反向指标公式（实际 ${av}，指标值 ${tv}，分值 ${w}）`,
      en: `formula for a lower-is-better indicator (actual ${av}, target ${tv}, weight ${w})`,
    };
  }
  const exact = a.value >= t.value ? w : (Math.max(a.value, 0) / t.value) * w;
  return {
    expected: round(exact),
    exact,
    zh: `正向指标公式 ${a.value} ÷ ${t.value} × ${w}（实际 ${av}，指标值 ${tv}）`,
    en: `higher-is-better formula ${a.value} ÷ ${t.value} × ${w} (actual ${av}, target ${tv})`,
  };
}
