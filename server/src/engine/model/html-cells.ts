// The cells of a table written as HTML (`<table><tr><td>…</td></tr></table>`, pasted from a web page into
// the Markdown): each `<td>`/`<th>` from its opening tag to its closing tag (or the next cell, or the row's
// end, which HTML lets a page leave out); the cell's text is its characters outside inner tags, its span from
// the first to the last of them; the last cell before `</tr>` ends a row. Offsets relative to the text given.
import type { Cell } from './table-cells.js';

/** An HTML table cell's opening tag (`<td>`, `<th class="…">`). */
const CELL_OPEN = /<t[dh][\s>]/gi;
const HAS_CELL = /<t[dh][\s>]/i;
const ROW_EDGE = /<\/?tr[\s>]/;
/** The no-break space as pages write it. */
const NBSP = /&nbsp;|&#160;/gi;
/** Cells read at most from one HTML block. */
const MAX_CELLS = 5000;

export function hasHtmlCells(s: string): boolean {
  return HAS_CELL.test(s);
}

/** Linear: one pass of the cell pattern, one look for each cell's end. */
export function htmlCells(s: string): Cell[] {
  const out: Cell[] = [];
  const lower = s.toLowerCase();
  CELL_OPEN.lastIndex = 0;
  let open = CELL_OPEN.exec(s);
  while (open && out.length < MAX_CELLS) {
    const from = s.indexOf('>', open.index);
    if (from < 0) break;
    CELL_OPEN.lastIndex = from + 1;
    const next = CELL_OPEN.exec(s);
    const nextAt = next ? next.index : s.length;
    // within this cell's stretch only (linear): a row ends at its </tr>, or where the next row opens (HTML lets a
    // page leave out </tr>); the cell at its closing tag
    const stretch = lower.slice(from, nextAt);
    const row = stretch.search(ROW_EDGE);
    const close = stretch.indexOf('</t');
    const rowEnds = row >= 0;
    const end = from + Math.min(rowEnds ? row : stretch.length, close >= 0 ? close : stretch.length);
    const t = cellText(s, from + 1, end);
    out.push({ start: t.start, end: t.end, text: t.text, rowEnd: rowEnds });
    open = next;
  }
  return out;
}

/** The text of `s` from `a` to `b` outside tags, spaces folded, and the span from its first to its last character. */
function cellText(s: string, a: number, b: number): { start: number; end: number; text: string } {
  let text = '';
  let start = -1;
  let end = -1;
  for (let k = a; k < b;) {
    if (s.charCodeAt(k) === 0x3c /* < */) {
      const gt = s.indexOf('>', k);
      k = gt < 0 || gt >= b ? b : gt + 1;
      continue;
    }
    const lt = s.indexOf('<', k);
    const runEnd = lt < 0 || lt > b ? b : lt;
    const run = s.slice(k, runEnd);
    const [lead, trail] = [leading(run), trailing(run)];
    if (lead < trail) {
      if (start < 0) start = k + lead;
      end = k + trail;
    }
    text += run;
    k = runEnd;
  }
  text = text.replace(NBSP, ' ').replace(/\s+/g, ' ').trim();
  return start < 0 ? { start: a, end: a, text: '' } : { start, end, text };
}

const SPACE = /\s/;
const ENTITIES = ['&nbsp;', '&#160;'];

/** Where a run's text begins after spaces and no-break-space entities. */
function leading(run: string): number {
  let i = 0;
  for (;;) {
    if (i < run.length && SPACE.test(run.charAt(i))) i++;
    else {
      const e = ENTITIES.find((x) => run.slice(i, i + x.length).toLowerCase() === x);
      if (!e) return i;
      i += e.length;
    }
  }
}

/** Where a run's text ends before spaces and no-break-space entities. */
function trailing(run: string): number {
  let j = run.length;
  for (;;) {
    if (j > 0 && SPACE.test(run.charAt(j - 1))) j--;
    else {
      const e = ENTITIES.find((x) => j >= x.length && run.slice(j - x.length, j).toLowerCase() === x);
      if (!e) return j;
      j -= e.length;
    }
  }
}
