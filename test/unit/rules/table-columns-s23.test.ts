// Made-up 自评表s (red team s23, not real text) in the column layouts real forms use beyond the national one: a form's own
// columns (扣分, 扣分原因, 评分标准, 佐证材料, 指标解释, 中期目标, 备注; 数据来源, 指标方向 named by no list), 得分 before 分值,
// 实际完成值 before 年度指标值, two budgets side by side, units in brackets, spaced names; as pipe tables and as the
// flattened rows of a PDF. Each correct form is consistent (weights add to 100, scores within their weights, rates from the
// amounts, the text's score the total) and draws no table finding; each wrong variant draws the finding written for it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport } from '../../../server/src/engine/index.js';
import { selfEvalTables } from '../../../server/src/engine/model/self-eval-table.js';
import { check, registry } from '../../helpers.js';

type Row = { l1: string; l2: string; name: string; target: string; actual: string; w: number; s: number; reason?: string };
interface Form {
  rows: Row[];
  total: number;
  stated: number;
  rateText?: string;
}
const form = (): Form => ({
  rows: [
    { l1: '产出指标', l2: '数量指标', name: '培训基层干部人次', target: '≥500人次', actual: '526人次', w: 20, s: 20 },
    { l1: '', l2: '质量指标', name: '培训考核合格率', target: '≥90%', actual: '94%', w: 10, s: 10 },
    { l1: '', l2: '时效指标', name: '培训按期完成率', target: '100%', actual: '100%', w: 10, s: 10 },
    { l1: '', l2: '成本指标', name: '人均培训成本', target: '≤2000元', actual: '1850元', w: 10, s: 10 },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      name: '学员履职能力',
      target: '有效提升',
      actual: '有效提升',
      w: 20,
      s: 18,
      reason: '部分学员反馈课程实操偏少',
    },
    { l1: '', l2: '可持续影响指标', name: '培训成果持续应用', target: '长期', actual: '长期', w: 10, s: 10 },
    { l1: '满意度指标', l2: '服务对象满意度指标', name: '参训学员满意度', target: '≥90%', actual: '95%', w: 10, s: 10 },
  ],
  total: 97.5,
  stated: 97.5,
});
const MONEY = [
  { label: '年度资金总额', init: 120, budget: 125, spent: 118.75, w: 10, s: 9.5 },
  { label: '其中：当年财政拨款', init: 100, budget: 105, spent: 99.75 },
  { label: '上年结转资金', init: 20, budget: 20, spent: 19 },
];

/** A cell by its column key; `-` where a flattened row prints a dash for an empty money cell. */
function moneyCell(key: string, m: (typeof MONEY)[number], f: Form, flat: boolean): string {
  const none = flat ? '—' : '';
  const scored = 'w' in m;
  switch (key) {
    case 'init':
      return String(m.init);
    case 'budget':
    case 'adj':
      return String(m.budget);
    case 'spent':
      return String(m.spent);
    case 'rate':
      return (scored && f.rateText) || `${((m.spent / m.budget) * 100).toFixed(2)}%`;
    case 'w':
      return scored ? String(m.w) : none;
    case 's':
      return scored ? String(m.s) : none;
    case 'ded':
      return scored ? String(+((m.w ?? 0) - (m.s ?? 0)).toFixed(2)) : none;
    default:
      return none;
  }
}
function indCell(key: string, r: Row): string {
  switch (key) {
    case 'l1':
    case 'l2':
    case 'name':
    case 'target':
    case 'actual':
      return r[key];
    case 'w':
      return String(r.w);
    case 's':
      return String(r.s);
    case 'ded':
      return String(+(r.w - r.s).toFixed(2));
    case 'reason':
      return r.s < r.w ? (r.reason ?? '') : '';
    case 'std':
      return '完成得满分，未完成按比例扣分';
    case 'evid':
      return '签到表、考核记录';
    case 'src':
      return '业务台账';
    case 'dir':
      return r.target.startsWith('≤') ? '反向' : '正向';
    default:
      return '';
  }
}
function render(rows: string[][], flat: boolean): string {
  if (flat) return rows.map((r) => r.filter((c) => c !== '').join(' ')).join('\n') + '\n';
  const line = (r: string[]): string => `| ${r.join(' | ')} |`;
  return [line(rows[0] as string[]), '|' + '---|'.repeat((rows[0] as string[]).length), ...rows.slice(1).map(line)].join('\n') + '\n';
}
/** A report around a money block and an indicator table, the columns given as `key:名称`. */
function report(f: Form, money: string, indicators: string, flat: boolean): string {
  const mc = money.split(' ').map((c) => c.split(':') as [string, string]);
  const ic = indicators.split(' ').map((c) => c.split(':') as [string, string]);
  const m = render(
    [['项目资金（万元）', ...mc.map((c) => c[1])], ...MONEY.map((r) => [r.label, ...mc.map(([k]) => moneyCell(k, r, f, flat))])],
    flat,
  );
  const totalRow = ic.map(([k], n) => {
    const w = 100;
    return n === 0 ? '总分' : k === 'w' ? String(w) : k === 's' ? String(f.total) : k === 'ded' ? String(+(w - f.total).toFixed(2)) : '';
  });
  const t = render([ic.map((c) => c[1]), ...f.rows.map((r) => ic.map(([k]) => indCell(k, r))), totalRow], flat);
  return (
    '# 某县委党校2023年度干部教育培训项目支出绩效自评报告\n\n评价年度：2023年度\n\n一、项目基本情况\n\n' +
    '项目全年预算125万元，执行118.75万元，执行率95.00%。满意度通过问卷调查取得，发放问卷200份，回收196份。\n\n' +
    `二、自评结论\n\n经自评，该项目自评得分${f.stated}分，评价等级为“优”。\n\n三、自评表\n\n${m}\n${t}\n四、存在的问题\n\n部分课程实操内容偏少。\n`
  );
}
const tableFindings = (text: string): string[] =>
  check(text)
    .filter((f) => f.ruleId.startsWith('table-'))
    .map((f) => `${f.ruleId} ${text.slice(f.span.start, f.span.end)}`);

