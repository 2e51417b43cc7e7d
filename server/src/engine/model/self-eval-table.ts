// The 自评表 (DOMAIN-TABLES §1) as typed rows: the money rows under a header of 年初预算数 / 全年预算数 /
// 全年执行数 / 分值 / 执行率 / 得分, the indicator rows under 一级…三级指标 / 指标值 / 完成值 / 分值 / 得分,
// and the 总分 row. Headers are found by their names and aliases (self-eval-table.json), so a table
// that is not a 自评表 (a staff or 三公 table) has none and gets no typed rows. Read from the cells of
// table-cells.ts, near the blocks that hold a header word only: a report without a table costs one
// memo look-up per block.
import type { Block } from '../parse/blocks.js';
import type { ChunkView } from '../parse/chunks.js';
import { pickedBlocks } from '../parse/picked-lines.js';
import type { Report } from './report.js';
import { gluedMoneyHeader, gluedMoneyRow } from './glued-money-row.js';
import { gluedColumns, gluedRow } from './glued-row.js';
import { costHeader, isCostColumn, readCosts, type CostRow } from './table-cost-control.js';
import { isGoalHeader, readGoals, type GoalRow } from './goal-rows.js';
import { placeShortRow } from './short-money-row.js';
import { hasHtmlCells, htmlCells } from './html-cells.js';
import { formulaPattern, formulaWeight } from './formula-weight.js';
import { hasTraditional, unconverted, writtenAs } from '../text/traditional.js';
import { blockCells, gapCells, relativeCells, type Cell } from './table-cells.js';
import { enterLevel, leavesLevels, type Level1, type Under } from './indicator-level.js';
import { comparatorOf, figureOf, isBlank, isValue, plainNumber, unitOf, type Direction, type Figure } from './table-figure.js';
import WORDS from './self-eval-table.json' with { type: 'json' };

export type MoneyColumn = keyof typeof WORDS.moneyColumns;
export type IndicatorColumn = keyof typeof WORDS.indicatorColumns;

export interface MoneyRow {
  label: Cell;
  /** The row's figures by column; an empty cell has none. */
  figures: Partial<Record<MoneyColumn, Figure>>;
  /**
   * The figures of a source row short of cells (flattened, its empty cells lost: `其中:本年财政拨款 90 89.974
   * 89.974` under six columns), in order; which column each is cannot be told, only that none exceeds the total.
   */
  unplaced?: Figure[];
  /** The row's empty cells by column (`''`, `-`, `—`), where the row is read cell for cell. */
  empty?: Partial<Record<MoneyColumn, Cell>>;
}

export interface IndicatorRow {
  /** The 三级指标. */
  name: Cell;
  target: Cell;
  actual: Cell;
  weight: Figure;
  score: Figure;
  /** The 指标性质 cell (≥ / ≤ / =, 正向 / 反向), when the table has the column (Sichuan's form). */
  nature?: Cell;
  /** The 度量单位 cell (`%`, `万元`), when the table writes the unit apart from the figures (Sichuan's and Yunnan's forms). */
  unit?: Cell;
  /**
   * The 偏差原因 written on the row: '' when the table has no such column or the row's cell is empty; undefined
   * when which cell it is cannot be told (a flattened row: the next cell may be the next row's name).
   */
  reason?: string;
  /** Under a 成本指标 (a cost: lower is better when the target names no direction). */
  cost: boolean;
  /** The 一级指标 the row stands under, when the table names it (or a 二级指标 that implies it). */
  level1?: Level1;
  /** The 二级指标 the row stands under (`数量指标`), when the table names it. */
  level2?: string;
}

export interface TotalRow {
  label: Cell;
  weight: Figure;
  score: Figure;
}

export interface SelfEvalTable {
  money: MoneyRow[];
  /** The 经费控制情况 rows of a 基础数据表 (上年决算数 / 本年预算数 / 本年决算数). */
  costs?: CostRow[];
  /** The totals a 部门整体 table writes on its two breakdowns (`按收入性质分:2030.12`, `按支出性质分:1925.67`). */
  natureTotals?: { income?: Figure; expense?: Figure };
  indicators: IndicatorRow[];
  /** The rows of an indicator table with no 得分 column (model/goal-rows.ts): targets and actuals, no score. */
  goals?: GoalRow[];
  total?: TotalRow;
  /**
   * The 总分 / 合计 row when it carries the full 分值 and its 得分 cell is left empty (`合计 | 100 | | |`:
   * 2023-四川-青神县发展和改革局-自评表), the cell after the 分值 kept as where the score belongs.
   */
  blankTotal?: { label: Cell; weight: Figure; blank: Cell };
  /** The indicator header names a 偏差原因 column: an empty reason is then the drafter's, not the form's. */
  reasonColumn?: true;
}

export const TABLE_SETTINGS = {
  rateDecimals: WORDS.rateDecimals,
  scoreDecimals: WORDS.scoreDecimals,
  tolerance: WORDS.tolerance,
  /** Labels of the row the money rows add up to, and of the row that closes its parts (DOMAIN-TABLES §1). */
  fundTotalLabels: WORDS.fundTotalLabels,
  fundLastPart: WORDS.fundLastPart,
  /** The sources under the total (当年财政拨款, 上年结转资金…). */
  fundPartLabels: WORDS.fundPartLabels,
  /** The labels of a 部门整体 table's two breakdowns of the same money (按收入性质分 / 按支出性质分). */
  natureLabels: Object.values(WORDS.natureTotals),
  fullScore: WORDS.fullScore,
  farAboveTarget: WORDS.farAboveTarget,
  unfinishedActuals: WORDS.unfinishedActuals,
  lowRateReasons: WORDS.lowRateReasons,
  deductionReasons: WORDS.deductionReasons,
  lowRateSpendingReasons: WORDS.lowRateSpendingReasons,
};

/**
 * A block with a cell that is one of these may hold a header: only there are tables looked for. A
 * whole cell, not a word in a sentence (执行率 in prose is common: every keystroke would read a table
 * window there). 执行数 is the second half of 全年执行数 split over two paragraphs.
 */
const ANCHORS = new Set([
  ...WORDS.moneyColumns.budget,
  ...WORDS.moneyColumns.spent,
  ...WORDS.moneyColumns.rate,
  ...WORDS.indicatorColumns.level3,
  '执行数',
]);
/** Blocks read before an anchor block: a header split one word per paragraph starts a few blocks earlier. */
const BEFORE = 8;
/** Empty cells a pipe row may carry past its header's columns (merged cells of a wider table). */
const MAX_PADDING = 16;

const reportMemo = new WeakMap<Report, PlacedTable[]>();
/** A word every anchor block holds. */
const ANCHOR_WORD = /执行|三级指标|决算数|執/;

const MONEY = aliasMap(WORDS.moneyColumns);
const INDICATOR = aliasMap(WORDS.indicatorColumns);
const TOTAL = new Set(WORDS.totalLabels);
const PARTS = new Set(WORDS.fundPartLabels);
/** 其中: before the first source's name. */
export const SUCH_AS = /^其中[:：]?/;

/** The first characters of every column name, and the longest header cell read (a name and its bracket). */
const FIRST_CHARS = new Set([...MONEY.keys(), ...INDICATOR.keys()].map((n) => n.charAt(0)));
/** The same first characters as a mirror's traditional page writes them (預 for 预). */
const FIRST_TRADITIONAL = new Set([...FIRST_CHARS].flatMap((c) => writtenAs(c)));
const LONGEST_HEADER = 32;
/** What headerKey would change: a space, a colon or a closing bracket. */
const DECORATED = /[\s\u3000:：)）]/;
/** Every beginning of a column name: a header cell split over cells is joined only along these. */
const PREFIXES = new Set([...MONEY.keys(), ...INDICATOR.keys()].flatMap((n) => [...n].map((_, k) => n.slice(0, k + 1))));

function aliasMap<K extends string>(columns: Record<K, string[]>): Map<string, K> {
  const m = new Map<string, K>();
  for (const [col, names] of Object.entries(columns) as [K, string[]][]) for (const n of names) m.set(n, col);
  return m;
}

/**
 * A header cell as a mirror's page writes it read as the form's words: traditional characters simplified and the
 * pinyin glued after them left out (`全年執(zhí)行數(shù)`: 2020-云南-古城区自然资源局-自评表, 2022-湖北-鄂州市科协科普经费-自评表).
 */
export function plainHeader(s: string): string {
  return hasTraditional(s) || s.includes('(') ? unconverted(s).line : s;
}

/** A header cell compared: no spaces, no trailing bracket ((A), （B/A）, (10分)) or colon, read simplified (plainHeader). */
export function headerKey(s: string): string {
  if (s.length > LONGEST_HEADER * 2) return s; // no column name is this long, glossed or not: a sentence is not compared
  const plain = plainHeader(s);
  if (plain.length > LONGEST_HEADER) return s;
  let k = plain.replace(/[\s\u3000]/g, '');
  for (;;) {
    const t = k.replace(/[:：]$/, '').replace(/[(（][^()（）]{0,12}[)）]$/, '');
    if (t === k) return k;
    k = t;
  }
}

/** The 自评表 of the report, in text order. */
export function selfEvalTables(report: Report): PlacedTable[] {
  let tables = reportMemo.get(report);
  if (!tables) {
    tables = readTables(report.text, report.parsed.blocks, report.chunks, report.editable);
    const html = htmlTables(report.text, report.parsed.opaque);
    if (html.length > 0) tables = [...tables, ...html].sort((a, b) => tableStart(a) - tableStart(b));
    reportMemo.set(report, tables);
  }
  return tables;
}

/**
 * The 自评表 written as HTML tables (issue 15 §1): each HTML block holding cells (Markdown keeps it opaque,
 * so no line rule reads its tags) read as a window of its own. Kept by the block's text, offsets relative to
 * it, and placed where the block stands now.
 */
const htmlMemo = new Map<string, KeptTable[]>();
/** HTML blocks kept at most (a block typed into makes a new text per keystroke). */
const MAX_HTML = 200;

