// table-score-over-weight (T5): no row scores above its 分值.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tuneEntries, tuneText, findingsAsReport } from './_tune.js';

const HEAD =
  '# 项目支出绩效自评表\n\n| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n' +
  '|---|---|---|---|---|---|---|---|\n';

test('on the tuning texts only 乐亭’s annotated 99 of 10 is flagged (its test below)', () => {
  const flagged = tuneEntries().filter((e) => findingsAsReport(e.text, 'table-score-over-weight').length > 0);
  assert.deepEqual(
    flagged.map((e) => e.slug),
    ['2021-河北-乐亭县市场监管局-自评表'],
  );
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

test('乐亭: 调整预算数 is the adjusted budget; the second table’s 年度资金总额 scores 99 on a 分值 of 10 (line 81), the first table’s rows hold', () => {
  const text = tuneText('2021-河北-乐亭县市场监管局-自评表');
  const found = findingsAsReport(text, 'table-score-over-weight');
  assert.deepEqual(
    found.map((f) => [text.slice(0, f.span.start).split('\n').length, f.message.zh.includes('得分 99 超过分值 10')]),
    [[81, true]],
  );
});
