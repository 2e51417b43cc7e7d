// table-column-total: the 合计 row of a table that is not a 自评表, column by column (made-up tables: the field
// corpus has no pipe table with a 合计 row read whole — its web tables come one cell per line).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsAsReport, tuneEntries } from './_tune.js';

const RULE = 'table-column-total';
const table = (rows: string[]): string => ['# 表', '', ...rows, ''].join('\n');
const THREE = [
  '| 项目 | 预算数（万元） | 决算数（万元） |',
  '| --- | --- | --- |',
  '| 公务接待费 | 2.00 | 1.50 |',
  '| 公务用车运行维护费 | 3.00 | 2.80 |',
  '| 因公出国（境）费 | 0 | — |',
];

test('made up: a 三公经费 table whose 决算数 合计 is 4.80 for 1.50 + 2.80 — flagged on the 4.80 with the sum', () => {
  const text = table([...THREE, '| 合计 | 5.00 | 4.80 |']);
  const [f, ...rest] = findingsAsReport(text, RULE);
  assert.equal(rest.length, 0, 'the 预算数 column adds up');
  assert.equal(text.slice(f?.span.start, f?.span.end), '4.80');
  assert.equal(f?.message.zh, '“决算数（万元）”一栏的合计 4.80 不等于上方各行之和 4.30（1.50 + 2.80）：请核对合计或各行');
});

test('made up: right totals, rounding within half a unit, and columns that do not add are left alone', () => {
  assert.deepEqual(findingsAsReport(table([...THREE, '| 合计 | 5.00 | 4.30 |']), RULE), []);
  assert.deepEqual(findingsAsReport(table([...THREE, '| 合计 | 5 | 4.3 |']), RULE), []);
  const rates = ['| 科室 | 人数 | 占比 |', '| --- | --- | --- |', '| 办公室 | 5 | 50% |', '| 财务科 | 5 | 40% |', '| 合计 | 10 | 100% |'];
  assert.deepEqual(findingsAsReport(table(rates), RULE), []);
});

test('made up: a 其中 or 小计 row, a row of words, or a 自评表 is not added', () => {
  const nested = ['| 项目 | 金额 |', '| --- | --- |', '| 基本支出 | 10 |', '| 其中：人员经费 | 8 |', '| 项目支出 | 5 |', '| 合计 | 15 |'];
  assert.deepEqual(findingsAsReport(table(nested), RULE), []);
  const words = ['| 项目 | 金额 |', '| --- | --- |', '| 基本支出 | 10 |', '| 项目支出 | 另行安排 |', '| 其他 | 5 |', '| 合计 | 16 |'];
  assert.deepEqual(findingsAsReport(table(words), RULE), []);
  const selfEval = [
    '| 三级指标 | 分值 | 得分 |',
    '| --- | --- | --- |',
    '| 培训人次 | 50 | 50 |',
    '| 合格率 | 40 | 40 |',
    '| 满意度 | 10 | 10 |',
    '| 合计 | 100 | 99 |',
  ];
  assert.deepEqual(findingsAsReport(table(selfEval), RULE), []);
});

test('the tuning texts: silent', () => {
  for (const e of tuneEntries()) assert.deepEqual(findingsAsReport(e.text, RULE), [], e.slug);
});
