// The 自评表 read as typed rows (issue 15 §1): cells at their exact offsets in the three shapes a
// table reaches a report (pipe rows, one cell per paragraph, flattened words), money rows, indicator
// rows and the total found by their header names, on the corpus's tuning texts; tables that are not a
// 自评表 give no typed rows.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildReport } from '../../server/src/engine/model/report.js';
import { selfEvalTables, headerKey, type SelfEvalTable } from '../../server/src/engine/model/self-eval-table.js';
import { cellsIn } from '../../server/src/engine/model/table-cells.js';
import { IncrementalParser } from '../../server/src/engine/parse/chunks.js';
import { registry } from '../helpers.js';
import { tuneText } from './rules/_tune.js';

const tablesOf = (text: string): SelfEvalTable[] => selfEvalTables(buildReport(text, { registry }));
const lineOf = (text: string, at: number): number => text.slice(0, at).split('\n').length;

describe('cells', () => {
  test('pipe rows cell by cell at their offsets, the delimiter row skipped, \\| kept inside a cell, the row end marked', () => {
    const s = '| 项目资金（万元） | 全年预算数（A） |\n|---|:--:|\n| 年度资金总额 | a\\|b |\n';
    const cells = cellsIn(s);
    assert.deepEqual(
      cells.map((c) => [c.text, c.rowEnd]),
      [
        ['项目资金（万元）', false],
        ['全年预算数（A）', true],
        ['年度资金总额', false],
        ['a\\|b', true],
      ],
    );
    for (const c of cells) assert.equal(s.slice(c.start, c.end), c.text);
  });

  test('flattened words one by one; an empty pipe cell is an empty cell', () => {
    assert.deepEqual(
      cellsIn('年度资金总额: 0 0 0 10 0 0').map((c) => c.text),
      ['年度资金总额:', '0', '0', '0', '10', '0', '0'],
    );
    assert.deepEqual(
      cellsIn('| 总分 | | 100 |').map((c) => c.text),
      ['总分', '', '100'],
    );
  });

  test('header names compared without spaces, trailing brackets or colons', () => {
    assert.equal(headerKey('执行率（B/A）'), '执行率');
    assert.equal(headerKey('全年预算数(A)'), '全年预算数');
    assert.equal(headerKey('产出指标(50分)'), '产出指标');
    assert.equal(headerKey('年度资金总额:'), '年度资金总额');
  });
});

describe('2021-湖南-零陵区林业局-自评表: one cell per paragraph, header words split over paragraphs (年初 / 预算数)', () => {
  const text = tuneText('2021-湖南-零陵区林业局-自评表');
  const [table] = tablesOf(text);

  test('the money row with each figure on its own line', () => {
    assert.ok(table);
    const row = table.money[0];
    assert.equal(row?.label.text, '年度资金总额');
    const at = Object.fromEntries(Object.entries(row?.figures ?? {}).map(([k, f]) => [k, [f.text, lineOf(text, f.start)]]));
    assert.deepEqual(at, {
      initial: ['4753.66万元', 40],
      budget: ['4753.66万元', 42],
      spent: ['3824.26万元', 44],
      weight: ['10', 46],
      rate: ['100%', 48],
      score: ['10', 50],
    });
  });

  test('indicator rows whose 一级/二级 cells are merged away, the 成本指标 rows marked as costs', () => {
    assert.ok(table);
    const rows = table.indicators.map((r) => [r.name.text, r.target.text, r.actual.text, r.weight.value, r.score.value, r.cost]);
    assert.deepEqual(rows, [
      ['造林面积', '1.2万亩', '1.2万亩', 10, 10, false],
      ['病虫害防治面积', '3.45万亩', '3.45万亩', 7, 7, false],
      ['森林经营面积', '16.3万亩', '16.3万亩', 7, 7, false],
      ['造林成活率', '85%', '85%', 7, 7, false],
      ['当期完成', '90%', '100%', 7, 7, false],
      ['造林补助', '每亩300', '每亩300', 6, 6, true],
      ['育补助', '每亩100', '每亩100', 6, 6, true],
      ['木材销售收入', '1100万元', '1093万元', 6, 5, false],
      ['林产品收入', '2.6亿元', '2.45亿元', 6, 5, false],
      ['提高就业率', '显著', '显著', 6, 6, false],
    ]);
  });
});

