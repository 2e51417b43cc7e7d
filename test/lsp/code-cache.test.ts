// The engine bundle is loaded through V8's code cache: none on the first start (it is written a few
// seconds after), used on the next, refused but harmless when damaged, and never written when turned
// off. The checks are the same whichever way the engine was loaded.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { readExample } from '../helpers.js';
import { TestClient } from './client.js';

const REPORT = 'file:///reports/2019.md';
const R2019 = readExample('2019-湛江市科技局-整体绩效自评报告.md');
const dir = mkdtempSync(join(tmpdir(), 'jixiao-code-cache-'));

/** Starts a server with the cache in `cacheDir`, checks the 2019 example; returns its cache log line and diagnostics. */
async function run(cacheDir: string, keep?: (c: TestClient) => Promise<unknown>): Promise<{ log: string; diagnostics: Diagnostic[] }> {
  const c = new TestClient({ env: { JIXIAO_CACHE_DIR: cacheDir } });
  try {
    await c.initialize();
    await c.open(REPORT, R2019);
    const diagnostics = await c.diagnosticsOf(REPORT);
    const log = await c.until(() => c.logs.find((l) => l.includes('code cache:')), 'the engine-loaded log line');
    await keep?.(c);
    return { log, diagnostics };
  } finally {
    await c.stop();
  }
}

const cacheFiles = (): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.v8cache')) : []);

describe('code cache of the engine bundle', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('first start: none; written after the first checks; next start: used; same diagnostics', async () => {
    const first = await run(dir, (c) => c.until(() => (cacheFiles().length > 0 ? true : undefined), 'the cache file written', 15000));
    assert.match(first.log, /^jixiao: engine loaded in \d+ ms \(code cache: none, .*session\.cjs-[0-9a-f]{16}\.v8cache\)$/);
    assert.equal(cacheFiles().length, 1);
    const second = await run(dir);
    assert.match(second.log, /code cache: used/);
    assert.deepEqual(second.diagnostics, first.diagnostics);
  });

  test('a damaged cache is refused by V8 and the engine compiles as usual', async () => {
    const [file] = cacheFiles();
    assert.ok(file, 'the cache of the previous test');
    writeFileSync(join(dir, file), Buffer.alloc(4096, 7));
    const damaged = await run(dir);
    assert.match(damaged.log, /code cache: rejected/);
    assert.ok(damaged.diagnostics.some((d) => d.code === 'missing-section'));
  });

  test('JIXIAO_CACHE_DIR=off: no cache read or written', async () => {
    const off = await run('off');
    assert.match(off.log, /code cache: off\)$/);
    assert.ok(off.diagnostics.some((d) => d.code === 'missing-section'));
  });
});