const NATIONAL_MONEY = 'init:年初预算数 budget:全年预算数（A） spent:全年执行数（B） w:分值 rate:执行率（B/A） s:得分';
const LEAD = 'l1:一级指标 l2:二级指标 name:三级指标';
const LAYOUTS: [string, string][] = [
  [NATIONAL_MONEY, `${LEAD} target:年度指标值 actual:实际完成值 w:分值 ded:扣分 s:得分 reason:扣分原因`],
  [NATIONAL_MONEY, `${LEAD} target:年度指标值 actual:实际完成值 w:分值 s:得分 ded:扣分 reason:扣分原因`],
  [NATIONAL_MONEY, `${LEAD} std:评分标准 target:年度指标值 actual:实际完成值 w:分值 s:得分 reason:偏差原因分析及改进措施`],
  [NATIONAL_MONEY, `${LEAD} target:年度指标值 actual:实际完成值 w:分值 std:评分标准 ded:扣分 s:得分 reason:扣分原因`],
  [NATIONAL_MONEY, `${LEAD} target:年度指标值 actual:实际完成值 evid:佐证材料 w:分值 s:得分 reason:偏差原因分析及改进措施`],
  [NATIONAL_MONEY, `${LEAD} target:年度指标值 actual:实际完成值 src:数据来源 w:分值 s:得分 reason:偏差原因分析及改进措施`],
  [NATIONAL_MONEY, `${LEAD} dir:指标方向 target:年度指标值 actual:实际完成值 w:分值 s:得分 reason:偏差原因分析及改进措施`],
  [NATIONAL_MONEY, `${LEAD} target:年度指标值 actual:实际完成值 s:得分 w:分值 reason:偏差原因分析及改进措施`],
  [NATIONAL_MONEY, `${LEAD} actual:实际完成值 target:年度指标值 w:分值 s:得分 reason:偏差原因分析及改进措施`],
  [
    'init:年初预算数 budget:全年预算数 spent:全年执行数 w:分值 rate:执行率 ded:扣分 s:得分',
    `${LEAD} target:年度指标值 actual:实际完成值 w:分值 s:得分 reason:偏差原因分析及改进措施`,
  ],
  [
    'init:年初预算数 budget:全年预算数 spent:全年执行数 w:分值 rate:执行率 s:得分 note:备注',
    `${LEAD} target:年度指标值 actual:实际完成值 w:分值 s:得分 reason:偏差原因分析及改进措施`,
  ],
  [
    'init:年初预算数 adj:调整预算数 budget:全年预算数 spent:全年执行数 w:分值 rate:执行率 s:得分',
    `${LEAD} target:年度指标值 actual:实际完成值 w:分值 s:得分 reason:偏差原因分析及改进措施`,
  ],
  [
    'init:年初预算数（万元） budget:全年预算数（万元） spent:全年执行数（万元） w:分值（分） rate:执行率（%） s:得分（分）',
    `${LEAD} target:年度指标值（A） actual:实际完成值（B） w:分　值 s:得　分 reason:偏差原因分析及改进措施`,
  ],
  // a money header in traditional script (年初預算數: 年 is the same in both scripts), and a target named 年度目标值
  [
    'init:年初預算數 budget:全年預算數 spent:全年執行數 w:分值 rate:執行率 s:得分',
    `${LEAD} target:年度目标值 actual:实际完成值 w:分值 s:得分 reason:偏差原因分析及改进措施`,
  ],
];