test('2022-安徽-滁州市人社局-自评表: empty cells as lines of spaces keep the rows in place', () => {
  const text = tuneText('2022-安徽-滁州市人社局-自评表');
  const [table] = tablesOf(text);
  assert.deepEqual(
    table?.money.map((r) => [r.label.text, Object.keys(r.figures).join(',')]),
    [
      ['年度资金总额:', 'initial,budget,spent,weight,rate,score'],
      ['其中:本年财政拨款', 'initial,budget,spent,rate'],
      ['上年结转资金', ''],
      ['其他资金', ''],
    ],
  );
});

test('a table that is not a 自评表 (made up: a 三公 table and a staff table) gives no money or indicator rows', () => {
  const text =
    '# 2023年度部门整体支出绩效自评报告\n\n' +
    '| 项目 | 上年决算数 | 本年预算数 | 本年决算数 |\n|---|---|---|---|\n| 公务接待费 | 1.2 | 1.5 | 1.1 |\n\n' +
    '| 编制数 | 实际在职人数 | 控制率 |\n|---|---|---|\n| 21 | 20 | 95.24% |\n';
  const tables = tablesOf(text);
  assert.deepEqual(
    tables.map((t) => [t.money.length, t.indicators.length]),
    [[0, 0]],
  );
  // the 三公 table is the 基础数据表's 经费控制情况 block (table-cost-control.ts)
  assert.deepEqual(
    tables[0]?.costs?.map((r) => [r.label.text, r.previous?.text, r.budget?.text, r.final?.text]),
    [['公务接待费', '1.2', '1.5', '1.1']],
  );
});

test('衡山贯塘: the 经费控制情况 block, its years in the cell before each column name, one cell per paragraph', () => {
  const text = tuneText('2023-湖南-衡山县贯塘乡人民政府-部门整体');
  const costs = tablesOf(text).flatMap((t) => t.costs ?? []);
  assert.deepEqual(
    costs.filter((r) => r.final?.value).map((r) => [lineOf(text, r.label.start), r.label.text, r.budget?.text, r.final?.text]),
    [
      [81, '项目支出:', '308.17', '1025.20'],
      [114, '公用经费', '85.76', '193.42'],
      [122, '其中:办公经费', '27.00', '49.09'],
      [130, '水费、电费、差旅费', '13.00', '12.64'],
      [138, '会议费、培训费', '3.00', '5.42'],
    ],
  );
});

test('a source row short of cells keeps its figures unplaced (a cell lost: 棠溪-style `其中:本年财政拨款 90 89.974 89.974`, made up)', () => {
  const text =
    '# 项目支出绩效自评表\n\n年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 90 90 89.974 10 99.97% 10 ' +
    '其中:本年财政拨款 90 89.974 89.974 上年结转资金 其他资金\n';
  const [table] = tablesOf(text);
  assert.deepEqual(
    table?.money.map((r) => [r.label.text, Object.keys(r.figures).length, r.unplaced?.map((f) => f.text)]),
    [
      ['年度资金总额:', 6, undefined],
      ['其中:本年财政拨款', 0, ['90', '89.974', '89.974']],
    ],
  );
});

test('a short row that is not a source, or holds a rate, is not read (made up)', () => {
  const text =
    '# 项目支出绩效自评表\n\n年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 90 90 89.974 10 99.97% 10 ' +
    '其中:本年财政拨款 90 89.974 100% 项目实施 12 13\n';
  const [table] = tablesOf(text);
  assert.deepEqual(
    table?.money.map((r) => r.label.text),
    ['年度资金总额:'],
  );
});

test('2023-四川-大英县司法局-自评表: web rows that only end their cells with pipes, padded with empty cells; 指标性质 read', () => {
  const text = tuneText('2023-四川-大英县司法局-自评表');
  const tables = tablesOf(text);
  const money = tables.flatMap((t) => t.money).map((r) => [lineOf(text, r.label.start), r.label.text, r.figures.rate?.text ?? '']);
  assert.deepEqual(money, [
    [15, '总额', '100.00%'],
    [16, '其中:财政资金', '100.00%'],
    [17, '财政专户管理资金', '0.00%'],
    [18, '单位资金', '0.00%'],
    [19, '其他资金', ''],
  ]);
  const [cost] = tables.flatMap((t) => t.indicators);
  assert.deepEqual([cost?.name.text, cost?.nature?.text, cost?.target.text, cost?.actual.text], ['成本控制数', '≤', '30', '完成']);
});

