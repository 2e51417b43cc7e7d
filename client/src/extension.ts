// The VS Code side: starts the bundled language server over node IPC and adds its commands and the `jixiao`
// task type (tasks.ts). All checking happens in the server or the CLI; this file only connects the editor to them.
import * as vscode from 'vscode';
import { l10n, lang } from './lang.js';
import { SERVER_COMMANDS, type ServerCommandArguments, type ServerCommandResult } from '../../shared/commands.js';
import { NewReportRequest, TemplatesRequest } from '../../shared/protocol.js';
import { CLIENT_COMMANDS } from './commands.js';
import { exportWord } from './export-word.js';
import { checkWorkspace } from './check-workspace.js';
import { importWord, offerOnOpen } from './import-word.js';
import { settingsOrigin } from './settings-origin.js';
import { registerStatusBar } from './status.js';
import { registerTasks } from './tasks.js';
import { startClock } from './start-clock.js';
import { copyCiWorkflow } from './ci-workflow.js';
import { closeOnTyping, registerCloseOnTyping } from './composition.js';
import { noteFixes, registerWalkthrough, tick } from './walkthrough.js';
import { WALKTHROUGH_KEYS } from './walkthrough-events.js';
import {
  CloseAction,
  DidChangeConfigurationNotification,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/**
 * A crashed server is restarted, and the drafter is told once per session, not at every crash; after
 * five crashes in three minutes it stays down with one message that says what to do.
 */
class RestartQuietly implements ErrorHandler {
  private crashes: number[] = [];
  private told = false;

  error(): ErrorHandlerResult {
    return { action: ErrorAction.Continue, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes = [...this.crashes.filter((t) => now - t < 3 * 60_000), now];
    if (this.crashes.length > 5) {
      return {
        action: CloseAction.DoNotRestart,
        message: l10n.t(
          'Jixiao stopped 5 times in 3 minutes, not restarted: see "Jixiao: 显示输出 / Show output", then "Jixiao: 重启检查服务 / Restart server".',
        ),
      };
    }
    if (!this.told) {
      this.told = true;
      void vscode.window.showWarningMessage(
        l10n.t('The Jixiao checker stopped unexpectedly and has been restarted. Details are in "Jixiao: 显示输出 / Show output".'),
      );
    }
    return { action: CloseAction.Restart, handled: true };
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
    ],
    outputChannelName: 'Jixiao',
    errorHandler: new RestartQuietly(),
    middleware: { workspace: settingsOrigin, ...noteFixes, ...closeOnTyping },
  };
  client = new LanguageClient('jixiao', 'Jixiao', serverOptions, clientOptions);
  const c = client;

  context.subscriptions.push(
    vscode.commands.registerCommand(CLIENT_COMMANDS.newReport, () => newReport(c)),
    vscode.commands.registerCommand(CLIENT_COMMANDS.insertMissingSections, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'markdown') {
        void vscode.window.showInformationMessage(l10n.t('Open a report (Markdown file) first.'));
        return;
      }
      const args: ServerCommandArguments = [editor.document.uri.toString()];
      const result = await vscode.commands.executeCommand<ServerCommandResult | undefined>(SERVER_COMMANDS.insertMissingSections, ...args);
      if (!result?.applied) void vscode.window.showInformationMessage(l10n.t('No missing sections in this report.'));
    }),
    vscode.commands.registerCommand(CLIENT_COMMANDS.insertSelfEvalTable, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'markdown') {
        void vscode.window.showInformationMessage(l10n.t('Open a report (Markdown file) first.'));
        return;
      }
      const { line, character } = editor.selection.active;
      const args: ServerCommandArguments = [editor.document.uri.toString(), { line, character }];
      const result = await vscode.commands.executeCommand<ServerCommandResult | undefined>(SERVER_COMMANDS.insertSelfEvalTable, ...args);
      if (!result?.applied) void vscode.window.showInformationMessage(l10n.t('No self-evaluation table could be inserted here.'));
    }),
    vscode.commands.registerCommand(CLIENT_COMMANDS.restartServer, () => c.restart()),
    vscode.commands.registerCommand(CLIENT_COMMANDS.showOutput, () => c.outputChannel.show()),
    vscode.commands.registerCommand(CLIENT_COMMANDS.importWord, (uri?: vscode.Uri) =>
      importWord(c, uri instanceof vscode.Uri ? uri : undefined),
    ),
    vscode.commands.registerCommand(CLIENT_COMMANDS.exportWord, (uri?: vscode.Uri) =>
      exportWord(c, uri instanceof vscode.Uri ? uri : undefined),
    ),
    vscode.commands.registerCommand(CLIENT_COMMANDS.checkWorkspace, () => checkWorkspace(c)),
    vscode.commands.registerCommand(CLIENT_COMMANDS.copyCiWorkflow, () => copyCiWorkflow(context)),
    offerOnOpen(c),
    registerCloseOnTyping(),
    // trust granted: the settings are read again, now with the project config files (settings-origin.ts says the trust)
    vscode.workspace.onDidGrantWorkspaceTrust(() =>
      c
        .sendNotification(DidChangeConfigurationNotification.type, { settings: null })
        .catch((e: unknown) => c.outputChannel.appendLine(`jixiao: ${String(e)}`)),
    ),
  );
  const clock = startClock(c.outputChannel);
  const walkthrough = registerWalkthrough(context);
  registerStatusBar(context, c, (s) => {
    walkthrough(s);
    clock.status(s);
  });
  registerTasks(context);
  await client.start();
  clock.ready();
}

/**
 * Where a new report will be, for the templates of its folder's project config: beside the active report, else in
 * the first workspace folder (the file need not exist: the server looks up from its folder).
 */
function newReportPlace(): string | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active?.scheme === 'file') return active.toString();
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder?.scheme === 'file' ? vscode.Uri.joinPath(folder, 'new-report.md').toString() : undefined;
}

async function newReport(c: LanguageClient): Promise<void> {
  const uri = newReportPlace();
  const templates = await c.sendRequest(TemplatesRequest, uri ? { uri } : null);
  const picked = await vscode.window.showQuickPick(
    templates.map((t) => ({
      label: t.name[lang()],
      description: t.id,
      detail: t.source === 'built-in' ? undefined : t.source,
      id: t.id,
    })),
    { placeHolder: l10n.t('Choose the kind of report') },
  );
  if (!picked) return;
  const year = new Date().getFullYear() - 1;
  const result = await c.sendRequest(NewReportRequest, { templateId: picked.id, year, ...(uri ? { uri } : {}) });
  if (!result) return;
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.text });
  await vscode.window.showTextDocument(doc);
  tick(WALKTHROUGH_KEYS.created);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