test('made up (red team s23): consistent forms in other column layouts, pipe and flattened, draw no table finding', () => {
  for (const [m, i] of LAYOUTS)
    for (const flat of [false, true]) {
      const text = report(form(), m, i, flat);
      assert.deepEqual(tableFindings(text), [], `${i} ${flat ? 'flat' : 'pipe'}`);
      const tables = selfEvalTables(buildReport(text, { registry }));
      const t = tables.find((x) => x.total);
      assert.equal(t?.indicators.length, 7, `${i}: every row read`);
      assert.equal(t?.total?.score.value, 97.5, `${i}: the 总分's 得分`);
      assert.ok(
        tables.some((x) => x.money[0]?.figures.score?.value === 9.5),
        `${m}: the money block read`,
      );
    }
});

test('made up (red team s23): a 扣分 column between 分值 and 得分 is not read as the 得分 (总分 97.5, not 2.5)', () => {
  const text = report(form(), NATIONAL_MONEY, `${LEAD} target:年度指标值 actual:实际完成值 w:分值 ded:扣分 s:得分 reason:扣分原因`, false);
  const total = selfEvalTables(buildReport(text, { registry })).find((t) => t.total)?.total;
  assert.deepEqual([total?.weight.value, total?.score.value], [100, 97.5]);
  const row = selfEvalTables(buildReport(text, { registry })).flatMap((t) => t.indicators)[4];
  assert.deepEqual([row?.weight.value, row?.score.value, row?.reason], [20, 18, '部分学员反馈课程实操偏少']);
});

const WRONG: [string, (f: Form) => void, string][] = [
  ['a score above its weight', (f) => (((f.rows[2] as Row).s = 12), (f.total = 99.5), (f.stated = 99.5)), 'table-score-over-weight 12'],
  ['weights adding to 105', (f) => Object.assign(f.rows[1] as Row, { w: 15, s: 10, reason: '个别学员补考后合格' }), 'table-weight-sum'],
  ['a total not the sum', (f) => ((f.total = 95.5), (f.stated = 95.5)), 'table-total-score 95.5'],
  ['the text’s score not the total', (f) => (f.stated = 96.5), 'table-narrative-score 96.5'],
  ['a rate not the amounts’', (f) => (f.rateText = '96.00%'), 'table-execution-rate 96.00%'],
  ['a full score for a shortfall', (f) => ((f.rows[0] as Row).actual = '450人次'), 'table-indicator-score'],
];

test('made up (red team s23): the wrong variants in the same layouts are found', () => {
  for (const [m, i] of LAYOUTS)
    for (const flat of [false, true])
      for (const [what, spoil, expected] of WRONG) {
        const f = form();
        spoil(f);
        const found = tableFindings(report(f, m, i, flat));
        assert.ok(
          found.some((x) => x.startsWith(expected)),
          `${what} in ${i} ${flat ? 'flat' : 'pipe'}: ${found.join('; ')}`,
        );
      }
});

