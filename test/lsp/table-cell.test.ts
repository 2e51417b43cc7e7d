// The 自评表 in the editor (issue 15 §3), through the built language server: hover on a cell shows the
// recomputed value with its formula; a quick fix asked for on the cell writes that value into it, the
// GFM table's pipes staying lined up; the fix is never applied by fix-all. On a made-up table
// (test/fixtures/tables/made-up-自评表.md).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { readFixture } from '../helpers.js';
import { displayWidth } from '../../server/src/engine/text/display-width.js';
import { TestClient } from './client.js';

const TEXT = readFixture('tables/made-up-自评表.md');
const URI = 'file:///reports/made-up-table.md';

function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `“${needle}” not in text`);
  const before = text.slice(0, at + delta).split('\n');
  return { line: before.length - 1, character: (before[before.length - 1] as string).length };
}

/** Each pipe row's pipes as display columns. */
const pipeColumns = (text: string): number[][] =>
  text
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .map((l) => [...l].flatMap((ch, i, all) => (ch === '|' ? [displayWidth(all.slice(0, i).join(''))] : [])));

describe('language server: the 自评表 cells', () => {
  const client = new TestClient();
  before(async () => {
    await client.initialize();
    await client.open(URI, TEXT, 1);
  });
  after(() => client.stop());

  const hover = (needle: string, delta = 1) =>
    client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: URI },
      position: positionOf(client.text(URI), needle, delta),
    });

  test('hover on the execution rate: 108 ÷ 120 = 90.00 %, the table’s 95% wrong; the range is the cell', async () => {
    const h = await hover('95%');
    assert.ok(h);
    assert.equal(
      (h.contents as { value: string }).value,
      '**年度资金总额 执行率** = 全年执行数 ÷ 全年预算数 = 108 ÷ 120 = **90.00 %**\n\n✗ 表中写作 95%，应为 90.00%',
    );
    assert.deepEqual(h.range, { start: positionOf(TEXT, '95%'), end: positionOf(TEXT, '95%', 3) });
  });

  test('hover on the rate’s 得分 and on the 总分', async () => {
    const score = await hover('10   |\n| 其中');
    assert.match((score?.contents as { value: string }).value, /^\*\*得分\*\* = 执行率 × 分值 = 90\.00 % × 10 = \*\*9\.00\*\*/);
    const total = await hover('100   |');
    assert.match(
      (total?.contents as { value: string }).value,
      /^\*\*总分\*\* = Σ 得分 = 10 \+ 50 \+ 30 \+ 10 = \*\*100\.00\*\*.*\n\n✓ 与表中所写 100 相符$/,
    );
  });

  test('a quick fix on the rate cell writes 90.00% there, with the diagnostic on it; pipes stay lined up', async () => {
    const diags = await client.diagnosticsOf(URI);
    const rate = diags.find((d) => d.code === 'table-execution-rate') as Diagnostic;
    assert.ok(rate);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: rate.range,
      context: { diagnostics: [rate], only: ['quickfix'] },
    });
    const fix = actions.find((a) => a.title === '将执行率改为重算的 90.00%');
    assert.ok(fix?.edit?.changes, actions.map((a) => a.title).join(', '));
    assert.equal(fix.isPreferred, undefined);
    assert.deepEqual(
      fix.diagnostics?.map((d) => d.code),
      ['table-execution-rate'],
    );
    const before = client.text(URI);
    await client.change(URI, fix.edit.changes[URI] ?? []);
    const after = client.text(URI);
    assert.equal(after, before.replace('| 95%    |', '| 90.00% |'));
    assert.deepEqual(pipeColumns(after), pipeColumns(before));
    const now = await client.diagnosticsOf(URI);
    assert.equal(now.filter((d) => d.code === 'table-execution-rate').length, 0);
  });

  test('asked on the 得分 with no diagnostic in the request, the fix is still offered; then the 总分 follows', async () => {
    const at = positionOf(client.text(URI), '10   |\n| 其中', 1);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: { start: at, end: at },
      context: { diagnostics: [] },
    });
    const fix = actions.find((a) => a.title === '将预算执行率得分改为重算的 9.00');
    assert.ok(fix?.edit?.changes);
    await client.change(URI, fix.edit.changes[URI] ?? []);
    assert.ok(client.text(URI).includes('| 10   | 90.00% | 9.00 |'));
    // the total is now one short of Σ 得分 = 99.00, wider than its column: the column widens in every row
    const t = positionOf(client.text(URI), '100   |', 1);
    const totals = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: { start: t, end: t },
      context: { diagnostics: [] },
    });
    const total = totals.find((a) => a.title === '将总分改为各行得分之和 99.00');
    assert.ok(total?.edit?.changes);
    await client.change(URI, total.edit.changes[URI] ?? []);
    assert.ok(client.text(URI).includes('| 总分     |              |              |            |            | 100  | 99.00 |'));
    const rows = pipeColumns(client.text(URI)).slice(4);
    for (const r of rows) assert.deepEqual(r, rows[0]);
  });

  test('fix-all never writes a recomputed cell (the table’s other figures may be the wrong ones)', async () => {
    await client.open('file:///reports/made-up-table-2.md', TEXT, 1);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: 'file:///reports/made-up-table-2.md' },
      range: { start: positionOf(TEXT, '95%'), end: positionOf(TEXT, '95%') },
      context: { diagnostics: [], only: ['source.fixAll.jixiao'] },
    });
    for (const a of actions)
      for (const edits of Object.values(a.edit?.changes ?? {})) for (const e of edits) assert.ok(!e.newText.includes('90.00%'));
  });
});
