// Document and range formatting: the report's GFM tables lined up by display width (the engine's
// assist/format-tables.ts); text outside tables, and tables in fenced code or HTML, are left as they are.
import type { Range, TextEdit } from 'vscode-languageserver-types';
import { formatTables } from '../engine/assist/format-tables.js';
import type { Analysis } from './analysis.js';
import { toTextEdit } from './convert.js';

export function formattingEdits(a: Analysis, range: Range | undefined): TextEdit[] {
  const { index, text, parsed } = a.report;
  const span = range && { start: index.offsetAt(range.start), end: index.offsetAt(range.end) };
  return formatTables(text, parsed.opaque, span).map((e) => toTextEdit(index, e));
}
