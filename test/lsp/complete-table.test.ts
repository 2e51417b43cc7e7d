// Completion inside a 自评表 through the built language server (issue 15 §3): on a made-up table
// (test/fixtures/tables/made-up-指标补全.md), the empty 三级指标 cell of its 时效指标 row offers the
// time indicators real tables write, and the empty 年度指标值 cell of its 成本指标 row offers ≤ first.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem } from 'vscode-languageserver-protocol';
import { readFixture } from '../helpers.js';
import { TestClient } from './client.js';

const TEXT = readFixture('tables/made-up-指标补全.md');
const URI = 'file:///reports/made-up-indicators.md';

/** The position `column` cells into the row that starts with `rowStart` (after its pipe and a space). */
function cellPosition(rowStart: string, column: number): { line: number; character: number } {
  const lines = TEXT.split('\n');
  const line = lines.findIndex((l) => l.startsWith(rowStart));
  assert.ok(line >= 0, rowStart);
  const row = lines[line] as string;
  let pipe = -1;
  for (let k = 0; k <= column; k++) pipe = row.indexOf('|', pipe + 1);
  return { line, character: pipe + 2 };
}

describe('language server: completion in a 自评表', () => {
  const client = new TestClient();
  before(async () => {
    await client.initialize();
    await client.open(URI, TEXT, 1);
  });
  after(() => client.stop());

  const items = (position: { line: number; character: number }) =>
    client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: URI }, position });

  test('the 三级指标 cell of the 时效指标 row: time indicators, as values, with where each was seen', async () => {
    const got = await items(cellPosition('|          | 时效指标', 2));
    const first = got.find((i) => i.label === '资金到位及时率');
    assert.ok(first, got.map((i) => i.label).join());
    assert.equal(first.detail, '时效指标：真实自评表常用的三级指标');
    assert.match(JSON.stringify(first.documentation), /2022-云南-永德县明朗中学-自评表/);
    assert.ok(!got.some((i) => i.label === '培训人次' || i.label === '≥'));
  });

  test('the 年度指标值 cell of the 成本指标 row: ≤ first, an edit that only inserts at the cursor', async () => {
    const at = cellPosition('|          | 成本指标', 3);
    const got = (await items(at)).sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.deepEqual(
      got.map((i) => i.label),
      ['≤', '≥', '='],
    );
    assert.deepEqual((got[0] as CompletionItem).textEdit, { range: { start: at, end: at }, newText: '≤' });
  });
});
