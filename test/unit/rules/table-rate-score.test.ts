// table-rate-score (T2): the budget-execution score is rate × 分值, at most the 分值.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsAsReport, tuneText } from './_tune.js';

const lineOf = (text: string, at: number): number => text.slice(0, at).split('\n').length;
const HEAD =
  '# 项目支出绩效自评表\n\n| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|---|\n';

test('零陵: full 10 for an 80.45 % rate, 8.04 due, on the score cell', () => {
  const text = tuneText('2021-湖南-零陵区林业局-自评表');
  const found = findingsAsReport(text, 'table-rate-score');
  assert.deepEqual(
    found.map((f) => lineOf(text, f.span.start)),
    [50],
  );
  for (const x of ['10', '8.04', '80.45%']) assert.ok(found[0]?.message.zh.includes(x), x);
});

test('滁州: 100 % → 10 of 10 is right', () => {
  assert.deepEqual(findingsAsReport(tuneText('2022-安徽-滁州市人社局-自评表'), 'table-rate-score'), []);
});

test('a score below rate × 分值 is a warning (bands, if used, are named in the table); a zero budget scores 0 (made up)', () => {
  const below = findingsAsReport(HEAD + '| 年度资金总额 | 100 | 100 | 95.88 | 10 | 95.88% | 9 |\n', 'table-rate-score');
  assert.deepEqual(
    below.map((f) => [f.severity, f.message.zh.includes('低于按执行率计算的 9.59')]),
    [['warning', true]],
  );
  assert.deepEqual(findingsAsReport(HEAD + '| 年度资金总额 | 100 | 100 | 95.88 | 10 | 95.88% | 9.59 |\n', 'table-rate-score'), []);
  const zero = findingsAsReport(HEAD + '| 年度资金总额 | 0 | 0 | 0 | 10 | 0 | 10 |\n', 'table-rate-score');
  assert.equal(zero.length, 1);
  assert.ok(zero[0]?.message.zh.includes('得分为 0'));
});

test('青神: 总额 with 权重 10 and an empty 得分 cell (line 37) is unscored: 251.89 ÷ 251.89 → 10; its 其中 rows, with no 权重, are not', () => {
  const text = tuneText('2023-四川-青神县发展和改革局-自评表');
  const found = findingsAsReport(text, 'table-rate-score');
  assert.deepEqual(
    found.map((f) => [text.slice(0, f.span.start).split('\n').length, f.message.zh.includes('应得 10')]),
    [[37, true]],
  );
});

test('an empty 得分 beside a 分值 is flagged, a 其中 row with neither is not (made-up rows under 零陵’s header)', () => {
  const text = HEAD + '| 年度资金总额 | 90 | 90 | 89.97 | 10 | 99.97% | - |\n| 其中:本年财政拨款 | 90 | 90 | 89.97 | - | 99.97% | - |\n';
  const found = findingsAsReport(text, 'table-rate-score');
  assert.deepEqual(
    found.map((f) => [lineOf(text, f.span.start), f.message.zh.includes('应得 10')]),
    [[5, true]],
  );
});

test('临翔: a row one cell short (32.4 | 31.69 | 10 | 97.80% | 9) placed by its rate: 9 below 9.78; its 其中 copy not judged', () => {
  const text = tuneText('2023-云南-临翔区林业和草原局-自评表');
  const found = findingsAsReport(text, 'table-rate-score');
  assert.deepEqual(
    found.map((f) => [lineOf(text, f.span.start), f.severity]),
    [[11, 'warning']],
  );
  for (const x of ['9.78', '97.80%', '31.69 ÷ 32.4']) assert.ok(found[0]?.message.zh.includes(x), x);
});

