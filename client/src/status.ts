// The status bar item on report files: the template in use and the number of findings; a click opens
// the Problems view. Fed by the server's status notification (shared/protocol.ts).
import * as vscode from 'vscode';
import { l10n, lang } from './lang.js';
import type { LanguageClient } from 'vscode-languageclient/node';
import { StatusNotification, type StatusParams } from '../../shared/protocol.js';

/** `also` is told every status too (the walkthrough's steps): the client has one handler per notification. */
export function registerStatusBar(context: vscode.ExtensionContext, client: LanguageClient, also: (s: StatusParams) => void): void {
  const item = vscode.window.createStatusBarItem('jixiao.status', vscode.StatusBarAlignment.Left, 10);
  item.name = l10n.t('Jixiao report check');
  item.command = 'workbench.actions.view.problems';
  const statuses = new Map<string, StatusParams>();
  const show = (): void => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const s = uri ? statuses.get(uri) : undefined;
    if (!s?.isReport) {
      item.hide();
      return;
    }
    const counts = s.errors + s.warnings + s.infos === 0 ? '$(check)' : `$(error) ${s.errors} $(warning) ${s.warnings} $(info) ${s.infos}`;
    item.text = `$(checklist) ${s.template.shortName[lang()]} ${counts}`;
    item.tooltip = l10n.t(
      'Jixiao: checked as “{0}” ({1}): {2}. A report because {3}. Click to open the Problems view.',
      s.template.name[lang()],
      s.template.id,
      s.templateChoice.reason[lang()],
      s.recognition[lang()],
    );
    item.show();
  };

  context.subscriptions.push(
    item,
    client.onNotification(StatusNotification, (s) => {
      statuses.set(s.uri, s);
      show();
      also(s);
    }),
    vscode.window.onDidChangeActiveTextEditor(show),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('jixiao.language')) show();
    }),
    vscode.workspace.onDidCloseTextDocument((d) => statuses.delete(d.uri.toString())),
  );
}
