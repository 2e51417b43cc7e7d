// The edit that deletes whole source lines of debris, with the blank lines after them, so that the
// text around reads as if they had never been pasted (no run of empty lines left behind).
import type { TextLine } from '../../parse/blocks.js';
import type { Report } from '../../model/report.js';
import type { TextEdit } from '../../types.js';

export function deleteLines(report: Report, first: TextLine, last: TextLine): TextEdit {
  const { index, text } = report;
  let next = last.line + 1;
  const startOf = (n: number): number => (n >= index.lineCount ? text.length : index.lineStart(n));
  while (next < index.lineCount && text.slice(startOf(next), startOf(next + 1)).trim() === '') next++;
  return { start: first.lineStart, end: startOf(next), newText: '' };
}
