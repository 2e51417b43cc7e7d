// How long Jixiao takes to start (issue 18 §5): the client writes, to its output channel, the moment it
// was activated, the server answered (ready), and the first findings of a report arrived, each as epoch
// milliseconds with the time since activation. The e2e scenario 0-start reads them (docs/benchmarks.md,
// "Start in VS Code").
import type * as vscode from 'vscode';
import type { StatusParams } from '../../shared/protocol.js';

export function startClock(channel: vscode.OutputChannel): { ready(): void; status(s: StatusParams): void } {
  const activated = Date.now();
  const say = (what: string): void => {
    const now = Date.now();
    channel.appendLine(`jixiao start: ${what} at ${now} (+${now - activated} ms)`);
  };
  say('activated');
  let found = false;
  return {
    ready: () => say('server ready'),
    status: (s) => {
      if (found || !s.isReport || s.errors + s.warnings + s.infos === 0) return;
      found = true;
      say(`first findings (${s.uri.slice(s.uri.lastIndexOf('/') + 1)})`);
    },
  };
}
