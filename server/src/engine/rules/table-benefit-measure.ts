// A 效益指标 whose target names no measure (DOMAIN-TABLES §4, indicator design), in the two shapes reviewers send
// back: a measured indicator (a rate, a count, an income) given a word of degree for its target (`提高就业率 |
// 显著`), and a percentage whose name says of what it is none (`促进学校教育事业健康发展 | ≥100%`). An effect the
// form lets be judged in words (`对…的影响程度 | 效果明显`) is a qualitative indicator and is left alone.
import type { IndicatorRow } from '../model/self-eval-table.js';
import { bareName } from '../model/indicator-level.js';
import { figureOf, unitOf } from '../model/table-figure.js';
import { perTable } from './per-table.js';
import { defineRule, type RuleFinding } from './rule.js';
import type { Localized } from '../types.js';
import WORDS from './indicator-design.json' with { type: 'json' };

const VAGUE = new Set(WORDS.vagueTargets);

/** A name ending in a rate, a count, an income …, or opening with an average per unit (亩均增产粮食, 人均住院费用). */
const measured = (name: string): boolean =>
  WORDS.measuredEndings.some((e) => name.endsWith(e)) || WORDS.perUnitPrefixes.some((p) => name.startsWith(p));

/** What is missing from the row's target, or undefined when it names its measure. */
function missing(row: IndicatorRow): Localized | undefined {
  const name = bareName(row.name.text);
  if (name === '') return undefined; // a template's label alone (`指标1`): leftover-instruction's, not a design to judge
  const target = row.target.text.replace(/[\s\u3000]/g, '');
  if (VAGUE.has(target) && measured(name)) {
    return {
      zh: `效益指标「${name}」是可以计量的指标，指标值却只写了「${row.target.text}」：请写明数值和单位（如“≥5%”“≥100人”），或写明计算口径`,
      en:
        `The benefit indicator 「${name}」 can be measured, yet its target reads only 「${row.target.text}」: ` +
        'write a figure with its unit, or the formula',
    };
  }
  const f = figureOf(row.target);
  const unit = f?.unit || unitOf(row.unit?.text ?? '');
  if (f && unit === '%' && !WORDS.measureWords.some((w) => name.includes(w))) {
    return {
      zh:
        `效益指标「${name}」的指标值是百分比（${row.target.text}${f.unit ? '' : '%'}），指标名称却没有说明是什么的比率：` +
        '请写明计量的指标（如受益率、知晓率、增长率）和计算口径，或改为定性表述并按定性指标评分',
      en:
        `The benefit indicator 「${name}」 has a percentage target (${row.target.text}) but its name does not say of what: ` +
        'name the measure (a rate of what, and how it is computed), or make it a qualitative indicator scored as one',
    };
  }
  return undefined;
}

export default defineRule({
  id: 'table-benefit-measure',
  severity: 'information',
  description: {
    zh: '效益指标的指标值没有计量口径：可计量的指标只写“显著”“明显”，或百分比指标值没有说明是什么的比率。',
    en: 'A benefit indicator’s target names no measure: a measurable indicator given “显著/明显” alone, or a percentage of nothing named.',
  },
  check({ report }) {
    return perTable(report, 'table-benefit-measure', (table) => {
      const out: RuleFinding[] = [];
      for (const row of table.indicators) {
        if (row.level1 !== 'benefit') continue;
        const message = missing(row);
        if (message) out.push({ span: { start: row.target.start, end: row.target.end }, message });
      }
      return out;
    });
  },
});
