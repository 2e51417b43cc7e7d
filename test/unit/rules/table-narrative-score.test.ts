// table-narrative-score: the score the text states is the 总分 of the report's 自评表.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport } from '../../../server/src/engine/index.js';
import { selfEvalTables } from '../../../server/src/engine/model/self-eval-table.js';
import { findingsOf, only, readExample, registry, spanText } from '../../helpers.js';
import { findingsAsReport, tuneEntries } from './_tune.js';

const RULE = 'table-narrative-score';
const EXAMPLE = readExample('示例单位-2024-培训项目支出绩效自评报告-虚构.md');

test('the made-up example states 95 and its table totals 95: nothing (the table’s own sum is table-total-score’s)', () => {
  assert.deepEqual(findingsOf(EXAMPLE, RULE), []);
});

test('made up: the text says 96 against the table’s 95 — flagged on the 96, the table’s total related', () => {
  const text = EXAMPLE.replace('项目自评得分95分', '项目自评得分96分');
  const f = only(findingsOf(text, RULE));
  assert.equal(spanText(text, f), '96');
  assert.equal(f.message.zh, '正文写自评得分 96 分，自评表总分为 95：两处应一致，请核对后统一');
  assert.equal(text.slice(f.related?.[0]?.span.start, f.related?.[0]?.span.end), '95');
});

test('made up: with two tables that each have a 总分, the text’s score is nobody’s to compare', () => {
  const table = EXAMPLE.slice(EXAMPLE.indexOf('| 一级指标'), EXAMPLE.indexOf('## 四、'));
  const text = EXAMPLE.replace('项目自评得分95分', '项目自评得分96分').replace('## 四、', `${table}\n## 四、`);
  const totals = selfEvalTables(buildReport(text, { registry })).filter((t) => t.total);
  assert.equal(totals.length, 2, 'both tables read with their 总分');
  assert.deepEqual(findingsOf(text, RULE), []);
});

test('the tuning texts: silent', () => {
  for (const e of tuneEntries()) assert.deepEqual(findingsAsReport(e.text, RULE), [], e.slug);
});

test('made up (red team s22): Sichuan’s 绩效指标 合计 90 plus the 预算执行 block’s 9.77 is the 98.77 the text states', () => {
  const text =
    '# 某市教育局2022年度学生资助项目支出绩效自评报告\n\n## 二、自评结论\n\n经自评，该项目得分98.77分，等级为优。\n\n' +
    '| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |\n' +
    '|---|---|---|---|---|---|---|---|---|---|\n' +
    '| 产出指标 | 数量指标 | 资助学生人数 | ≥ | 2000 | 人次 | 2050 | 50 | 50 | |\n' +
    '| 效益指标 | 社会效益指标 | 辍学率 | ≤ | 1 | % | 0.5 | 30 | 30 | |\n' +
    '| 满意度指标 | 服务对象满意度指标 | 受助学生满意度 | ≥ | 90 | % | 85 | 10 | 9 | 抽样调查满意度未达标 |\n' +
    '| 合计 | | | | | | | 90 | 89 | |\n\n' +
    '| 预算执行情况(10分) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 |\n' +
    '|---|---|---|---|---|---|---|---|\n' +
    '| 总额 | 500 | 500 | 488.5 | 97.70% | 10 | 9.77 | |\n';
  assert.deepEqual(findingsOf(text, RULE), []);
  const wrong = findingsOf(text.replace('得分98.77分', '得分97.77分'), RULE);
  assert.equal(wrong.length, 1);
  assert.ok(wrong[0]?.message.zh.includes('合计为 89 + 9.77 = 98.77'), wrong[0]?.message.zh);
});

// a component's score right after its rate, stated in a section before the total (made up, red team s23; set 3's 万州:
// 全年执行302.4万元，预算执行率94.5%，得分9.45分 was read as the text's total)
const PARTS = [
  '全年执行302.4万元，预算执行率94.5%，得分9.45分。',
  '资金执行率为96.80%,得分9.68分。',
  '服务对象满意度96%，得分9.6分，达到年度指标值。',
  '培训任务完成率100％，得分20分。',
];

test('made up (red team s23): a component’s 得分 right after its rate, before the total: not the text’s score, silent', () => {
  for (const part of PARTS) {
    const text = EXAMPLE.replace('## 二、绩效评价工作开展情况', `${part}\n\n## 二、绩效评价工作开展情况`);
    assert.deepEqual(findingsOf(text, RULE), [], part);
  }
});

test('made up (red team s23): the same components before a total that disagrees: the total is still read, flagged on it', () => {
  for (const part of PARTS) {
    const text = EXAMPLE.replace('## 二、绩效评价工作开展情况', `${part}\n\n## 二、绩效评价工作开展情况`).replace(
      '项目自评得分95分',
      '项目自评得分96分',
    );
    assert.equal(spanText(text, only(findingsOf(text, RULE))), '96', part);
  }
});
