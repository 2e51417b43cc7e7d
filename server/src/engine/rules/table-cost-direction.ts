// A 成本指标 whose target is an amount of money written `≥` (DOMAIN-TABLES §2 and §4, indicator design): a
// cost is scored lower-is-better, so its target is a ceiling (`≤`) or a fixed quota (`=`); written `≥`, the
// table asks for spending at least that much, and the platform scores it the wrong way round. Only money
// targets (a unit with 元) are judged: a rate under 成本指标 (`成本节约率≥5%`) may rightly be higher-is-better.
import { comparatorOf, figureOf } from '../model/table-figure.js';
import type { Cell } from '../model/table-cells.js';
import { perTable } from './per-table.js';
import { defineRule, type RuleFinding } from './rule.js';

const MONEY = /元/;

export default defineRule({
  id: 'table-cost-direction',
  severity: 'warning',
  description: {
    zh: '成本指标的指标值是金额，却写成“≥”：成本指标应写上限（≤）或定额（=）。',
    en: 'A cost indicator’s target is an amount written “≥”: a cost target is a ceiling (≤) or a fixed quota (=).',
  },
  fixes: [{ does: { zh: '把“≥”改为“≤”', en: 'Writes ≤ for ≥' }, safe: false }],
  check({ report }) {
    return perTable(report, 'table-cost-direction', (table) => {
      const out: RuleFinding[] = [];
      for (const row of table.indicators) {
        if (!row.cost) continue;
        const target = figureOf(row.target);
        const unit = target?.unit || (row.unit?.text ?? '');
        if (!target || !MONEY.test(unit)) continue;
        // the sign is written in the target cell, or in a 指标性质 column of its own (Sichuan's form)
        const sign: Pick<Cell, 'start' | 'end' | 'text'> | undefined =
          target.comparator === '≥'
            ? { start: row.target.start, end: row.target.start + 1, text: row.target.text.charAt(0) }
            : row.nature && comparatorOf(row.nature.text) === '≥'
              ? row.nature
              : undefined;
        if (!sign) continue;
        out.push({
          span: { start: sign.start, end: sign.end },
          message: {
            zh:
              `成本指标「${row.name.text}」的指标值写作「${sign.text}${target.text.replace(/^[≥≧>＞]/, '')}」：` +
              '成本越低越好，指标值应为上限（≤）或定额（=），请改为「≤」，或核对这一行是否属于成本指标',
            en:
              `The cost indicator 「${row.name.text}」 has its target written with 「${sign.text}」: a cost is lower-is-better, ` +
              'so its target is a ceiling (≤) or a fixed quota (=); write ≤, or check that the row is a cost indicator',
          },
          fix: {
            title: { zh: '把“≥”改为“≤”', en: 'Write ≤ for ≥' },
            edits: [{ start: sign.start, end: sign.end, newText: '≤' }],
            safe: false,
          },
        });
      }
      return out;
    });
  },
});
