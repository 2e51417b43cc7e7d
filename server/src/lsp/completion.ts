// Completion items from the engine's suggestions: boilerplate items and due headings, and in a 自评表
// the indicator names and directions. Offered on explicit invocation (Ctrl+Space) and after 、 — never
// while a Chinese input method is composing.
//
// After 、 the list is an offer, not a search (issue 18 §4): the drafter may just go on writing, through
// an input method. VS Code does not refilter the list while a composition lasts, then refilters it by the
// committed phrase, so a phrase matching an item's start kept the list open with that item selected and
// Enter took it instead of starting a new line. An item offered after 、 is filtered by the text before
// the caret alone (what it replaces): whatever is typed next closes the list. On Ctrl+Space the label
// follows, so typing narrows the list as before. The client closes it as soon as a composition writes
// into the line (client/src/composition.ts).
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver-types';
import { completionsAt, type Suggestion } from '../engine/assist/complete.js';
import { tableCompletionsAt } from '../engine/assist/complete-table.js';
import type { BoilerplateLibrary, Lang, Template } from '../engine/index.js';
import type { Analysis } from './analysis.js';
import { toRange } from './convert.js';

/** LSP's CompletionTriggerKind.TriggerCharacter (in the protocol library, which the engine's bundle does not carry). */
export const TRIGGER_CHARACTER = 2;

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
  /** Asked for by a trigger character (、), not by Ctrl+Space. */
  triggered: boolean,
): CompletionItem[] {
  return [...completionsAt(a.report, offset, library), ...tableCompletionsAt(a.report, offset, templates)].map((s) => ({
    label: s.label,
    kind: KIND[s.kind],
    detail: s.detail[lang],
    documentation: { kind: 'markdown', value: s.documentation },
    sortText: s.sortText,
    filterText: a.report.text.slice(s.replace.start, s.replace.end) + (triggered ? '' : s.label),
    insertTextFormat: InsertTextFormat.PlainText,
    textEdit: { range: toRange(a.report.index, s.replace), newText: s.insertText },
  }));
}
