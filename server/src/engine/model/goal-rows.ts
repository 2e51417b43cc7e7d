// The rows of an indicator table with no 得分 column: a form that reports each target and its actual, with a weight
// and a reason column but no score (`三级指标 指标权重 计量单位 指标值 全年实际完成值 产生差异的原因及改进措施`:
// 2021-重庆-大足区商务委员会-自评表, the table written as a web page's rows, one paragraph of words per row). What
// such a row can be judged on is its actual against its target (T10, DOMAIN-TABLES §3), not a score. A row flattened
// into words loses its empty cells: a row one cell short whose 计量单位 would be a number wrote no unit.
import type { Cell } from './table-cells.js';
import { enterLevel, type Level1, type Under } from './indicator-level.js';
import { figureOf, plainNumber, type Figure } from './table-figure.js';
import WORDS from './self-eval-table.json' with { type: 'json' };

const UNFINISHED = new Set(WORDS.unfinishedActuals);

export interface GoalRow {
  name: Cell;
  target: Cell;
  actual: Cell;
  /** The 权重, when the form has the column (the central 转移支付 form has none). */
  weight?: Figure;
  unit?: Cell;
  nature?: Cell;
  /** '' when the table has no reason column or the row's cell is known empty; undefined when it cannot be told. */
  reason?: string;
  cost: boolean;
  level1?: Level1;
  level2?: string;
}

/** The columns a row is read in, after the 三级指标 (the reason is read apart). */
type Column = 'weight' | 'unit' | 'nature' | 'target' | 'actual' | 'score' | 'other';
/** The score is read past only: with no 分值 beside it there is nothing to check it against. */
const ROW_COLUMNS = new Set<string>(['weight', 'unit', 'nature', 'target', 'actual', 'score']);

/**
 * A header naming 三级指标, 指标值 and 完成值 but no 得分 reads as such a form when it also names a 权重 or a reason
 * column (`三级指标 | 指标值 | 全年实际完成值 | 未完成原因和改进措施`: the central 转移支付 form, 2024-安徽-霍山县医保局医疗救助补助资金-转移支付):
 * a header of the three alone may be any list of targets.
 */
export function isGoalHeader(cols: readonly string[]): boolean {
  if (!['level3', 'target', 'actual'].every((c) => cols.includes(c))) return false;
  // a 得分 with no 分值 (云南's county form: `三级指标 | 年初目标值(A) | 实际完成值(B) | 得分`, 2022-云南-隆阳区化肥减量增效示范县项目-自评表):
  // no score can be recomputed without its 分值, but the actual still stands against its target
  if (cols.includes('score')) return !cols.includes('weight') && cols.indexOf('score') > cols.indexOf('actual');
  // or names the indicator's levels above it (`二级指标 三级指标 指标值 完成值`, the 区域绩效自评表 of 遂宁 2021, session 24's
  // second set, flattened with neither weight nor reason, its actual the last column): an indicator table, not a list of
  // targets; a column after the actual (备注) may hold the reason, so such a table is left to the forms that name one
  return cols.includes('weight') || cols.includes('reason') || (cols.includes('level2') && cols[cols.length - 1] === 'actual');
}

/**
 * The rows from cell `i` under a goal header's columns `cols`, up to the first cell `stops` says ends them (a total,
 * the next header); `ended`: the cells end where the text does (a last row then has nothing after it).
 */
export function readGoals(
  cells: readonly Cell[],
  i: number,
  cols: readonly string[],
  stops: (k: number) => boolean,
  ended: boolean,
): { rows: GoalRow[]; end: number } {
  const from = cols.indexOf('level3') + 1;
  // a form's own column (评分标准) between two read is read past; one after them is not the row's
  let to = cols.length;
  while (to > from && !ROW_COLUMNS.has(cols[to - 1] as string)) to--;
  const shape = cols.slice(from).filter((c, n) => ROW_COLUMNS.has(c) || (c === 'other' && from + n < to)) as Column[];
  const at = cols.indexOf('reason');
  const reasonNext = at > from && cols.slice(from, at).every((c) => ROW_COLUMNS.has(c) || c === 'other') && at === from + shape.length;
  const rows: GoalRow[] = [];
  let under: Under = { cost: false };
  for (; i < cells.length; i++) {
    if (stops(i)) break;
    const c = cells[i] as Cell;
    if (c.text.endsWith('指标')) under = enterLevel(under, c.text);
    const row = rowAt(cells, i, shape);
    if (!row) continue;
    const reason = at < 0 ? '' : reasonNext ? reasonAfter(cells, row.next, shape, stops, ended) : undefined;
    rows.push({ ...row.row, cost: under.cost, ...levels(under), ...(reason !== undefined ? { reason } : {}) });
    i = row.next - 1;
  }
  return { rows, end: i };
}