test('a line of one cell ending with a pipe (a table pasted one cell per line) ends no row', () => {
  assert.deepEqual(
    cellsIn('238.93 |\n|\n总额 | 1 | 2 |').map((c) => [c.text, c.rowEnd]),
    [
      ['238.93', false],
      ['', false],
      ['总额', false],
      ['1', false],
      ['2', true],
    ],
  );
});

test('kept across edits: an edit before the table moves its cells, an edit in it is read (零陵’s row, made-up text around it)', () => {
  const parser = new IncrementalParser();
  const table =
    '| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|---|\n' +
    '| 年度资金总额 | 4753.66万元 | 4753.66万元 | 3824.26万元 | 10 | 100% | 10 |\n';
  const rateOf = (text: string): string | undefined => {
    const [t] = selfEvalTables(buildReport(text, { registry, parser }));
    const rate = t?.money[0]?.figures.rate;
    assert.equal(rate && text.slice(rate.start, rate.end), rate?.text);
    return rate?.text;
  };
  const head = '# 项目支出绩效自评表\n\n说明。\n\n';
  assert.equal(rateOf(head + table), '100%');
  assert.equal(rateOf(head.replace('说明', '说明文字') + table), '100%');
  assert.equal(rateOf(head.replace('说明', '说明文字') + table.replace('100%', '80.45%')), '80.45%');
});

test('never throws, whatever the order of header words, figures and labels (random made-up cells, fixed seed)', () => {
  const word = fc.constantFrom(
    '年初预算数',
    '全年预算数',
    '全年',
    '执行数',
    '执行率',
    '分值',
    '得分',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '总分',
    '合计',
    '年度资金总额',
    '成本指标',
    '成本',
    '指标',
    '≥50个',
    '50',
    '8',
    '100%',
    '-',
    '|',
    '| |',
    '\n\n',
    '\n  \n\n',
  );
  fc.assert(
    fc.property(fc.array(word, { maxLength: 40 }), (words) => {
      const text = '# 项目支出绩效自评表\n\n' + words.join(' ');
      for (const t of tablesOf(text)) for (const r of t.money) assert.ok(r.label.text.length > 0);
    }),
    { seed: 42, numRuns: 2000 },
  );
  // a header run at the very end of the text (it crashed reading past the last cell)
  assert.deepEqual(tablesOf('# 项目支出绩效自评表\n\n年初预算数 全年预算数 全年执行数 执行率'), []);
});

describe('the 一级/二级指标 each indicator row stands under (model/indicator-level.ts)', () => {
  const levels = (text: string): string[] =>
    tablesOf(text).flatMap((t) => t.indicators.map((r) => `${r.level1 ?? ''}/${r.level2 ?? ''}${r.cost ? '[cost]' : ''} ${r.name.text}`));

  test('廊坊: one cell per paragraph, 经济效益 / 指标 and 满意度 / 指标 split over two cells', () => {
    const got = levels(tuneText('2019-河北-廊坊市食品工程学校-自评表'));
    assert.deepEqual(got.slice(0, 2), ['output/数量指标 指标1工程资金金额', 'output/质量指标 指标1工程完工率']);
    assert.ok(got.includes('output/成本指标[cost] 指标1成本控制率'), got.join('\n'));
  });

  test('松江: glued rows, the 一级 glued before the 二级 on the row that opens it', () => {
    const got = levels(tuneText('2020-上海-松江区九亭镇-自评表'));
    assert.equal(got[0], 'output/数量指标 项目计划完成率');
    assert.equal(got.at(-1), 'satisfaction/服务对象满意度指标 群众满意度');
  });

  test('a 二级 implies its 一级 when the 一级 cell was merged away; a 一级 clears the 二级 (made-up rows)', () => {
    const head = '| 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n|---|---|---|---|---|\n';
    const text =
      head +
      '| 社会效益指标 | | | | |\n| 就业人数 | 10人 | 10人 | 10 | 10 |\n' +
      '| 满意度指标 | | | | |\n| 群众满意度 | ≥90% | 95% | 10 | 10 |\n| 总分 | | | 20 | 20 |\n';
    assert.deepEqual(levels(text), ['benefit/社会效益指标 就业人数', 'satisfaction/ 群众满意度']);
  });
});

