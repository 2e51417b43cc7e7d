import { halfUnit } from '../parse/numbers.js';
import { RoundingSlack } from '../model/rounding.js';
import { headerKey, SUCH_AS, TABLE_SETTINGS, type MoneyColumn, type MoneyRow } from '../model/self-eval-table.js';
import type { Figure } from '../model/table-figure.js';
import { perTable } from './per-table.js';
import { defineRule, type RuleFinding } from './rule.js';

const COLUMNS: { col: MoneyColumn; zh: string; en: string }[] = [
  { col: 'initial', zh: '年初预算数', en: 'initial budget' },
  { col: 'budget', zh: '全年预算数', en: 'budget' },
  { col: 'spent', zh: '全年执行数', en: 'spending' },
];
const TOTALS = new Set(TABLE_SETTINGS.fundTotalLabels);
const LAST = new Set(TABLE_SETTINGS.fundLastPart);
const NATURE = new Set(TABLE_SETTINGS.natureLabels);
const PART_LABELS = new Set([...TABLE_SETTINGS.fundPartLabels, ...TABLE_SETTINGS.fundLastPart]);
/** The most rows read as one source's breakdown. */
const LONGEST_BREAKDOWN = 8;

/**
 * The parts without the rows that break a source down (made up, red team s23): rows right under a source, none of them a
 * source's label (上年结转资金, 其他资金), whose amounts add up to the source's in every column it has (当年财政拨款 180 over
 * 其中：中央资金 100 / 省级资金 50 / 县级资金 30, Hunan's and Yunnan's forms by level of government).
 */
function withoutBreakdowns(parts: readonly MoneyRow[]): MoneyRow[] {
  const out: MoneyRow[] = [];
  for (let j = 0; j < parts.length; j++) {
    const p = parts[j] as MoneyRow;
    out.push(p);
    const cols = COLUMNS.map(({ col }) => col).filter((c) => p.figures[c]);
    if (cols.length === 0) continue;
    const sums = cols.map(() => 0);
    for (let k = j + 1; k < parts.length && k - j <= LONGEST_BREAKDOWN; k++) {
      const r = parts[k] as MoneyRow;
      if (PART_LABELS.has(headerKey(r.label.text).replace(SUCH_AS, ''))) break;
      cols.forEach((c, n) => (sums[n] = (sums[n] as number) + (r.figures[c]?.value ?? 0)));
      const whole = cols.every((c, n) => Math.abs((sums[n] as number) - (p.figures[c]?.value ?? 0)) <= TABLE_SETTINGS.tolerance + 1e-9);
      if (whole) {
        j = k;
        break;
      }
    }
  }
  return out;
}

/**
 * T3 of DOMAIN-TABLES §3: the 年度资金总额 row is the sum of its sources (财政拨款 + 上年结转 + 其他资金),
 * column by column. Judged only on a total row followed by its parts up to the 其他资金 row that closes
 * them (a 其中 row alone may name one source of several); an empty part is 0. Short of that, a source
 * larger than every amount of the total (a flattened row whose columns cannot be told: 2022-安徽-棠溪镇
 * 人民政府-自评表's total `0 0 0` over `其中:本年财政拨款 90 89.974 89.974`) cannot be one of its parts. A 部门整体
 * table's breakdown row (`按收入性质分 | | | 2016`, Hunan's form) restates the total above its sources: not a source.
 */
export default defineRule({
  id: 'table-fund-sum',
  severity: 'error',
  description: {
    zh: '自评表中年度资金总额不等于各资金来源之和。',
    en: 'The total funds row of the self-evaluation table is not the sum of its sources.',
  },
  check({ report }) {
    return perTable(report, 'table-fund-sum', (table) => {
      const out: RuleFinding[] = [];
      const [total, ...all] = table.money;
      const rest = all.filter((r) => !NATURE.has(headerKey(r.label.text)));
      if (!total || !TOTALS.has(headerKey(total.label.text))) return out;
      const last = rest.findIndex((r) => LAST.has(headerKey(r.label.text).replace(SUCH_AS, '')));
      const parts = rest.slice(0, last + 1);
      const sumOf = (rows: readonly MoneyRow[]): RuleFinding[] => COLUMNS.flatMap(({ col, zh, en }) => columnSum(total, rows, col, zh, en));
      let sums = last < 1 ? [] : sumOf(parts);
      // a source's own breakdown under it (其中：中央资金 / 省级资金 / 县级资金 under 当年财政拨款) restates it: the sum without it
      if (sums.length > 0) {
        const own = withoutBreakdowns(parts);
        if (own.length < parts.length && sumOf(own).length === 0) sums = [];
      }
      out.push(...(sums.length > 0 ? sums : overTotal(total, rest)));
      return out;
    });
  },
});

