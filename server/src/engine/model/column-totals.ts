// The 合计 / 总计 row of a pipe table that is not a 自评表 (a 三公经费 table, a staff table, a list of
// projects), column by column against the rows above it (issue 15 §1: tables that are not 自评表 are still
// read as rows for the sum checks). Only where the sum is certain: every row above is a plain part (no 其中,
// 小计 or bracketed sub-item that would be counted twice), every cell of the column a figure or empty, and the
// column not a rate, a ratio, a year or a number of order. A 自评表 (分值, 得分, 指标 columns, a 年度资金总额 row)
// is the table rules'.
import type { Block } from '../parse/blocks.js';
import { halfUnit } from '../parse/numbers.js';
import type { Report } from './report.js';
import { relativeCells, type Cell } from './table-cells.js';
import { figureOf, isBlank, type Figure } from './table-figure.js';

export interface ColumnTotal {
  /** The column's header cell, and the 合计 row's label. */
  header: string;
  label: string;
  total: Figure;
  /** The column's cells above the total that hold a figure, in order. */
  parts: Figure[];
  /** Their sum, and the decimals it is compared at. */
  sum: number;
  decimals: number;
}

const TOTAL_LABELS = new Set(['合计', '总计', '合计数', '总计数', '共计']);
/** A row that is part of another row above it, or a subtotal of some rows: the rows would not simply add. */
const NESTED = /^(其中|含|内含|小计)|小计|^[(（]|^[-—－·•]/;
/** A column whose figures do not add: rates, shares, years, order numbers, scores of a 自评表. */
const NOT_ADDITIVE = /率|比|%|％|占|年度?$|^年|序号|编号|排名|名次|分值|得分|权重|单价|标准|均/;
/** The header or a row of a 自评表. */
const SELF_EVAL = /指标|分值|得分|年度资金总额/;

const memo = new WeakMap<Block, ColumnTotal[]>();

export function columnTotals(report: Report): ColumnTotal[] {
  const out: ColumnTotal[] = [];
  for (const b of report.parsed.blocks) {
    if (report.text.charCodeAt(b.start) !== 0x7c /* | */) continue;
    // read from the block's own cells (offsets relative to it), kept so, and placed where the block stands
    let kept = memo.get(b);
    if (!kept) memo.set(b, (kept = readBlock(relativeCells(report.text, b))));
    for (const t of kept) out.push(shifted(t, b.start));
  }
  return out;
}

function shifted(t: ColumnTotal, by: number): ColumnTotal {
  const fig = (f: Figure): Figure => ({ ...f, start: f.start + by, end: f.end + by });
  return { ...t, total: fig(t.total), parts: t.parts.map(fig) };
}

function readBlock(cells: readonly Cell[]): ColumnTotal[] {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  for (const c of cells) {
    row.push(c);
    if (c.rowEnd) {
      rows.push(row);
      row = [];
    }
  }
  const [header, ...body] = rows;
  const last = body[body.length - 1];
  if (!header || !last || body.length < 3 || header.some((c) => SELF_EVAL.test(c.text))) return [];
  const label = (r: Cell[]): string => (r[0]?.text ?? '').replace(/[\s\u3000:：]/g, '');
  if (!TOTAL_LABELS.has(label(last))) return [];
  const parts = body.slice(0, -1);
  if (parts.some((r) => r.length !== header.length || label(r) === '' || NESTED.test(label(r)) || SELF_EVAL.test(label(r)))) return [];
  if (last.length !== header.length) return [];
  const out: ColumnTotal[] = [];
  for (let col = 1; col < header.length; col++) {
    const head = (header[col] as Cell).text;
    if (NOT_ADDITIVE.test(head)) continue;
    const total = figureOf(last[col] as Cell);
    if (!total || total.comparator !== '' || total.unit === '%') continue;
    const figures: Figure[] = [];
    let plain = true;
    for (const r of parts) {
      const c = r[col] as Cell;
      if (isBlank(c)) continue;
      const f = figureOf(c);
      if (!f || f.comparator !== '' || f.unit !== total.unit) {
        plain = false;
        break;
      }
      figures.push(f);
    }
    if (!plain || figures.length < 2) continue;
    const decimals = Math.max(total.decimals, ...figures.map((f) => f.decimals));
    const sum = Number(figures.reduce((s, f) => s + f.value, 0).toFixed(decimals));
    out.push({ header: head, label: label(last), total, parts: figures, sum, decimals });
  }
  return out;
}

/** The total is the sum to the figures' own precision. */
export function totalHolds(t: ColumnTotal): boolean {
  return Math.abs(t.sum - t.total.value) <= halfUnit(t.decimals) + 1e-9;
}
