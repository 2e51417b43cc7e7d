// The 经费控制情况 block of a 部门整体 基础数据表 (Hunan's form, DOMAIN-TABLES §1c): rows of 三公经费,
// 项目支出 and 公用经费 under `上年决算数 | 本年预算数 | 本年决算数`, the years also written out (`2022 年决算数 |
// 2023 年预算数 | 2023 年决算数`: 2023-湖南-衡山县贯塘乡人民政府-部门整体). Read from the cells of
// table-cells.ts, a row only when it has exactly the three cells (a row left empty is passed over).
import type { Cell } from './table-cells.js';
import { figureOf, isValue, type Figure } from './table-figure.js';

export interface CostRow {
  label: Cell;
  /** 上年决算数, 本年预算数, 本年决算数; an empty cell has none. */
  previous?: Figure;
  budget?: Figure;
  final?: Figure;
}

/** A column name of the block, its year (上年 / 本年 / 2023 年) glued or in the cell before. */
const COLUMN = /^(?:上年|本年|[0-9]{4}年|年)?(预算数|决算数)$/;
const YEAR = /^[0-9]{4}$/;
/** The columns in the order of the printed form. */
const ORDER = ['决算数', '预算数', '决算数'];
/** Cells of labels with no figure read in a row before the block is taken to have ended. */
const MAX_EMPTY_ROWS = 12;

/** Whether a cell names a column of the block (`2023 年决算数`, `本年预算数`; a year in the cell before is not needed). */
export function isCostColumn(text: string): boolean {
  return text.length <= 12 && COLUMN.test(text.replace(/\s/g, ''));
}

/** Where the rows start when the cells from `i` are the block's header, else undefined. */
export function costHeader(cells: readonly Cell[], i: number): number | undefined {
  let k = i;
  for (const kind of ORDER) {
    if (YEAR.test(cells[k]?.text ?? '')) k++;
    const m = COLUMN.exec((cells[k]?.text ?? '').replace(/\s/g, ''));
    if (!m || m[1] !== kind) return undefined;
    k++;
  }
  return k;
}

/** The rows from `i`, until a row that cannot be placed, a run of empty rows, or a cell `stop` names (another header). */
export function readCosts(cells: readonly Cell[], i: number, stop: (i: number) => boolean): { rows: CostRow[]; end: number } {
  const rows: CostRow[] = [];
  let empty = 0;
  while (i < cells.length && empty < MAX_EMPTY_ROWS && !stop(i)) {
    const label = cells[i] as Cell;
    // a figure is no label; nor is a pipe row's last cell (a header's: `| 编制数 | 实际在职人数 | 控制率 |`)
    if (isValue(label) || label.rowEnd) {
      i++;
      continue;
    }
    let k = i + 1;
    while (k < cells.length && k - i <= 4 && isValue(cells[k] as Cell) && !stop(k)) k++;
    const values = cells.slice(i + 1, k);
    if (values.length === 0) {
      empty++;
      i = k;
      continue;
    }
    const figures = values.map(figureOf);
    // three cells, amounts only: a percentage is a rate (控制率), not money
    if (values.length !== 3 || figures.some((f) => f && (f.unit === '%' || f.comparator !== ''))) break;
    const [previous, budget, final] = figures;
    rows.push({ label, ...(previous ? { previous } : {}), ...(budget ? { budget } : {}), ...(final ? { final } : {}) });
    empty = 0;
    i = k;
  }
  return { rows, end: i };
}
