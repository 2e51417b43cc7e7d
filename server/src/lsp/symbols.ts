// Document symbols and folding ranges for the outline. Sections whose heading is a Markdown `#`
// heading are left to the editor's own Markdown outline (no duplicates); their children are lifted.
import { SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver-types';
import type { Section } from '../engine/model/outline.js';
import type { Analysis } from './analysis.js';
import { toRange } from './convert.js';

function lastContentLine(a: Analysis, s: Section): number {
  const { index, text } = a.report;
  let line = index.lineOf(Math.max(s.start, s.end - 1));
  while (line > index.lineOf(s.start) && text.slice(index.lineStart(line), index.lineEnd(line)).trim() === '') line--;
  return line;
}

export function documentSymbols(a: Analysis): DocumentSymbol[] {
  if (!a.report.isReport) return [];
  const build = (sections: Section[]): DocumentSymbol[] =>
    sections.flatMap((s) => {
      const children = build(s.children);
      const line = s.heading.line;
      if (line.mdDepth > 0) return children;
      const end = a.report.index.lineEnd(lastContentLine(a, s));
      const symbol: DocumentSymbol = {
        name: line.text.length > 0 ? line.text.slice(0, s.heading.head.titleEnd || line.text.length) : s.heading.head.title,
        detail: s.tsec?.title !== undefined && s.tsec.title !== s.heading.head.title ? s.tsec.title : '',
        kind: SymbolKind.String,
        range: toRange(a.report.index, { start: line.start, end: Math.max(end, line.end) }),
        selectionRange: toRange(a.report.index, { start: line.start, end: line.end }),
        children,
      };
      return [symbol];
    });
  return build(a.report.outline.roots);
}

export function foldingRanges(a: Analysis): FoldingRange[] {
  if (!a.report.isReport) return [];
  const out: FoldingRange[] = [];
  for (const h of a.report.outline.headings) {
    if (h.line.mdDepth > 0) continue;
    const start = h.line.line;
    const end = lastContentLine(a, h.section);
    if (end > start) out.push({ startLine: start, endLine: end });
  }
  return out;
}
