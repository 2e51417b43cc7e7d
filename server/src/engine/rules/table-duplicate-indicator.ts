// The same 三级指标 under two 一级指标 of one 自评表 (DOMAIN-TABLES §4, indicator design): `受益人口数量` under 产出
// and again under 效益. An output and its effect are different things; the one indicator written twice scores
// one result twice, and reviewers count it once. Names are compared without the form's labels (`指标1:`, `★`).
import type { IndicatorRow } from '../model/self-eval-table.js';
import { bareName } from '../model/indicator-level.js';
import { perTable } from './per-table.js';
import { defineRule, type RuleFinding } from './rule.js';

const LEVEL_NAMES = {
  output: { zh: '产出指标', en: 'output' },
  benefit: { zh: '效益指标', en: 'benefit' },
  satisfaction: { zh: '满意度指标', en: 'satisfaction' },
};

export default defineRule({
  id: 'table-duplicate-indicator',
  severity: 'warning',
  description: {
    zh: '同一个三级指标在自评表中既列在产出指标下，又列在效益（或满意度）指标下。',
    en: 'The same third-level indicator stands under two first-level indicators of the table (output and benefit).',
  },
  check({ report }) {
    return perTable(report, 'table-duplicate-indicator', (table) => {
      const out: RuleFinding[] = [];
      const first = new Map<string, IndicatorRow>();
      for (const row of table.indicators) {
        if (!row.level1) continue;
        const name = bareName(row.name.text);
        if (name === '') continue; // a template's label alone (`指标1`), no name to compare
        const before = first.get(name);
        if (!before) {
          first.set(name, row);
          continue;
        }
        if (!before.level1 || before.level1 === row.level1) continue;
        const [a, b] = [LEVEL_NAMES[before.level1], LEVEL_NAMES[row.level1]];
        out.push({
          span: { start: row.name.start, end: row.name.end },
          message: {
            zh:
              `三级指标「${row.name.text}」在${a.zh}和${b.zh}下各列了一次：同一结果只应计一次分，` +
              `请删去其中一行，或把${b.zh}改写为这项产出带来的效果（如受益、增收、改善的程度）`,
            en:
              `The indicator 「${row.name.text}」 stands under both ${a.en} and ${b.en}: one result is scored once; ` +
              `drop one row, or rewrite the ${b.en} row as the effect of the output (who benefits, by how much)`,
          },
          related: [
            {
              span: { start: before.name.start, end: before.name.end },
              message: { zh: `${a.zh}下的同名指标`, en: `The same indicator under ${a.en}` },
            },
          ],
        });
      }
      return out;
    });
  },
});
