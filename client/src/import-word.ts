// Jixiao: 从 Word 导入 — a .docx (picked, or the one the command was run on in the explorer) read by the
// server as Markdown, written beside it under the same name (.md) and opened beside it, so the drafter
// checks the Word report at once. Opening a .docx in the editor (which cannot show it) offers the same.
import * as vscode from 'vscode';
import { l10n, lang } from './lang.js';
import { basename, exists } from './uri-files.js';
import { tick } from './walkthrough.js';
import { WALKTHROUGH_KEYS } from './walkthrough-events.js';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ImportWordRequest } from '../../shared/protocol.js';

const DOCX = /\.docx$/i;

export async function importWord(c: LanguageClient, from?: vscode.Uri): Promise<void> {
  const picked =
    from ??
    (
      await vscode.window.showOpenDialog({
        canSelectMany: false,
        filters: { [l10n.t('Word document')]: ['docx'] },
        openLabel: l10n.t('Import'),
      })
    )?.[0];
  if (!picked) return;
  const result = await c.sendRequest(ImportWordRequest, { uri: picked.toString() });
  if ('error' in result) {
    void vscode.window.showErrorMessage(l10n.t('Cannot import {0}: {1}', basename(picked), result.error[lang()]));
    return;
  }
  const target = picked.with({ path: picked.path.replace(DOCX, '') + '.md' });
  if (await exists(target)) {
    const overwrite = l10n.t('Overwrite');
    const open = l10n.t('Open the existing file');
    const choice = await vscode.window.showWarningMessage(l10n.t('{0} exists already.', basename(target)), overwrite, open);
    if (choice === open) await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.Beside });
    if (choice !== overwrite) return;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
  await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.Beside });
  tick(WALKTHROUGH_KEYS.created);
  for (const note of result.notes) void vscode.window.showInformationMessage(`${basename(picked)}: ${note[lang()]}`);
}

/** When a .docx is opened in a tab, offer to import it (once per file per session). */
export function offerOnOpen(c: LanguageClient): vscode.Disposable {
  const offered = new Set<string>();
  const offer = async (uri: vscode.Uri): Promise<void> => {
    if (uri.scheme !== 'file' || !DOCX.test(uri.path) || offered.has(uri.toString())) return;
    offered.add(uri.toString());
    const action = l10n.t('Import from Word');
    const choice = await vscode.window.showInformationMessage(
      l10n.t('{0} is a Word file. Import it as Markdown to check it with Jixiao?', basename(uri)),
      action,
    );
    if (choice === action) await importWord(c, uri);
  };
  const check = (tabs: readonly vscode.Tab[]): void => {
    for (const tab of tabs) {
      const input = tab.input;
      if (input instanceof vscode.TabInputCustom || input instanceof vscode.TabInputText) void offer(input.uri);
    }
  };
  check(vscode.window.tabGroups.all.flatMap((g) => g.tabs));
  return vscode.window.tabGroups.onDidChangeTabs((e) => check(e.opened));
}
