// table-total-score (T6): 总分 = Σ 得分, judged only when every row of the total's weight was read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsAsReport } from './_tune.js';

const HEAD =
  '# 项目支出绩效自评表\n\n| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n' +
  '|---|---|---|---|---|---|---|---|\n';
// 零陵's two rows, weighted 50 each (made up weights)
const ROWS =
  '| 产出指标 | 数量指标 | 造林面积 | 1.2万亩 | 1.2万亩 | 50 | 50 | |\n' +
  '| 效益指标 | 经济效益指标 | 木材销售收入 | 1100万元 | 1093万元 | 50 | 49.68 | |\n';

test('a total of 100 for scores adding to 99.68, on the total’s score', () => {
  const text = HEAD + ROWS + '| 总分 | | | | | 100 | 100 | |\n';
  const [f, ...rest] = findingsAsReport(text, 'table-total-score');
  assert.equal(rest.length, 0);
  assert.equal(text.slice(f?.span.start, f?.span.end), '100');
  assert.ok(f?.message.zh.includes('99.68'));
});

test('the right total, and a total whose rows were not all read (weights 50 of 100), are left alone', () => {
  assert.deepEqual(findingsAsReport(HEAD + ROWS + '| 总分 | | | | | 100 | 99.68 | |\n', 'table-total-score'), []);
  const oneRow = HEAD + (ROWS.split('\n')[0] as string) + '\n| 总分 | | | | | 100 | 90 | |\n';
  assert.deepEqual(findingsAsReport(oneRow, 'table-total-score'), []);
});
