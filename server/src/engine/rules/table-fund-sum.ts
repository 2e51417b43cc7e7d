import { halfUnit } from '../parse/numbers.js';
import { headerKey, selfEvalTables, TABLE_SETTINGS, type MoneyColumn, type MoneyRow } from '../model/self-eval-table.js';
import { defineRule, type RuleFinding } from './rule.js';

const COLUMNS: { col: MoneyColumn; zh: string; en: string }[] = [
  { col: 'initial', zh: '年初预算数', en: 'initial budget' },
  { col: 'budget', zh: '全年预算数', en: 'budget' },
  { col: 'spent', zh: '全年执行数', en: 'spending' },
];
const TOTALS = new Set(TABLE_SETTINGS.fundTotalLabels);
const LAST = new Set(TABLE_SETTINGS.fundLastPart);
/** 其中: before the first part's name. */
const SUCH_AS = /^其中[:：]?/;

/**
 * T3 of DOMAIN-TABLES §3: the 年度资金总额 row is the sum of its sources (财政拨款 + 上年结转 + 其他资金),
 * column by column. Judged only on a total row followed by its parts up to the 其他资金 row that closes
 * them (a 其中 row alone may name one source of several); an empty part is 0.
 */
export default defineRule({
  id: 'table-fund-sum',
  severity: 'error',
  description: {
    zh: '自评表中年度资金总额不等于各资金来源之和。',
    en: 'The total funds row of the self-evaluation table is not the sum of its sources.',
  },
  check({ report }) {
    const out: RuleFinding[] = [];
    for (const table of selfEvalTables(report)) {
      const [total, ...rest] = table.money;
      if (!total || !TOTALS.has(headerKey(total.label.text))) continue;
      const last = rest.findIndex((r) => LAST.has(headerKey(r.label.text).replace(SUCH_AS, '')));
      if (last < 1) continue;
      const parts = rest.slice(0, last + 1);
      for (const { col, zh, en } of COLUMNS) out.push(...columnSum(total, parts, col, zh, en));
    }
    return out;
  },
});

function columnSum(total: MoneyRow, parts: readonly MoneyRow[], col: MoneyColumn, zh: string, en: string): RuleFinding[] {
  const t = total.figures[col];
  const figures = parts.map((p) => p.figures[col]);
  if (!t || figures.every((f) => !f) || figures.some((f) => f && f.unit !== t.unit)) return [];
  const sum = figures.reduce((s, f) => s + (f?.value ?? 0), 0);
  const decimals = Math.max(t.decimals, ...figures.map((f) => f?.decimals ?? 0));
  if (Math.abs(sum - t.value) <= Math.max(halfUnit(decimals), TABLE_SETTINGS.tolerance) + 1e-9) return [];
  const terms = parts.map((p, n) => `${p.label.text.replace(SUCH_AS, '')} ${figures[n]?.text ?? '0'}`).join(' + ');
  const sumText = sum.toFixed(decimals);
  return [
    {
      span: { start: t.start, end: t.end },
      message: {
        zh: `${total.label.text}的${zh} ${t.text} 不等于各来源之和 ${sumText}（${terms}）：请核对总额或各来源`,
        en: `${total.label.text}: the ${en} ${t.text} is not the sum of its sources, ${sumText} (${terms}); check the total or the sources`,
      },
    },
  ];
}
