// table-score-over-weight (T5): no row scores above its 分值.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tuneEntries, tuneText, findingsAsReport } from './_tune.js';
import { check } from '../../helpers.js';

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

// Made up (red team s23; blind set 2, 乌拉特东旗: 产出指标得分52分（分值50分）): a score and its weight in one clause of the prose.
const prose = (text: string): string =>
  `# 某县红十字会2023年度部门整体支出绩效自评报告\n\n评价年度：2023年度\n\n一、部门基本情况\n\n本会内设机构3个。\n\n二、自评结论\n\n${text}\n`;
const proseMessages = (text: string): string[] =>
  check(prose(text))
    .filter((f) => f.ruleId === 'table-score-over-weight')
    .map((f) => f.message.zh);

test('made up (red team s23): prose scores above their weights (分值, 满分, 权重, weight first): found once', () => {
  for (const [text, says] of [
    ['预算执行率得分9.56分，产出指标得分52分（分值50分），效益指标得分28分，自评总分98.56分，自评等级为“优”。', '得分 52 分超过分值 50 分'],
    ['满意度指标得分12分(满分10分)，服务对象满意度达到96%。', '得分 12 分超过分值 10 分'],
    ['效益指标得分为32分（权重30分），社会效益明显。', '得分 32 分超过分值 30 分'],
    ['产出指标分值50分，得分52分。', '得分 52 分超过分值 50 分'],
    ['预算执行率（分值10分）得分10.5分。', '得分 10.5 分超过分值 10 分'],
    ['决策指标满分20分，实际得分21分。', '得分 21 分超过分值 20 分'],
  ]) {
    assert.deepEqual(proseMessages(text as string).length, 1, text);
    assert.ok(proseMessages(text as string)[0]?.startsWith(says as string), text);
  }
});

test('made up (red team s23): prose scores within their weights, bonus points, other items’ weights, 扣分, 得分率: silent', () => {
  for (const text of [
    '产出指标得分48分（分值50分），效益指标得分28分（分值30分）。',
    '综合得分98.56分（满分100分），评价等级为“优”。',
    '产出指标得分52分（分值50分，含加分项2分）。',
    '产出指标分值50分，得分52分，其中创新工作加分2分。',
    '满意度得分9分（满分10分）。',
    '产出指标分值50分，效益指标得分52分。',
    '扣2分（分值50分）。',
    '效益指标得分28分（分值30分），扣2分，主要原因是部分指标未完成。',
    '决策指标满分20分，实际得分20分。',
    '一级指标分值50分，二级指标得分45分。',
    '产出指标得分50分（分值50分）。',
    '得分率52%（分值50分）。',
  ]) {
    assert.deepEqual(proseMessages(text), [], text);
  }
});
