// table-narrative-execution: the execution rate the text states is that of the 自评表's 年度资金总额 row (issue 15 §2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, only, readExample, spanText } from '../../helpers.js';
import { findingsAsReport, tuneEntries, tuneText } from './_tune.js';

const RULE = 'table-narrative-execution';
const EXAMPLE = readExample('示例单位-2024-培训项目支出绩效自评报告-虚构.md');
/** The made-up example with its table's rate right (108 ÷ 120 = 90%) and a sentence of the text after its score. */
const withText = (sentence: string, rate = '90%'): string =>
  EXAMPLE.replace('| 10   | 95%           |', `| 10   | ${rate.padEnd(13)} |`).replace(
    '项目自评得分95分，',
    `项目自评得分95分，${sentence}`,
  );

test('the made-up example states no rate in its text: nothing', () => {
  assert.deepEqual(findingsOf(EXAMPLE, RULE), []);
});

test('made up: the text says 预算执行率为95% against the table’s 90% — flagged on the 95%, with the table’s figures', () => {
  const text = withText('项目预算执行率为95%，');
  const f = only(findingsOf(text, RULE));
  assert.equal(spanText(text, f), '95%');
  assert.ok(f.message.zh.includes('95%') && f.message.zh.includes('90%') && f.message.zh.includes('108 ÷ 全年预算数 120'), f.message.zh);
  assert.equal(text.slice(f.related?.[0]?.span.start, f.related?.[0]?.span.end), '90%');
});

test('made up: other wordings of the whole’s rate are read (2024年度资金执行率, 截至年底…执行率达)', () => {
  for (const sentence of ['2024年度资金执行率98%，', '截至年底项目资金执行率达85.5%，', '全年预算执行率是100%，']) {
    assert.equal(findingsOf(withText(sentence), RULE).length, 1, sentence);
  }
});

test('made up: the same rate, within rounding, or the rate of another row or of the 年初预算数: silent', () => {
  for (const sentence of ['项目预算执行率为90%，', '预算执行率90.0%，', '预算执行率为89.6%，']) {
    assert.deepEqual(findingsOf(withText(sentence), RULE), [], sentence);
  }
  // the table’s own rate wrong (95% for 108 ÷ 120): the text stating 90% or 95% is not the narrative’s slip
  assert.deepEqual(findingsOf(withText('预算执行率为90%，', '95%'), RULE), []);
  assert.deepEqual(findingsOf(withText('预算执行率为95%，', '95%'), RULE), []);
});

test('made up: a rate of something else — a source, a year before, 到位率, an indicator — is not held to the table', () => {
  for (const sentence of [
    '中央资金执行率为80%，',
    '其中财政资金执行率为80%，',
    '2023年预算执行率为80%，',
    '资金到位率为80%，',
    '上年结转资金执行率80%，',
    '培训计划执行率为80%，',
  ]) {
    assert.deepEqual(findingsOf(withText(sentence), RULE), [], sentence);
  }
});

test('made up: with two tables that each have a 年度资金总额 row, the text’s rate is nobody’s to compare', () => {
  const table = EXAMPLE.slice(EXAMPLE.indexOf('| 项目资金'), EXAMPLE.indexOf('| 一级指标'));
  const text = withText('项目预算执行率为95%，').replace('## 四、', `${table}\n## 四、`);
  assert.deepEqual(findingsOf(text, RULE), []);
});

/** Tune texts the rule rightly speaks on: 益阳 技工学校's 时效指标 预算执行率 100% against its money row's 76 %. */
const SPEAKS = '2021-湖南-益阳高级技工学校中职免学费-自评表';

test('the tuning texts: silent, but for 益阳 技工学校', () => {
  for (const e of tuneEntries()) if (e.slug !== SPEAKS) assert.deepEqual(findingsAsReport(e.text, RULE), [], e.slug);
});

test('益阳 技工学校 2021: the glued money row (448.64 of 593.27, 76 %) against the 预算执行率 indicator’s 100% on line 28', () => {
  const text = tuneText(SPEAKS);
  const found = findingsAsReport(text, RULE);
  assert.deepEqual(
    found.map((f) => [text.slice(0, f.span.start).split('\n').length, text.slice(f.span.start, f.span.end)]),
    [[28, '100%']],
  );
});

test('made up: the budget and the spending written with the rate are the table’s — a different one is flagged on it', () => {
  const text = withText('项目预算数120万元，执行数100万元，预算执行率为90%，');
  const f = only(findingsOf(text, RULE));
  assert.equal(spanText(text, f), '100万元');
  assert.ok(f.message.zh.includes('100 万元') && f.message.zh.includes('全年执行数为 108 万元'), f.message.zh);
  // the 年初预算数 is a budget the table writes too; figures that are the table's are silent
  assert.deepEqual(findingsOf(withText('全年预算120万元，实际支出108万元，执行率为90%，'), RULE), []);
  assert.deepEqual(findingsOf(withText('预算资金1200000元，执行数1080000元，执行率90%，'), RULE), []);
});

test('made up: a source’s budget before a whole’s rate (财政拨款100万元) is not the whole’s: not compared', () => {
  assert.deepEqual(findingsOf(withText('其中财政拨款预算100万元，执行90万元，预算执行率为90%，'), RULE), []);
});
