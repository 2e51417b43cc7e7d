// table-indicator-score (T7): a quantitative indicator's score by the 正向/反向 formula.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsAsReport, tuneText } from './_tune.js';

const lineOf = (text: string, at: number): number => text.slice(0, at).split('\n').length;
const HEAD =
  '# 项目支出绩效自评表\n\n| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n' +
  '|---|---|---|---|---|---|---|---|\n';

test('零陵: 木材销售收入 1093 of 1100 → 5.96, 林产品收入 2.45 of 2.6 → 5.65, both written 5; 时效 100% of 90% at full marks holds', () => {
  const text = tuneText('2021-湖南-零陵区林业局-自评表');
  const found = findingsAsReport(text, 'table-indicator-score');
  assert.deepEqual(
    found.map((f) => lineOf(text, f.span.start)),
    [244, 256],
  );
  assert.ok(found[0]?.message.zh.includes('5.96') && found[0].message.zh.includes('1093') && found[0].message.zh.includes('1100'));
  assert.ok(found[1]?.message.zh.includes('5.65') && found[1].message.zh.includes('2.45') && found[1].message.zh.includes('2.6'));
});

test('a cost (≤) under its target scores full, over it loses in proportion (made up rows)', () => {
  assert.deepEqual(
    findingsAsReport(HEAD + '| 产出指标 | 成本指标 | 项目总成本 | ≤90万元 | 89.97万元 | 8 | 8 | |\n', 'table-indicator-score'),
    [],
  );
  const over = findingsAsReport(HEAD + '| 产出指标 | 成本指标 | 项目总成本 | ≤90万元 | 99万元 | 8 | 8 | |\n', 'table-indicator-score');
  assert.equal(over.length, 1);
  assert.ok(over[0]?.message.zh.includes('7.2'), over[0]?.message.zh);
});

test('words are not recomputed (每亩300, 显著, 达成预期指标)', () => {
  const text = tuneText('2021-湖南-零陵区林业局-自评表');
  const lines = findingsAsReport(text, 'table-indicator-score').map((f) => lineOf(text, f.span.start));
  for (const n of [206, 218, 266]) assert.ok(!lines.includes(n), String(n));
});

test('the direction from the 指标性质 column (Sichuan’s form, 2023-四川-大英县司法局-自评表’s header; made-up figures)', () => {
  const head =
    '# 项目支出绩效自评表\n\n| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |\n' +
    '|---|---|---|---|---|---|---|---|---|---|\n';
  const over = findingsAsReport(
    head + '| 产出指标 | 经济成本指标 | 成本控制数 | ≤ | 30 | 万元 | 33 | 10 | 10 | |\n',
    'table-indicator-score',
  );
  assert.equal(over.length, 1);
  assert.ok(over[0]?.message.zh.includes('反向') && over[0].message.zh.includes('9'), over[0]?.message.zh);
});

test('永德: a header printed in pieces, ≧ and ═ in the 指标性质 column, the unit in its own 度量单位 column', () => {
  const text = tuneText('2022-云南-永德县明朗中学-自评表');
  const found = findingsAsReport(text, 'table-indicator-score');
  // | 时效指标 | 资金到位及时率 | ≧ | 100 | % | 100% | 10 | 7 |: the target is met, full marks are 10
  // | 社会效益 指标 | 政策知晓率 | ═ | 100 | % | 98% | 10 | 9 |: 98 ÷ 100 × 10 = 9.8
  assert.deepEqual(
    found.map((f) => [lineOf(text, f.span.start), f.message.zh.includes('应为 10'), f.message.zh.includes('应为 9.8')]),
    [
      [17, true, false],
      [22, false, true],
    ],
  );
});

