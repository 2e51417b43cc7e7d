// The project config file in the language server (issue 17 §1): the same `.jixiaorc.json` the CLI reads
// changes a rule's level in the editor; the file's level wins over the jixiao.rules setting; an edited
// file is read again when the editor reports the change; an untrusted workspace reads no config file;
// a broken file is said (file, line, what) and the rest of it applies. The config files are made up.
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TRUSTED_KEY } from '../../shared/configuration.js';
import { readExample } from '../helpers.js';
import { TestClient } from './client.js';

const R2019 = readExample('2019-湛江市科技局-整体绩效自评报告.md');
const HINT = 4;
const WARNING = 2;
const ERROR = 1;

const dirs: string[] = [];
const clients: TestClient[] = [];
after(async () => {
  for (const c of clients) await c.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function open(config: string, settings: Record<string, unknown> = {}): Promise<{ c: TestClient; dir: string; uri: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-lsp-config-'));
  dirs.push(dir);
  writeFileSync(join(dir, '.jixiaorc.json'), config);
  const c = new TestClient({ rootPath: dir, watchFiles: true, settings });
  clients.push(c);
  await c.initialize();
  const uri = pathToFileURL(join(dir, '2019.md')).href;
  await c.open(uri, R2019);
  return { c, dir, uri };
}

const levelsOf = (ds: Diagnostic[], rule: string): (number | undefined)[] => ds.filter((d) => d.code === rule).map((d) => d.severity);

describe('project config file in the language server', () => {
  test('the config file sets a rule level, over the jixiao.rules setting', async () => {
    const { c, uri } = await open('{\n  // made up\n  "rules": { "pasted-debris": "hint", "heading-numbering": "off" },\n}', {
      rules: { 'pasted-debris': 'error', 'doc-number': 'hint' },
    });
    const ds = await c.diagnosticsWhere(uri, (d) => d.some((x) => x.code === 'pasted-debris'), 'pasted-debris findings');
    assert.deepEqual([...new Set(levelsOf(ds, 'pasted-debris'))], [HINT], 'the file wins over the setting');
    assert.deepEqual(levelsOf(ds, 'heading-numbering'), []);
    assert.deepEqual([...new Set(levelsOf(ds, 'doc-number'))], [HINT], 'what the file does not set: the setting');
  });

  test('an edited config file is read again when the editor says it changed', async () => {
    const { c, dir, uri } = await open('{ "rules": { "pasted-debris": "hint" } }');
    await c.diagnosticsWhere(uri, (d) => levelsOf(d, 'pasted-debris').includes(HINT), 'pasted-debris as a hint');
    const file = join(dir, '.jixiaorc.json');
    writeFileSync(file, '{ "rules": { "pasted-debris": "error" } }');
    c.forgetDiagnostics(uri);
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 2 }] });
    await c.diagnosticsWhere(uri, (d) => levelsOf(d, 'pasted-debris').includes(ERROR), 'pasted-debris as an error after the edit');
  });

  test('an untrusted workspace reads no config file', async () => {
    const { c, uri } = await open('{ "rules": { "pasted-debris": "off" } }', { [TRUSTED_KEY]: false });
    const ds = await c.diagnosticsWhere(uri, (d) => d.length > 0, 'diagnostics');
    assert.deepEqual([...new Set(levelsOf(ds, 'pasted-debris'))], [WARNING], 'the built-in level');
  });

  test('a bad entry is said with its file and line; the rest of the file applies', async () => {
    const { c, uri } = await open('{\n  "rules": { "pasted-debris": "off" },\n  "executionTreshold": 95\n}');
    const ds = await c.diagnosticsWhere(uri, (d) => d.length > 0, 'diagnostics');
    assert.deepEqual(levelsOf(ds, 'pasted-debris'), []);
    await c.until(
      () => c.messages.find((m) => m.type === WARNING && /\.jixiaorc\.json:3:3: "executionTreshold" 不是配置项/.test(m.message)),
      'a warning naming the unknown key',
    );
  });
});
