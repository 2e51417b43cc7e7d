// The test client lets its process end after stop(), even when the server died in the middle of a
// message: vscode-jsonrpc re-arms its partial-message timer for ever while such a message stays in
// its buffer, which once kept test/lsp/code-cache.test.ts alive after its last test and stalled CI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('a client whose server stopped mid-message lets the process exit after stop()', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-client-exit-'));
  const server = join(dir, 'half-a-message.cjs');
  // answers nothing, writes the start of a message and stays alive until killed
  writeFileSync(server, 'process.stdout.write("Content-Length: 100\\r\\n\\r\\n{\\"jsonrpc\\""); setInterval(() => {}, 1000);\n');
  const script = [
    `import { TestClient } from ${JSON.stringify(new URL('./client.ts', import.meta.url).href)};`,
    `const c = new TestClient({ serverPath: ${JSON.stringify(server)} });`,
    'await new Promise((r) => setTimeout(r, 300));',
    'await c.stop();',
  ].join('\n');
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
  assert.equal(run.error, undefined, `still running after 30 s (${run.error?.message ?? ''})`);
  assert.equal(run.status, 0, run.stderr);
  assert.ok(Date.now() - started < 20_000, `took ${Date.now() - started} ms to exit`);
});
