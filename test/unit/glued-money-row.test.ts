// The money row of a 自评表 glued into one run of digits with its header (model/glued-money-row.ts): read only
// when exactly one cut gives the written rate, on the five glued rows of the tuning texts (all correct: holds).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gluedMoneyHeader, gluedMoneyRow } from '../../server/src/engine/model/glued-money-row.js';
import { buildReport } from '../../server/src/engine/model/report.js';
import { selfEvalTables } from '../../server/src/engine/model/self-eval-table.js';
import type { Cell } from '../../server/src/engine/model/table-cells.js';
import { findingsOf, registry } from '../helpers.js';
import { findingsAsReport, tuneEntries, tuneText } from './rules/_tune.js';

const NATIONAL = ['initial', 'budget', 'spent', 'weight', 'rate', 'score'] as const;
const read = (row: string, cols: readonly (typeof NATIONAL)[number][] = NATIONAL): string | undefined => {
  const label = /^[^0-9:：]+/.exec(row)?.[0] ?? '';
  const cell: Cell = { start: 0, end: row.length, text: row, rowEnd: false };
  const r = gluedMoneyRow(cell, 0, label.length, cols, { steps: 10_000 });
  return r && cols.map((c) => r.figures[c]?.text ?? '').join('|');
};

test('the glued header: its columns in order, brackets ((A), (B/A)) passed over, the text before it skipped', () => {
  const names = new Map([
    ['年初预算数', 'initial'],
    ['全年预算数', 'budget'],
    ['全年执行数', 'spent'],
    ['分值', 'weight'],
    ['执行率', 'rate'],
    ['预算执行率', 'rate'],
    ['得分', 'score'],
  ]);
  assert.deepEqual(
    gluedMoneyHeader('资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:202010100.00%10', names)?.cols,
    ['budget', 'spent', 'weight', 'rate', 'score'],
  );
  assert.equal(gluedMoneyHeader('预算执行率达到100%，全年执行数与预算相符', names), undefined);
});

test('the tuning texts’ glued rows, each read one way (松江, 中江, 广西 文旅, 衡山 商务)', () => {
  assert.equal(read('年度资金总额145000000.00145000000.00145000000.0010100.0%10'), '145000000.00|145000000.00|145000000.00|10|100.0%|10');
  assert.equal(read('年度资金总额:202010100.00%10', ['budget', 'spent', 'weight', 'rate', 'score']), '20|20|10|100.00%|10');
  assert.equal(read('年度资金总额:21182118100%', ['budget', 'spent', 'rate']), '2118|2118|100%');
  assert.equal(read('年度资金总额194.9194.9100%', ['budget', 'spent', 'rate']), '194.9|194.9|100%');
  // 年初预算数 left empty: the row has only the cells after it
  assert.equal(read('年度资金总额329.77338.3110102.59%10'), '|329.77|338.31|10|102.59%|10');
});

test('not read: two cuts give the rate, none does, or nothing was spent (made up)', () => {
  // 1000 | 1000 or 100 | 0100…: 10001000100% reads one way without a weight, but 1 | 1 | 1 | 100% cuts 111100% many ways
  assert.equal(read('年度资金总额:111100%', ['budget', 'spent', 'rate']), undefined);
  // no cut gives 90 %: the rate is not checked, the row not read
  assert.equal(read('年度资金总额:21182118' + '90%', ['budget', 'spent', 'rate']), undefined);
  assert.equal(read('年度资金总额:211800%', ['budget', 'spent', 'rate']), undefined);
});

test('松江, 中江, 广西 文旅, 衡山 商务: the glued rows are read as tables, and no table rule flags them', () => {
  const slugs = ['2020-上海-松江区九亭镇-自评表', '2022-四川-中江县水利局-自评表', '2021-广西-广西壮族自治区文化和旅游厅-转移支付'];
  for (const slug of [...slugs, '2020-湖南-衡山县商务和粮食局-专项资金']) {
    const tables = selfEvalTables(buildReport(tuneText(slug), { registry }));
    assert.ok(
      tables.some((t) => t.money.some((r) => r.figures.rate?.text.startsWith('100'))),
      slug,
    );
    for (const rule of ['table-rate-score', 'table-low-rate', 'spending-over-budget', 'table-execution-rate'])
      assert.deepEqual(findingsAsReport(tuneText(slug), rule), [], `${slug} ${rule}`);
  }
  assert.ok(tuneEntries().length > 200);
});

test('made up glued rows the table rules judge: spending above the budget, a score above the rate, a low rate', () => {
  const head = '# 项目支出绩效自评表\n\n项目资金(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分';
  assert.equal(findingsOf(head + '年度资金总额:329.77338.3110102.59%10\n', 'spending-over-budget').length, 1);
  const score = findingsOf(head + '年度资金总额:100.0080.001080.00%10\n', 'table-rate-score');
  assert.ok(score.length === 1 && score[0]?.message.zh.includes('8'), JSON.stringify(score));
  assert.equal(findingsOf(head + '年度资金总额:100.0080.00108' + '0.00%8\n', 'table-low-rate').length, 1);
});

