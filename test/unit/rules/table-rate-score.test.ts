// table-rate-score (T2): the budget-execution score is rate × 分值, at most the 分值.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsAsReport, tuneText } from './_tune.js';

const lineOf = (text: string, at: number): number => text.slice(0, at).split('\n').length;
const HEAD =
  '# 项目支出绩效自评表\n\n| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|---|\n';

test('零陵: full 10 for an 80.45 % rate, 8.04 due, on the score cell', () => {
  const text = tuneText('2021-湖南-零陵区林业局-自评表');
  const found = findingsAsReport(text, 'table-rate-score');
  assert.deepEqual(
    found.map((f) => lineOf(text, f.span.start)),
    [50],
  );
  for (const x of ['10', '8.04', '80.45%']) assert.ok(found[0]?.message.zh.includes(x), x);
});

test('滁州: 100 % → 10 of 10 is right', () => {
  assert.deepEqual(findingsAsReport(tuneText('2022-安徽-滁州市人社局-自评表'), 'table-rate-score'), []);
});

test('a score below rate × 分值 is left alone (a province may score by bands); a zero budget scores 0 (made up)', () => {
  assert.deepEqual(findingsAsReport(HEAD + '| 年度资金总额 | 100 | 100 | 95.88 | 10 | 95.88% | 9 |\n', 'table-rate-score'), []);
  const zero = findingsAsReport(HEAD + '| 年度资金总额 | 0 | 0 | 0 | 10 | 0 | 10 |\n', 'table-rate-score');
  assert.equal(zero.length, 1);
  assert.ok(zero[0]?.message.zh.includes('得分为 0'));
});

test('青神: 总额 with 权重 10 and an empty 得分 cell (line 37) is unscored: 251.89 ÷ 251.89 → 10; its 其中 rows, with no 权重, are not', () => {
  const text = tuneText('2023-四川-青神县发展和改革局-自评表');
  const found = findingsAsReport(text, 'table-rate-score');
  assert.deepEqual(
    found.map((f) => [text.slice(0, f.span.start).split('\n').length, f.message.zh.includes('应得 10')]),
    [[37, true]],
  );
});

test('an empty 得分 beside a 分值 is flagged, a 其中 row with neither is not (made-up rows under 零陵’s header)', () => {
  const text = HEAD + '| 年度资金总额 | 90 | 90 | 89.97 | 10 | 99.97% | - |\n| 其中:本年财政拨款 | 90 | 90 | 89.97 | - | 99.97% | - |\n';
  const found = findingsAsReport(text, 'table-rate-score');
  assert.deepEqual(
    found.map((f) => [lineOf(text, f.span.start), f.message.zh.includes('应得 10')]),
    [[5, true]],
  );
});