function levels(under: Under): Pick<GoalRow, 'level1' | 'level2'> {
  return { ...(under.level1 ? { level1: under.level1 } : {}), ...(under.level2 ? { level2: under.level2 } : {}) };
}

/**
 * A row at cell `i`: a name, then one cell per column; or one cell short, when the cell where its 计量单位 goes holds a
 * number (a flattened row lost the empty unit cell: `新增限上商贸企业(法人) 13 23 33`). The weight is a number,
 * the target and the actual figures (a qualitative row is passed over: there is nothing to compare).
 */
function rowAt(cells: readonly Cell[], i: number, shape: readonly Column[]): { row: Omit<GoalRow, 'cost'>; next: number } | undefined {
  const name = cells[i] as Cell;
  if (name.text === '' || figureOf(name) || name.text.endsWith('指标') || name.rowEnd) return undefined;
  const tries = shape.includes('unit') ? [shape, shape.filter((c) => c !== 'unit')] : [shape];
  for (const s of tries) {
    const got: Partial<Record<Column, Cell>> = {};
    let whole = true;
    for (let n = 0; n < s.length && whole; n++) {
      const c = cells[i + 1 + n];
      if (!c || (c.rowEnd && n < s.length - 1)) whole = false;
      else got[s[n] as Column] = c;
    }
    if (!whole || (got.unit && plainNumber(got.unit))) continue;
    const weight = got.weight && plainNumber(got.weight);
    if ((s.includes('weight') && !weight) || !got.target || !got.actual || !figureOf(got.target)) continue;
    if (got.score && got.score.text !== '' && !plainNumber(got.score)) continue;
    // an actual in words says nothing to compare, unless it says the work is not done (建设中)
    if (!figureOf(got.actual) && !UNFINISHED.has(got.actual.text)) continue;
    const row: Omit<GoalRow, 'cost'> = { name, target: got.target, actual: got.actual };
    if (weight) row.weight = weight;
    if (got.unit) row.unit = got.unit;
    if (got.nature) row.nature = got.nature;
    return { row, next: i + 1 + s.length };
  }
  return undefined;
}

/**
 * The reason written after a row ending before cell `k`: a pipe row shows its cells; a row of words shows it only by what
 * follows — the next row, the total or the next header right after it, or the end of the text, leave it empty.
 */
function reasonAfter(
  cells: readonly Cell[],
  k: number,
  shape: readonly Column[],
  stops: (k: number) => boolean,
  ended: boolean,
): string | undefined {
  if ((cells[k - 1] as Cell).rowEnd) return '';
  const after = cells[k];
  if (!after) return ended ? '' : undefined;
  if (after.rowEnd) return after.text;
  if (after.text === '' && emptyToRowEnd(cells, k)) return '';
  return stops(k) || rowAt(cells, k, shape) ? '' : undefined;
}

/** Empty cells a pipe row may carry past its header's columns (merged cells of a wider table). */
const MAX_PADDING = 16;

/** The cells from `k` are empty up to a pipe row's end (`| 110406 | |||`: the reason cell and the row's padding). */
function emptyToRowEnd(cells: readonly Cell[], k: number): boolean {
  for (let j = k; j < cells.length && j <= k + MAX_PADDING; j++) {
    const c = cells[j] as Cell;
    if (c.text !== '') return false;
    if (c.rowEnd) return true;
  }
  return false;
}