function htmlTables(text: string, opaque: readonly { start: number; end: number }[]): PlacedTable[] {
  const out: PlacedTable[] = [];
  // HTML tables with only blank space between them are one window (the money table, then the indicators)
  const groups: { start: number; end: number; blocks: { start: number; end: number }[] }[] = [];
  for (const o of opaque) {
    if (!hasHtmlCells(text.slice(o.start, o.end))) continue;
    const last = groups[groups.length - 1];
    if (last && text.slice(last.end, o.start).trim() === '') {
      last.blocks.push(o);
      last.end = o.end;
    } else groups.push({ start: o.start, end: o.end, blocks: [o] });
  }
  for (const g of groups) {
    const key = text.slice(g.start, g.end);
    let kept = htmlMemo.get(key);
    if (!kept) {
      if (htmlMemo.size >= MAX_HTML) htmlMemo.clear();
      const cells = g.blocks.flatMap((b) => {
        const by = b.start - g.start;
        return htmlCells(text.slice(b.start, b.end)).map((c) => ({ start: c.start + by, end: c.end + by, text: c.text, rowEnd: c.rowEnd }));
      });
      kept = readCells(cells, false)
        .filter(holdsRows)
        .map((table) => ({ table, at: 0, byRule: [] }));
      htmlMemo.set(key, kept);
    }
    for (const k of kept) out.push(new PlacedTable(k, g.start));
  }
  return out;
}

/** A table read with something in it: rows of money, indicators or costs, or a blank total. */
function holdsRows(t: SelfEvalTable): boolean {
  return (
    t.money.length > 0 || t.indicators.length > 0 || (t.goals?.length ?? 0) > 0 || (t.costs?.length ?? 0) > 0 || t.blankTotal !== undefined
  );
}

/** Where a table's first row starts (read on the kept table: no part is moved for it). */
function tableStart(placed: PlacedTable): number {
  const t = placed.kept.table;
  return (
    placed.by +
    (t.money[0]?.label.start ??
      t.indicators[0]?.name.start ??
      t.goals?.[0]?.name.start ??
      t.costs?.[0]?.label.start ??
      t.total?.label.start ??
      t.blankTotal?.label.start ??
      0)
  );
}

/** Asked once per block, by the picker of anchor blocks (kept with the block's chunk). */
function isAnchor(text: string, b: Block): boolean {
  return (
    ANCHOR_WORD.test(text.slice(b.start, b.end)) &&
    relativeCells(text, b).some((c, k, cells) => anchorCell(c) || (c.text.includes('执行率') && gluedHeaderIn(cells, k) !== undefined))
  );
}

/** A cell that makes its block an anchor alone: a column name, a 决算数 of the cost table, a glued indicator header. */
function anchorCell(c: Cell): boolean {
  return (
    (c.text.length <= LONGEST_HEADER && ANCHORS.has(headerKey(c.text))) ||
    (c.text.endsWith('决算数') && isCostColumn(c.text)) ||
    (c.text.includes('三级指标') && gluedColumns(c.text, INDICATOR) !== undefined)
  );
}

/** Cells before a glued money header's 执行率 cell joined with it at most (`年初 预算数全年 预算数全年 执行数分值执行率得分`). */
const GLUED_JOIN = 3;

/**
 * The money header glued into cell `i` (model/glued-money-row.ts), its end an offset in that cell. A PDF turned to
 * text puts a space where a header cell wrapped (`(万元)年初 预算数全年 预算数全年 执行数分值执行率得分年度资金总额593.27…`:
 * 2021-湖南-益阳高级技工学校中职免学费-自评表), so the names run over a few cells: the cells before it that a header
 * look-up can use (not inert: an edit to an inert cell changes nothing here) are joined before it, and the header must
 * end in cell `i`, where its rows are read.
 */
function gluedHeaderIn(cells: readonly Cell[], i: number): ReturnType<typeof gluedMoneyHeader> {
  const c = cells[i] as Cell;
  const alone = gluedMoneyHeader(c.text, MONEY);
  if (alone) return alone;
  let before = '';
  for (let k = i - 1; k >= Math.max(0, i - GLUED_JOIN); k--) {
    const prev = cells[k] as Cell;
    if (prev.rowEnd || inert(prev.text)) break;
    before = prev.text + before;
  }
  if (before === '') return undefined;
  const joined = gluedMoneyHeader(before + c.text, MONEY);
  return joined && joined.end > before.length ? { cols: joined.cols, end: joined.end - before.length } : undefined;
}

/** The anchor blocks, kept per chunk: the tables are read on every keystroke, and most blocks are no anchor. */
const anchorBlocks = pickedBlocks((b, text) => isAnchor(text, b), ANCHOR_WORD);

/** The report's blocks are its chunks' blocks, in order. `keep`: each window read is kept for the next version's check. */
function readTables(text: string, blocks: readonly Block[], chunks: readonly ChunkView[], keep: boolean): PlacedTable[] {
  const out: PlacedTable[] = [];
  let next = 0; // the first block not yet read
  let after = 0; // the first block that may anchor a window: past the last anchor, and past its window
  anchorBlocks(
    chunks,
    (anchor, i) => {
      if (i < after) return;
      const from = Math.max(next, i - BEFORE);
      const { tables, until } = windowTables(text, blocks, from, anchor, keep);
      next = until;
      after = Math.max(i + 1, until);
      out.push(...tables);
    },
    text,
  );
  return out;
}

/** What a window of blocks read, kept with its anchor block. */
interface WindowMemo {
  blocks: Block[];
  /** Each block's start relative to the first's (a window with tables is kept while none moves within it). */
  rel: number[];
  tables: KeptTable[];
  /** Each block's cells (relative to it), and the empty cells before it (gapCells): what the window read. */
  cells: (readonly Cell[])[];
  gaps: number[];
  /** The window ended at its size in cells, not at the last block of the text. */
  full: boolean;
  /** No header of any kind anywhere in the window: nothing was read but header look-ups, which all failed. */
  bare: boolean;
  /** Where the reading took cells or looked past header look-ups ([from, to] pairs of indexes into the window's cells). */
  reach: number[];
  spans: Span[];
  /** The tables last handed out: the same objects while they have not moved. */
  placed: PlacedTable[];
  /** The block after the window (none at the text's end). */
  after: Block | undefined;
}
/** Where a kept table's cells are in its window (relative to the window's start when read), and how far they moved within it since. */
interface Span {
  start: number;
  end: number;
  drift: number;
}

/** The first and last offset of a table's cells and figures, relative to `base`: every object of it with a start and an end. */
function spanOf(table: SelfEvalTable, base: number): Span {
  const span = { start: Infinity, end: -Infinity, drift: 0 };
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) for (const y of x) walk(y);
    else if (x !== null && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (typeof o.start === 'number' && typeof o.end === 'number') {
        span.start = Math.min(span.start, o.start - base);
        span.end = Math.max(span.end, o.end - base);
      }
      for (const k in o) walk(o[k]);
    }
  };
  walk(table);
  return span;
}
const windowMemo = new WeakMap<Block, WindowMemo>();
/**
 * The windows again, by their anchor block's text, per document (its list of blocks: the parser keeps it
 * from edit to edit): an edit in the anchor's own chunk parses the anchor again (a new object, the same
 * text), and the window is still bare while sameHeaders says so, its tables the same while proseEdited does.
 */
const byAnchorText = new WeakMap<readonly Block[], Map<string, WindowMemo>>();
/** Anchor texts kept at most per document (a text typed into a table's header makes a new one per keystroke). */
const MAX_ANCHOR_TEXTS = 1000;

/**
 * The tables of the window from block `from`: read again only when a block of it changed or moved
 * within it (an edit elsewhere keeps it; a report with a hundred tables that are not 自评表 reads
 * none of them on a keystroke). A window where no header was found stays so while its changed blocks
 * differ only in cells no header look-up can use (inert): typing in a paragraph next to a table.
 */
function windowTables(
  text: string,
  blocks: readonly Block[],
  from: number,
  anchor: Block,
  keep: boolean,
): { tables: readonly PlacedTable[]; until: number } {
  const base = (blocks[from] as Block).start;
  const memo = windowMemo.get(anchor) ?? byAnchorText.get(blocks)?.get(text.slice(anchor.start, anchor.end));
  const until = memo ? from + memo.blocks.length : 0;
  // a window that ended at the text's end takes in blocks added after it
  if (memo && until <= blocks.length && (memo.full || until === blocks.length)) {
    if (memo.bare) {
      // no tables to move: the blocks that changed are compared, and kept in place of the old ones
      if (sameHeaders(text, blocks, from, memo)) {
        windowMemo.set(anchor, memo);
        return { tables: [], until };
      }
    } else if (memo.blocks.every((b, j) => blocks[from + j] === b && b.start - base === memo.rel[j])) {
      // an edit after the window leaves it where it was: the same table objects again (the rules' memos hold)
      return { tables: placedAt(memo, base), until };
    } else if (proseEdited(text, blocks, from, memo)) {
      // an edit in the window's prose leaves its tables as they were: the same kept tables, moved with their blocks
      windowMemo.set(anchor, memo);
      return { tables: placedAt(memo, base), until };
    }
  }
  const read = window(text, blocks, from);
  const reach: number[] = [];
  const found = readCells(read.cells, !read.full && read.until === blocks.length, reach);
  const kept = found.filter(holdsRows).map((table): KeptTable => ({ table, at: base, byRule: [] }));
  const tables = kept.map((k) => new PlacedTable(k, base));
  // a report checked once: no later check asks for the window again (its blocks are new objects in the next parse)
  if (!keep) return { tables, until: read.until };
  const spans = kept.map((k) => spanOf(k.table, base));
  remember(
    text,
    blocks,
    anchor,
    from,
    read.until,
    { tables: kept, gaps: read.gaps, full: read.full, bare: found.length === 0, reach, spans },
    tables,
  );
  return { tables, until: read.until };
}

