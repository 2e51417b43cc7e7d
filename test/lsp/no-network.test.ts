// The server opens no network connection: run a whole session (open, edit, quick fix, completion,
// hover, settings with a workspace template) with every network entry point trapped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readExample, ROOT } from '../helpers.js';
import { TestClient } from './client.js';

test('a full session makes no network access', async () => {
  const client = new TestClient({
    env: { NODE_OPTIONS: `--require ${join(ROOT, 'test', 'lsp', 'no-network-preload.cjs')}` },
    settings: { templates: ['schemas/templates/project-expenditure.json'] },
  });
  try {
    await client.initialize();
    const uri = 'file:///reports/2019.md';
    const text = readExample('2019-湛江市科技局-整体绩效自评报告.md');
    await client.open(uri, text);
    const diags = await client.diagnosticsOf(uri);
    assert.ok(diags.length > 0);
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 56, character: 80 } });
    await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 130, character: 0 } });
    await client.request('textDocument/codeAction', { textDocument: { uri }, range: diags[0]?.range, context: { diagnostics: diags } });
    await client.change(uri, [{ range: { start: { line: 19, character: 2 }, end: { line: 19, character: 2 } }, newText: '(二)' }]);
    await client.diagnosticsOf(uri);
    assert.doesNotMatch(client.stderr, /NETWORK-ATTEMPT/);
  } finally {
    await client.stop();
  }
});
