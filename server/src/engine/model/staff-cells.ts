// Headcounts a form states in cells rather than sentences: 岳阳's fixed form gives each cell its own
// paragraph (`人员编制` / `21` / `实有人数` / `21`, sometimes each with its bar left on: `人员编制 |` / `36 |`),
// Hunan's 基础数据表 a row under the header `| 编制数 | 实际在职人数 | 控制率 |`, or, flattened, the header
// cells one per paragraph and then the values in the same order (`编制数` / `2023 年实际在职人数` / `控制率` /
// `46` / `50` / `108.70%`). The lines that may be such a cell are kept per chunk, each looked at once.
import type { TextLine } from '../parse/blocks.js';
import type { ChunkView } from '../parse/chunks.js';
import { lineMemo } from '../parse/line-memo.js';
import { pickedLines } from '../parse/picked-lines.js';
import { barSegments } from '../text/bar-segments.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { writtenAs } from '../text/traditional.js';
import type { Head } from './headcount.js';
import { titleReading } from './recognise.js';

export interface StaffCells {
  posts: Head;
  staff: Head;
}

/** A cell may name its year first (2023 年实际在职人数). */
const YEAR = '(?:\\d{4}[ \\u3000]?年度?[ \\u3000]?)?';
const POSTS_CELL = new RegExp(`^${YEAR}(?:人员编制|编制数|编制人数|核定编制数?|编制)(?:[(（]人[)）])?$`);
const STAFF_CELL = new RegExp(`^${YEAR}(?:实有人数|在职人数|实际在职人数|实有在职人数|在职人员数?)(?:[(（]人[)）])?$`);
const NUMBER = /^\d{1,5}$/;
/** The longest cell read as a label: longer text is a sentence, not compared. */
const LONGEST_LABEL = 40;
/**
 * A label cell as a page in traditional script with glued pinyin writes it reads as the simplified one
 * (`編制數(shù)`, `2023年實際在職人數(shù)`: 2023-湖南-岳阳楼区文化旅游广电体育局-自评表).
 */
const reading = (label: string): string => (label.length <= LONGEST_LABEL ? titleReading(label) : label);
const isPosts = (label: string): boolean => POSTS_CELL.test(reading(label));
const isStaff = (label: string): boolean => STAFF_CELL.test(reading(label));
/**
 * Every 编制 label holds 制 and every 实有 label 人, in simplified script or as a character the traditional
 * reading writes so (製 for 制): a line holding none of them names no cell, and is passed over without the
 * reading (a report's every line is asked).
 */
export const CELL_CHARS = ['制', '人'] as const;
const CELL_SOURCES = [...CELL_CHARS, ...CELL_CHARS.flatMap((c) => writtenAs(c))];
export const mayNameCell = (text: string): boolean => CELL_SOURCES.some((c) => text.includes(c));
/** The same test on a chunk's whole text (picked-lines.ts's Needs). */
const CELL_NEEDS = new RegExp(CELL_SOURCES.map(escapeRegExp).join('|'));
/** A value cell of a flattened row: a count, an amount or a rate. */
const VALUE = /^\d{1,9}(?:\.\d{1,4})?%?$/;
/** Header cells read before their values, in a row flattened one cell per paragraph. */
const MAX_COLUMNS = 6;
/** Lines between the 编制 cell and the 实有 cell of one form (联系人 … 电话 … sit between them). */
const WINDOW = 8;

/** The one cell a line holds: its text alone, or the one cell between its bars (`36 |`); else undefined. */
function lone(line: string): Cell | undefined {
  if (!line.includes('|')) {
    const text = line.trim();
    return { text, at: line.indexOf(text) };
  }
  const filled = cells(line).filter((c) => c.text !== '');
  return filled.length === 1 ? filled[0] : undefined;
}

/** A count in the line's one cell, with the cell's span. */
function countIn(line: TextLine | undefined, label: string): Head | undefined {
  const cell = line && lone(line.text);
  if (!line || !cell || !NUMBER.test(cell.text)) return undefined;
  return { start: line.start + cell.at, end: line.start + cell.at + cell.text.length, count: Number(cell.text), label };
}

/** A count in the cell (line) after a label cell; the cell's own span. */
const countAfter = (lines: readonly TextLine[], i: number, label: string): Head | undefined => countIn(lines[i + 1], label);

/**
 * Header cells one per line from `i` (the 编制 cell), then as many value cells in the same order: the
 * 编制 and 实有 columns' values. Every cell of both runs must be there, or nothing is read.
 */
