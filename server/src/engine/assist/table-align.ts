// GFM table rows lined up by display width (a CJK character takes two columns, text/display-width.ts),
// as a drafter sees them in a monospace editor: what the inserted 自评表 skeleton is written with, and
// what formatting a table (format-tables.ts) brings its cells to.
import { displayWidth } from '../text/display-width.js';

export type Align = 'left' | 'right' | 'center';

/** The unescaped pipes (not `\|`) between `start` and `end`, in order: a row's cell boundaries. */
export function unescapedPipes(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (let k = start; k < end; k++) if (text[k] === '|' && text[k - 1] !== '\\') out.push(k);
  return out;
}

/** The smallest column: a delimiter cell needs three characters (`---`, `:-:`). */
const MIN_WIDTH = 3;

/** Each column's width: its widest cell's content, at least MIN_WIDTH. */
export function columnWidths(rows: readonly (readonly string[])[]): number[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? MIN_WIDTH, displayWidth(c))));
  return widths;
}

/** The spaces before and after a cell's content of display width `w` in a column of `width`. */
export function padding(w: number, width: number, align: Align): [before: number, after: number] {
  const slack = Math.max(0, width - w);
  if (align === 'right') return [1 + slack, 1];
  if (align === 'center') return [1 + Math.floor(slack / 2), 1 + Math.ceil(slack / 2)];
  return [1, 1 + slack];
}

/** A delimiter cell between its pipes: dashes to the column's width, its colons kept. */
export function delimiterCell(width: number, align: Align | 'none'): string {
  const left = align === 'center' ? ':' : '';
  const right = align === 'center' || align === 'right' ? ':' : '';
  return ` ${left}${'-'.repeat(width - left.length - right.length)}${right} `;
}

/** A whole table, header first, every row as many cells as the header, pipes lined up. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const full = rows.map((r) => header.map((_, i) => r[i] ?? ''));
  const widths = columnWidths([header, ...full]);
  const line = (cells: readonly string[]): string =>
    '|' +
    cells
      .map((c, i) => {
        const [before, after] = padding(displayWidth(c), widths[i] as number, 'left');
        return `${' '.repeat(before)}${c}${' '.repeat(after)}`;
      })
      .join('|') +
    '|';
  return [line(header), `|${widths.map((w) => delimiterCell(w, 'none')).join('|')}|`, ...full.map(line)].join('\n');
}
