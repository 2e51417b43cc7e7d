// Formatting a report's GFM tables (issue 15 §3, the document-formatting request): each column padded
// to its widest cell by display width, so the pipes line up for a drafter who reads Chinese in a
// monospace editor. Only the spaces around cells and the delimiter row's dashes change; the cells'
// text, the lines outside tables and the tables inside fenced code or HTML are never touched. One pass
// over the lines: linear in the text.
import { displayWidth } from '../text/display-width.js';
import type { Span, TextEdit } from '../types.js';
import { isTable, pipeRow, rowCells, type PipeRow } from './pipe-rows.js';
import { columnWidths, delimiterCell, padding, type Align } from './table-align.js';

/** The edits that line up every table that overlaps `range` (the whole text when none is given). */
export function formatTables(text: string, opaque: readonly Span[], range?: Span): TextEdit[] {
  return tableAlignments(text, opaque, range).flat();
}

/** The same edits by table, for the tables that are not lined up yet (`--fix` says how many it lined up). */
export function tableAlignments(text: string, opaque: readonly Span[], range?: Span): TextEdit[][] {
  const edits: TextEdit[][] = [];
  let table: PipeRow[] = [];
  let tableStart = 0;
  const flush = (end: number): void => {
    const inRange = !range || (tableStart <= range.end && range.start <= end);
    if (isTable(text, table) && inRange && !opaque.some((o) => o.start < end && tableStart < o.end)) {
      const aligned = alignTable(text, table);
      if (aligned.length > 0) edits.push(aligned);
    }
    table = [];
  };
  for (let start = 0; start <= text.length;) {
    let next = text.indexOf('\n', start);
    if (next < 0) next = text.length;
    const row = pipeRow(text, start, text[next - 1] === '\r' ? next - 1 : next);
    if (row) {
      if (table.length === 0) tableStart = start;
      table.push(row);
    } else if (table.length > 0) flush(start);
    start = next + 1;
  }
  if (table.length > 0) flush(text.length);
  return edits;
}

function alignOf(cell: string): Align | 'none' {
  const c = cell.trim();
  if (c.startsWith(':') && c.endsWith(':')) return 'center';
  if (c.endsWith(':')) return 'right';
  return c.startsWith(':') ? 'left' : 'none';
}

function alignTable(text: string, rows: PipeRow[]): TextEdit[] {
  const delimiter = rows[1] as PipeRow;
  const aligns = rowCells(text, delimiter).map(alignOf);
  const body = rows.filter((r) => r !== delimiter).map((r) => rowCells(text, r).map((c) => c.trim()));
  const widths = columnWidths(body);
  const edits: TextEdit[] = [];
  for (const row of rows) {
    const raw = rowCells(text, row);
    raw.forEach((c, i) => {
      const open = (row.pipes[i] as number) + 1;
      const close = row.pipes[i + 1] as number;
      const width = widths[i] as number;
      if (row === delimiter) {
        const want = delimiterCell(width, aligns[i] ?? 'none');
        if (c !== want) edits.push({ start: open, end: close, newText: want });
        return;
      }
      const content = c.trim();
      const [before, after] = padding(displayWidth(content), width, toAlign(aligns[i]));
      if (content === '') {
        if (c !== ' '.repeat(before + after)) edits.push({ start: open, end: close, newText: ' '.repeat(before + after) });
        return;
      }
      // only the spaces on either side of the content change
      const lead = c.length - c.trimStart().length;
      const trail = c.length - c.trimEnd().length;
      if (c.slice(0, lead) !== ' '.repeat(before)) edits.push({ start: open, end: open + lead, newText: ' '.repeat(before) });
      if (c.slice(c.length - trail) !== ' '.repeat(after)) edits.push({ start: close - trail, end: close, newText: ' '.repeat(after) });
    });
    if (!row.closed) {
      // the closing pipe goes after the last cell's padding: one edit, so no two inserts share a place
      const last = edits[edits.length - 1];
      if (last && last.end === row.end) last.newText += '|';
      else edits.push({ start: row.end, end: row.end, newText: '|' });
    }
  }
  return edits;
}

function toAlign(a: Align | 'none' | undefined): Align {
  return a === 'right' || a === 'center' ? a : 'left';
}