test('amounts ended by their unit (宁夏福彩 2023: 年度资金总额50万元47.6895.00%): the unit ends the budget, the rest is cut', () => {
  const cols = ['budget', 'spent', 'rate'] as const;
  // 47.68 ÷ 50 = 95.36 %: no cut gives 95.00 %, and 47.68 | 95.00 % is the only one within a point (47.6 | 895.00 %, 47.689 | 5.00 %)
  assert.equal(read('年度资金总额50万元47.6895.00%', cols), '50|47.68|95.00%');
  // made up: both amounts with their unit, and a right rate read exactly
  assert.equal(read('年度资金总额120万元110.5万元92.08%', cols), '120|110.5|92.08%');
  assert.equal(read('年度资金总额120万元110.5092.08%', cols), '120|110.50|92.08%');
  // made up: a rate far from every cut is not read (72.40 ÷ 80 = 90.5 %, written 70.00 %); nor amounts in two units
  assert.equal(read('年度资金总额80万元72.4070.00%', cols), undefined);
  assert.equal(read('年度资金总额50万元476800元95.36%', cols), undefined);
});

test('a near rate with no unit to end the budget (made up from 宣城 2023: 148 | 46 | 31.00 %, 46 ÷ 148 = 31.08 %)', () => {
  assert.equal(read('年度资金总额:1484631.00%', ['budget', 'spent', 'rate']), '148|46|31.00%');
  // two cuts within a point of their rates: not read (1 | 1 | 1 | 100% has many)
  assert.equal(read('年度资金总额:11199%', ['budget', 'spent', 'rate']), undefined);
});

test('宁夏福彩 2023: the total and its 其中 row glued under a glued header are read, and both wrong rates are found', () => {
  const slug = '2023-宁夏-宁夏福利彩票发行中心-自评表';
  const text = tuneText(slug);
  const [table] = selfEvalTables(buildReport(text, { registry }));
  assert.deepEqual(
    table?.money.map((r) => r.label.text),
    ['年度资金总额', '其中:中央财政补助'],
  );
  const found = findingsOf(text, 'table-execution-rate');
  assert.equal(found.length, 2);
  for (const f of found) assert.ok(f.message.zh.includes('95.36'), f.message.zh);
});

test('made up: a glued total with its sources glued after it, one of them left empty, reads the filled ones only', () => {
  const head = '# 项目支出绩效自评表\n\n项目资金(万元)全年预算数全年执行数执行率\n';
  const text = head + '年度资金总额200万元190.0095.00%\n其中:财政拨款150万元140.0093.33%\n其他资金\n';
  const [table] = selfEvalTables(buildReport(text, { registry }));
  assert.deepEqual(
    table?.money.map((r) => `${r.label.text} ${r.figures.rate?.text ?? ''}`),
    ['年度资金总额 95.00%', '其中:财政拨款 93.33%'],
  );
  for (const rule of ['table-execution-rate', 'table-fund-sum']) assert.deepEqual(findingsOf(text, rule), [], rule);
});

test('益阳 技工学校 2021: a glued header the PDF broke with spaces where its cells wrapped is read over those cells', () => {
  const text = tuneText('2021-湖南-益阳高级技工学校中职免学费-自评表');
  const money = selfEvalTables(buildReport(text, { registry })).flatMap((t) => t.money);
  assert.deepEqual(
    money.map((r) => [r.label.text, ...NATIONAL.map((c) => r.figures[c]?.text)]),
    [['年度资金总额', '593.27', '593.27', '448.64', '10', '76%', '10']],
  );
  // T2: 448.64 ÷ 593.27 = 75.62 %, × 10 = 7.56, not the full 10
  const found = findingsAsReport(text, 'table-rate-score');
  assert.ok(found.length === 1 && found[0]?.message.zh.includes('7.56'), JSON.stringify(found));
});

test('a header broken by spaces must end in the cell its row is glued to; prose with the words is no header (made up)', () => {
  const head = '# 项目支出绩效自评表\n\n项目资金 (万元)年初 预算数全年 预算数全年 执行数分值执行率得分';
  const score = findingsOf(head + '年度资金总额100.00100.0080.001080.00%10\n', 'table-rate-score');
  assert.ok(score.length === 1 && score[0]?.message.zh.includes('8'), JSON.stringify(score));
  // the names before a long cell of prose are not joined to it
  const prose =
    '# 项目支出绩效自评表\n\n全年 预算数全年 执行数分值 本项目执行率达到80%以上,得分按执行率计算,年度资金总额100.0080.001080.00%10\n';
  assert.deepEqual(findingsOf(prose, 'table-rate-score'), []);
});
