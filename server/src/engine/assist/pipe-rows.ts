// GFM pipe rows as the text holds them: a line's unescaped pipes and cells, and whether the rows
// above make a table (a header, then a delimiter row of as many cells). What formatting a table and
// completion inside one read a line by, without the parse (a table still being written counts too).
import { unescapedPipes } from './table-align.js';

export interface PipeRow {
  /** The unescaped pipes of the line, in order; a row without a closing pipe gets one at `end`. */
  pipes: number[];
  /** Where the line's text ends (before its `\r\n`, and before trailing spaces after the last pipe). */
  end: number;
  closed: boolean;
}

const DELIMITER_CELL = /^\s*:?-+:?\s*$/;

/** A line that starts with a pipe (after at most three spaces, as GFM allows), with its pipes. */
export function pipeRow(text: string, start: number, end: number): PipeRow | undefined {
  let k = start;
  while (k < end && k - start < 4 && text[k] === ' ') k++;
  if (text[k] !== '|') return undefined;
  const pipes = unescapedPipes(text, k, end);
  let e = end;
  while (e > k && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
  const closed = pipes.length > 1 && pipes[pipes.length - 1] === e - 1;
  return { pipes: closed ? pipes : [...pipes, e], end: e, closed };
}

/** The row's cells, the text between its pipes (spaces kept). */
export function rowCells(text: string, row: PipeRow): string[] {
  return row.pipes.slice(1).map((p, i) => text.slice((row.pipes[i] as number) + 1, p));
}

export function isDelimiterRow(text: string, row: PipeRow): boolean {
  return rowCells(text, row).every((c) => DELIMITER_CELL.test(c));
}

/** A GFM table: a header, then a delimiter row of as many cells. */
export function isTable(text: string, rows: readonly PipeRow[]): boolean {
  const [header, delimiter] = rows;
  if (!header || !delimiter) return false;
  return rowCells(text, delimiter).length === rowCells(text, header).length && isDelimiterRow(text, delimiter);
}
