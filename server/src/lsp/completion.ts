// Completion items from the engine's suggestions: boilerplate items and due headings. Offered on
// explicit invocation (Ctrl+Space) and after 、 — never while a Chinese input method is composing.
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver-types';
import { completionsAt } from '../engine/assist/complete.js';
import type { BoilerplateLibrary, Lang } from '../engine/index.js';
import type { Analysis } from './analysis.js';
import { toRange } from './convert.js';

export function completionItems(a: Analysis, offset: number, lang: Lang, library: BoilerplateLibrary): CompletionItem[] {
  return completionsAt(a.report, offset, library).map((s) => ({
    label: s.label,
    kind: s.kind === 'heading' ? CompletionItemKind.Module : CompletionItemKind.Text,
    detail: s.detail[lang],
    documentation: { kind: 'markdown', value: s.documentation },
    sortText: s.sortText,
    filterText: a.report.text.slice(s.replace.start, s.replace.end) + s.label,
    insertTextFormat: InsertTextFormat.PlainText,
    textEdit: { range: toRange(a.report.index, s.replace), newText: s.insertText },
  }));
}
