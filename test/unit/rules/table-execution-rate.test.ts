// table-execution-rate (T1): 执行率 = 全年执行数 ÷ 全年预算数, on the tuning texts' real tables.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsAsReport, tuneText } from './_tune.js';
import { only, spanText } from '../../helpers.js';

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

test('甘其毛都 2024 (tuning text): under 执行率(%), the 其他资金 row reads 0 for 1.8 ÷ 1.8 = 100 %; the rows reading 100 hold', () => {
  const text = tuneText('2024-内蒙古-甘其毛都口岸分局自然资源业务-自评表');
  const found = findingsAsReport(text, 'table-execution-rate');
  assert.deepEqual(
    found.map((f) => [lineOf(text, f.span.start), text.slice(f.span.start, f.span.end)]),
    [[52, '0']],
  );
  assert.ok(found[0]?.message.zh.includes('100.00%'), found[0]?.message.zh);
});

test('made up: a bare figure in the 执行率(%) column is a percentage; one of at most 1 may be the rate as a fraction', () => {
  const table = (rate: string): string =>
    '# 项目支出绩效自评表\n\n| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率(%) | 得分 |\n|---|---|---|---|---|---|---|\n' +
    `| 年度资金总额 | 100 | 100 | 90 | 10 | ${rate} | 9 |\n`;
  for (const rate of ['90', '90.00', '0.9', '0.90']) assert.deepEqual(findingsAsReport(table(rate), 'table-execution-rate'), [], rate);
  for (const rate of ['99', '0', '0.5']) {
    const text = table(rate);
    const f = findingsAsReport(text, 'table-execution-rate');
    assert.equal(f.length, 1, rate);
    assert.ok(f[0]?.message.zh.includes('90.00%'), f[0]?.message.zh);
  }
});

describe('table-execution-rate: a rate of nothing, and a rate written as a fraction answered as one (session 15)', () => {
  test('霍山 医保 2024 (tune corpus, line 9): 彩票公益金用于医疗救助 | 0 | 0 | 100% — no rate to state', () => {
    const text = tuneText('2024-安徽-霍山县医保局医疗救助补助资金-转移支付');
    const f = only(findingsAsReport(text, 'table-execution-rate'));
    assert.equal(spanText(text, f), '100%');
    assert.equal(
      f.message.zh,
      '彩票公益金用于医疗救助 全年预算数 0、全年执行数 0，没有可计算的执行率（0 ÷ 0），却写作 100%：请留空或写 0，不要写 100%',
    );
  });

  test('裕安 2022 (tune corpus, lines 8 and 9): 0.958 for 27.8 ÷ 29 answered 0.959 (95.86%)', () => {
    const text = tuneText('2022-安徽-裕安区文旅局市级文物保护专项经费-自评表');
    const found = findingsAsReport(text, 'table-execution-rate');
    assert.equal(found.length, 2);
    for (const f of found) assert.ok(f.message.zh.includes('= 0.959（95.86%）：请改为 0.959，'), f.message.zh);
  });
});
