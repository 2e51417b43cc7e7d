// Writing a value into one table cell. In a GFM table whose pipes are lined up (by display width:
// a CJK character takes two columns), the cell is rewritten from pipe to pipe at its old width, so
// no other pipe moves; when the value is too wide for the column, the column is widened by the same
// spaces in every row (dashes in the delimiter row), so the pipes stay lined up. A table that is not
// aligned, and a cell outside a pipe table (flattened, one per paragraph), get the value in place of the
// cell's text alone. Nothing outside the table is touched.
import { displayWidth } from '../text/display-width.js';
import { lineAt, type LineSpan as Line } from '../text/line-at.js';
import type { Span, TextEdit } from '../types.js';
import { padding, unescapedPipes } from './table-align.js';

/** The pipes of a cell of a pipe row: the one before it and the one after it. */
export function pipeCell(text: string, cell: Span): { open: number; close: number } | undefined {
  const line = lineAt(text, cell.start);
  if (!isPipeRow(text, line)) return undefined;
  let open = -1;
  let close = -1;
  for (const p of pipes(text, line)) {
    if (p < cell.start) open = p;
    else if (p >= cell.end) {
      close = p;
      break;
    }
  }
  return open >= 0 && close >= 0 ? { open, close } : undefined;
}

/** The edits that write `value` into `cell` (a figure's span, or an empty cell's point). */
export function cellEdits(text: string, cell: Span, value: string): TextEdit[] {
  const p = pipeCell(text, cell);
  if (!p) {
    const pipe = lonePipe(text, cell);
    return pipe >= 0 ? [{ start: pipe, end: pipe, newText: `${value} ` }] : [{ start: cell.start, end: cell.end, newText: value }];
  }
  const row = lineAt(text, cell.start);
  const rows = tableRows(text, row);
  const column = pipes(text, row).indexOf(p.close);
  const at = displayWidth(text.slice(row.start, p.close));
  const aligned = rows.some((r) => isDelimiter(text, r)) && rows.every((r) => pipeAtColumn(text, r, column) === at);
  if (!aligned) {
    // an empty cell gets its value between single spaces (`| |` → `| 9.00 |`)
    return cell.start === cell.end
      ? [{ start: p.open + 1, end: p.close, newText: ` ${value} ` }]
      : [{ start: cell.start, end: cell.end, newText: value }];
  }
  const width = displayWidth(text.slice(p.open + 1, p.close));
  const right = rightAligned(text, rows, column, cell, p);
  const slack = width - displayWidth(value) - 2;
  const [before, after] = padding(displayWidth(value), width - 2, right ? 'right' : 'left');
  const edits: TextEdit[] = [{ start: p.open + 1, end: p.close, newText: `${' '.repeat(before)}${value}${' '.repeat(after)}` }];
  if (slack >= 0) return edits;
  for (const r of rows) {
    if (r.start === row.start) continue;
    const ps = pipes(text, r);
    const close = ps[column] as number;
    if (isDelimiter(text, r)) {
      // dashes after the cell's last dash, before a closing colon and spaces
      let k = close;
      while (k > r.start && text[k - 1] !== '-') k--;
      edits.push({ start: k, end: k, newText: '-'.repeat(-slack) });
    } else
      edits.push({
        start: right ? (ps[column - 1] as number) + 1 : close,
        end: right ? (ps[column - 1] as number) + 1 : close,
        newText: ' '.repeat(-slack),
      });
  }
  return edits;
}

/**
 * A table pasted one cell per line (`251.89 |`: 2023-四川-青神县发展和改革局-自评表) writes an empty cell as a
 * pipe alone on its line: where that pipe is, else -1. A value goes before it.
 */
export function lonePipe(text: string, cell: Span): number {
  if (cell.start !== cell.end) return -1;
  const line = lineAt(text, cell.start);
  return text.slice(line.start, line.end).trim() === '|' ? text.indexOf('|', line.start) : -1;
}

function isPipeRow(text: string, line: Line): boolean {
  let k = line.start;
  while (k < line.end && (text[k] === ' ' || text[k] === '\t')) k++;
  return text[k] === '|';
}

/** The unescaped pipes of a line, in order. */
function pipes(text: string, line: Line): number[] {
  return unescapedPipes(text, line.start, line.end);
}

const DELIMITER = /^\s*\|?[\s:|-]*-[\s:|-]*$/;

function isDelimiter(text: string, line: Line): boolean {
  return DELIMITER.test(text.slice(line.start, line.end));
}

/** The display column of a row's pipe number `column`, or -1 when it has none. */
function pipeAtColumn(text: string, line: Line, column: number): number {
  const p = pipes(text, line)[column];
  return p === undefined ? -1 : displayWidth(text.slice(line.start, p));
}

/** The pipe rows around `row`: the table it belongs to, up to a line that is no pipe row. */
function tableRows(text: string, row: Line): Line[] {
  const before: Line[] = [];
  for (let s = row.start; s > 0;) {
    const l = lineAt(text, s - 1);
    if (!isPipeRow(text, l)) break;
    before.push(l);
    s = l.start;
  }
  const after: Line[] = [];
  for (let e = text.indexOf('\n', row.end); e >= 0 && e + 1 < text.length;) {
    const l = lineAt(text, e + 1);
    if (!isPipeRow(text, l)) break;
    after.push(l);
    e = text.indexOf('\n', l.end);
  }
  return [...before.reverse(), row, ...after];
}

/** The column is right-aligned: its delimiter says so (`---:`), or the cell itself was padded on the left. */
function rightAligned(text: string, rows: readonly Line[], column: number, cell: Span, p: { open: number; close: number }): boolean {
  const delimiter = rows.find((r) => isDelimiter(text, r));
  const ps = delimiter ? pipes(text, delimiter) : [];
  const spec = delimiter && column > 0 ? text.slice((ps[column - 1] as number) + 1, ps[column]).trim() : '';
  if (spec.endsWith(':')) return !spec.startsWith(':');
  return cell.start < cell.end && cell.start - p.open > 2 && p.close - cell.end === 1;
}