test('稷山: flattened rows under a header in pieces; a score written to one decimal is read to one decimal', () => {
  const text = tuneText('2021-山西-稷山县翟店镇卫生院-自评表');
  const names = findingsAsReport(text, 'table-indicator-score').map((f) => f.message.zh.slice(0, f.message.zh.indexOf(':')));
  // 指标16 3224 of 3807 × 2 = 1.69 written 1.9; 指标14 69 of 120 × 2 = 1.15 written 1; 指标23 770 of 1228 → 1.25 written 1.8
  for (const n of ['指标16', '指标14', '指标23', '指标12', '指标20']) assert.ok(names.includes(n), n);
  // 指标8 97.30% of 100.00% × 2 = 1.946, written 1.9; 指标15 and 指标22 4044 of 5662 × 2 = 1.428, written 1.4: right at one decimal
  for (const n of ['指标8', '指标15', '指标22', '指标9', '指标21']) assert.ok(!names.includes(n), n);
});

test('松江: glued rows `项目一次验收合格率100%80%1111` (80 ÷ 100 × 11 = 8.8) and `项目管理覆盖面100%90%99` (8.1), on the 得分', () => {
  const text = tuneText('2020-上海-松江区九亭镇-自评表');
  const found = findingsAsReport(text, 'table-indicator-score');
  assert.deepEqual(
    found.map((f) => [
      lineOf(text, f.span.start),
      text.slice(f.span.start, f.span.end),
      f.message.zh.includes('应为 8.8') || f.message.zh.includes('应为 8.1'),
    ]),
    [
      [20, '11', true],
      [22, '9', true],
    ],
  );
});

test('濉溪临时救助 2019 (tuning text): >=4754人, <=5300元/户 read as ≥ ≤ — 4604人 (line 96) → 4.84, 5830元/户 (132) → 9', () => {
  const text = tuneText('2019-安徽-濉溪县民政局临时救助-自评表');
  const found = findingsAsReport(text, 'table-indicator-score');
  assert.deepEqual(
    found.map((f) => [lineOf(text, f.span.start), ...(f.related ?? []).map((r) => text.slice(r.span.start, r.span.end))]),
    [
      [97, '>=4754人', '4604人'],
      [133, '<=5300元/户', '5830元/户'],
    ],
  );
  assert.ok(found[0]?.message.zh.includes('4.84') && found[1]?.message.zh.includes('应为 9'), found[1]?.message.zh);
});

test('made up: >= and <= typed for ≥ ≤, and a rate’s unit around a slash (元/人*月), are read; a range, a fraction or words are not', () => {
  const row = (s: string): number => findingsAsReport(HEAD + s, 'table-indicator-score').length;
  assert.equal(row('| 产出指标 | 数量指标 | 救助人数 | >=100人 | 90人 | 10 | 10 | |\n'), 1);
  assert.equal(row('| 产出指标 | 成本指标 | 救助标准 | <=500元/户 | 600元/户 | 10 | 10 | |\n'), 1);
  assert.equal(row('| 产出指标 | 质量指标 | 供养标准 | ＞＝570元/人*月 | 513元/人*月 | 10 | 10 | |\n'), 1);
  assert.equal(row('| 产出指标 | 数量指标 | 救助人数 | >=100人 | 100人 | 10 | 10 | |\n'), 0);
  assert.equal(row('| 产出指标 | 数量指标 | 完成时限 | 2020/2021 | 2021/2022 | 10 | 10 | |\n'), 0);
  assert.equal(row('| 产出指标 | 数量指标 | 完成比例 | 3/5 | 2/5 | 10 | 10 | |\n'), 0);
  assert.equal(row('| 产出指标 | 时效指标 | 办结时限 | 5个工作日内 | 4个工作日内 | 10 | 10 | |\n'), 0);
});

test('裕安 2022 (tuning text): a header wrapped over two lines (年度 实际 … / 指标值 完成值); 95% of 100% → 5.7, written 5', () => {
  const text = tuneText('2022-安徽-裕安区文旅局市级文物保护专项经费-自评表');
  const found = findingsAsReport(text, 'table-indicator-score');
  assert.deepEqual(
    found.map((f) => [text.slice(0, f.span.start).split('\n').length, text.slice(f.span.start, f.span.end)]),
    [[20, '5']],
  );
  assert.ok(found[0]?.message.zh.includes('5.7'), found[0]?.message.zh);
});