test('a short row is placed only when its rate confirms the cells before it, and one reading alone does (made up, after 临翔)', () => {
  const head = '| 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|---|\n';
  const rows = (s: string): number => findingsAsReport('# 项目支出绩效自评表\n\n' + head + s, 'table-rate-score').length;
  assert.equal(rows('| 年度资金总额 | 32.4 | 31.69 | 10 | 97.80% | 9 |\n'), 1);
  // 31.69 ÷ 32.4 is not 90 %: the cells are not where the rate says
  assert.equal(rows('| 年度资金总额 | 32.4 | 31.69 | 10 | 90.00% | 9 |\n'), 0);
  // 20 | 20 | 20 | 100%: the third 20 may be the 执行数 with the weight lost, or the weight: silent
  assert.equal(rows('| 年度资金总额 | 20 | 20 | 20 | 100% | 10 |\n'), 0);
});

// 湖北's and 云南's county form writes no 分值 column: the weight is in the 得分 header's formula
const FORMULA_HEAD =
  '# 项目支出绩效自评表\n\n| 预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |\n|---|---|---|---|---|\n';

test('a 得分 header writing its formula (20分*执行率) gives the row its 分值 20 (made up, after 隆阳 and 昌宁)', () => {
  const wrong = findingsAsReport(FORMULA_HEAD + '| 年度财政资金总额 | 100 | 90 | 90% | 20 |\n', 'table-rate-score');
  assert.deepEqual(
    wrong.map((f) => [f.severity ?? 'error', f.message.zh.includes('高于按执行率计算的 18'), f.message.zh.includes('分值 20')]),
    [['error', true, true]],
  );
  assert.deepEqual(findingsAsReport(FORMULA_HEAD + '| 年度财政资金总额 | 100 | 90 | 90% | 18 |\n', 'table-rate-score'), []);
  // a blank template's formula (分*执行率) names no weight: nothing is judged
  const blank = FORMULA_HEAD.replace('(20分*执行率)', '(分*执行率)');
  assert.deepEqual(findingsAsReport(blank + '| 年度财政资金总额 | 100 | 90 | 90% | 20 |\n', 'table-rate-score'), []);
});

test('昌宁 (4 = 20 × 20 %) and 隆阳 (2.16 for 20 × 10.77 % = 2.154, a hundredth of rounding) under the formula header are right', () => {
  for (const slug of ['2022-云南-昌宁县供销社昌龙鸿运-自评表', '2022-云南-隆阳区化肥减量增效示范县项目-自评表'])
    assert.deepEqual(findingsAsReport(tuneText(slug), 'table-rate-score'), [], slug);
});

// a mirror's traditional page: 預(yù)算數(shù)(A) 執(zhí)行數(shù)(B) 執(zhí)行率(B/A) 得分 (20分*執(zhí)行率)
test('鄂州: the traditional money header is read, 19 below 20 × 99.97 % = 19.99', () => {
  const text = tuneText('2022-湖北-鄂州市科协科普经费-自评表');
  const found = findingsAsReport(text, 'table-rate-score');
  assert.deepEqual(
    found.map((f) => [lineOf(text, f.span.start), f.severity, f.message.zh.includes('低于按执行率计算的 19.99')]),
    [[18, 'warning', true]],
  );
});

test('made up (red team): a score to one decimal rounds the rate score; a label over two columns shifts no 其中 row', () => {
  const table = (score: string): string =>
    '# 项目支出绩效自评表\n\n| 项目名称 | 乡村振兴衔接资金项目 |||||||\n|---|---|---|---|---|---|---|---|\n' +
    '| 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n' +
    `| 年度资金总额 | | 1200 | 1350.5 | 1287.36 | 10 | 95.3% | ${score} |\n` +
    '| 其中：当年财政拨款 | | 1200 | 1300 | 1240.16 | | 95.4% | |\n';
  assert.deepEqual(findingsAsReport(table('9.5'), 'table-rate-score'), []);
  assert.deepEqual(findingsAsReport(table('9.53'), 'table-rate-score'), []);
  // a one-decimal score off by more than its rounding, and a whole one below, are still found
  assert.equal(findingsAsReport(table('9.4'), 'table-rate-score').length, 1);
  assert.equal(findingsAsReport(table('9'), 'table-rate-score').length, 1);
});
