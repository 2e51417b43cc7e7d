// table-fund-sum (T3): 年度资金总额 = Σ its sources, column by column, when the parts are closed by 其他资金.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsAsReport, tuneText } from './_tune.js';

const HEAD =
  '# 项目支出绩效自评表\n\n| 项目资金（万元） | 年初预算数 | 全年预算数（A） | 全年执行数（B） | 分值 | 执行率（B/A） | 得分 |\n' +
  '|---|---|---|---|---|---|---|\n';

test('滁州 (99 = 99 + empty + empty) and 大英 (3.36 = 3.36 + 0.00 + 0.00 + empty) add up', () => {
  for (const slug of ['2022-安徽-滁州市人社局-自评表', '2023-四川-大英县司法局-自评表'])
    assert.deepEqual(findingsAsReport(tuneText(slug), 'table-fund-sum'), [], slug);
});

test('a total that is not the sum of its sources, on the total’s cell (滁州’s rows with 本年财政拨款 changed: made up)', () => {
  const text =
    HEAD +
    '| 年度资金总额: | 99 | 99 | 99 | 10 | 100% | 10 |\n| 其中:本年财政拨款 | 99 | 90 | 90 | - | 100% | - |\n' +
    '| 上年结转资金 | | | | - | | - |\n| 其他资金 | | | | - | | - |\n';
  const found = findingsAsReport(text, 'table-fund-sum');
  assert.deepEqual(
    found.map((f) => text.slice(f.span.start, f.span.end)),
    ['99', '99'],
  );
  assert.ok(found[0]?.message.zh.includes('全年预算数') && found[0].message.zh.includes('90'));
  // the sources' figures are shown with it: either side may be the mistyped one (empty sources have none)
  assert.deepEqual(
    found[0]?.related?.map((r) => [text.slice(r.span.start, r.span.end), text.slice(0, r.span.start).split('\n').length]),
    [['90', 6]],
  );
});

test('朝天 2023 (tuning text): 全年执行数 1157.97 over 中央财政资金 1157.9 and two empty sources, the source shown on line 10', () => {
  const text = tuneText('2023-四川-朝天区全民健身中心-自评表');
  const found = findingsAsReport(text, 'table-fund-sum');
  const at = (s: { start: number; end: number }): string => `${text.slice(0, s.start).split('\n').length}:${text.slice(s.start, s.end)}`;
  assert.deepEqual(
    found.map((f) => [at(f.span), ...(f.related ?? []).map((r) => at(r.span))]),
    [['9:1157.97', '10:1157.9']],
  );
});

test('a 其中 row with no 其他资金 row after it may name one source of several: not judged (made up)', () => {
  const text = HEAD + '| 年度资金总额: | 99 | 99 | 99 | 10 | 100% | 10 |\n| 其中:中央补助 | 50 | 50 | 50 | - | 100% | - |\n';
  assert.deepEqual(findingsAsReport(text, 'table-fund-sum'), []);
});

test('棠溪: a flattened total `0 0 0` above a source `90 89.974 89.974` whose columns cannot be told is flagged once, on the total', () => {
  const text = tuneText('2022-安徽-棠溪镇人民政府-自评表');
  const found = findingsAsReport(text, 'table-fund-sum');
  assert.equal(found.length, 1);
  assert.equal(text.slice(found[0]?.span.start, found[0]?.span.end), '0');
  for (const x of ['0 / 0 / 0', '本年财政拨款', '90 / 89.974 / 89.974']) assert.ok(found[0]?.message.zh.includes(x), x);
});

test('a source no larger than the total says nothing when the sources are not closed by 其他资金 (made up)', () => {
  const text =
    '# 项目支出绩效自评表\n\n年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 90 90 89.974 10 99.97% 10 ' +
    '其中:本年财政拨款 90 89.974 89.974 年度总体目标\n';
  assert.deepEqual(findingsAsReport(text, 'table-fund-sum'), []);
});

test('made up (session 12): sources each rounded to 0.1 may leave 0.1 on the total; 0.2 with two sources is found', () => {
  const rows = (total: string): string =>
    HEAD +
    `| 年度资金总额: | ${total} | ${total} | ${total} | 10 | 100% | 10 |\n| 其中:本年财政拨款 | 5.0 | 5.0 | 5.0 | - | 100% | - |\n` +
    '| 上年结转资金 | 5.0 | 5.0 | 5.0 | - | 100% | - |\n| 其他资金 | | | | - | | - |\n';
  assert.deepEqual(findingsAsReport(rows('10.1'), 'table-fund-sum'), []);
  assert.equal(findingsAsReport(rows('10.2'), 'table-fund-sum').length, 3);
});

test('made up (red team s22): Hunan’s 部门整体 form restates the total on its 按收入性质分 row: not a source', () => {
  const text =
    HEAD +
    '| 年度资金总额 | 2000 | 2100 | 2016 | 10 | 96% | 9.6 |\n| 按收入性质分 | | | 2016 | | | |\n' +
    '| 一般公共预算 | 1900 | 2000 | 1920 | | 96% | |\n| 政府性基金拨款 | 100 | 100 | 96 | | 96% | |\n' +
    '| 其他资金 | 0 | 0 | 0 | | | |\n| 按支出性质分 | | | 2016 | | | |\n| 基本支出 | 800 | 820 | 816 | | 99.51% | |\n';
  assert.deepEqual(findingsAsReport(text, 'table-fund-sum'), []);
  // a source mistyped is still found
  assert.equal(findingsAsReport(text.replace('| 96 | | 96%', '| 90 | | 96%'), 'table-fund-sum').length, 1);
});

test('made up (red team s23): a source broken down by level of government under it (其中：中央资金 / 省级 / 县级) restates it', () => {
  const text = (central: string, carried: string): string =>
    HEAD +
    '| 年度资金总额 | 200 | 200 | 200 | 10 | 100% | 10 |\n| 其中：当年财政拨款 | 180 | 180 | 180 | | | |\n' +
    `| 其中：中央资金 | ${central} | ${central} | ${central} | | | |\n| 省级资金 | 50 | 50 | 50 | | | |\n| 县级资金 | 30 | 30 | 30 | | | |\n` +
    `| 上年结转资金 | ${carried} | ${carried} | ${carried} | | | |\n| 其他资金 | 0 | 0 | 0 | | | |\n`;
  assert.deepEqual(findingsAsReport(text('100', '20'), 'table-fund-sum'), []);
  // the sources wrong (180 + 30 ≠ 200), or the breakdown short of its source (90 + 50 + 30 ≠ 180): still found
  assert.equal(findingsAsReport(text('100', '30'), 'table-fund-sum').length, 3);
  assert.equal(findingsAsReport(text('90', '20'), 'table-fund-sum').length, 3);
});
