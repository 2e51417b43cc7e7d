// The commands the extension registers are the ones its manifest contributes, and the walkthrough
// waits for commands that exist: a renamed command would otherwise leave a dead menu entry or a step
// that never completes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLIENT_COMMANDS } from '../../client/src/commands.js';
import { SERVER_COMMANDS } from '../../shared/commands.js';
import { ROOT } from '../helpers.js';

interface Manifest {
  contributes: { commands: { command: string }[]; walkthroughs: { steps: { completionEvents?: string[] }[] }[] };
}
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;

test('the manifest contributes exactly the commands the client registers', () => {
  assert.deepEqual(manifest.contributes.commands.map((c) => c.command).sort(), Object.values(CLIENT_COMMANDS).sort());
});

test('the walkthrough completes on commands the client registers', () => {
  const events = manifest.contributes.walkthroughs.flatMap((w) => w.steps.flatMap((s) => s.completionEvents ?? []));
  const commands = events.filter((e) => e.startsWith('onCommand:')).map((e) => e.slice('onCommand:'.length));
  assert.ok(commands.length > 0);
  for (const c of commands) assert.ok((Object.values(CLIENT_COMMANDS) as string[]).includes(c), `${c} is not a client command`);
});

test('the server’s commands are not contributed: the language client registers them itself', () => {
  const contributed = new Set(manifest.contributes.commands.map((c) => c.command));
  for (const c of Object.values(SERVER_COMMANDS)) assert.ok(!contributed.has(c), c);
});

test('the client registers each command it declares', () => {
  const source = readFileSync(join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
  for (const key of Object.keys(CLIENT_COMMANDS))
    assert.ok(source.includes(`registerCommand(CLIENT_COMMANDS.${key},`), `extension.ts does not register CLIENT_COMMANDS.${key}`);
});
