// Sets the context keys the walkthrough's steps complete on (walkthrough-events.ts says which and why):
// from the server's status notifications (a new report, findings shown), from the code actions the
// server offers (each runs FIX_APPLIED_COMMAND after its edit; a server command is seen as it runs),
// and from the commands that make a report or copy the CI workflow.
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import type { StatusParams } from '../../shared/protocol.js';
import {
  FIX_APPLIED_COMMAND,
  STEP_OF,
  ticksOfStatus,
  WALKTHROUGH_ID,
  WALKTHROUGH_KEYS,
  type WalkthroughKey,
} from './walkthrough-events.js';

const ticked = new Set<WalkthroughKey>();
/** This extension's id, which prefixes its steps' ids in VS Code's walkthrough service. */
let extensionId = '';

/**
 * Ticks a step (once a session: VS Code remembers a completed step itself). The context key is what the
 * step's completionEvents wait for; but VS Code makes its walkthrough service on first use (the Welcome
 * page, a walkthrough opened), and a key set before then ticks nothing (VS Code 1.99), so the step is
 * also marked done by the workbench's own command, welcome.markStepComplete (which makes the service).
 */
export function tick(key: WalkthroughKey): void {
  if (ticked.has(key)) return;
  ticked.add(key);
  void vscode.commands.executeCommand('setContext', key, true);
  // a workbench without the command (another editor built on VS Code) still has the context key
  vscode.commands
    .executeCommand('welcome.markStepComplete', `${extensionId}#${WALKTHROUGH_ID}#${STEP_OF[key]}`)
    .then(undefined, () => undefined);
}

/** Each Jixiao code action notes, once run, that a fix was applied; a server command notes it as it runs. */
export const noteFixes: Pick<Middleware, 'provideCodeActions' | 'executeCommand'> = {
  provideCodeActions: async (document, range, context, token, next) => {
    const actions = await next(document, range, context, token);
    for (const a of actions ?? [])
      if (a instanceof vscode.CodeAction && !a.command) a.command = { title: '', command: FIX_APPLIED_COMMAND };
    return actions;
  },
  executeCommand: async (command, args, next): Promise<unknown> => {
    tick(WALKTHROUGH_KEYS.fixed);
    return (await next(command, args)) as unknown;
  },
};

/** Registers the fix command and returns what to do with each status notification (status.ts receives them: one handler per method). */
export function registerWalkthrough(context: vscode.ExtensionContext): (s: StatusParams) => void {
  extensionId = context.extension.id;
  const made = new Set<string>();
  context.subscriptions.push(
    vscode.commands.registerCommand(FIX_APPLIED_COMMAND, () => tick(WALKTHROUGH_KEYS.fixed)),
    vscode.workspace.onDidCreateFiles((e) => e.files.forEach((f) => made.add(f.toString()))),
  );
  return (s) => {
    const where = {
      active: vscode.window.activeTextEditor?.document.uri.toString() === s.uri,
      isNew: vscode.Uri.parse(s.uri).scheme === 'untitled' || made.has(s.uri),
    };
    for (const key of ticksOfStatus(s, where)) tick(key);
  };
}
