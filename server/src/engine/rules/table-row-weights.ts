// T5 of DOMAIN-TABLES §3 read on the rows themselves: the 分值 of the rows a 总分 of 100 closes add up to more
// than 100 (a row copied twice, a weight mistyped). table-weight-sum reads the bracketed 一级 weights; a form
// that writes none (the national 项目支出 form: money block 10 + indicators 90) is judged here. Only an excess is
// judged: a row not read (a merged or glued cell) makes the sum fall short, never exceed.
import type { SelfEvalTable } from '../model/self-eval-table.js';
import { TABLE_SETTINGS } from '../model/self-eval-table.js';
import { totalRows } from '../model/table-arithmetic.js';
import WORDS from '../model/self-eval-table.json' with { type: 'json' };
import type { RuleFinding } from './rule.js';

const FULL = WORDS.fullScore;
/** A row that sums others (小计): the rows would not simply add. */
const SUBTOTAL = /小计|合计|总计/;
/** An indicator row for the execution rate: the money block's own scored row again, when that block scores it too. */
const RATE = /执行率/;

/** The finding; its related spans are the rows' 分值 (a bracketed-weight finding among them says it already). */
export function rowWeightsOver(table: SelfEvalTable): RuleFinding[] {
  const { total } = table;
  if (!total || table.indicators.length === 0) return [];
  if (Math.abs(total.weight.value - FULL) > TABLE_SETTINGS.tolerance) return [];
  if (table.indicators.some((r) => SUBTOTAL.test(r.name.text))) return [];
  const { rows, weights } = totalRows(table);
  if (rows.length > table.indicators.length && table.indicators.some((r) => RATE.test(r.name.text))) return [];
  if (weights <= total.weight.value + TABLE_SETTINGS.tolerance) return [];
  const parts = rows.map((r) => r.weight.text);
  return [
    {
      span: { start: total.weight.start, end: total.weight.end },
      message: {
        zh:
          `各行分值相加为 ${weights}（${parts.join(' + ')}），超过${total.label.text}的分值 ${total.weight.text}：` +
          '请核对各指标的分值，或删去重复的指标行',
        en:
          `The rows’ weights add up to ${weights} (${parts.join(' + ')}), more than the ${total.label.text} row’s ` +
          `${total.weight.text}; check each row’s weight, or remove a row written twice`,
      },
      related: rows.map((r) => ({ span: { start: r.weight.start, end: r.weight.end }, message: { zh: '分值', en: 'weight' } })),
    },
  ];
}
