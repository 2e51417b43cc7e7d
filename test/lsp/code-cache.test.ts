// The engine bundle is loaded through V8's code cache: none on the first start (it is written a few
// seconds after), used on the next, refused but harmless when damaged, and never written when turned
// off. The checks are the same whichever way the engine was loaded. Each installation has its own:
// a cache compiled by another installation of the same bundle names that installation's files in
// stack traces.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { readExample, ROOT } from '../helpers.js';
import { TestClient } from './client.js';

const REPORT = 'file:///reports/2019.md';
const R2019 = readExample('2019-湛江市科技局-整体绩效自评报告.md');
const dir = mkdtempSync(join(tmpdir(), 'jixiao-code-cache-'));

/** Starts a server with the cache in `cacheDir`, checks the 2019 example; returns its cache log line and diagnostics. */
async function run(
  cacheDir: string,
  keep?: (c: TestClient) => Promise<unknown>,
  serverPath?: string,
): Promise<{ log: string; diagnostics: Diagnostic[] }> {
  const c = new TestClient({ env: { JIXIAO_CACHE_DIR: cacheDir }, ...(serverPath ? { serverPath } : {}) });
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

const cacheFiles = (folder = dir): string[] => (existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.v8cache')) : []);

/** A copy of the built server in a folder of its own, as a second installation would be. */
function installation(name: string): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  for (const f of ['server.cjs', 'connection.cjs', 'session.cjs']) copyFileSync(join(ROOT, 'dist', f), join(folder, f));
  return join(folder, 'server.cjs');
}

describe('code cache of the engine bundle', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('first start: none; written after the first checks; next start: used; same diagnostics', async () => {
    const first = await run(dir, (c) => c.until(() => (cacheFiles().length > 0 ? true : undefined), 'the cache file written', 15000));
    assert.match(first.log, /^jixiao: engine loaded in \d+ ms \(code cache: none, .*session\.cjs-[0-9a-f]{16}-[0-9a-f]{16}\.v8cache\)$/);
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

  test('two installations of the same build keep a cache each: neither uses nor deletes the other', async () => {
    const shared = join(dir, 'shared-cache');
    const [a, b] = [installation('a'), installation('b')];
    const written = (n: number) => (c: TestClient) =>
      c.until(() => (cacheFiles(shared).length >= n ? true : undefined), `${n} cache file(s) written`, 15000);
    const firstA = await run(shared, written(1), a);
    assert.match(firstA.log, /code cache: none/);
    await run(
      shared,
      async (c) => {
        const log = await c.until(() => c.logs.find((l) => l.includes('code cache:')), 'the engine-loaded log line');
        assert.match(log, /code cache: none/, 'b compiles for itself instead of using a’s cache');
        await written(2)(c);
      },
      b,
    );
    assert.equal(cacheFiles(shared).length, 2, 'one file each');
    assert.match((await run(shared, undefined, a)).log, /code cache: used/, 'a’s cache survived b’s save');
    assert.match((await run(shared, undefined, b)).log, /code cache: used/);
  });

  test('JIXIAO_CACHE_DIR=off: no cache read or written', async () => {
    const off = await run('off');
    assert.match(off.log, /code cache: off\)$/);
    assert.ok(off.diagnostics.some((d) => d.code === 'missing-section'));
  });
});
