// table-execution-rate (T1): 执行率 = 全年执行数 ÷ 全年预算数, on the tuning texts' real tables.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsAsReport, tuneText } from './_tune.js';

const lineOf = (text: string, at: number): number => text.slice(0, at).split('\n').length;

test('零陵: 100% written for 3824.26 ÷ 4753.66 = 80.45 %, on the rate cell, with the figures', () => {
  const text = tuneText('2021-湖南-零陵区林业局-自评表');
  const found = findingsAsReport(text, 'table-execution-rate');
  assert.deepEqual(
    found.map((f) => [lineOf(text, f.span.start), text.slice(f.span.start, f.span.end)]),
    [[48, '100%']],
  );
  for (const x of ['100%', '3824.26', '4753.66', '80.45%']) assert.ok(found[0]?.message.zh.includes(x), x);
});

test('滁州: 99 ÷ 99 = 100% is right, on the total and the 其中 row', () => {
  assert.deepEqual(findingsAsReport(tuneText('2022-安徽-滁州市人社局-自评表'), 'table-execution-rate'), []);
});

test('a rate written to fewer decimals is right when it rounds the computed one (made up: 99.6 % written 100%)', () => {
  const table =
    '# 项目支出绩效自评表\n\n| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|---|\n' +
    '| 年度资金总额 | 100 | 100 | 99.6 | 10 | 100% | 9.96 |\n';
  assert.deepEqual(findingsAsReport(table, 'table-execution-rate'), []);
});
