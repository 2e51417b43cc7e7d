// After 、 opens Jixiao's list, whatever the drafter writes next closes it (issue 18 §4). VS Code does not
// refilter a list while an input method composes, so the list stayed under the caret, where the input
// method's candidate window sits, until the phrase was committed; and an extension sees no composition
// event. It sees the document change: the composition's letters written into the line. So at the first
// text written into the document after a list asked for by a trigger character, the client hides the
// suggest widget. The server makes the committed phrase close it too (server/src/lsp/completion.ts);
// Ctrl+Space lists are left alone: there typing narrows the list.
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

/** The document whose trigger-character list may be open. */
let offeredIn: string | undefined;

export const closeOnTyping: Pick<Middleware, 'provideCompletionItem'> = {
  provideCompletionItem: async (document, position, context, token, next) => {
    offeredIn = undefined;
    const items = await next(document, position, context, token);
    if (context.triggerKind === vscode.CompletionTriggerKind.TriggerCharacter) offeredIn = document.uri.toString();
    return items;
  },
};

export function registerCloseOnTyping(): vscode.Disposable {
  return vscode.workspace.onDidChangeTextDocument((e) => {
    if (offeredIn !== e.document.uri.toString() || !e.contentChanges.some((c) => c.text.length > 0)) return;
    offeredIn = undefined;
    void vscode.commands.executeCommand('hideSuggestWidget');
  });
}