test('made up: wrapped header cells completed in order on the next line are read; completed out of order, or not at all, are not', () => {
  const rows = '合格率 100% 90% 10 10\n培训人次 100人次 120人次 10 10\n';
  const score = (header: string): number => findingsAsReport(`# 项目支出绩效自评表\n\n${header}\n${rows}`, 'table-indicator-score').length;
  assert.equal(score('一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施\n指标值 完成值'), 1);
  assert.equal(score('一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施\n完成值 指标值'), 0);
  assert.equal(score('一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施'), 0);
});

test('made up (red team s22): a met target scored below full with a reason in its 偏差原因 cell is the drafter’s deduction', () => {
  const row = (score: string, reason: string): string =>
    HEAD + `| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 93% | 10 | ${score} | ${reason} |\n`;
  assert.deepEqual(findingsAsReport(row('7.5', '问卷调查满意度较上年下降，将加强服务'), 'table-indicator-score'), []);
  // no reason, or 无: still the formula's
  assert.equal(findingsAsReport(row('7.5', ''), 'table-indicator-score').length, 1);
  assert.equal(findingsAsReport(row('7.5', '无'), 'table-indicator-score').length, 1);
  // a reason does not earn points: full marks on a missed target is still wrong (松江's glued rows)
  const over = HEAD + '| 产出指标 | 质量指标 | 验收合格率 | 100% | 80% | 10 | 10 | 管理不够到位 |\n';
  assert.equal(findingsAsReport(over, 'table-indicator-score').length, 1);
});

test('made up (red team s22): a table flattened one row a line keeps the reason written after a row’s 得分', () => {
  const flat = (reason: string): string =>
    '# 项目支出绩效自评表\n\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n' +
    '产出指标 数量指标 组织赛事活动场次 ≥24场 26场 20 20\n' +
    `效益指标 社会效益指标 参赛群众满意度 ≥95% 95% 10 5${reason}\n` +
    '满意度指标 服务对象满意度指标 群众满意度 ≥90% 93% 10 10\n总分 100 85\n';
  assert.deepEqual(findingsAsReport(flat(' 满意度抽样调查样本量不足，扣5分'), 'table-indicator-score'), []);
  // with no reason the next row follows the 得分: still the formula's
  assert.equal(findingsAsReport(flat(''), 'table-indicator-score').length, 1);
});

test('made up (red team s23): a 偏差原因 cell that says the target was met (已完成, 达到预期) or how it was measured gives no reason', () => {
  const row = (reason: string): string =>
    HEAD + `| 满意度指标 | 服务对象满意度指标 | 学生及家长满意度 | ≥95% | 96% | 10 | 9 | ${reason} |\n`;
  for (const none of ['已完成', '达到预期', '完成年度目标', '问卷调查'])
    assert.equal(findingsAsReport(row(none), 'table-indicator-score').length, 1, none);
  for (const why of [
    '部分家长反映发放时间偏晚',
    '个别投诉，扣1分',
    '资助宣传不到位',
    '窗口高峰期等候时间长',
    '抽样调查120份，有效问卷110份，酌情扣1分',
  ])
    assert.deepEqual(findingsAsReport(row(why), 'table-indicator-score'), [], why);
});

test('made up (red team s23): a deduction told in the report’s text, naming the row and its reason, explains the score', () => {
  const table = HEAD + '| 满意度指标 | 服务对象满意度指标 | 学生及家长满意度 | ≥95% | 96% | 10 | 9 | |\n';
  for (const told of [
    '偏差原因分析：学生及家长满意度指标扣1分，原因是部分家长反映资金发放时间偏晚。',
    '满意度指标得9分，扣1分，主要原因是问卷中有3户家长对资助标准不了解。',
    '注：满意度指标虽达到目标值，但调查中发现个别投诉，评价组酌情扣1分。',
  ])
    assert.deepEqual(findingsAsReport(`${table}\n${told}\n`, 'table-indicator-score'), [], told);
  // a scoring rule, or another row's deduction, explains nothing
  for (const none of ['评分标准：满意度未达到95%的，每低1个百分点扣1分。', '资金发放及时率指标扣1分，原因是个别学校上报名单较晚。'])
    assert.equal(findingsAsReport(`${table}\n${none}\n`, 'table-indicator-score').length, 1, none);
});
