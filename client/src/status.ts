// The status bar item on report files: the template in use and the number of findings; a click opens
// the Problems view. Fed by the server's jixiao/status notification.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface Status {
  uri: string;
  isReport: boolean;
  /** The language of the server's messages (jixiao.language). */
  lang: 'zh' | 'en';
  template: { id: string; name: { zh: string; en: string }; shortName: { zh: string; en: string } };
  errors: number;
  warnings: number;
  infos: number;
}

export function registerStatusBar(context: vscode.ExtensionContext, client: LanguageClient): void {
  const item = vscode.window.createStatusBarItem('jixiao.status', vscode.StatusBarAlignment.Left, 10);
  item.name = vscode.l10n.t('Jixiao report check');
  item.command = 'workbench.actions.view.problems';
  const statuses = new Map<string, Status>();
  const show = (): void => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const s = uri ? statuses.get(uri) : undefined;
    if (!s?.isReport) {
      item.hide();
      return;
    }
    const counts = s.errors + s.warnings + s.infos === 0 ? '$(check)' : `$(error) ${s.errors} $(warning) ${s.warnings} $(info) ${s.infos}`;
    item.text = `$(checklist) ${s.template.shortName[s.lang]} ${counts}`;
    item.tooltip = vscode.l10n.t('Jixiao: checked as “{0}” ({1}). Click to open the Problems view.', s.template.name[s.lang], s.template.id);
    item.show();
  };

  context.subscriptions.push(
    item,
    client.onNotification('jixiao/status', (s: Status) => {
      statuses.set(s.uri, s);
      show();
    }),
    vscode.window.onDidChangeActiveTextEditor(show),
    vscode.workspace.onDidCloseTextDocument((d) => statuses.delete(d.uri.toString())),
  );
}
