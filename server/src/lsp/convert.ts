// Engine shapes ↔ LSP shapes: offsets to ranges, findings to diagnostics, edits to text edits.
import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver-types';
import { ruleDocUrl, type Finding, type Lang, type LineIndex, type Severity, type Span, type TextEdit } from '../engine/index.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(index: LineIndex, span: Span): Range {
  return { start: index.positionAt(span.start), end: index.positionAt(span.end) };
}

export function toTextEdit(index: LineIndex, e: TextEdit): LspTextEdit {
  return { range: toRange(index, e), newText: e.newText };
}

/** `data` carries the finding's index so a code action can find its fix again; `codeDescription` links the rule's page. */
export function toDiagnostic(index: LineIndex, uri: string, f: Finding, i: number, lang: Lang, version: number): Diagnostic {
  const d: Diagnostic = {
    range: toRange(index, f.span),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    source: 'jixiao',
    message: f.message[lang],
    data: { index: i, version },
  };
  const href = ruleDocUrl(f.ruleId);
  if (href) d.codeDescription = { href };
  if (f.related) {
    d.relatedInformation = f.related.map((r) => ({ location: { uri, range: toRange(index, r.span) }, message: r.message[lang] }));
  }
  return d;
}
