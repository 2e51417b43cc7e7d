// table-nature-totals (T4): a 部门整体 table's totals by source and by kind of spending are equal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsAsReport, tuneEntries, tuneText } from './_tune.js';

const lineOf = (text: string, at: number): number => text.slice(0, at).split('\n').length;

test('衡山贯塘: 按收入性质分:2030.12 beside 按支出性质分:1925.67 (104.45 apart), on the spending total', () => {
  const text = tuneText('2023-湖南-衡山县贯塘乡人民政府-部门整体');
  const found = findingsAsReport(text, 'table-nature-totals');
  assert.deepEqual(
    found.map((f) => [lineOf(text, f.span.start), text.slice(f.span.start, f.span.end)]),
    [[245, '1925.67']],
  );
  for (const x of ['2030.12', '1925.67', '104.45']) assert.ok(found[0]?.message.zh.includes(x), x);
});

test('no other tuning text is flagged (零陵 writes its breakdowns without totals)', () => {
  for (const e of tuneEntries()) {
    if (e.slug === '2023-湖南-衡山县贯塘乡人民政府-部门整体') continue;
    assert.deepEqual(findingsAsReport(e.text, 'table-nature-totals'), [], e.slug);
  }
});

test('equal totals, or one total only, say nothing (衡山贯塘’s cells with the spending total made equal: made up)', () => {
  const head =
    '# 部门整体支出绩效自评表\n\n年初预算数 全年预算数 全年执行数 分值 执行率 自评得分 年度资金总额 861.10 2030.12 2030.12 10 100% 10 ';
  assert.deepEqual(findingsAsReport(head + '按收入性质分:2030.12 按支出性质分:2030.12\n', 'table-nature-totals'), []);
  assert.deepEqual(findingsAsReport(head + '按收入性质分:2030.12 按支出性质分:\n', 'table-nature-totals'), []);
  assert.equal(findingsAsReport(head + '按收入性质分:2030.12 按支出性质分:1925.67\n', 'table-nature-totals').length, 1);
});
