// table-cost-direction: a 成本指标 whose money target is written ≥ (DOMAIN-TABLES §2, §4).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tuneEntries, findingsAsReport } from './_tune.js';

const HEAD =
  '# 项目支出绩效自评表\n\n| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n' +
  '|---|---|---|---|---|---|---|---|\n';

test('no tuning text writes a cost target ≥, and none is flagged', () => {
  for (const e of tuneEntries()) assert.deepEqual(findingsAsReport(e.text, 'table-cost-direction'), [], e.slug);
});

test('a money target ≥ under 成本指标 is flagged on its sign, with ≤ offered on request (棠溪’s 项目总成本 with ≤ turned ≥: made up)', () => {
  const text = HEAD + '| 产出指标 | 成本指标 | 项目总成本 | ≥90万元 | 90万元 | 8 | 8 | |\n';
  const [f, ...rest] = findingsAsReport(text, 'table-cost-direction');
  assert.equal(rest.length, 0);
  assert.equal(text.slice(f?.span.start, f?.span.end), '≥');
  assert.match(f?.message.zh ?? '', /成本指标「项目总成本」的指标值写作「≥90万元」/);
  assert.deepEqual(f?.fix && { safe: f.fix.safe, edits: f.fix.edits.map((e) => e.newText) }, { safe: false, edits: ['≤'] });
});

test('a merged 成本指标 cell covers the rows below it; the 指标性质 column is read too (made up)', () => {
  const merged =
    HEAD + '| 产出指标 | 成本指标 | 项目总成本 | ≤90万元 | 90万元 | 8 | 8 | |\n| | | 人均培训成本 | ≥2400元 | 2571元 | 7 | 7 | |\n';
  assert.equal(findingsAsReport(merged, 'table-cost-direction').length, 1);
  const nature =
    '绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |\n' +
    '产出指标 | 成本指标 | 成本控制数 | ≥ | 30 | 万元 | 完成 | 90 | 90 | ||\n';
  assert.equal(findingsAsReport(nature, 'table-cost-direction').length, 1, '大英县司法局’s row with ≤ turned ≥ (made up)');
});

test('left alone: ≤ and = under 成本指标, a rate ≥ under 成本指标, a money target ≥ elsewhere (made up)', () => {
  const rows = [
    '| 产出指标 | 成本指标 | 项目总成本 | ≤90万元 | 90万元 | 8 | 8 | |',
    '| | | 生均补助标准 | =0.6万元 | 0.6万元 | 5 | 5 | |',
    '| | | 成本节约率 | ≥5% | 6% | 5 | 5 | |',
    '| 效益指标 | 经济效益指标 | 带动农户增收 | ≥2400元 | 2600元 | 10 | 10 | |',
  ];
  assert.deepEqual(findingsAsReport(HEAD + rows.join('\n') + '\n', 'table-cost-direction'), []);
});