/** The window's tables placed where they are when it starts at `base`: the same objects where they have not moved. */
function placedAt(memo: WindowMemo, base: number): PlacedTable[] {
  const was = memo.placed;
  if (was.some((p, t) => p.by !== placedBy(memo, t, base)))
    memo.placed = was.map((p, t) => (p.by === placedBy(memo, t, base) ? p : new PlacedTable(p.kept, base + (memo.spans[t] as Span).drift)));
  return memo.placed;
}

/** How far the window's table `t` is moved from where it was read when the window starts at `base`. */
function placedBy(memo: WindowMemo, t: number, base: number): number {
  return base + (memo.spans[t] as Span).drift - (memo.tables[t] as KeptTable).at;
}

/**
 * The window's tables read as they were, after an edit in its prose (issue 15: typing next to one of 200 tables): the
 * same blocks and empty cells between them; each block parsed again either the same cells at the same places in it
 * (moved: a table's block in the chunk of the edit) or as many cells, none where a reader took them or looked past
 * header look-ups (`reach`), each changed cell quiet before and after (changed). A table's blocks all moved alike, none
 * changed, nor one right after it when empty cells stand between; each table then moves with its blocks, and the memo
 * takes the new blocks.
 */
function proseEdited(text: string, blocks: readonly Block[], from: number, memo: WindowMemo): boolean {
  const n = memo.blocks.length;
  // as many blocks as before up to the window's last, or up to the one after it: none added or removed within
  if (blocks[from + n - 1] !== memo.blocks[n - 1] && blocks[from + n] !== memo.after) return false;
  const base = (blocks[from] as Block).start;
  const rel = memo.rel; // where the blocks were, relative to the window's start, before this edit
  const changed: boolean[] = [];
  let cell = 0;
  for (let j = 0; j < n; j++) {
    const b = blocks[from + j] as Block;
    const same = b === memo.blocks[j];
    if (j > 0 && !(same && blocks[from + j - 1] === memo.blocks[j - 1])) {
      if (gapCells(text, (blocks[from + j - 1] as Block).end, b.start, WORDS.rowWindow).length !== memo.gaps[j]) return false;
    }
    cell += memo.gaps[j] as number;
    const was = memo.cells[j] as readonly Cell[];
    const now = same ? was : relativeCells(text, b);
    if (now.length !== was.length) return false;
    let moved = true;
    for (let c = 0; c < now.length; c++) {
      const [x, y] = [now[c] as Cell, was[c] as Cell];
      if (x.rowEnd !== y.rowEnd) return false;
      if (x.text !== y.text && !(quiet(x) && quiet(y))) return false;
      moved &&= x.text === y.text && x.start === y.start;
    }
    if (!moved && reached(memo.reach, cell, cell + was.length)) return false;
    changed.push(!moved);
    cell += was.length;
  }
  const end = (j: number): number => (rel[j] as number) + (memo.blocks[j] as Block).end - (memo.blocks[j] as Block).start;
  const move = (j: number): number => (blocks[from + j] as Block).start - base - (rel[j] as number);
  const moves: number[] = [];
  for (const span of memo.spans) {
    const [start, last] = [span.start + span.drift, span.end + span.drift];
    // the blocks the table's cells are in, and the empty cells between them: all moved alike, none changed
    let first = n - 1;
    while (first > 0 && (rel[first] as number) > start) first--;
    if (start >= end(first)) return false; // the table starts in empty cells between blocks
    let k = first;
    for (; k < n && (rel[k] as number) < last; k++) {
      if (changed[k] || move(k) !== move(first)) return false;
      if (k > first && (memo.gaps[k] as number) > 0 && (blocks[from + k] !== memo.blocks[k] || blocks[from + k - 1] !== memo.blocks[k - 1]))
        return false;
    }
    // empty cells after the table's last block may be its own (a row's last cells): not beside a block changed
    if (changed[k] && (memo.gaps[k] as number) > 0) return false;
    moves.push(move(first));
  }
  memo.spans.forEach((span, t) => (span.drift += moves[t] as number));
  for (let j = 0; j < n; j++) {
    const b = blocks[from + j] as Block;
    if (b === memo.blocks[j]) continue;
    memo.blocks[j] = b;
    memo.cells[j] = relativeCells(text, b);
  }
  memo.rel = memo.blocks.map((b) => b.start - base);
  memo.after = blocks[from + n];
  return true;
}

/** Whether the window's cells `from` to `to` (excluded) overlap where the reading looked (pairs, both ends included). */
function reached(reach: readonly number[], from: number, to: number): boolean {
  for (let k = 0; k < reach.length; k += 2) if ((reach[k] as number) < to && (reach[k + 1] as number) >= from) return true;
  return false;
}

/** A 4-digit year, a cell the 经费控制情况 header may start with. */
const YEAR_CELL = /^[0-9]{4}$/;

/**
 * A cell every look at it decides alike, whatever it says: a header look-up turns it away (inert: no column name, no
 * 执行率 of a glued money header, no year or 预算数 / 决算数 of the 经费控制情况 header), and a reader looking past a
 * table's last row finds no figure, no empty cell, no 二级指标 and no 总分 / 合计 in it.
 */
function quiet(c: Cell): boolean {
  const t = c.text;
  return (
    inert(t) &&
    !isValue(c) &&
    !t.includes('执行率') &&
    !t.endsWith('指标') &&
    !YEAR_CELL.test(t) &&
    !isCostColumn(t) &&
    !WORDS.totalLabels.some((w) => t.startsWith(w))
  );
}

/** Keeps what the window of blocks `from` to `until` read, relative to its first block's start, and the tables handed out. */
function remember(
  text: string,
  blocks: readonly Block[],
  anchor: Block,
  from: number,
  until: number,
  read: Pick<WindowMemo, 'tables' | 'gaps' | 'full' | 'bare' | 'reach' | 'spans'>,
  placed: PlacedTable[],
): void {
  const inWindow = blocks.slice(from, until);
  const base = (blocks[from] as Block).start;
  const memo: WindowMemo = {
    ...read,
    blocks: inWindow,
    rel: inWindow.map((b) => b.start - base),
    cells: inWindow.map((b) => relativeCells(text, b)),
    placed,
    after: blocks[until],
  };
  windowMemo.set(anchor, memo);
  let byText = byAnchorText.get(blocks);
  if (!byText || byText.size >= MAX_ANCHOR_TEXTS) byAnchorText.set(blocks, (byText = new Map<string, WindowMemo>()));
  byText.set(text.slice(anchor.start, anchor.end), memo);
}

/**
 * The window from `from` reads as the kept one did: the same number of blocks, the same empty cells
 * between them, and each block the same or with as many cells, each the same text or inert in both.
 * When it does, the memo takes the new blocks. Two blocks that outlived the edits since have the
 * same gap between them: an edit in it would have parsed the chunk of the first again (chunks.ts).
 */
function sameHeaders(text: string, blocks: readonly Block[], from: number, memo: WindowMemo): boolean {
  const changed: number[] = [];
  for (let j = 0; j < memo.blocks.length; j++) {
    const b = blocks[from + j] as Block;
    const same = b === memo.blocks[j];
    if (j > 0 && !(same && blocks[from + j - 1] === memo.blocks[j - 1])) {
      if (gapCells(text, (blocks[from + j - 1] as Block).end, b.start, WORDS.rowWindow).length !== memo.gaps[j]) return false;
    }
    if (same) continue;
    const was = memo.cells[j] as readonly Cell[];
    const now = relativeCells(text, b);
    if (now.length !== was.length) return false;
    for (let c = 0; c < now.length; c++) {
      const [x, y] = [now[c] as Cell, was[c] as Cell];
      if (x.rowEnd !== y.rowEnd || (x.text !== y.text && !(inert(x.text) && inert(y.text)))) return false;
    }
    changed.push(j);
  }
  for (const j of changed) {
    const b = blocks[from + j] as Block;
    memo.blocks[j] = b;
    memo.cells[j] = relativeCells(text, b);
  }
  return true;
}

/** Every character of every column name. */
const NAME_CHARS = new Set([...MONEY.keys(), ...INDICATOR.keys()].join(''));
/** What headerKey takes away or reads (spaces, colons, brackets): a cell holding one is never inert. */
const KEYED = /[\s\u3000:：()（）]/;

/**
 * A cell no header look-up can use, alone or joined with its neighbours: longer than any header cell,
 * or holding a character no column name has and nothing headerKey would take away — no column name,
 * no prefix of one, no 预算数 / 决算数 or year of the cost table, no glued 三级指标 header.
 */
function inert(t: string): boolean {
  if (t.includes('三级指标')) return false;
  if (t.length > LONGEST_HEADER) return true;
  if (KEYED.test(t) || hasTraditional(t)) return false;
  for (const ch of t) if (!NAME_CHARS.has(ch)) return true;
  return false;
}

/** A table as its window keeps it: read with the window's first block at `at`, and what rules keep of it. */
export interface KeptTable {
  /** The table at the offsets it was read at: its values are every placed table's, its offsets not. */
  table: SelfEvalTable;
  at: number;
  /** What a rule works out from the table alone, by the rule's slot, at the offsets of `at` (rules/per-table.ts). */
  byRule: (readonly unknown[] | undefined)[];
}

/**
 * A table handed out: a kept table placed where its window's first block starts now (`base`), each part moved on its
 * first read. A keystroke before a report's 200 tables places them all again, and most rules read no more of a moved
 * table than what they keep per kept table (rules/per-table.ts) or its first money row: the rest is not moved.
 * Cells and figures are moved as full literals, not spread: a spread copy takes another hidden class and makes every
 * later read of a cell megamorphic (docs/benchmarks.md, "One hidden class per kind of object").
 */
export class PlacedTable implements SelfEvalTable {
  /** How far the table moved since it was read. */
  readonly by: number;
  /** What a rule keeps per table handed out, by the rule's slot (rules/per-table.ts). */
  readonly byRule: (readonly unknown[] | undefined)[] = [];
  #money?: MoneyRow[];
  #indicators?: IndicatorRow[];
  #goals?: GoalRow[];
  #costs?: CostRow[];
  #total?: TotalRow;
  #blankTotal?: SelfEvalTable['blankTotal'];
  #natureTotals?: SelfEvalTable['natureTotals'];

