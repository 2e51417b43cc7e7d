// A 数量指标 that counts money (DOMAIN-TABLES §4, indicator design): `资金支付金额`, `资金到位率`, `预算执行率` under
// 数量指标. A 数量指标 counts the goods and services the money bought (个, 人, 亩); what was spent is scored once,
// in the 预算执行率 block, so a money 数量指标 scores the spending twice and says nothing of the output.
// Judged only on rows the table places under 数量指标 (model/indicator-level.ts).
import { bareName } from '../model/indicator-level.js';
import { figureOf, unitOf } from '../model/table-figure.js';
import type { IndicatorRow } from '../model/self-eval-table.js';
import { perTable } from './per-table.js';
import { defineRule, type RuleFinding } from './rule.js';
import WORDS from './indicator-design.json' with { type: 'json' };

const QUANTITY = new Set(WORDS.quantityLevel2);

/** What the row's target is counted in: its own unit, else the 度量单位 cell's. */
function targetUnit(row: IndicatorRow): string {
  return figureOf(row.target)?.unit || unitOf(row.unit?.text ?? '');
}

/** What shows the row counts money: its unit (`万元`) or a word of its name (`资金`); undefined when it counts an output. */
export function moneyOf(row: IndicatorRow): { word: string; inName: boolean } | undefined {
  const unit = targetUnit(row);
  if (unit.includes(WORDS.moneyUnit)) return { word: unit, inName: false };
  if (unit !== '' && unit !== '%') return undefined; // 户, 人, 个: a count of what the money bought
  const name = bareName(row.name.text);
  if (WORDS.countEndings.some((e) => name.endsWith(e)) || WORDS.outputWords.some((w) => name.includes(w))) return undefined;
  const word = WORDS.moneyWords.find((w) => name.includes(w));
  return word ? { word, inName: true } : undefined;
}

export default defineRule({
  id: 'table-money-quantity',
  severity: 'warning',
  description: {
    zh: '自评表的数量指标计的是资金（资金金额、拨付、支付、预算执行率），而不是产出的数量。',
    en: 'A quantity indicator of the self-evaluation table counts money (an amount, a payment, the execution rate), not an output.',
  },
  check({ report }) {
    return perTable(report, 'table-money-quantity', (table) => {
      const out: RuleFinding[] = [];
      for (const row of table.indicators) {
        if (!row.level2 || !QUANTITY.has(row.level2)) continue;
        const money = moneyOf(row);
        if (!money) continue;
        const name = row.name.text;
        const shown = money.inName
          ? { zh: `名称中有「${money.word}」`, en: `its name says 「${money.word}」` }
          : { zh: `单位为「${money.word}」`, en: `its unit is 「${money.word}」` };
        out.push({
          span: { start: row.name.start, end: row.name.end },
          message: {
            zh:
              `数量指标「${name}」（指标值 ${row.target.text}）计的是资金（${shown.zh}），不是产出的数量：` +
              '资金的支出已在预算执行率中计分，数量指标应写项目提供的产品或服务的数量（个、人、亩、次等）；' +
              '请改为实际产出的数量，资金类内容放到预算执行率或成本指标中',
            en:
              `The quantity indicator 「${name}」 (target ${row.target.text}) counts money (${shown.en}), not an output: ` +
              'spending is already scored by the budget execution rate, and a quantity indicator counts the goods or services ' +
              'delivered (items, people, mu, times); count the output instead, ' +
              'and leave the money to the execution rate or a cost indicator',
          },
          related: [{ span: { start: row.target.start, end: row.target.end }, message: { zh: '年度指标值', en: 'Target' } }],
        });
      }
      return out;
    });
  },
});
