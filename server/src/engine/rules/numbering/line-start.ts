// The lines that may start with a number, for the checks of heading-numbering that look for one at a line's start
// (empty-marker, lost-close, lost-open, circled-skip, glued-marker, glued-first, first-lost). Each of them had a picker
// that tried its own expression on every line; now one cheap reading of each line — the first character after its
// indent — lets through the lines whose first character could start a number, or whose reading has a marker, and each
// check's picker tests those alone (pickedLines' `among`), kept per chunk as before.
import { readingOf, type TextLine } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { pickedLines } from '../../parse/picked-lines.js';

/** The first characters of the numbers the checks read: brackets (empty, or round a numeral), numerals, digits, ① … ⑳. */
const STARTS = new Set([
  ...'(（<【0123456789一二三四五六七八九十',
  ...Array.from({ length: 20 }, (_, i) => String.fromCharCode(0x2460 + i)),
]);

/** Where the first character after the spaces and tabs the checks' expressions skip at a line's start stands. */
export const leadAt = lineMemo((line: TextLine): number => {
  const t = line.text;
  let i = 0;
  while (i < t.length && (t[i] === ' ' || t[i] === '\t' || t[i] === '\u3000')) i++;
  return i;
});

/** The first character after the line's indent ('' on a blank line). */
export const leadOf = (line: TextLine): string => line.text.charAt(leadAt(line));

/** The lines that may start with a number: what the checks' pickers test. */
export const numberStartLines = pickedLines((line) => STARTS.has(leadOf(line)) || readingOf(line).head.marker !== undefined);

/** A top-level number at a line's start (一、 … 十、), its numeral captured. */
export const TOP_NUMBER = /^[ \t\u3000]*([一二三四五六七八九十]{1,3})、/;

/** The numeral of the top-level number the line starts with, or null: read once a line for the checks that ask. */
export const topNumeralOf = lineMemo((line: TextLine): string | null => TOP_NUMBER.exec(line.text)?.[1] ?? null);

/** The lines that start with a top-level number (first-lost, glued-top, run-in-first). */
export const topNumberLines = pickedLines((line) => topNumeralOf(line) !== null, numberStartLines);
