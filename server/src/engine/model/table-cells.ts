// The cells a 自评表 is read from, in text order, at their exact offsets. A table reaches a report in
// three shapes: a GFM pipe table (`| 年度资金总额 | 100 | … |`: one cell per pipe cell, the row's end
// marked), a table pasted from a web page one cell per paragraph (an empty cell then a line of spaces
// between blank lines: 2021-湖南-零陵区林业局-自评表, 2022-安徽-滁州市人社局-自评表), and a table
// flattened into lines (`年度资金总额: 0 0 0 10 0 0`): one cell per space-separated word. Worked out
// per block on demand and kept with the block, relative to its start (a block moved by an edit
// elsewhere keeps its cells).
import type { Block } from '../parse/blocks.js';
import { ownCopy } from '../text/own-copy.js';

export interface Cell {
  start: number;
  end: number;
  /** The cell's text without surrounding spaces; '' for an empty cell. */
  text: string;
  /** The last cell of a pipe-table row: a row read from it ends here. */
  rowEnd: boolean;
}

const memo = new WeakMap<Block, Cell[]>();

/**
 * The cells of one block read at most (a line more): a 自评表 of a few hundred rows as one pipe table,
 * not all of a 1 MB paragraph.
 */
const MAX_BLOCK_CELLS = 5000;

/**
 * By character code: these loops visit every character of a table's blocks, and `s[k]` of a Chinese
 * character is a new string each time (V8 keeps one-character strings for Latin-1 only).
 */
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 0x3000 || c === 0xa0;
const PIPE = 124;
const BACKSLASH = 92;
const CR = 13;
/** A GFM delimiter row: pipes, dashes, colons and spaces only. */
export const DELIMITER_ROW = /^\|?[\s:|-]*-[\s:|-]*$/;

/** The cells of one block, offsets relative to its start (kept: not to be changed). */
export function relativeCells(text: string, b: Block): readonly Cell[] {
  let rel = memo.get(b);
  if (!rel) {
    // its own copy: the cells' texts, kept with the block, must not keep this version of the whole text (own-copy.ts)
    rel = cellsIn(ownCopy(text, b.start, b.end));
    memo.set(b, rel);
  }
  return rel;
}

/** The cells of one block, at their offsets in the text. */
export function blockCells(text: string, b: Block): Cell[] {
  return relativeCells(text, b).map((c) => ({ ...c, start: c.start + b.start, end: c.end + b.start }));
}

/**
 * Empty cells between two blocks: each line of spaces alone between blank lines (a web page's empty
 * cell, one cell per paragraph). The line holding `from` and the one holding `to` are the blocks' own.
 */
export function gapCells(text: string, from: number, to: number, limit = Infinity): Cell[] {
  const out: Cell[] = [];
  let ls = text.indexOf('\n', from);
  while (ls >= 0 && ls < to && out.length < limit) {
    const next = text.indexOf('\n', ls + 1);
    if (next < 0 || next >= to) break;
    let k = ls + 1;
    while (k < next && isSpace(text.charCodeAt(k))) k++;
    if (k === next && next - (ls + 1) > (text.charCodeAt(next - 1) === CR ? 1 : 0))
      out.push({ start: ls + 1, end: ls + 1, text: '', rowEnd: false });
    ls = next;
  }
  return out;
}

/** The cells of one block's text, offsets relative to it: pipe rows cell by cell, other lines word by word. */
export function cellsIn(s: string): Cell[] {
  const out: Cell[] = [];
  let ls = 0;
  while (ls <= s.length && out.length < MAX_BLOCK_CELLS) {
    let le = s.indexOf('\n', ls);
    if (le < 0) le = s.length;
    let a = ls;
    while (a < le && isSpace(s.charCodeAt(a))) a++;
    let e = le;
    while (e > a && isSpace(s.charCodeAt(e - 1))) e--;
    // a GFM row starts with a pipe; text taken from a web page's table may only end its cells with one
    if (s.charCodeAt(a) === PIPE || (e > a && s.charCodeAt(e - 1) === PIPE)) {
      if (!DELIMITER_ROW.test(s.slice(a, le))) pipeRow(s, a, le, out);
    } else if (a === le && le - ls > (s.charCodeAt(le - 1) === CR ? 1 : 0)) {
      // a line of spaces inside a block (text indented as code keeps its blank lines): an empty cell
      out.push({ start: ls, end: ls, text: '', rowEnd: false });
    } else words(s, a, le, out);
    ls = le + 1;
  }
  // a paragraph of U+3000 alone (Markdown keeps it as text): a web page's empty cell
  if (out.length === 0) out.push({ start: 0, end: 0, text: '', rowEnd: false });
  return out;
}

/**
 * The cells of a pipe row from `a` (its leading `|`, if any) to `le`; `\|` is a pipe inside a cell. A
 * line of one cell (`238.93 |`: a table pasted one cell per line) ends no row.
 */
function pipeRow(s: string, a: number, le: number, out: Cell[]): void {
  let e = le;
  while (e > a && isSpace(s.charCodeAt(e - 1))) e--;
  const closed = e - 1 >= a && s.charCodeAt(e - 1) === PIPE && s.charCodeAt(e - 2) !== BACKSLASH && (e - 1 > a || s.charCodeAt(a) !== PIPE);
  const last = closed ? e - 1 : e;
  let from = s.charCodeAt(a) === PIPE ? a + 1 : a;
  const first = out.length;
  for (let k = from; k <= last && out.length < MAX_BLOCK_CELLS; k++) {
    if (k < last && !(s.charCodeAt(k) === PIPE && s.charCodeAt(k - 1) !== BACKSLASH)) continue;
    let cs = from;
    let ce = k;
    while (cs < ce && isSpace(s.charCodeAt(cs))) cs++;
    while (ce > cs && isSpace(s.charCodeAt(ce - 1))) ce--;
    out.push({ start: cs, end: ce, text: s.slice(cs, ce), rowEnd: false });
    from = k + 1;
  }
  if (out.length > first + 1) (out[out.length - 1] as Cell).rowEnd = true;
}

/** Space-separated words from `a` to `le`, each a cell. */
function words(s: string, a: number, le: number, out: Cell[]): void {
  let i = a;
  while (i < le && out.length < MAX_BLOCK_CELLS) {
    while (i < le && isSpace(s.charCodeAt(i))) i++;
    const start = i;
    while (i < le && !isSpace(s.charCodeAt(i))) i++;
    if (i > start) out.push({ start, end: i, text: s.slice(start, i), rowEnd: false });
  }
}