test('made up (red team s23): a 扣分原因 column before the 得分 is the row’s reason, in a pipe row and in a flattened one', () => {
  const cols = `${LEAD} target:年度指标值 actual:实际完成值 w:分值 ded:扣分 reason:扣分原因 s:得分`;
  for (const flat of [false, true]) {
    const f = form();
    // 94 % against ≥90 % scored 8 of 10: the formula gives the full 10, but the 扣分原因 says why the reviewers cut it
    Object.assign(f.rows[1] as Row, { s: 8, reason: '个别学员补考后合格，酌情扣2分' });
    f.total = 95.5;
    f.stated = 95.5;
    const text = report(f, NATIONAL_MONEY, cols, flat);
    const row = selfEvalTables(buildReport(text, { registry }))
      .flatMap((t) => t.indicators)
      .find((r) => r.name.text === '培训考核合格率');
    assert.equal(row?.reason, '个别学员补考后合格，酌情扣2分', flat ? 'flat' : 'pipe');
    assert.deepEqual(tableFindings(text), [], flat ? 'flat' : 'pipe');
  }
  // the pipe row that leaves it empty has none: a shortfall scored full draws its finding and asks for the reason
  const f = form();
  (f.rows[0] as Row).actual = '450人次';
  const found = tableFindings(report(f, NATIONAL_MONEY, cols, false));
  assert.ok(
    found.some((x) => x.startsWith('table-unmet-reason')),
    found.join('; '),
  );
});

test('made up (red team s23): Sichuan’s form flattened, its empty 度量单位 cells lost: rows read, a score over its weight found', () => {
  const table = (score: string): string =>
    '一级指标 二级指标 三级指标 指标性质 指标值 度量单位 完成值 权重 得分 未完成原因分析\n' +
    '产出指标 数量指标 培训基层干部人次 ≥ 500 526 30 30\n' +
    `质量指标 培训考核合格率 ≥ 90% 94% 30 ${score}\n` +
    '效益指标 社会效益指标 受训人员持证上岗率 ≥ 85% 91% 20 20\n' +
    '满意度指标 服务对象满意度指标 参训学员满意度 ≥ 90% 95% 10 10\n';
  const wrap = (t: string): string =>
    '# 某县人社局2023年度职业技能培训项目支出绩效自评报告\n\n评价年度：2023年度\n\n一、项目基本情况\n\n满意度通过问卷调查取得，发放问卷200份。\n\n' +
    `二、自评表\n\n${t}\n三、存在的问题\n\n无。\n`;
  const rows = selfEvalTables(buildReport(wrap(table('30')), { registry })).flatMap((t) => t.indicators);
  assert.deepEqual(
    rows.map((r) => [r.name.text, r.target.text, r.actual.text, r.weight.value, r.score.value]),
    [
      ['培训基层干部人次', '500', '526', 30, 30],
      ['培训考核合格率', '90%', '94%', 30, 30],
      ['受训人员持证上岗率', '85%', '91%', 20, 20],
      ['参训学员满意度', '90%', '95%', 10, 10],
    ],
  );
  assert.deepEqual(tableFindings(wrap(table('30'))), []);
  assert.deepEqual(tableFindings(wrap(table('32'))), ['table-score-over-weight 32']);
});

test('made up (red team s23): HTML tables with 扣分 beside the money’s 得分 and 评分标准 / 扣分 / 扣分原因 in the indicators', () => {
  const html = (rows: string[][]): string =>
    '<table>\n' + rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n') + '\n</table>\n';
  const text = (third: number, total: string): string => {
    const f = form();
    const money = html([
      ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '扣分', '得分'],
      ['年度资金总额', '120', '125', '118.75', '10', '95.00%', '0.5', '9.5'],
      ['其中：当年财政拨款', '100', '105', '99.75', '', '95.00%', '', ''],
      ['上年结转资金', '20', '20', '19', '', '95.00%', '', ''],
    ]);
    const rows = f.rows.map((r, n) => {
      const s = n === 2 ? third : r.s;
      return [
        r.l1,
        r.l2,
        r.name,
        '按完成比例计分',
        r.target,
        r.actual,
        String(r.w),
        String(r.w - s),
        String(s),
        s < r.w ? (r.reason ?? '') : '',
      ];
    });
    const head = ['一级指标', '二级指标', '三级指标', '评分标准', '年度指标值', '实际完成值', '分值', '扣分', '得分', '扣分原因'];
    const ind = html([head, ...rows, ['总分', '', '', '', '', '', '100', String(100 - Number(total)), total, '']]);
    return report({ ...f, stated: Number(total) }, 'init:年初预算数', LEAD, false).replace(
      /三、自评表[\s\S]*四、/,
      `三、自评表\n\n${money}\n${ind}\n四、`,
    );
  };
  assert.deepEqual(tableFindings(text(10, '97.5')), []);
  assert.deepEqual(tableFindings(text(12, '99.5')), ['table-score-over-weight 12']);
});