describe('money header with empty cells under a merged name (session 12)', () => {
  const figures = (t: SelfEvalTable | undefined): Record<string, string | undefined>[] =>
    (t?.money ?? []).map((r) => Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, f?.text])));

  test('南充 2023 (tune corpus): 预算执行数 | | | 预算执行率, rows with their empty cells there: read, 得分 empty', () => {
    const [t] = tablesOf(tuneText('2023-四川-南充市林业局退耕还林工作经费-自评表'));
    assert.deepEqual(figures(t)[0], { initial: '5.00', budget: '5.00', spent: '5.00', rate: '100.00%', weight: '10' });
    assert.equal(t?.money[0]?.empty?.score?.text, '');
  });

  test('made-up: one empty header cell between 全年执行数 and 执行率, the row empty there too', () => {
    const [t] = tablesOf('项目 | 全年预算数 | 全年执行数 | | 执行率 | 分值 | 得分 |\n年度资金总额 | 20 | 18 | | 90.00% | 10 | 9 |\n');
    assert.deepEqual(figures(t), [{ budget: '20', spent: '18', rate: '90.00%', weight: '10', score: '9' }]);
  });

  test('made-up: a row with a figure under the empty header cell is not placed (which column it is cannot be told)', () => {
    const tables = tablesOf('项目 | 全年预算数 | 全年执行数 | | 执行率 | 分值 | 得分 |\n年度资金总额 | 20 | 18 | 3 | 90.00% | 10 | 9 |\n');
    assert.deepEqual(figures(tables[0]), []);
  });
});

test('稷山 医保 2020: the row labels printed before a flattened money header are the rows of the figures right after it', () => {
  const money = tablesOf(tuneText('2020-山西-稷山县医疗保障局建档立卡个人缴费配套-自评表')).flatMap((t) => t.money);
  assert.deepEqual(
    money
      .slice(0, 2)
      .map((r) => [r.label.text, ...(['budget', 'spent', 'weight', 'rate', 'score'] as const).map((c) => r.figures[c]?.text)]),
    [
      ['年度资金总额', '65.66', '65.07', '10', '99%', '9'],
      ['其中:当年财政拨款', '65.66', '65.07', undefined, '99%', undefined],
    ],
  );
});

test('labels before the header are read only when the run after it holds one row per label, a total first (made up)', () => {
  const head = '# 项目支出绩效自评表\n\n项目资金 年度资金总额 其中:财政拨款 全年预算数 全年执行数 分值 执行率 得分 ';
  const rows = (t: string): string[] => tablesOf(t).flatMap((x) => x.money.map((r) => r.label.text));
  assert.deepEqual(rows(head + '100 90 10 90% 9 100 90 — 90% —\n'), ['年度资金总额', '其中:财政拨款']);
  assert.deepEqual(rows(head + '100 90 10 90% 9\n'), ['年度资金总额']);
  // a run of one row and a half, or of three rows for two labels: which figure is whose cannot be told
  assert.deepEqual(rows(head + '100 90 10 90% 9 100 90\n'), []);
  assert.deepEqual(rows(head + '100 90 10 90% 9 100 90 — 90% — 1 1 — 100% —\n'), []);
  // sources alone, with no total before them
  assert.deepEqual(rows('# 项目支出绩效自评表\n\n其中:财政拨款 全年预算数 全年执行数 分值 执行率 得分 100 90 10 90% 9\n'), []);
});

test('kept across edits: a label printed before a flattened header, in the paragraph before it, edited, is read again (made up)', () => {
  const parser = new IncrementalParser();
  const labels = (text: string): string[] =>
    selfEvalTables(buildReport(text, { registry, parser })).flatMap((t) => t.money.map((r) => r.label.text));
  // the labels in a paragraph of their own: the header's block is not edited
  const line = (label: string): string =>
    `# 项目支出绩效自评表\n\n说明。\n\n项目资金 ${label} 其中:财政拨款\n\n全年预算数 全年执行数 分值 执行率 得分 100 90 10 90% 9 100 90 — 90% —\n`;
  assert.deepEqual(labels(line('年度资金总额')), ['年度资金总额', '其中:财政拨款']);
  assert.deepEqual(labels(line('年度资金总计')), []);
  assert.deepEqual(labels(line('年度资金总额')), ['年度资金总额', '其中:财政拨款']);
});
