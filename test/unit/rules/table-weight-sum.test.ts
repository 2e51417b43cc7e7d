// table-weight-sum (T5, Σ 一级指标 weights = 100): the weights a 自评表 writes in brackets after its 一级指标, on
// real corpus tables, flagged only when the form's set of weights is complete enough to be sure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsAsReport, tuneText } from './_tune.js';

const ID = 'table-weight-sum';

test('中江: 产出 70 + 效益 20 + 满意度 10 already 100 while the money block scores the execution rate (分值 … 得分)', () => {
  const text = tuneText('2022-四川-中江县水利局-自评表');
  const [f, ...rest] = findingsAsReport(text, ID);
  assert.equal(rest.length, 0);
  assert.equal(text.slice(f?.span.start, f?.span.end), '产出指标(70分)');
  for (const w of ['70', '20', '10', '100']) assert.ok(f?.message.zh.includes(w));
});

test('real tables whose weights add up are left alone: 棠溪 50 + 30 + 10 beside the execution rate, 银川六中, 大英 90 + 10', () => {
  for (const slug of [
    '2022-安徽-棠溪镇人民政府-自评表',
    '2022-安徽-棠溪镇村级补助及运转经费-自评表',
    '2021-宁夏-银川市第六中学-自评表',
    '2023-四川-大英县司法局-自评表',
    '2023-四川-青神县发展和改革局-自评表',
    '2022-云南-昌宁县供销社昌龙鸿运-自评表',
  ])
    assert.deepEqual(findingsAsReport(tuneText(slug), ID), [], slug);
});

// made-up rows in the forms' own words (not real text), one per form
test('made up: a complete set adding to more or less than 100 is flagged, on its first weight', () => {
  const process = '项目决策(10分) 项目管理(25分) 项目产出(40分) 项目效益(35分)';
  assert.equal(findingsAsReport(process, ID)[0]?.message.zh.includes('110'), true);
  const sichuan = '预算执行情况(10分) 年初预算 调整后预算数\n\n绩效指标(80分) 一级指标 二级指标';
  assert.equal(findingsAsReport(sichuan, ID)[0]?.message.zh.includes('90'), true);
  const over = '预算执行率(10分) 产出指标(60分) 效益指标(30分) 满意度指标(10分)';
  assert.equal(findingsAsReport(over, ID).length, 1);
});

test('made up: an incomplete set, or two tables one after the other, are not added together', () => {
  assert.deepEqual(findingsAsReport('产出指标(50分) 数量指标 …', ID), []);
  const two = '产出指标(50分) 效益指标(30分) 满意度指标(10分) 总分 100\n\n产出指标(50分) 效益指标(30分) 满意度指标(10分)';
  assert.deepEqual(findingsAsReport(two, ID), []);
  assert.deepEqual(findingsAsReport('项目决策(10分) 项目过程(25分) 项目产出(30分) 项目效益(35分) 满意度指标(10分)', ID), []);
});

// session 12's blind set, rotated into tune in session 13: annotated score-sum (T5/T6), a miss
test('区商务局 2020: `预算执行 情况(万元) (20 分)` (a space a PDF left, the unit between) + 产出 60 + 效益 40 = 120', () => {
  const text = tuneText('2020-不详-区商务局服务贸易发展资金-自评表');
  const [f, ...rest] = findingsAsReport(text, ID);
  assert.equal(rest.length, 0);
  assert.equal(text.slice(f?.span.start, f?.span.end), '预算执行 情况(万元) (20 分)');
  for (const w of ['120', '20', '60', '40']) assert.ok(f?.message.zh.includes(w), f?.message.zh);
});

test('made up: the budget weight with its money unit between is read; a set that adds to 100 with it is left alone', () => {
  assert.equal(findingsAsReport('预算执行情况（万元）（20分） 产出指标（60分） 效益指标（40分）', ID).length, 1);
  assert.deepEqual(findingsAsReport('预算执行 情况(万元) (10 分) 产出指标 (60 分) 效益指标 (30 分)', ID), []);
  // a money unit that is not 元 is no money header: 预算执行情况(亩)(20分) is not read
  assert.deepEqual(findingsAsReport('预算执行情况(亩)(20分) 产出指标(60分) 效益指标(40分)', ID), []);
});
