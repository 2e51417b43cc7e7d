// Table rows that lost their table: web pages and PDF extraction give a 自评表 row as its label and
// its figures in a line, often broken over two (`年度资金总额(万元): 1 52.800000` / `52.800000 52.800000
// 100.00% 30.800000 58.33%`, 名山 2024). Read here as typed rows — a label, then two or more figures
// (numbers or percentages) separated by spaces — at their exact offsets, for the table rules to come
// (DOMAIN-TABLES §3). Figures glued together (`年度资金总额:202010100.00%10`) cannot be split with
// certainty and are not read. Worked out per paragraph on demand, kept with the paragraph's block
// (relative to its start, so a block moved by an edit elsewhere keeps its rows).
import type { Block } from '../parse/blocks.js';

export type CellKind = 'number' | 'percent';

export interface FlatCell {
  start: number;
  end: number;
  text: string;
  kind: CellKind;
  /** The figure (commas dropped); a percentage as written, 96% → 96. */
  value: number;
}

export interface FlatRow {
  start: number;
  end: number;
  label: { start: number; end: number; text: string };
  cells: FlatCell[];
}

/** The longest label read: a row's name, not a sentence. */
const MAX_LABEL = 30;
const MIN_CELLS = 2;

const SPACE = new Set([' ', '\t', '\n', '\r', '\u3000', '\u00a0']);
/** Where a label glued to the prose before it begins: after the last of these in its token. */
const LABEL_CUT = new Set(['。', '，', ',', '；', ';', '、', '！', '？']);
const FIGURE = /^[-+]?[0-9]{1,3}(?:,[0-9]{3})*(?:\.[0-9]+)?[%％]?$|^[-+]?[0-9]+(?:\.[0-9]+)?[%％]?$/;
const CJK = /[\u4e00-\u9fff]/;

const memo = new WeakMap<Block, FlatRow[]>();

/** The flattened table rows of the document's paragraphs, in text order, at their offsets in `text`. */
export function flatRows(text: string, blocks: readonly Block[]): FlatRow[] {
  const out: FlatRow[] = [];
  for (const b of blocks) {
    let rel = memo.get(b);
    if (!rel) {
      rel = rowsIn(text.slice(b.start, b.end));
      memo.set(b, rel);
    }
    for (const r of rel) out.push(shifted(r, b.start));
  }
  return out;
}

function shifted(r: FlatRow, by: number): FlatRow {
  return {
    start: r.start + by,
    end: r.end + by,
    label: { start: r.label.start + by, end: r.label.end + by, text: r.label.text },
    cells: r.cells.map((c) => ({ ...c, start: c.start + by, end: c.end + by })),
  };
}

/** Rows in one paragraph's text, offsets relative to it: one pass over its space-separated tokens. */
export function rowsIn(s: string): FlatRow[] {
  const out: FlatRow[] = [];
  let label: { start: number; end: number } | undefined; // the last token that was not a figure
  let cells: FlatCell[] = [];
  const close = (): void => {
    if (label && cells.length >= MIN_CELLS) {
      const l = labelOf(s, label.start, label.end);
      if (l) out.push({ start: l.start, end: (cells[cells.length - 1] as FlatCell).end, label: l, cells });
    }
    cells = [];
  };
  let i = 0;
  while (i < s.length) {
    while (i < s.length && SPACE.has(s[i] as string)) i++;
    const start = i;
    while (i < s.length && !SPACE.has(s[i] as string)) i++;
    if (i === start) break;
    const token = s.slice(start, i);
    if (FIGURE.test(token)) {
      const percent = token.endsWith('%') || token.endsWith('％');
      const value = Number(token.replace(/[,%％]/g, ''));
      cells.push({ start, end: i, text: token, kind: percent ? 'percent' : 'number', value });
      continue;
    }
    close();
    label = { start, end: i };
  }
  close();
  return out;
}

/** The row name in a token: after the prose glued before it, without its colon; undefined when it is no name. */
function labelOf(s: string, start: number, end: number): FlatRow['label'] | undefined {
  let a = start;
  for (let k = start; k < end; k++) if (LABEL_CUT.has(s[k] as string)) a = k + 1;
  let e = end;
  while (e > a && (s[e - 1] === ':' || s[e - 1] === '：')) e--;
  const text = s.slice(a, e);
  if (text.length === 0 || [...text].length > MAX_LABEL || !CJK.test(text)) return undefined;
  return { start: a, end: e, text };
}