function columnSum(total: MoneyRow, parts: readonly MoneyRow[], col: MoneyColumn, zh: string, en: string): RuleFinding[] {
  const t = total.figures[col];
  const figures = parts.map((p) => p.figures[col]);
  if (!t || figures.every((f) => !f) || figures.some((f) => f && f.unit !== t.unit)) return [];
  const sum = figures.reduce((s, f) => s + (f?.value ?? 0), 0);
  const decimals = Math.max(t.decimals, ...figures.map((f) => f?.decimals ?? 0));
  // within the rounding of every figure (model/rounding.ts), and never stricter than the table's 0.01
  const slack = new RoundingSlack(true);
  for (const f of [t, ...figures]) if (f) slack.add({ slack: halfUnit(f.decimals), decimal: f.decimals > 0 });
  if (slack.holds(sum, t.value) || Math.abs(sum - t.value) <= TABLE_SETTINGS.tolerance + 1e-9) return [];
  const terms = parts.map((p, n) => `${p.label.text.replace(SUCH_AS, '')} ${figures[n]?.text ?? '0'}`).join(' + ');
  const sumText = sum.toFixed(decimals);
  // the sources' figures too: either side may be the mistyped one (the message asks to check both)
  const related = figures
    .filter((f): f is Figure => f !== undefined)
    .map((f) => ({ span: { start: f.start, end: f.end }, message: { zh: '资金来源', en: 'Source' } }));
  return [
    {
      span: { start: t.start, end: t.end },
      message: {
        zh: `${total.label.text}的${zh} ${t.text} 不等于各来源之和 ${sumText}（${terms}）：请核对总额或各来源`,
        en: `${total.label.text}: the ${en} ${t.text} is not the sum of its sources, ${sumText} (${terms}); check the total or the sources`,
      },
      related,
    },
  ];
}

/** The first source row with an amount above every amount of the total (all amounts are ≥ 0): one finding. */
function overTotal(total: MoneyRow, parts: readonly MoneyRow[]): RuleFinding[] {
  const own = COLUMNS.map(({ col }) => total.figures[col]).filter((f): f is Figure => f !== undefined);
  const first = own[0];
  if (!first || own.some((f) => f.unit !== first.unit)) return [];
  const top = own.reduce((m, f) => (f.value > m.value ? f : m), first);
  for (const part of parts) {
    const figures = part.unplaced ?? COLUMNS.map(({ col }) => part.figures[col]).filter((f): f is Figure => f !== undefined);
    const over = figures.find((f) => f.unit === first.unit && f.value > top.value + TABLE_SETTINGS.tolerance);
    if (!over) continue;
    const name = headerKey(total.label.text);
    const totals = own.map((f) => f.text).join(' / ');
    const amounts = figures.map((f) => f.text).join(' / ');
    return [
      {
        span: { start: top.start, end: top.end },
        message: {
          zh: `${name}的金额 ${totals} 小于其中 ${part.label.text.replace(SUCH_AS, '')} 的 ${over.text}（${amounts}）：总额是各来源之和，请核对总额`,
          en:
            `${name}: the amounts ${totals} are below ${over.text}, of the source ${part.label.text} (${amounts}); ` +
            'the total is the sum of its sources, check it',
        },
        related: [{ span: { start: over.start, end: over.end }, message: { zh: '资金来源', en: 'Source' } }],
      },
    ];
  }
  return [];
}
