// Jixiao: 复制 CI 检查配置 — the walkthrough's CI workflow (walkthrough/ci-workflow.yml, shown in
// walkthrough/cli.md) copied to the clipboard, to be saved as .github/workflows/jixiao.yml; ticks the
// walkthrough's CI step.
import * as vscode from 'vscode';
import { l10n } from './lang.js';
import { tick } from './walkthrough.js';
import { WALKTHROUGH_KEYS } from './walkthrough-events.js';

export async function copyCiWorkflow(context: vscode.ExtensionContext): Promise<void> {
  const file = vscode.Uri.joinPath(context.extensionUri, 'walkthrough', 'ci-workflow.yml');
  await vscode.env.clipboard.writeText(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
  tick(WALKTHROUGH_KEYS.ciCopied);
  void vscode.window.showInformationMessage(l10n.t('Copied the CI workflow: save it in the repository as .github/workflows/jixiao.yml.'));
}
