// Jixiao: 导出为 Word（公文格式） — the report (the one the command was run on from the editor's title bar or
// context menu, or the active editor's) written by the server as a .docx in the 公文 layout, beside it
// under the same name, then offered to open or to show in its folder. A report with errors is exported
// only when the drafter, shown the first of them, says so; an existing .docx only when they agree.
import * as vscode from 'vscode';
import { l10n, lang } from './lang.js';
import { basename, exists } from './uri-files.js';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExportWordRequest, type ExportWordResult } from '../../shared/protocol.js';

/** The errors shown in the question; the rest are counted. */
const SHOWN = 3;

export async function exportWord(c: LanguageClient, from?: vscode.Uri): Promise<void> {
  const doc = from ? await vscode.workspace.openTextDocument(from) : vscode.window.activeTextEditor?.document;
  if (!doc || doc.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(l10n.t('Open a report (Markdown file) first.'));
    return;
  }
  if (doc.isUntitled) {
    void vscode.window.showInformationMessage(l10n.t('Save the report first: the Word file is written beside it.'));
    return;
  }
  const uri = doc.uri.toString();
  let result: ExportWordResult = await c.sendRequest(ExportWordRequest, { uri });
  if ('errors' in result) {
    const listed = result.errors
      .slice(0, SHOWN)
      .map((e) => l10n.t('line {0}: {1}', e.line + 1, e.message[lang()]))
      .join('\n');
    const more = result.errors.length > SHOWN ? `\n${l10n.t('… and {0} more in the Problems view', result.errors.length - SHOWN)}` : '';
    const anyway = l10n.t('Export anyway');
    const choice = await vscode.window.showWarningMessage(
      l10n.t('{0} has {1} error(s). Correct them before it is submitted, or export it as it is?', basename(doc.uri), result.errors.length),
      { modal: true, detail: listed + more },
      anyway,
    );
    if (choice !== anyway) return;
    result = await c.sendRequest(ExportWordRequest, { uri, force: true });
  }
  if ('error' in result) {
    void vscode.window.showErrorMessage(l10n.t('Cannot export {0}: {1}', basename(doc.uri), result.error[lang()]));
    return;
  }
  if (!('docx' in result)) return;
  const target = doc.uri.with({ path: doc.uri.path.replace(/(\.(md|markdown|txt))?$/i, '.docx') });
  if (await exists(target)) {
    const overwrite = l10n.t('Overwrite');
    const choice = await vscode.window.showWarningMessage(l10n.t('{0} exists already.', basename(target)), { modal: true }, overwrite);
    if (choice !== overwrite) return;
  }
  await vscode.workspace.fs.writeFile(target, Buffer.from(result.docx, 'base64'));
  const open = l10n.t('Open');
  const reveal = l10n.t('Show in folder');
  const choice = await vscode.window.showInformationMessage(l10n.t('Wrote {0} (公文 layout).', basename(target)), open, reveal);
  if (choice === open) await vscode.env.openExternal(target);
  else if (choice === reveal) await vscode.commands.executeCommand('revealFileInOS', target);
}