function columnRun(lines: readonly TextLine[], i: number): StaffCells | undefined {
  const labels: string[] = [];
  let k = i;
  for (; k < lines.length && labels.length < MAX_COLUMNS; k++) {
    const cell = lone((lines[k] as TextLine).text);
    if (!cell || cell.text === '' || VALUE.test(cell.text)) break;
    labels.push(cell.text);
  }
  const p = labels.findIndex(isPosts);
  const s = labels.findIndex(isStaff);
  if (p !== 0 || s < 0) return undefined;
  // the values in order; the last column's may be missing (a 控制率 left empty, its paragraph dropped with it)
  let values = lines.slice(k, k + labels.length);
  const valueAt = (v: TextLine): boolean => VALUE.test(lone(v.text)?.text ?? '');
  if (values.length === labels.length && !valueAt(values[values.length - 1] as TextLine)) values = values.slice(0, -1);
  if (values.length < Math.max(labels.length - 1, s + 1) || !values.every(valueAt)) return undefined;
  const posts = countIn(values[p], labels[p] as string);
  const staff = countIn(values[s], labels[s] as string);
  return posts && staff ? { posts, staff } : undefined;
}

interface Cell {
  text: string;
  /** Offset of the trimmed text in the line. */
  at: number;
}

/** The cells of a table row, each with where its text starts in the line. */
function cells(line: string): Cell[] {
  const out: Cell[] = [];
  for (const seg of barSegments(line)) {
    const text = seg.text.trim();
    // the text before a leading bar, or after a trailing one, is no cell
    if (text || (!seg.first && !seg.last)) out.push({ text, at: seg.from + seg.text.indexOf(text) });
  }
  return out;
}

/** A header row naming both columns, and the first row of numbers under it. */
function tableRow(lines: readonly TextLine[], i: number): StaffCells | undefined {
  const header = cells(lines[i]?.text ?? '');
  const p = header.findIndex((c) => isPosts(c.text));
  const s = header.findIndex((c) => isStaff(c.text));
  if (p < 0 || s < 0) return undefined;
  for (const row of lines.slice(i + 1, i + 3)) {
    const values = cells(row.text);
    // the delimiter row (|---|---|)
    if (values.every((v) => /^:?-{3,}:?$/.test(v.text))) continue;
    const at = (k: number): Head | undefined => {
      const v = values[k];
      if (!v || !NUMBER.test(v.text)) return undefined;
      return { start: row.start + v.at, end: row.start + v.at + v.text.length, count: Number(v.text), label: header[k]?.text ?? '' };
    };
    const posts = at(p);
    const staff = at(s);
    return posts && staff ? { posts, staff } : undefined;
  }
  return undefined;
}

/**
 * What a line is to the staff forms, kept on the line (asked of every line on every keystroke): a table
 * row naming both columns, a 编制 label cell, an 实有 label cell, or nothing.
 */
const cellKind = lineMemo((line): 'header' | 'posts' | 'staff' | null => {
  if (!mayNameCell(line.text)) return null;
  let label = line.text.trim();
  if (line.text.includes('|')) {
    // the row's cells, cut once: a header naming both columns, or a line holding one cell (`人员编制 |`)
    const header = cells(line.text);
    if (header.some((c) => isPosts(c.text)) && header.some((c) => isStaff(c.text))) return 'header';
    const filled = header.filter((c) => c.text !== '');
    label = filled.length === 1 ? (filled[0] as Cell).text : '';
  }
  return isPosts(label) ? 'posts' : isStaff(label) ? 'staff' : null;
});

/** The lines that are a header row or a label cell, kept per chunk: a keystroke reads the chunks parsed again. */
const cellLines = pickedLines((line) => cellKind(line) !== null, undefined, CELL_NEEDS);

/** The staff forms' cells after `from`, in the report's `lines` (the lines of its `chunks`, in order). */
export function staffCells(chunks: readonly ChunkView[], lines: readonly TextLine[], from: number): StaffCells[] {
  const out: StaffCells[] = [];
  let posts: { head: Head; at: number } | undefined;
  cellLines(chunks, (line, i) => {
    if (line.end <= from) return;
    const kind = cellKind(line) as 'header' | 'posts' | 'staff';
    if (kind === 'header') {
      const row = tableRow(lines, i);
      if (row) out.push(row);
      return;
    }
    const label = lone(line.text)?.text ?? '';
    if (kind === 'posts') {
      const head = countAfter(lines, i, label);
      if (head) posts = { head, at: i };
      else {
        const run = columnRun(lines, i);
        if (run) out.push(run);
      }
    } else if (posts && i - posts.at <= WINDOW) {
      const staff = countAfter(lines, i, label);
      if (staff) out.push({ posts: posts.head, staff });
      posts = undefined;
    }
  });
  return out;
}
