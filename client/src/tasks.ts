// Tasks of type `jixiao` (tasks.json, or Terminal → Run Task): the bundled `jixiao check` run on the workspace folder's
// reports, its findings read into the Problems view by the `$jixiao` problem matcher (package.json). The CLI writes
// `--format unix` for it (`file:line:col: severity: message [rule]`): severity words in English whatever the message
// language, which a matcher maps (the human format's 错误/警告 it cannot), and the message as written (the github
// format's %-escapes would show as `95%25`). Run with VS Code's own Node (ELECTRON_RUN_AS_NODE).
import * as vscode from 'vscode';
import { l10n, lang } from './lang.js';

export const TASK_TYPE = 'jixiao';

interface JixiaoTaskDefinition extends vscode.TaskDefinition {
  paths?: string[];
  args?: string[];
}

export function registerTasks(context: vscode.ExtensionContext): void {
  const cli = context.asAbsolutePath('bin/jixiao.cjs');
  const task = (definition: JixiaoTaskDefinition, scope: vscode.WorkspaceFolder | vscode.TaskScope, name: string): vscode.Task => {
    const args = [cli, 'check', ...strings(definition.paths, ['.']), '--format', 'unix', '--no-progress', ...strings(definition.args, [])];
    const options: vscode.ProcessExecutionOptions = { env: { ELECTRON_RUN_AS_NODE: '1', JIXIAO_LANG: lang() } };
    if (typeof scope === 'object') options.cwd = scope.uri.fsPath;
    return new vscode.Task(definition, scope, name, 'jixiao', new vscode.ProcessExecution(process.execPath, args, options), '$jixiao');
  };
  context.subscriptions.push(
    vscode.tasks.registerTaskProvider(TASK_TYPE, {
      provideTasks: () =>
        (vscode.workspace.workspaceFolders ?? [])
          .filter((f) => f.uri.scheme === 'file')
          .map((f) => task({ type: TASK_TYPE, paths: ['.'] }, f, l10n.t('Check all reports'))),
      resolveTask: (t) => task(t.definition, t.scope ?? vscode.TaskScope.Workspace, t.name),
    }),
  );
}

/** A list of strings from tasks.json (VS Code only warns when it is not one): its strings, or the default. */
function strings(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : fallback;
}
