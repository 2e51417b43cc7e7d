// Jixiao: 检查工作区全部报告 — the server checks every report of the workspace's folders into the Problems
// view (server/src/lsp/check-workspace.ts); here, a cancellable notification shows its progress, and a
// summary says what was checked and what was not, with a button to the Problems view.
import * as vscode from 'vscode';
import { l10n } from './lang.js';
import { WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import { CheckWorkspaceRequest, type CheckWorkspaceResult } from '../../shared/protocol.js';

let runs = 0;

export async function checkWorkspace(c: LanguageClient): Promise<void> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage(l10n.t('Open a folder of reports first.'));
    return;
  }
  const token = `jixiao.checkWorkspace.${++runs}`;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: l10n.t('Jixiao: checking all reports'), cancellable: true },
    async (progress, cancel) => {
      let done = 0;
      const listening = c.onProgress(WorkDoneProgress.type, token, (v) => {
        if (v.kind !== 'report') return;
        const percentage = v.percentage ?? done;
        progress.report({ message: v.message, increment: percentage - done });
        done = percentage;
      });
      try {
        return await c.sendRequest(CheckWorkspaceRequest, { workDoneToken: token }, cancel);
      } finally {
        listening.dispose();
      }
    },
  );
  const problems = l10n.t('Open Problems');
  const answer = await vscode.window.showInformationMessage(summary(result), problems);
  if (answer === problems) await vscode.commands.executeCommand('workbench.actions.view.problems');
}

function summary(r: CheckWorkspaceResult): string {
  const parts = [l10n.t('{0} reports checked: {1} errors, {2} warnings, {3} notes.', r.reports, r.errors, r.warnings, r.infos)];
  if (r.cancelled) parts.unshift(l10n.t('Stopped.'));
  if (r.notReports.length > 0)
    parts.push(l10n.t('{0} files do not look like a report: {1}.', r.notReports.length, shortList(r.notReports)));
  if (r.unreadable.length > 0)
    parts.push(l10n.t('{0} files could not be read: {1}.', r.unreadable.length, shortList(r.unreadable.map((u) => u.path))));
  return parts.join(' ');
}

const SHOWN = 3;
const shortList = (paths: string[]): string => (paths.length > SHOWN ? `${paths.slice(0, SHOWN).join(', ')}, …` : paths.join(', '));
