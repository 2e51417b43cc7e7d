// Completion items from the engine's suggestions: boilerplate items and due headings, and in a 自评表
// the indicator names and directions. Offered on explicit invocation (Ctrl+Space) and after 、 — never
// while a Chinese input method is composing.
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver-types';
import { completionsAt, type Suggestion } from '../engine/assist/complete.js';
import { tableCompletionsAt } from '../engine/assist/complete-table.js';
import type { BoilerplateLibrary, Lang, Template } from '../engine/index.js';
import type { Analysis } from './analysis.js';
import { toRange } from './convert.js';

const KIND: Record<Suggestion['kind'], CompletionItemKind> = {
  heading: CompletionItemKind.Module,
  boilerplate: CompletionItemKind.Text,
  indicator: CompletionItemKind.Value,
  comparator: CompletionItemKind.Operator,
};

export function completionItems(
  a: Analysis,
  offset: number,
  lang: Lang,
  library: BoilerplateLibrary,
  templates: readonly Template[],
): CompletionItem[] {
  return [...completionsAt(a.report, offset, library), ...tableCompletionsAt(a.report, offset, templates)].map((s) => ({
    label: s.label,
    kind: KIND[s.kind],
    detail: s.detail[lang],
    documentation: { kind: 'markdown', value: s.documentation },
    sortText: s.sortText,
    filterText: a.report.text.slice(s.replace.start, s.replace.end) + s.label,
    insertTextFormat: InsertTextFormat.PlainText,
    textEdit: { range: toRange(a.report.index, s.replace), newText: s.insertText },
  }));
}
