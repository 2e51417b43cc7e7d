// Flattened table rows (issue 14 part 4): a 自评表 row pasted as its label and figures, read as a typed
// row at exact offsets, on the corpus's web texts; prose with figures in it is not a row.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport } from '../../server/src/engine/model/report.js';
import { flatRows, rowsIn, type FlatRow } from '../../server/src/engine/model/flat-rows.js';
import { readExample, registry, ROOT } from '../helpers.js';

const rowsOf = (text: string): FlatRow[] => flatRows(text, buildReport(text, { registry }).parsed.blocks);

/** Every label and cell is the text at its offsets. */
function assertExact(text: string, rows: FlatRow[]): void {
  for (const r of rows) {
    assert.equal(text.slice(r.label.start, r.label.end), r.label.text);
    for (const c of r.cells) assert.equal(text.slice(c.start, c.end), c.text);
    assert.equal(r.start, r.label.start);
    assert.equal(r.end, (r.cells.at(-1) as { end: number }).end);
  }
}

describe('flat rows', () => {
  test('名山 2024: a row broken over two lines is one row, its percentages typed as such', () => {
    const text = readFileSync(join(ROOT, 'test/corpus/2024-四川-名山区林业局-转移支付.md'), 'utf8');
    const rows = rowsOf(text);
    assertExact(text, rows);
    const total = rows.find((r) => r.label.text === '年度资金总额(万元)');
    assert.ok(total, rows.map((r) => r.label.text).join(' · '));
    assert.deepEqual(
      total.cells.map((c) => [c.kind, c.value]),
      [
        ['number', 1],
        ['number', 52.8],
        ['number', 52.8],
        ['number', 52.8],
        ['percent', 100],
        ['number', 30.8],
        ['percent', 58.33],
      ],
    );
    // it runs on to the next line and stops at the words after it
    assert.ok(text.slice(total.start, total.end).includes('\n'));
    const central = rows.find((r) => r.label.text === '其中:中央财政资金(万元)');
    assert.equal(central?.cells.length, 7);
    assert.ok(text.slice(central.end).startsWith(' 预算下达文件'));
  });

  test('滁州 2022: 年度资金总额 99 99 99 10 100% 10', () => {
    const text = readFileSync(join(ROOT, 'test/corpus/2022-安徽-滁州市人社局-自评表.md'), 'utf8');
    const rows = rowsOf(text);
    assertExact(text, rows);
    assert.deepEqual(
      rows.find((r) => r.label.text === '年度资金总额')?.cells.map((c) => c.text),
      ['99', '99', '99', '10', '100%', '10'],
    );
  });

  test('the example of the issue (made up in a 自评表 row’s words): the label after prose, without its colon', () => {
    const s = '执行情况如下。预算执行情况: 50 48 96% 10 9.6 其余指标均已完成。';
    const [row, ...rest] = rowsIn(s);
    assert.deepEqual(rest, []);
    assert.equal(row?.label.text, '预算执行情况');
    assert.deepEqual(
      row?.cells.map((c) => c.value),
      [50, 48, 96, 10, 9.6],
    );
  });

  test('prose with figures is no row: the examples (the 2023 one is PDF text, `3232.51 万元`) have none', () => {
    for (const name of ['2019-湛江市科技局-整体绩效自评报告.md', '2023-湛江市科学技术局-整体绩效自评报告.md']) {
      assert.deepEqual(rowsOf(readExample(name)), [], name);
    }
    // glued figures cannot be split with certainty (中江 2022)
    assert.deepEqual(rowsIn('年度资金总额:202010100.00%10其中:本年财政拨款2020'), []);
  });
});
