// table-score-over-weight (T5): no row scores above its 分值.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tuneEntries, findingsAsReport } from './_tune.js';

const HEAD =
  '# 项目支出绩效自评表\n\n| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n' +
  '|---|---|---|---|---|---|---|---|\n';

test('no tuning text has a score above its weight, and none is flagged', () => {
  for (const e of tuneEntries()) assert.deepEqual(findingsAsReport(e.text, 'table-score-over-weight'), [], e.slug);
});

test('an indicator scored 12 of 10 (零陵’s 造林面积 with its score changed: made up)', () => {
  const text = HEAD + '| 产出指标 | 数量指标 | 造林面积 | 1.2万亩 | 1.2万亩 | 10 | 12 | |\n';
  const [f, ...rest] = findingsAsReport(text, 'table-score-over-weight');
  assert.equal(rest.length, 0);
  assert.equal(text.slice(f?.span.start, f?.span.end), '12');
  assert.ok(f?.message.zh.includes('12') && f.message.zh.includes('10'));
});

test('a score above the weight its 得分 header writes as a formula (得分 (20分*执行率)) is flagged (made up, after 隆阳)', () => {
  const head =
    '# 项目支出绩效自评表\n\n| 预算执行情况(万元) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |\n|---|---|---|---|---|\n';
  const found = findingsAsReport(head + '| 年度财政资金总额 | 100 | 100 | 100% | 99 |\n', 'table-score-over-weight');
  assert.deepEqual(
    found.map((f) => f.message.zh.includes('得分 99 超过分值 20')),
    [true],
  );
});