  constructor(
    readonly kept: KeptTable,
    base: number,
  ) {
    this.by = base - kept.at;
  }

  get money(): MoneyRow[] {
    const by = this.by;
    return by === 0 ? this.kept.table.money : (this.#money ??= this.kept.table.money.map((r) => movedMoney(r, by)));
  }

  get indicators(): IndicatorRow[] {
    const by = this.by;
    return by === 0 ? this.kept.table.indicators : (this.#indicators ??= this.kept.table.indicators.map((r) => movedIndicator(r, by)));
  }

  get goals(): GoalRow[] | undefined {
    const { by, kept } = this;
    return by === 0 || !kept.table.goals ? kept.table.goals : (this.#goals ??= kept.table.goals.map((r) => movedGoal(r, by)));
  }

  get costs(): CostRow[] | undefined {
    const { by, kept } = this;
    return by === 0 || !kept.table.costs ? kept.table.costs : (this.#costs ??= kept.table.costs.map((r) => movedCost(r, by)));
  }

  get total(): TotalRow | undefined {
    const { by, kept } = this;
    const t = kept.table.total;
    return by === 0 || !t ? t : (this.#total ??= { label: cell(t.label, by), weight: fig(t.weight, by), score: fig(t.score, by) });
  }

  get blankTotal(): SelfEvalTable['blankTotal'] {
    const { by, kept } = this;
    const t = kept.table.blankTotal;
    return by === 0 || !t ? t : (this.#blankTotal ??= { label: cell(t.label, by), weight: fig(t.weight, by), blank: cell(t.blank, by) });
  }

  get natureTotals(): SelfEvalTable['natureTotals'] {
    const { by, kept } = this;
    const t = kept.table.natureTotals;
    return by === 0 || !t ? t : (this.#natureTotals ??= Object.fromEntries(Object.entries(t).map(([k, f]) => [k, fig(f, by)])));
  }

  get reasonColumn(): true | undefined {
    return this.kept.table.reasonColumn;
  }

  /** The table as plain data, its parts in one order however it was read (JSON.stringify). */
  toJSON(): SelfEvalTable {
    const out: SelfEvalTable = { money: this.money, indicators: this.indicators };
    if (this.goals) out.goals = this.goals;
    if (this.total) out.total = this.total;
    if (this.blankTotal) out.blankTotal = this.blankTotal;
    if (this.reasonColumn) out.reasonColumn = true;
    if (this.costs) out.costs = this.costs;
    if (this.natureTotals) out.natureTotals = this.natureTotals;
    return out;
  }
}

const cell = (c: Cell, by: number): Cell => ({ start: c.start + by, end: c.end + by, text: c.text, rowEnd: c.rowEnd });
const fig = (f: Figure, by: number): Figure => ({
  start: f.start + by,
  end: f.end + by,
  text: f.text,
  value: f.value,
  decimals: f.decimals,
  unit: f.unit,
  comparator: f.comparator,
});

function movedMoney(r: MoneyRow, by: number): MoneyRow {
  const figures: MoneyRow['figures'] = {};
  for (const k in r.figures) figures[k as MoneyColumn] = fig(r.figures[k as MoneyColumn] as Figure, by);
  const moved: MoneyRow = { label: cell(r.label, by), figures };
  if (r.unplaced) moved.unplaced = r.unplaced.map((f) => fig(f, by));
  if (r.empty) {
    const empty: MoneyRow['empty'] = (moved.empty = {});
    for (const k in r.empty) empty[k as MoneyColumn] = cell(r.empty[k as MoneyColumn] as Cell, by);
  }
  return moved;
}

/** The row moved, its quantities with it (read once per row: quantities). */
function movedIndicator(r: IndicatorRow, by: number): IndicatorRow {
  const moved: IndicatorRow = {
    ...r,
    name: cell(r.name, by),
    target: cell(r.target, by),
    actual: cell(r.actual, by),
    weight: fig(r.weight, by),
    score: fig(r.score, by),
    ...(r.nature ? { nature: cell(r.nature, by) } : {}),
    ...(r.unit ? { unit: cell(r.unit, by) } : {}),
  };
  const q = quantityMemo.get(r);
  if (q !== undefined) quantityMemo.set(moved, q && { target: fig(q.target, by), actual: fig(q.actual, by), direction: q.direction });
  return moved;
}

function movedGoal(r: GoalRow, by: number): GoalRow {
  const moved: GoalRow = {
    ...r,
    name: cell(r.name, by),
    target: cell(r.target, by),
    actual: cell(r.actual, by),
  };
  if (r.weight) moved.weight = fig(r.weight, by);
  if (r.unit) moved.unit = cell(r.unit, by);
  if (r.nature) moved.nature = cell(r.nature, by);
  return moved;
}

function movedCost(r: CostRow, by: number): CostRow {
  return {
    label: cell(r.label, by),
    ...(r.previous ? { previous: fig(r.previous, by) } : {}),
    ...(r.budget ? { budget: fig(r.budget, by) } : {}),
    ...(r.final ? { final: fig(r.final, by) } : {}),
  };
}

/**
 * The cells of the blocks from `from` on, up to the window's size, with the empty cells between blocks
 * (how many before each block: `gaps`), and whether the size ended it (`full`) rather than the last block.
 */
function window(text: string, blocks: readonly Block[], from: number): { cells: Cell[]; until: number; gaps: number[]; full: boolean } {
  const cells: Cell[] = [];
  const gaps: number[] = [];
  let k = from;
  for (; k < blocks.length && cells.length < WORDS.rowWindow; k++) {
    const b = blocks[k] as Block;
    const gap = k > from ? gapCells(text, (blocks[k - 1] as Block).end, b.start, WORDS.rowWindow) : [];
    gaps.push(gap.length);
    for (const c of gap) cells.push(c);
    for (const c of blockCells(text, b)) cells.push(c);
  }
  return { cells, until: k, gaps, full: cells.length >= WORDS.rowWindow };
}

/** Column matched by the cells from `i` (one to headerJoin cells joined: 年初 / 预算数), and how many it took. */
function headerAt<K extends string>(cells: readonly Cell[], i: number, names: Map<string, K>): { col: K; length: number } | undefined {
  // most cells are figures and names: one look at the first character turns them away
  const first = cells[i];
  if (!first) return undefined;
  const c0 = first.text.charAt(0);
  // a mirror's traditional page is read for its money header only: its indicator header may come in two rows of
  // names (古城区 2020: 绩效指标 | 年度指标值 | … over 一级指标 | … | 度量单位), which the rows' cells do not follow
  // (a name whose first character is the same in both scripts is read so too when another is not: 年初預算數, 全年執行數)
  const traditional =
    names === (MONEY as Map<string, string>) &&
    (FIRST_TRADITIONAL.has(c0) || (FIRST_CHARS.has(c0) && first.text.length <= LONGEST_HEADER && hasTraditional(first.text)));
  if (!traditional && !FIRST_CHARS.has(c0)) return undefined;
  let joined = '';
  for (let n = 1; n <= WORDS.headerJoin && i + n <= cells.length; n++) {
    joined += (cells[i + n - 1] as Cell).text;
    if (joined.length > LONGEST_HEADER * (traditional ? 2 : 1)) return undefined;
    const col = names.get(joined) ?? (traditional || DECORATED.test(joined) ? names.get(headerKey(joined)) : undefined);
    if (col !== undefined) return { col, length: n };
    // joining more cells helps only while the text so far begins a column name (年初 / 预算数)
    if ((cells[i + n - 1] as Cell).rowEnd || !PREFIXES.has(traditional ? plainHeader(joined) : joined)) return undefined;
  }
  return undefined;
}

/** Columns only a header begins with: one seen after other columns starts the next piece of a header printed in pieces. */
const LEADING = new Set<string>(['level1', 'level2', 'level3']);

/** Empty header cells passed over between two column names (a name merged over three columns leaves two). */
const MAX_HEADER_GAP = 3;

/**
 * A run of header cells from `i`: its columns in order and where it ends. With `gaps`, empty cells between two
 * names are passed over (`预算执行数 | | | 预算执行率`, a merged cell read by OCR: 2023-四川-南充市林业局退耕还林工作经费-自评表)
 * and their places among the row's values are put in `gaps`.
 */
function headerRun<K extends string>(
  cells: readonly Cell[],
  i: number,
  names: Map<string, K>,
  gaps?: number[],
): { cols: K[]; end: number } {
  const cols: K[] = [];
  let k = i;
  for (;;) {
    let h = headerAt(cells, k, names);
    if (!h && gaps && cols.length > 0) {
      let e = k;
      while (e < k + MAX_HEADER_GAP && cells[e]?.text === '' && !(cells[e] as Cell).rowEnd) e++;
      const next = e > k ? headerAt(cells, e, names) : undefined;
      if (next) {
        for (let g = k; g < e; g++) gaps.push(cols.length + gaps.length);
        h = next;
        k = e;
      }
    }
    if (!h && cols.length > 0) {
      // a column the header reader does not know (扣分, 权重说明, 年度目标) between two it does: passed over as another
      // column, so the rows' cells keep their places (made up, red team s23: `分值 | 扣分情况 | 得分` read the 扣分 as the 得分)
      let e = k;
      while (e < k + MAX_UNKNOWN && unknownHeader(cells[e])) e++;
      const next = e > k ? headerAt(cells, e, names) : undefined;
      if (next && next.col !== OTHER && !cols.includes(next.col) && !LEADING.has(next.col)) {
        for (let g = k; g < e; g++) cols.push(OTHER as K);
        h = next;
        k = e;
      }
    }
    // two budgets side by side (`调整预算数 | 全年预算数`, `预算数 | 调整预算数`): the later is the year's whole budget, the rate's
    // denominator; the earlier is the budget of the year's start, or another column when the form has that too (made up, red team s23)
    if (h?.col === 'budget' && cols[cols.length - 1] === 'budget' && names === (MONEY as Map<string, string>))
      cols[cols.length - 1] = (cols.includes('initial' as K) ? OTHER : 'initial') as K;
    if (!h || (h.col !== OTHER && cols.includes(h.col))) break;
    if (LEADING.has(h.col) && cols.some((c) => !LEADING.has(c))) break;
    cols.push(h.col);
    k += h.length;
  }
  return { cols, end: k };
}

/** A column of neither reader's (a form's extra column: 扣分, 评分标准, 佐证材料), read past in the rows. */
export const OTHER = 'other';
/** Unknown header cells passed over in a row between two known column names. */
const MAX_UNKNOWN = 2;

/**
 * A cell that may be the name of a column no reader knows: a few words, no figure, not the label that starts a row
 * (总分, 年度资金总额, a 一级/二级指标 name) nor the end of a pipe row (a header's last cell has no known column after it).
 */
function unknownHeader(c: Cell | undefined): boolean {
  if (!c || c.rowEnd || c.text === '' || c.text.length > LONGEST_HEADER) return false;
  if (!/^[\u4e00-\u9fa5][\u4e00-\u9fa5()（）、/及和与]*$/.test(c.text) || c.text.endsWith('指标')) return false;
  const key = headerKey(c.text);
  // the first half of a known name wrapped onto the next line (年度 / 指标值) is wrappedHeader's
  if (PREFIXES.has(key)) return false;
  return !TOTAL.has(key) && !FUND_TOTALS.includes(key) && !PARTS.has(key.replace(SUCH_AS, ''));
}

/**
 * A money header: a budget, the spending and the rate (年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分); or, in a
 * form with no 全年预算数 and no 执行率 column (绥阳 2021: 年初预算数 / 全年执行数 / 分值 / 得分), the budget of the year's start,
 * the spending and the score the rate gives.
 */
function moneyHeader(cols: readonly MoneyColumn[]): boolean {
  if (!cols.includes('spent')) return false;
  if (cols.includes('budget')) return cols.includes('rate');
  return cols.includes('initial') && cols.includes('weight') && cols.includes('score');
}

const FORMULA = formulaPattern(WORDS.moneyColumns.rate);

/**
 * A header with no 分值 column whose 得分 writes its formula (`得分 (20分*执行率)`): the weight is the first scored
 * row's, the fund total's (a 其中 row repeating the score is a copy, as table-rate-score reads it).
 */
function weighFromFormula(table: SelfEvalTable, cells: readonly Cell[], from: number, to: number): void {
  const row = table.money.find((r) => r.figures.score);
  if (!row || row.figures.weight) return;
  const weight = formulaWeight(cells, from, to, FORMULA);
  if (weight) row.figures.weight = weight;
}

/** Cuts of glued money rows tried per window (model/glued-money-row.ts): a few dozen real rows' worth. */
const GLUED_STEPS = 10_000;

/** `ended`: the cells end where the text does. */
function readCells(cells: readonly Cell[], ended: boolean, reach?: number[]): SelfEvalTable[] {
  const out: SelfEvalTable[] = [];
  let table: SelfEvalTable | undefined;
  const spare = { steps: GLUED_STEPS };
  let at = -1; // where the last step started
  let i = 0;
  for (; i < cells.length;) {
    if (reach && at >= 0) look(reach, cells, at, i);
    at = i;
    const gaps: number[] = [];
    const money = headerRun(cells, i, MONEY, gaps);
    if (moneyHeader(money.cols)) {
      table = { money: [], indicators: [] };
      out.push(table);
      // the labels looked for before the header are read too: an edit to one reads the window again
      if (reach) look(reach, cells, Math.max(0, i - LABELS_BACK), i);
      const from = i;
      const led = i > 0 && cells[i - 1]?.text === '' && !(cells[i - 1] as Cell).rowEnd;
      i = readMoney(cells, money.end, money.cols, table, gaps, labelsBefore(cells, i), led);
      if (!money.cols.includes('weight')) weighFromFormula(table, cells, from, money.end);
      continue;
    }
    const costs = costHeader(cells, i);
    if (costs !== undefined) {
      const read = readCosts(cells, costs, (k) => headerAt(cells, k, MONEY) !== undefined || headerAt(cells, k, INDICATOR) !== undefined);
      table = { money: [], indicators: [], costs: read.rows };
      out.push(table);
      i = read.end;
      continue;
    }
    // the run of indicator column names from here, read once for both kinds of indicator header
    const run = headerRun(cells, i, INDICATOR);
    const ind = indicatorHeader(cells, i, run) ?? gluedHeader(cells, i);
    if (ind) {
      if (!table || table.indicators.length > 0) {
        table = { money: [], indicators: [] };
        out.push(table);
      }
      i = 'glued' in ind ? readGlued(cells, ind.end, ind.cols, table) : readIndicators(cells, ind.end, ind.cols, table);
      continue;
    }
    if (isGoalHeader(run.cols)) {
      if (!table || table.indicators.length > 0 || table.goals) {
        table = { money: [], indicators: [] };
        out.push(table);
      }
      const read = readGoals(cells, run.end, run.cols, (k) => endsGoals(cells, k), ended);
      if (read.rows.length > 0) table.goals = read.rows;
      if (read.rows.length > 0 && run.cols.includes('reason')) table.reasonColumn = true;
      i = Math.max(read.end, run.end);
      continue;
    }
    const glued = gluedMoney(cells, i, spare);
    if (glued) {
      // the cells joined before a glued header's (gluedHeaderIn)
      if (reach) look(reach, cells, Math.max(0, i - GLUED_JOIN), i);
      table = { money: glued.rows, indicators: [] };
      out.push(table);
      i = glued.next;
      continue;
    }
    i++;
  }
  if (reach && at >= 0) look(reach, cells, at, i);
  return out;
}

/**
 * Notes where the step from cell `at` to `next` looked past header look-ups (for proseEdited): the cells a reader took
 * and the few it decides on after them; after a 执行率 cell, the cells gluedMoney looks in.
 */
function look(reach: number[], cells: readonly Cell[], at: number, next: number): void {
  const glued = (cells[at] as Cell).text.includes('执行率');
  if (next === at + 1 && !glued) return;
  // past a reader's stop: a blank 总分's empty cells and the one after them (评价结论, or a cell naming 分), read from
  // the cell after the 总分, where readIndicators stops; after a 执行率 cell, a glued total row and its sources
  const to = Math.max(next + BLANK_SCORE_CELLS + 2, glued ? at + 3 + GLUED_PARTS : 0);
  const last = reach.length - 1;
  if (last > 0 && (reach[last] as number) >= at) reach[last] = Math.max(reach[last] as number, to);
  else reach.push(at, to);
}

/** A total, or the next header of any kind: where the rows of a table with no 得分 end. */
function endsGoals(cells: readonly Cell[], k: number): boolean {
  const c = cells[k] as Cell;
  return TOTAL.has(headerKey(c.text)) || headerAt(cells, k, MONEY) !== undefined || headerAt(cells, k, INDICATOR)?.col === 'level3';
}

const NEEDED: readonly IndicatorColumn[] = ['level3', 'target', 'actual', 'weight', 'score'];
/** How far from the run naming 三级指标 the other pieces of a header printed in pieces are looked for, in cells. */
const SPLIT_HEADER = 24;

/**
 * The indicator header from `i`: a run of column names naming every needed column; or, for a header whose
 * merged cells a web page or a PDF printed in pieces (`年度指标值 | 实际完成值 | 分值 | 得分 | … | 三级指标 |
 * 指标性质 | 指标值 | 度量单位`: 2022-云南-永德县明朗中学-自评表; `指标值 完成值 … 三级指标 … 分值 得分`:
 * 2021-山西-稷山县翟店镇卫生院-自评表), the run naming 三级指标 followed by the columns it lacks, taken from
 * the runs near it in their order. Rows are read after the last piece used.
 */
function indicatorHeader(
  cells: readonly Cell[],
  i: number,
  run: { cols: IndicatorColumn[]; end: number },
): { cols: IndicatorColumn[]; end: number } | undefined {
  if (NEEDED.every((c) => run.cols.includes(c))) return run;
  if (!run.cols.includes('level3')) return undefined;
  const wrapped = wrappedHeader(cells, run);
  if (wrapped) return wrapped;
  const cols = [...run.cols];
  let end = run.end;
  for (let k = Math.max(0, i - SPLIT_HEADER); k < Math.min(cells.length, run.end + SPLIT_HEADER);) {
    if (k === i) {
      k = run.end;
      continue;
    }
    const piece = headerRun(cells, k, INDICATOR);
    // 一级/二级指标 stand before 三级指标 in every form: a piece naming them adds nothing after it
    const lacking = piece.cols.filter((c) => !cols.includes(c) && !LEADING.has(c));
    cols.push(...lacking);
    if (lacking.length > 0) end = Math.max(end, piece.end);
    k = Math.max(k + 1, piece.end);
  }
  return NEEDED.every((c) => cols.includes(c)) ? { cols, end } : undefined;
}

/** Header cells wrapped onto the next line at most (年度 / 实际: a two-line header has few). */
const MAX_WRAPPED = 4;

/**
 * A header whose cells wrapped onto a second line, as a PDF prints them (`三级指标 年度 实际 分值 得分 偏差原因分析及改进措施`
 * and then `指标值 完成值`: 2022-安徽-裕安区文旅局市级文物保护专项经费-自评表): after the run naming 三级指标, cells that
 * only begin a column name, the rest of the header, and then one cell per such beginning completing it, in order.
 * Read only when every beginning is completed and the columns needed are all named.
 */
function wrappedHeader(
  cells: readonly Cell[],
  run: { cols: IndicatorColumn[]; end: number },
): { cols: IndicatorColumn[]; end: number } | undefined {
  const halves: Cell[] = [];
  let k = run.end;
  for (; k < cells.length && halves.length < MAX_WRAPPED; k++) {
    const c = cells[k] as Cell;
    if (c.rowEnd || !PREFIXES.has(c.text) || INDICATOR.has(c.text) || MONEY.has(c.text)) break;
    halves.push(c);
  }
  if (halves.length === 0) return undefined;
  // the rest of the header, one column at a time: the completions may follow any of its columns' ends
  const rest: IndicatorColumn[] = [];
  for (let at = k; ;) {
    const wrapped = completed(cells, at, halves, [...run.cols, ...rest]);
    if (wrapped) {
      const cols = [...run.cols, ...wrapped, ...rest];
      return NEEDED.every((c) => cols.includes(c)) ? { cols, end: at + halves.length } : undefined;
    }
    const h = headerAt(cells, at, INDICATOR);
    if (!h || rest.includes(h.col) || run.cols.includes(h.col)) return undefined;
    rest.push(h.col);
    at += h.length;
  }
}

/** One column per wrapped beginning, completed by the cells from `at` in order, none named `elsewhere`; undefined unless each is. */
function completed(
  cells: readonly Cell[],
  at: number,
  halves: readonly Cell[],
  elsewhere: readonly IndicatorColumn[],
): IndicatorColumn[] | undefined {
  const cols: IndicatorColumn[] = [];
  for (let j = 0; j < halves.length; j++) {
    const second = cells[at + j];
    const col = second && !second.rowEnd ? INDICATOR.get(headerKey((halves[j] as Cell).text + second.text)) : undefined;
    if (!col || cols.includes(col) || elsewhere.includes(col)) return undefined;
    cols.push(col);
  }
  return cols;
}

/** The printed order a glued row is read in (glued-row.ts): a header glued in any other order is not read. */
const GLUED_SHAPE: readonly IndicatorColumn[] = ['level3', 'target', 'actual', 'weight', 'score'];

/** An indicator header glued into one cell (`…三级指标年度指标值实际完成值分值得分…`: 2020-上海-松江区九亭镇-自评表). */
function gluedHeader(cells: readonly Cell[], i: number): { cols: IndicatorColumn[]; end: number; glued: true } | undefined {
  const text = (cells[i] as Cell).text;
  if (!text.includes('三级指标')) return undefined;
  const cols = gluedColumns(text, INDICATOR);
  const at = cols?.indexOf('level3') ?? -1;
  if (!cols || !GLUED_SHAPE.every((c, n) => cols[at + n] === c)) return undefined;
  return { cols, end: i + 1, glued: true };
}

/**
 * Glued rows from `i`, one per cell (each line of the flattened table), until the 总分 line or the next
 * header; a cell that is no certain row (a qualitative row, `项目完成及时性及时较及时77`) is passed over.
 */
function readGlued(cells: readonly Cell[], i: number, cols: readonly IndicatorColumn[], table: SelfEvalTable): number {
  const reasons = cols.indexOf('reason') === cols.indexOf('score') + 1;
  if (cols.includes('reason')) table.reasonColumn = true;
  let under: Under = { cost: false };
  for (; i < cells.length; i++) {
    const c = cells[i] as Cell;
    if ([...TOTAL].some((t) => c.text.startsWith(t)) || c.text.includes('三级指标') || c.text.includes('执行率')) return i;
    const row = gluedRow(c);
    if (!row) continue;
    // a row naming its 二级 alone (`成本指标…`) is no longer under the 二级 before it
    if (row.levels.length > 0)
      under = row.levels.reduce(enterLevel, under.level1 ? { level1: under.level1, cost: false } : { cost: false });
    const { name, target, actual, weight, score } = row;
    table.indicators.push({ name, target, actual, weight, score, ...under, ...(reasons ? { reason: row.reason } : {}) });
  }
  return i;
}

/**
 * Money rows from `i`: a label, then exactly one figure or empty cell per column (a row short of cells
 * cannot be placed with certainty and is not read). Two labels in a row with no figures end the block.
 */
function readMoney(
  cells: readonly Cell[],
  i: number,
  cols: readonly MoneyColumn[],
  table: SelfEvalTable,
  gaps: readonly number[],
  before: readonly Cell[] = [],
  /**
   * An empty cell stood before the header's first column (`| 项目资金（万元） | | 年初预算数 | …`): the rows' labels span two
   * columns, and a row one cell too wide whose first value is empty has that second label cell (made up, red team:
   * `| 其中：中央资金 | | 3,256.80 | 3,256.80 | 3,256.80 | | 100% | |` read 3,256.80 as the 分值, 100% as the 得分).
   */
  led = false,
): number {
  let misses = 0;
  // a form's own columns after the ones read (`得分 | 备注`): a row of words flattened may have lost their empty cells
  let core = cols.length;
  while (core > 0 && cols[core - 1] === OTHER) core--;
  // the cells a row has under the header, its empty ones under the header's gaps included
  const width = cols.length + gaps.length;
  const ahead = gaps.length === 0 ? rowsAhead(cells, i, cols, before) : undefined;
  if (ahead) {
    table.money.push(...ahead.rows);
    i = ahead.end;
  }
  while (i < cells.length && misses < 2) {
    const label = cells[i] as Cell;
    natureTotal(label, table);
    if (isValue(label) || label.rowEnd) {
      i++;
      continue;
    }
    let k = i + 1;
    let values: Cell[] = [];
    let rowEnd = false;
    while (k < cells.length && values.length <= width + MAX_PADDING && isValue(cells[k] as Cell)) {
      values.push(cells[k] as Cell);
      if ((rowEnd = (cells[k++] as Cell).rowEnd)) break;
    }
    // a pipe row padded with empty cells under a wider header (`| / | / | ||||`)
    if (rowEnd) while (values.length > width && (values[values.length - 1] as Cell).text === '') values.pop();
    if (led && rowEnd && values.length === width + 1 && (values[0] as Cell).text === '') values.shift();
    // only the rate is a percentage (amounts, 分值 and 得分 never are): a row so read is short of cells and its padding filled it
    // (`其中:當年財政撥款 | 7.29 | 7.29 | 7.29 | 100% | ||||`: 古城区 2020; `864.2 | 100% | 20 | |`: 通城 2020)
    if (rowEnd && values.length === width && percentOutOfPlace(values, cols, gaps))
      while (values.length > 0 && (values[values.length - 1] as Cell).text === '') values.pop();
    // the row's cells under the header's gaps, when all empty, are no column's
    if (gaps.length > 0 && values.length === width && gaps.every((g) => (values[g] as Cell).text === ''))
      values = values.filter((_, n) => !gaps.includes(n));
    const unplaced = values.length < cols.length && PARTS.has(headerKey(label.text).replace(SUCH_AS, '')) ? amounts(values) : undefined;
    if (unplaced) {
      table.money.push({ label, figures: {}, unplaced });
      misses = 0;
      i = k;
      continue;
    }
    const placed = values.length < cols.length ? placeShortRow(values, cols) : undefined;
    if (placed) {
      table.money.push({ label, ...placed });
      misses = 0;
      i = k;
      continue;
    }
    if (values.length === core && gaps.length === 0) values = [...values, ...cols.slice(core).map(() => EMPTY)];
    if (values.length !== cols.length) {
      misses++;
      i = values.length > 0 ? k : i + 1;
      continue;
    }
    misses = 0;
    const figures: MoneyRow['figures'] = {};
    const empty: MoneyRow['empty'] = {};
    cols.forEach((c, n) => {
      const f = figureOf(values[n] as Cell);
      if (f) figures[c] = f;
      else empty[c] = values[n];
    });
    table.money.push({ label, figures, empty });
    i = k;
  }
  return i;
}

/** A cell of no text: a form's own column a row leaves out. */
const EMPTY: Cell = { start: 0, end: 0, text: '', rowEnd: false };

/** Whether a cell of `values`, read under `cols` (the header's gaps passed over), is a percentage under a column of amounts or points. */
function percentOutOfPlace(values: readonly Cell[], cols: readonly MoneyColumn[], gaps: readonly number[]): boolean {
  let col = 0;
  for (let n = 0; n < values.length; n++) {
    if (gaps.includes(n)) continue;
    const c = cols[col++];
    if (c && c !== 'rate' && figureOf(values[n] as Cell)?.unit === '%') return true;
  }
  return false;
}

/** Cells before a money header looked at for the labels of its rows (a flattened form prints them first). */
const LABELS_BACK = 8;

/**
 * The row labels a flattened form printed before its money header, in order: a fund total (年度资金总额) and then its
 * sources (其中:当年财政拨款), each a whole cell, among the few cells before the header (`年初预算数 (万元) 年度资金总额
 * 其中:当年财政拨款 实施单位 全年预算数 全年执行数 分值 执行率 得分 65.66 65.07 10 99% 9 65.66 65.07 — 99% —`:
 * 2020-山西-稷山县医疗保障局建档立卡个人缴费配套-自评表). Only a total first: sources alone say nothing of which row is which.
 */
function labelsBefore(cells: readonly Cell[], i: number): Cell[] {
  const out: Cell[] = [];
  for (let k = Math.max(0, i - LABELS_BACK); k < i; k++) {
    const c = cells[k] as Cell;
    const key = headerKey(c.text);
    if (out.length === 0 ? FUND_TOTALS.includes(key) : PARTS.has(key.replace(SUCH_AS, ''))) out.push(c);
    else if (out.length > 0 && isValue(c)) return []; // figures between: the labels have their own row
  }
  return out;
}

/**
 * The rows right after a money header whose labels stood before it (labelsBefore): a run of figures and empty cells
 * holding exactly one row per label for the first labels, read in order; undefined when the run is not so long.
 */
function rowsAhead(
  cells: readonly Cell[],
  i: number,
  cols: readonly MoneyColumn[],
  labels: readonly Cell[],
): { rows: MoneyRow[]; end: number } | undefined {
  if (labels.length === 0) return undefined;
  const width = cols.length;
  let k = i;
  while (k < cells.length && k - i <= labels.length * width && isValue(cells[k] as Cell) && !(cells[k] as Cell).rowEnd) k++;
  const n = (k - i) / width;
  if (k === i || !Number.isInteger(n) || n > labels.length) return undefined;
  const rows: MoneyRow[] = [];
  for (let r = 0; r < n; r++) {
    const values = cells.slice(i + r * width, i + (r + 1) * width);
    const figures: MoneyRow['figures'] = {};
    const empty: MoneyRow['empty'] = {};
    values.forEach((v, c) => {
      const f = figureOf(v);
      if (f) figures[cols[c] as MoneyColumn] = f;
      else empty[cols[c] as MoneyColumn] = v;
    });
    rows.push({ label: labels[r] as Cell, figures, empty });
  }
  return { rows, end: k };
}

/** The fund total's labels, longest first (年度资金总额 before 总额). */
const FUND_TOTALS = [...WORDS.fundTotalLabels].sort((a, b) => b.length - a.length);

/**
 * A money header glued into cell `i` and the total's row glued after it, in the same cell or one of the next
 * two (model/glued-money-row.ts), then the rows of its sources glued the same way in the next few cells
 * (`其中:中央财政补助50万元47.6895.00%`: 2023-宁夏-宁夏福彩发行中心-自评表); the index of the cell after the rows.
 */
function gluedMoney(cells: readonly Cell[], i: number, spare: { steps: number }): { rows: MoneyRow[]; next: number } | undefined {
  const c = cells[i] as Cell;
  if (!c.text.includes('执行率')) return undefined;
  const header = gluedHeaderIn(cells, i);
  if (!header) return undefined;
  for (let k = i; k < Math.min(cells.length, i + 3); k++) {
    const cell = cells[k] as Cell;
    const from = k === i ? header.end : 0;
    const label = FUND_TOTALS.find((l) => cell.text.startsWith(l, from));
    const row = label && gluedMoneyRow(cell, from, from + label.length, header.cols, spare);
    if (!row) continue;
    const rows: MoneyRow[] = [{ label: row.label, figures: row.figures }];
    let next = k + 1;
    // the sources: a 其中 row or a source's name, its figures glued after it; a source left empty has none
    for (let j = k + 1; j < Math.min(cells.length, k + 1 + GLUED_PARTS); j++) {
      const part = cells[j] as Cell;
      const to = part.text.search(FIGURE_START);
      const name = to > 0 ? headerKey(part.text.slice(0, to)) : '';
      if (!SUCH_AS.test(name) && !PARTS.has(name)) continue;
      const read = gluedMoneyRow(part, 0, to, header.cols, spare);
      if (read) rows.push({ label: read.label, figures: read.figures });
      next = j + 1;
    }
    return { rows, next };
  }
  return undefined;
}

/** Cells after a glued total row read for its sources (其中, 地方资金, 其他资金 and a spare). */
const GLUED_PARTS = 4;
/** Where a glued row's figures start after its label (a colon may stand before them). */
const FIGURE_START = /[:：]?[0-9]/;

/** A breakdown's label with its total glued after a colon (`按收入性质分:2030.12`), kept on the table. */
function natureTotal(label: Cell, table: SelfEvalTable): void {
  for (const [side, name] of Object.entries(WORDS.natureTotals) as ['income' | 'expense', string][]) {
    if (!label.text.startsWith(name)) continue;
    const at = name.length + (label.text[name.length] === ':' || label.text[name.length] === '：' ? 1 : 0);
    const f = figureOf({ ...label, start: label.start + at, text: label.text.slice(at) });
    if (f && f.comparator === '' && f.unit !== '%') (table.natureTotals ??= {})[side] = f;
  }
}

/** The figures of a short row when each is an amount (no percentage: a rate's column is known to be 执行率). */
function amounts(values: readonly Cell[]): Figure[] | undefined {
  const figures = values.map(figureOf);
  return figures.length > 0 && figures.every((f) => f && f.unit !== '%' && f.comparator === '') ? (figures as Figure[]) : undefined;
}

/**
 * Indicator rows from `i`: a 三级指标 name, then the header's columns after 三级指标 up to 得分 (the
 * reason may be empty and is not read), 分值 and 得分 plain numbers; then the 总分 row. Rows whose
 * 一级/二级 cells are merged away keep only their 三级 name, so a row is found by this shape, not by
 * its position. Ends at the total, or at the next header.
 */
function readIndicators(cells: readonly Cell[], i: number, cols: readonly IndicatorColumn[], table: SelfEvalTable): number {
  const from = cols.indexOf('level3') + 1;
  // up to the later of 分值 and 得分 (a form may print 得分 first: `得分 | 分值`)
  const last = scoredEnd(cols);
  const shape = cols.slice(from, last + 1);
  if (shape.length === 0 || cols.indexOf('score') < from || cols.indexOf('weight') < from) return i;
  if (cols[last + 1] === OTHER) FIGURES_AFTER.add(shape);
  const unitless = shape.includes('unit') ? shape.filter((c) => c !== 'unit') : undefined;
  if (unitless && FIGURES_AFTER.has(shape)) FIGURES_AFTER.add(unitless);
  if (cols.includes('reason')) table.reasonColumn = true;
  let under: Under = { cost: false };
  for (; i < cells.length; i++) {
    const c = cells[i] as Cell;
    const word = headerKey(c.text);
    // the 二级指标 a row is under (成本 / 指标 split over two cells is joined; 指标 alone is that second half)
    const next = cells[i + 1]?.text ?? '';
    const key = word.endsWith('指标') || !next.endsWith('指标') ? word : headerKey(c.text + next);
    if (word !== '指标' && key.endsWith('指标')) under = enterLevel(under, key);
    else if ((i === 0 || cells[i - 1]?.rowEnd) && leavesLevels(word)) under = { cost: false };
    if (TOTAL.has(word)) {
      const total = totalRow(cells, i, cols);
      if (total) table.total = total;
      else {
        const blank = blankTotalRow(cells, i);
        if (blank) table.blankTotal = blank;
      }
      return i + 1;
    }
    if (headerAt(cells, i, MONEY)?.col === 'budget') return i;
    let used = shape;
    let row = rowAt(cells, i, shape, under, reasonAt(cols), from - 1, cols);
    // a flattened row whose empty 度量单位 cell was lost (`人数 ≥ 500 526 20 20` under 指标性质 | 指标值 | 度量单位 | 完成值):
    // a figure where the unit goes is the 完成值 (made up, red team s23: Sichuan's form from a PDF)
    if (!row && unitless && figureOf(cells[i + 1 + shape.indexOf('unit')] ?? EMPTY)) {
      row = rowAt(cells, i, unitless, under, reasonAt(cols), from - 1, cols);
      used = unitless;
    }
    if (row) {
      table.indicators.push(row);
      i += used.length;
    }
  }
  return i;
}

/**
 * Where the header puts the 偏差原因 column: right after 得分, elsewhere, or nowhere. A form with no such column but
 * a 备注 right after 得分 (部门整体 forms) writes its deductions' reasons there (made up, red team s22 round 2); it
 * is read as the row's reason, though the form does not ask for one (reasonColumn stays unset).
 */
function reasonAt(cols: readonly IndicatorColumn[]): 'next' | 'elsewhere' | 'none' {
  const after = scoredEnd(cols) + 1;
  const remark = cols.indexOf('remark') === after ? cols.indexOf('remark') : -1;
  const at = cols.includes('reason') ? cols.indexOf('reason') : remark;
  return at < 0 ? 'none' : at === after ? 'next' : 'elsewhere';
}

/** Row shapes whose header has a column of its own after the 分值 and 得分 (`得分 | 扣分`): a number may stand there. */
const FIGURES_AFTER = new WeakSet<readonly IndicatorColumn[]>();

/** The index of the later of the 分值 and 得分 columns: a row's cells read end there. */
function scoredEnd(cols: readonly IndicatorColumn[]): number {
  return Math.max(cols.indexOf('score'), cols.indexOf('weight'));
}

/**
 * The reason a row writes (IndicatorRow.reason): only a pipe row shows for certain which cell follows its 得分,
 * also when the row is padded with empty cells past its header (`| ≥2000 | 3061 | 10 | 10 | |||||||||`:
 * 2023-安徽-金寨县茶谷和美丽乡村建设服务中心-自评表): empty up to the row's end, the reason is empty. And a table
 * flattened one cell a line that keeps its empty cells (`5 |`, then `|` four times, then the next row's name: 濉溪临时救助
 * 2019): when the empty cells after the 得分 outnumber the columns a row leads with before its name (`lead`: 一级 and
 * 二级指标, empty in the next row where merged), one of them is this row's reason cell, and it is empty. A row whose
 * empty cells were lost (`名称 ≥50个 50 8 8 下一行`) has no empty cell there, and stays unknown.
 */
function reasonOf(
  cells: readonly Cell[],
  at: number,
  where: 'next' | 'elsewhere' | 'none',
  lead: number,
  shape: readonly IndicatorColumn[],
): string | undefined {
  if (where === 'none') return '';
  if (where === 'elsewhere') return undefined;
  if ((cells[at] as Cell).rowEnd) return '';
  const after = cells[at + 1];
  if (after?.rowEnd) return after.text;
  for (let k = at + 1; k < cells.length && k <= at + 1 + MAX_PADDING; k++) {
    const c = cells[k] as Cell;
    if (c.text !== '') {
      if (lead >= 0 && k - (at + 1) > lead) return '';
      if (after !== c) return undefined;
      return nextRowAt(cells, k, shape) ? '' : wordsBeforeRow(cells, k, shape) ? c.text : undefined;
    }
    if (c.rowEnd) return '';
  }
  return undefined;
}

/**
 * Whether the cell right after a flattened row's 得分 starts the next row, so that the row wrote no reason
 * (`指标2:毛发检查试剂数量 ≥2400份 3200份 12 12` and then `质量指标 指标1:…`): a row of the same shape, one
 * under a 二级指标 named first, the form's placeholder row (……) or the 总分 row. A reason written there is
 * no such start: the row read from it would take the next row's figures one cell to the left, and rowCells
 * turns that away (a number after its 得分).
 */
function nextRowAt(cells: readonly Cell[], k: number, shape: readonly IndicatorColumn[]): boolean {
  const c = cells[k] as Cell;
  if (TOTAL.has(headerKey(c.text)) || PLACEHOLDER_ROW.test(c.text)) return true;
  return rowCells(cells, c.text.endsWith('指标') ? k + 1 : k, shape) !== undefined;
}
/**
 * Whether the cell right after a flattened row's 得分 is that row's reason: words (no figure, no 二级指标 name), and the
 * cell after them starts the next row, under up to two 指标 names (`…样本偏少，下一步扩大抽样` before `满意度指标 服务对象
 * 满意度指标 救助对象满意度 ≥90% …`), or is the 总分 row or the end of the cells read.
 */
function wordsBeforeRow(cells: readonly Cell[], k: number, shape: readonly IndicatorColumn[]): boolean {
  const c = cells[k] as Cell;
  if (figureOf(c) || c.text.endsWith('指标') || !/[\u4e00-\u9fa5]/.test(c.text)) return false;
  let n = k + 1;
  if (n >= cells.length) return true;
  for (let skip = 0; skip < 2 && (cells[n] as Cell).text.endsWith('指标'); skip++) n++;
  const next = cells[n];
  if (!next) return false;
  return TOTAL.has(headerKey(next.text)) || PLACEHOLDER_ROW.test(next.text) || rowCells(cells, n, shape) !== undefined;
}
/** The rows a national form leaves for more indicators (指标1: / 指标2: / ……). */
const PLACEHOLDER_ROW = /^[…]+$/;

/** The cells of an indicator row at `i` by the header's shape, its name a word and its 分值 and 得分 numbers. */
function rowCells(
  cells: readonly Cell[],
  i: number,
  shape: readonly IndicatorColumn[],
): { got: Partial<Record<IndicatorColumn, Cell>>; weight: Figure; score: Figure; target: Cell; actual: Cell } | undefined {
  const name = cells[i];
  if (!name || name.text === '' || figureOf(name) || /指标$/.test(name.text) || name.rowEnd) return undefined;
  const got: Partial<Record<IndicatorColumn, Cell>> = {};
  for (let n = 0; n < shape.length; n++) {
    const c = cells[i + 1 + n];
    if (!c || (c.rowEnd && n < shape.length - 1)) return undefined;
    // no row holds the 总分 row's label: a reason's words before it (`…候诊时间较 | 长，下一步… | 总分 | 100 | 97.02`,
    // made up, session 23's blind set) would read as a row ending in the totals, and the reason as empty
    if (TOTAL.has(headerKey(c.text))) return undefined;
    got[shape[n] as IndicatorColumn] = c;
  }
  const after = cells[i + 1 + shape.length];
  // a number after the 得分 means the cells were read one to the left (`数量指标 名称 ≥50个 50 8 8`), unless the form
  // has a column of figures there (`得分 | 扣分`)
  const last = got[shape[shape.length - 1] as IndicatorColumn];
  if (after && !last?.rowEnd && !FIGURES_AFTER.has(shape) && plainNumber(after)) return undefined;
  const weight = got.weight && plainNumber(got.weight);
  const score = got.score && plainNumber(got.score);
  if (!weight || !score || !got.target || !got.actual || !got.score || got.target.text === '' || got.actual.text === '') return undefined;
  return { got, weight, score, target: got.target, actual: got.actual };
}

function rowAt(
  cells: readonly Cell[],
  i: number,
  shape: readonly IndicatorColumn[],
  under: Under,
  reasonCol: 'next' | 'elsewhere' | 'none',
  lead: number,
  cols: readonly IndicatorColumn[],
): IndicatorRow | undefined {
  const read = rowCells(cells, i, shape);
  if (!read) return undefined;
  const { got, weight, score } = read;
  const name = cells[i] as Cell;
  // a reason column between the 分值 and the 得分 is one of the cells the row was read by
  const reason = got.reason
    ? got.reason.text
    : reasonCol === 'elsewhere'
      ? pipeCell(cells, i, cols.length - cols.indexOf('level3'), cols.indexOf('reason') - cols.indexOf('level3'))
      : reasonOf(cells, i + shape.length, reasonCol, lead, shape);
  return {
    name,
    target: read.target,
    actual: read.actual,
    weight,
    score,
    ...under,
    ...(got.nature ? { nature: got.nature } : {}),
    ...(got.unit ? { unit: got.unit } : {}),
    ...(reason !== undefined ? { reason } : {}),
  };
}

/**
 * The cell `at` places after a pipe row's 三级指标 at `i`, when the row holds exactly `width` cells from there (its padding of
 * empty cells past them aside): where the reason column stands elsewhere than after the 得分 (`分值 | 扣分 | 扣分原因 | 得分`:
 * made up, red team s23), only a whole pipe row shows which cell it is. Undefined otherwise.
 */
function pipeCell(cells: readonly Cell[], i: number, width: number, at: number): string | undefined {
  if (at < 0 || at >= width) return undefined;
  let e = i;
  while (e < cells.length && e < i + width + MAX_PADDING && !(cells[e] as Cell).rowEnd) e++;
  const end = cells[e];
  if (!end?.rowEnd || e - i + 1 < width) return undefined;
  for (let k = i + width; k <= e; k++) if ((cells[k] as Cell).text !== '') return undefined;
  return (cells[i + at] as Cell).text;
}

/** The 总分 row: its 分值 and 得分, in the header's order, the two numbers after the label. */
function totalRow(cells: readonly Cell[], i: number, cols: readonly IndicatorColumn[]): TotalRow | undefined {
  // the columns from the first of 分值 and 得分 to the other: a column between them (`分值 | 扣分 | 得分`) has its total too
  const w = cols.indexOf('weight');
  const s = cols.indexOf('score');
  const span = Math.abs(w - s) + 1;
  const nums: Figure[] = [];
  for (let k = i + 1; k < cells.length && nums.length < span; k++) {
    const c = cells[k] as Cell;
    if (c.text === '') continue;
    const f = plainNumber(c);
    if (!f) break;
    nums.push(f);
  }
  if (nums.length < 2) return undefined;
  // the columns between hold figures or nothing (扣分; 评分标准 left blank on the total): the first and the last read
  const [a, b] = [nums[0], nums[nums.length - 1]] as [Figure, Figure];
  const weightFirst = w < s;
  return { label: cells[i] as Cell, weight: weightFirst ? a : b, score: weightFirst ? b : a };
}

/** Empty cells read after a blank total's 分值 before the row is judged unscored. */
const BLANK_SCORE_CELLS = 3;

/**
 * A total row with the full 分值 and nothing where its 得分 goes: the 分值, then one to three empty cells, then
 * the end of the window or a cell of words that names no score (the next box of the form, `评价结论`).
 */
function blankTotalRow(cells: readonly Cell[], i: number): SelfEvalTable['blankTotal'] {
  const weight = cells[i + 1] && plainNumber(cells[i + 1] as Cell);
  if (!weight || weight.value !== WORDS.fullScore || (cells[i + 1] as Cell).rowEnd) return undefined;
  let k = i + 2;
  while (k < cells.length && k < i + 2 + BLANK_SCORE_CELLS && (cells[k] as Cell).text === '') k++;
  if (k === i + 2) return undefined;
  const next = cells[k];
  if (next && (figureOf(next) || /分/.test(next.text))) return undefined;
  return { label: cells[i] as Cell, weight, blank: cells[i + 2] as Cell };
}

/**
 * A quantitative row's target and actual as figures in one unit (a figure without a unit takes the row's 度量单位
 * cell: `100` beside `%` is 100 %), and its direction: the target's sign, else the 指标性质 cell's, else 正向
 * (反向 under a 成本指标). Undefined for words (`每亩300`, `显著`), a target ≤ 0, or an actual with a comparator.
 */
export interface Quantities {
  target: Figure;
  actual: Figure;
  direction: Direction;
}

/** Each row's quantities once (null: none), moved with the row when its table is (PlacedTable). */
const quantityMemo = new WeakMap<QuantityRow, Quantities | null>();
/** What the quantities of a row are read from: an indicator row, or a row of a table with no 得分 (GoalRow). */
export type QuantityRow = Pick<IndicatorRow, 'target' | 'actual' | 'unit' | 'nature' | 'cost'>;

const UNFINISHED = new Set(WORDS.unfinishedActuals);

/** A 完成值 cell that says in words alone that the work is not done (建设中, 未完成): short of any target. */
export function unfinished(actual: Pick<Cell, 'text'>): boolean {
  return UNFINISHED.has(actual.text);
}

/** The row's 偏差原因 is known to be empty (a blank cell, 无, or no such column); unknown for a flattened row. */
export function reasonEmpty(row: Pick<IndicatorRow, 'reason'>): boolean {
  return row.reason !== undefined && (isBlank({ text: row.reason }) || row.reason === '无');
}

export function quantities(row: QuantityRow): Quantities | undefined {
  let q = quantityMemo.get(row);
  if (q === undefined) quantityMemo.set(row, (q = readQuantities(row) ?? null));
  return q ?? undefined;
}

function readQuantities(row: QuantityRow): Quantities | undefined {
  const t = withUnit(figureOf(row.target), row);
  const a = counted(withUnit(figureOf(row.actual), row), t);
  if (!t || !a || a.comparator !== '' || t.unit !== a.unit || t.value <= 0) return undefined;
  return { target: t, actual: a, direction: t.comparator || natureOf(row.nature?.text ?? '') || (row.cost ? '≤' : '≥') };
}

/** The direction a 指标性质 cell names, '' when none. */
function natureOf(text: string): Direction | '' {
  if (text === '正向') return '≥';
  if (text === '反向') return '≤';
  return comparatorOf(text);
}

/**
 * An actual written as a bare number beside a target that counts in a unit (`≥50000人次 | 110406`: 霍山医疗救助 2024)
 * counts in the target's unit. Not a rate: a bare number beside `≥95%` may be a share (0.98) as well as a percentage.
 */
function counted(a: Figure | undefined, t: Figure | undefined): Figure | undefined {
  return a && t && a.unit === '' && t.unit !== '' && t.unit !== '%' ? { ...a, unit: t.unit } : a;
}

function withUnit(f: Figure | undefined, row: QuantityRow): Figure | undefined {
  const unit = row.unit && unitOf(row.unit.text);
  return f && f.unit === '' && unit ? { ...f, unit } : f;
}
