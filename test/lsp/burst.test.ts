// Edits that arrive together (an editor replaying a macro, a client that does not wait) are checked
// once at their newest version, not once per edit; a client that waits for each check is answered at
// once (see `schedule` in server/src/lsp/session.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readExample } from '../helpers.js';
import { TestClient } from './client.js';

const URI = 'file:///reports/2019.md';
const R2019 = readExample('2019-湛江市科技局-整体绩效自评报告.md');

test('200 edits sent without waiting: a handful of checks, the last at the newest version', async () => {
  const c = new TestClient();
  try {
    await c.initialize();
    await c.open(URI, R2019);
    await c.diagnosticsOf(URI);
    const before = c.publishCount.get(URI) ?? 0;
    const sent: Promise<void>[] = [];
    for (let i = 0; i < 200; i++)
      sent.push(c.change(URI, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '字' }]));
    await Promise.all(sent);
    const last = await c.until(() => {
      const p = c.published(URI);
      return p?.version === 201 ? p : undefined;
    }, 'the diagnostics of version 201');
    const checks = (c.publishCount.get(URI) ?? 0) - before;
    assert.ok(checks <= 10, `${checks} checks for 200 queued edits`);
    assert.ok(last.diagnostics.length > 0);
  } finally {
    await c.stop();
  }
});
