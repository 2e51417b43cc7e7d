// Settings per workspace folder: every jixiao.* setting a check uses is declared "scope": "resource",
// so in a multi-root workspace each folder's own values apply to the reports in it. The server asks
// for them with the folder as scopeUri, once per folder, and again after a configuration change.
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { readExample } from '../helpers.js';
import { StatusNotification } from '../../shared/protocol.js';
import { TestClient } from './client.js';

const R2019 = readExample('2019-湛江市科技局-整体绩效自评报告.md');
const ERROR = 1;
const WARNING = 2;
const HINT = 4;

const dirs: string[] = [];
const clients: TestClient[] = [];
after(async () => {
  await Promise.all(clients.map((c) => c.stop()));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A server over two workspace folders, `a` and `b`, each with its own jixiao.rules. */
async function twoFolders(pull: boolean) {
  const root = mkdtempSync(join(tmpdir(), 'jixiao-multi-root-'));
  dirs.push(root);
  // folder b's name starts with a's: a document in b must not take a's settings
  const [a, b] = [join(root, 'office'), join(root, 'office-2')];
  const c = new TestClient({ folders: [a, b], pull });
  clients.push(c);
  const folders = { a: `file://${a}`, b: `file://${b}` };
  c.folderSettings.set(folders.a, { rules: { 'doc-number': 'error' } });
  c.folderSettings.set(folders.b, { rules: { 'doc-number': 'hint', 'heading-numbering': 'off' } });
  await c.initialize();
  return { c, folders, a: `${folders.a}/2019.md`, b: `${folders.b}/2019.md` };
}

const severities = (ds: Diagnostic[], code: string): number[] => [
  ...new Set(ds.filter((d) => d.code === code).map((d) => d.severity ?? 0)),
];

describe('settings per workspace folder', () => {
  test(
    'the same report in two folders whose jixiao.rules differ gets each folder’s severities; a change applies to its folder ' + 'only',
    async () => {
      const { c, folders, a, b } = await twoFolders(false);
      await c.open(a, R2019);
      await c.open(b, R2019);
      const inA = await c.diagnosticsOf(a);
      const inB = await c.diagnosticsOf(b);
      assert.deepEqual(severities(inA, 'doc-number'), [ERROR], 'folder a: doc-number is an error');
      assert.deepEqual(severities(inB, 'doc-number'), [HINT], 'folder b: doc-number is a hint');
      assert.ok(inA.some((d) => d.code === 'heading-numbering'));
      assert.ok(!inB.some((d) => d.code === 'heading-numbering'), 'folder b turned heading-numbering off');
      // a report outside both folders gets the workspace-level settings: the defaults here
      await c.open('untitled:Untitled-1', R2019);
      assert.deepEqual(severities(await c.diagnosticsOf('untitled:Untitled-1'), 'doc-number'), [WARNING]);

      const scoped = c.configurationItems
        .filter((i) => i.scopeUri !== undefined)
        .map((i) => i.scopeUri)
        .sort();
      assert.deepEqual(scoped, [folders.a, folders.b], 'one read per folder, with the folder as scopeUri');

      // folder b changes its rules: after didChangeConfiguration b is checked with them, a as before
      c.folderSettings.set(folders.b, { rules: { 'doc-number': 'off' } });
      c.forgetDiagnostics(a);
      c.forgetDiagnostics(b);
      await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const changed = await c.diagnosticsWhere(
        b,
        (ds) => !ds.some((d) => d.code === 'doc-number') && ds.some((d) => d.code === 'heading-numbering'),
        'folder b checked with its new rules',
      );
      assert.ok(changed.length > 0);
      assert.deepEqual(await c.diagnosticsOf(a), inA, 'folder a unchanged');
    },
  );

  test('pulled diagnostics and the status bar’s counts use the folder’s settings too', async () => {
    const { c, a, b } = await twoFolders(true);
    const statuses = new Map<string, { errors: number }>();
    c.connection.onNotification(StatusNotification, (s) => void statuses.set(s.uri, s));
    await c.open(a, R2019);
    await c.open(b, R2019);
    const pull = async (uri: string): Promise<Diagnostic[]> =>
      (await c.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items;
    const inA = await pull(a);
    const inB = await pull(b);
    assert.deepEqual(severities(inA, 'doc-number'), [ERROR]);
    assert.deepEqual(severities(inB, 'doc-number'), [HINT]);
    const errorsA = inA.filter((d) => d.severity === ERROR).length;
    const errorsB = inB.filter((d) => d.severity === ERROR).length;
    assert.ok(errorsA > errorsB);
    await c.until(
      () => (statuses.get(a)?.errors === errorsA && statuses.get(b)?.errors === errorsB ? true : undefined),
      'each status counts its folder’s errors',
    );
  });
});
