import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, readExample, spanText, only } from '../../helpers.js';
import type { Finding } from '../../../server/src/engine/index.js';
import { cleanReport, edit, type ReportOptions } from './_report.js';
import { tuneText } from './_tune.js';
import { checkText, TemplateRegistry } from '../../../server/src/engine/index.js';

const RULE = 'problems-vs-execution';

/** 耒阳 2022: 执行率 36.43 % (1177.60 ÷ 3232.51, so the ratio rule agrees). */
const LOW_EXECUTION = '2023 年我局预算数 3232.51 万元，实际支出 1177.60 万元，预算执行率 36.43%。';

const report = (problems: string, execution = LOW_EXECUTION, options: ReportOptions = {}): string =>
  cleanReport({ ...options, bodies: { 'results-indicators-execution': execution, 'results-problems': problems } });

describe('problems-vs-execution: 存在问题 says none while execution is low', () => {
  test('`无。` with 执行率 36.43 %: warning on the 存在问题 heading, pointing at the rate', () => {
    const text = report('无。');
    const f = only(findingsOf(text, RULE));
    assert.equal(f.severity, 'warning');
    assert.equal(spanText(text, f), '（四）部门整体支出绩效管理存在问题');
    assert.ok(f.message.zh.includes('执行率') && f.message.zh.includes('36.43%') && f.message.zh.includes('90%'), f.message.zh);
    assert.deepEqual(
      f.related?.map((r) => spanText(text, r)),
      ['36.43%'],
    );
    // the only finding in the whole report: the figures themselves agree
    assert.deepEqual(findingsOf(text, 'ratio').concat(findingsOf(text, 'budget-total')), []);
  });

  for (const none of ['暂无问题。', '无', '暂无', '没有问题。']) {
    test(`\`${none}\``, () => {
      assert.equal(findingsOf(report(none), RULE).length, 1);
    });
  }

  test('`经自评，暂未发现问题。` (a lead-in before the none)', () => {
    assert.equal(findingsOf(report('经自评，暂未发现问题。'), RULE).length, 1);
  });

  test('a 到位率 computed from the figures (10100 万元 budgeted, 300 万元 arrived = 2.97 %)', () => {
    const text = report('无。', '我局 2023 年项目预算为 10100 万元，实际到位数为 300 万元。');
    const f = only(findingsOf(text, RULE));
    assert.ok(f.message.zh.includes('到位率') && f.message.zh.includes('2.97%'), f.message.zh);
  });

  test('plain half-width report and the 存在问题 alias', () => {
    const plain = report('无。', LOW_EXECUTION, { style: 'plain', halfWidth: true, indent: '  ' });
    assert.equal(spanText(plain, only(findingsOf(plain, RULE))), '(四)部门整体支出绩效管理存在问题');
    const alias = edit(report('无。'), '（四）部门整体支出绩效管理存在问题', '（四）存在问题');
    assert.equal(spanText(alias, only(findingsOf(alias, RULE))), '（四）存在问题');
  });

  test('run-in heading `(四)部门整体支出绩效管理存在问题：无。`', () => {
    const text = edit(
      report('无。', LOW_EXECUTION, { style: 'plain', halfWidth: true }),
      '(四)部门整体支出绩效管理存在问题\n\n无。',
      '(四)部门整体支出绩效管理存在问题：无。',
    );
    assert.equal(findingsOf(text, RULE).length, 1);
  });

  test('a threshold above the rate still warns (executionThreshold 40)', () => {
    assert.equal(findingsOf(report('无。'), RULE, { settings: { executionThreshold: 40 } }).length, 1);
  });
});

describe('problems-vs-execution: silent', () => {
  test('executionThreshold 30 (below 36.43 %) is honoured', () => {
    assert.deepEqual(findingsOf(report('无。'), RULE, { settings: { executionThreshold: 30 } }), []);
  });

  test('when the problems are listed', () => {
    assert.deepEqual(findingsOf(cleanReport({ bodies: { 'results-indicators-execution': LOW_EXECUTION } }), RULE), []);
  });

  test('`无。` with execution at 100 %', () => {
    assert.deepEqual(findingsOf(cleanReport({ bodies: { 'results-problems': '无。' } }), RULE), []);
  });

  test('the examples (the 2023 report lists its problems despite 到位率 2.97 %)', () => {
    assert.deepEqual(findingsOf(readExample('2023-湛江市科学技术局-整体绩效自评报告.md'), RULE), []);
    assert.deepEqual(findingsOf(readExample('2019-湛江市科技局-整体绩效自评报告-修正稿.md'), RULE), []);
  });

  test('severity override', () => {
    assert.deepEqual(findingsOf(report('无。'), RULE, { severities: { [RULE]: 'off' } }), []);
    assert.equal(only(findingsOf(report('无。'), RULE, { severities: { [RULE]: 'error' } })).severity, 'error');
  });
});

describe('problems-vs-execution: a rate the report does not state (issue 14 part 5)', () => {
  test('215 万元 spent of a 500 万元 budget, in two sentences, with 存在问题 无 (made up, the issue wording)', () => {
    const text = report('无。', '2023 年项目预算 500 万元。截至年底实际支出 215 万元，项目正在推进。');
    const f = only(findingsOf(text, RULE));
    for (const x of ['执行率', '43.00%', '215 万元 ÷ 500 万元']) assert.ok(f.message.zh.includes(x), f.message.zh);
  });

  test('已支出 in the same sentence (made up)', () => {
    const f = only(findingsOf(report('无。', '2023 年年初预算 500 万元，已支出 215 万元。'), RULE));
    assert.ok(f.message.zh.includes('43.00%'), f.message.zh);
  });

  test('a budget in one paragraph and spending in another: not paired (made up)', () => {
    assert.deepEqual(findingsOf(report('无。', '2023 年项目预算 500 万元。\n\n全年实际支出 215 万元用于 A 项目。'), RULE), []);
  });
});

describe('problems-vs-execution: the budget and the spending of the whole in different paragraphs (issue 14 §5)', () => {
  /** A made-up 项目支出 report: the budget in 一、, the spending in 二、, 存在的问题 in 三、. */
  const project = (basic: string, spending: string, problems = '无。'): string =>
    '# 某县文化馆2023年度项目支出绩效自评报告\n\n一、项目基本情况\n\n' +
    `${basic}\n\n二、资金使用情况\n\n${spending}\n\n三、存在的问题\n\n${problems}\n`;
  const BASIC = '该项目年初预算500万元，资金已全部到位。';
  const SPENT = '截至2023年12月31日，项目共支出215万元，主要用于设备购置和场馆维修。';
  const found = (text: string): Finding[] =>
    checkText(text, { registry: new TemplateRegistry() }).findings.filter((f) => f.ruleId === RULE);

  test('500 万元 in 一、, 215 万元 spent in 二、, 存在的问题 无 (made up): 43.00 %, pointing at both figures', () => {
    const text = project(BASIC, SPENT);
    const f = only(found(text));
    assert.equal(spanText(text, f), '三、存在的问题');
    for (const x of ['执行率', '43.00%', '215 万元 ÷ 500 万元', '90%']) assert.ok(f.message.zh.includes(x), f.message.zh);
    assert.ok(f.message.en.includes('43.00%'), f.message.en);
    assert.deepEqual(
      f.related?.map((r) => spanText(text, r)),
      ['500万元', '215万元'],
    );
  });

  test('nothing spent, written in 万元 against a budget in 元 (made up, after 仁和 2024): 0.00 %', () => {
    const text = project('年初财政下达预算资金10000元。', '截至2024年度，该项目资金使用0万元。');
    assert.ok(only(found(text)).message.zh.includes('0.00%'));
  });

  test('the project named by its title before the words (made up, after 琼海 2020: 老年人日间照料中心资金完成)', () => {
    const text = project('申报预算资金173万元，已完成批复。', '1.老年人日间照料中心资金完成61.99万元。').replace(
      '某县文化馆2023年度',
      '老年人日间照料中心',
    );
    assert.ok(only(found(text)).message.zh.includes('35.83%'));
  });

  const silent: [string, string, string, string?][] = [
    ['a report of two projects (made up)', 'A项目预算300万元，B项目预算200万元。', SPENT],
    ['a budget adjusted mid-year, 调整后预算 (made up)', '该项目年初预算500万元，调整后预算220万元。', SPENT],
    ['the rest carried over to next year and why (made up)', BASIC, `${SPENT}剩余285万元结转至2024年使用，原因是工程跨年度实施。`],
    ['spending stated as 执行 of a part (made up)', BASIC, '截至2023年底，设备购置执行215万元。'],
    ['spending of a part beside the whole (made up)', BASIC, `${SPENT}其中设备购置支出100万元。`],
    ['last year’s spending (made up)', BASIC, '上年支出215万元。'],
    ['a quarter’s spending (made up)', BASIC, '一季度支出215万元。'],
    [
      'a problems section that names the low spending (made up)',
      BASIC,
      SPENT,
      '项目资金支出进度较慢，执行率偏低，原因是场馆维修工程未完工。',
    ],
    ['a rate of 100 % given in words (made up)', BASIC, '项目资金已全部支出，主要用于设备购置215万元和场馆维修285万元。'],
    ['an execution rate stated elsewhere (made up)', BASIC, `${SPENT}预算执行率为100%。`],
    ['all the budget spent (made up)', BASIC, '截至2023年12月31日，项目共支出500万元。'],
    ['the spending is a goal (made up)', BASIC, '绩效目标：项目资金支出215万元。'],
    ['red team, made up: the rest returned to the treasury', BASIC, `${SPENT}剩余资金285万元已按规定收回财政。`],
    ['red team, made up: the savings handed back (上缴)', BASIC, '项目共使用215万元，节余资金上缴财政。'],
    [
      'red team, made up: a budget of three years, this year’s part spent',
      '该项目总预算500万元，分三年实施。',
      '本年度支出215万元，用于平台一期建设。',
    ],
    ['red team, made up: a budget for a project across years', '该项目为跨年度项目，预算资金500万元。', '截至年底共支出215万元。'],
    [
      'red team, made up: the spending told in two parts, one of them with its verb after the figure',
      BASIC,
      '项目共支出215万元用于设备购置，另有285万元用于人员培训已拨付至合作单位。',
    ],
  ];
  for (const [name, basic, spending, problems] of silent) {
    test(`silent: ${name}`, () => {
      assert.deepEqual(found(project(basic, spending, problems)), []);
    });
  }
});

describe('problems-vs-execution: problems listed, none about the spending (龙陵 2022, tune corpus)', () => {
  const LONGLING = '2022-云南-龙陵县勐糯镇-项目支出';
  /** Checked as published: the 云南 项目支出 template is chosen by its outline (自评结论 first). */
  const findingsAsReport = (text: string): Finding[] => {
    const { report, findings } = checkText(text, { registry: new TemplateRegistry() });
    assert.equal(report.template.id, 'yn-project-expenditure');
    return findings.filter((f) => f.ruleId === RULE);
  };

  test('`执行率61%` with 存在的问题 naming only management and unfamiliar rules: warning on the rate, quoted as written', () => {
    const text = tuneText(LONGLING);
    const f = only(findingsAsReport(text));
    assert.equal(spanText(text, f), '61%');
    assert.ok(f.message.zh.startsWith('执行率只有 61%（低于 90%）'), f.message.zh);
    assert.equal(f.related?.length, 1);
  });

  test('the same text with a reason after the rate (made up: `执行率61%,主要原因是项目未按时完工。`): silent', () => {
    const text = tuneText(LONGLING).replace('执行率61%。', '执行率61%,主要原因是项目未按时完工。');
    assert.deepEqual(findingsAsReport(text), []);
  });

  test('the same text with a problem about the money (made up: `三是项目进度滞后，资金支付较慢。`): silent', () => {
    const text = tuneText(LONGLING).replace(
      '二是对相关政策、规定、业务不够熟悉。',
      '二是对相关政策、规定、业务不够熟悉。三是项目进度滞后，资金支付较慢。',
    );
    assert.deepEqual(findingsAsReport(text), []);
  });

  test('problems about management only, with execution at 100 % (made up): silent', () => {
    const text = report(
      '一是项目日常管理还有待加强。二是对相关政策不够熟悉。',
      '2023 年我局预算数 3232.51 万元，实际支出 3232.51 万元，预算执行率 100%。',
    );
    assert.deepEqual(findingsOf(text, RULE), []);
  });
});

describe('problems-vs-execution: a run-in 存在问题 that says 无 on a flattened line (琼海 2020, tune corpus)', () => {
  const QIONGHAI = '2020-海南-琼海市老年人日间照料中心-项目支出';

  test('`五、存在的问题和建议 无` after the grade on one line: the words are the heading, pointing at 173 and 61.99', () => {
    const text = tuneText(QIONGHAI);
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '五、存在的问题和建议 无');
    assert.ok(f.message.zh.includes('35.83%') && f.message.zh.includes('61.99 万元 ÷ 173 万元'), f.message.zh);
    assert.deepEqual(
      f.related?.map((r) => spanText(text, r)),
      ['173万元', '61.99万元'],
    );
  });

  test('the same line answering with its problems (made up: `五、存在的问题和建议 资金拨付滞后`): silent', () => {
    const text = tuneText(QIONGHAI).replace('五、存在的问题和建议 无', '五、存在的问题和建议 资金拨付滞后');
    assert.deepEqual(findingsOf(text, RULE), []);
  });

  const flat = (tail: string): string =>
    '# 某县文化馆2023年度项目支出绩效自评报告\n\n该项目年初预算500万元。截至2023年12月31日，项目共支出215万元。' + tail + '\n';
  test('run-in `四、存在问题：无。` before the next heading on the same line (made up): found', () => {
    const text = flat('四、存在问题：无。五、下一步措施 加强管理。');
    assert.equal(spanText(text, only(findingsOf(text, RULE))), '四、存在问题：无。');
  });
  for (const [name, tail] of [
    ['`无明显问题` is no plain 无 on a run-in line (made up)', '四、存在问题 无明显问题,但仍需加强管理。'],
    ['a sentence, not a numbered heading: `经自评，项目存在问题无。` (made up)', '经自评，项目存在问题无。'],
  ] as const) {
    test(`silent: ${name}`, () => {
      assert.deepEqual(findingsOf(flat(tail), RULE), []);
    });
  }
});

describe('problems-vs-execution: 存在问题 says none after a low rate whose reason stands beside it (made up, red team, session 22)', () => {
  for (const execution of [
    '2023年全年预算1000万元，实际支出780万元，预算执行率78%，主要原因是项目跨年度实施，剩余资金已按规定结转。',
    '预算执行率 36.43%，由于部分工程尚未完工，资金按合同进度支付。',
  ])
    test(`silent: ${execution}`, () => {
      assert.deepEqual(findingsOf(report('无。', execution), RULE), []);
    });

  test('a reason in another paragraph does not stand beside the rate: still found', () => {
    assert.equal(findingsOf(report('无。', `${LOW_EXECUTION}\n\n项目跨年度实施，剩余资金结转下年。`), RULE).length, 1);
  });
});

describe('problems-vs-execution: a transfer payment’s 偏离绩效目标的原因 that denies any deviation (red team s23, made up)', () => {
  const transfer = (funds: string, deviation: string, extra = ''): string =>
    [
      '# 某县2023年度水利发展资金绩效自评报告',
      '一、绩效目标分解下达情况',
      '2023年我县共收到水利发展资金500.00万元，均已按项目分解下达绩效目标。',
      '二、绩效自评工作开展情况',
      '我局组织财务股和各项目实施单位，对照年初绩效目标，采取查阅资料、现场查看相结合的方式开展自评。',
      '三、绩效目标自评完成情况分析',
      '（一）资金投入情况分析',
      funds,
      '（二）总体绩效目标完成情况',
      '完成河道治理长度12.6公里，新建护岸8.3公里，工程已通过完工验收。' + extra,
      '四、偏离绩效目标的原因和下一步改进措施',
      deviation,
      '五、绩效自评结果拟应用和公开情况',
      '自评结果将在县政府门户网站公开，并作为下一年度项目安排的参考依据。',
      '',
    ].join('\n\n');
  const found = (c: string[]): Finding[] => findingsOf(transfer(c[0] as string, c[1] as string, c[2]), RULE);

  test('made up (red team s23): a low rate with the section saying 无偏离 / 执行情况良好 / 无, no reason anywhere: found at the rate', () => {
    for (const c of [
      [
        '下达资金500.00万元，实际支出388.45万元，执行率77.69%。',
        '经自评，各项绩效目标均已完成，资金执行无偏离。下一步我局将继续加强资金监管，确保工程长效运行。',
      ],
      [
        '截至2023年12月31日，已支出341.75万元，资金执行率68.35%。',
        '本年度资金执行情况良好，各项绩效目标均已完成，无偏离绩效目标情况。下一步，我委将继续加强项目管理，提升服务质量。',
      ],
      ['下达资金500.00万元，实际支出388.45万元，执行率77.69%。', '无。'],
      ['下达资金500.00万元，实际支出388.45万元，执行率77.69%。', '经自评，未发现偏离绩效目标的情况。'],
      ['下达资金500.00万元，实际支出388.45万元，执行率77.69%。', '项目按计划执行，无明显偏离。今后将进一步加快资金支出进度。'],
      ['下达资金500.00万元，实际支出388.45万元。', '资金执行情况良好，无偏离。'],
      ['资金到位率72.0%，到位资金360.00万元已全部支出。', '不存在偏离绩效目标的情况。'],
      ['下达资金500.00万元，实际支出388.45万元，执行率77.69%。', '资金执行无偏离。'],
    ]) {
      const f = only(found(c));
      assert.ok(f.message.zh.includes('但偏离原因一节写的是'), f.message.zh);
      assert.ok(/^(?:执行率|到位率)只有 \d/.test(f.message.zh), f.message.zh);
    }
    const text = transfer(
      '下达资金500.00万元，实际支出388.45万元，执行率77.69%。',
      '经自评，各项绩效目标均已完成，资金执行无偏离。下一步我局将继续加强资金监管。',
    );
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '77.69%');
    assert.ok(f.message.zh.includes('“资金执行无偏离”'), f.message.zh);
  });

  test('made up (red team s23): a rate at 90 % or more, a reason by the rate, in the section or in another section, 结转, 尾款: silent', () => {
    for (const c of [
      [
        '下达资金500.00万元，实际支出388.45万元，执行率77.69%。',
        '经自评，资金执行率偏低，主要原因是部分工程尚未完工结算，剩余资金已结转下年使用。下一步将加快工程进度。',
      ],
      ['下达资金500.00万元，实际支出462.15万元，执行率92.43%。', '资金执行无偏离，各项绩效目标均已完成。下一步我局将继续加强资金监管。'],
      [
        '下达资金500.00万元，实际支出388.45万元，执行率77.69%，未支出部分为工程质保金，待质保期满后支付。',
        '各项绩效目标均已完成，无偏离。',
      ],
      ['下达资金500.00万元，实际支出388.45万元，执行率77.69%。', '各项产出指标均已完成；资金支出进度偏慢，主要是工程结算审计未完成。'],
      ['下达资金500.00万元，实际支出388.45万元，执行率77.69%。', '无偏离。', '未支付的111.55万元为工程尾款，因工程尚未结算暂未拨付。'],
      [
        '下达资金500.00万元，实际支出388.45万元，执行率77.69%。\n\n2.资金管理情况。资金实行专账核算。执行率偏低的原因是项目12月才完成招标，资金已按规定结转下年使用。',
        '各项绩效目标均已完成，资金执行无偏离。',
      ],
      ['下达资金500.00万元，实际支出388.45万元，执行率77.69%。', '资金执行情况良好，无偏离。', '因汛期影响，部分护岸工程跨年度实施。'],
      [
        '下达资金500.00万元，实际支出388.45万元，执行率77.69%。',
        '绩效目标基本完成。部分工程款尚未支付，资金执行率未达到90%。下一步加快支付进度。',
      ],
      ['下达资金500.00万元，到位资金500.00万元，到位率100%，实际支出500.00万元，执行率100%。', '无。'],
      ['下达资金500.00万元，实际支出388.45万元，执行率77.69%，剩余111.55万元已按规定结转下年继续使用。', '无偏离。'],
      ['截至2023年12月31日，序时支出进度为78.5%。全年下达资金500.00万元，实际支出495.00万元，执行率99%。', '资金执行无偏离。'],
      ['下达资金500.00万元，实际支出388.45万元，执行率77.69%，余款为工程尾款，待竣工决算审计后支付。', '各项绩效目标均已完成，无偏离。'],
      [
        '下达资金500.00万元，实际支出388.45万元，执行率77.69%。',
        '1.偏离原因：受雨季影响，工程开工推迟，资金支付滞后。\n\n2.改进措施：加快工程进度。',
      ],
      ['下达资金500.00万元，实际支出485.00万元，执行率97%。', '无。'],
    ]) {
      assert.deepEqual(found(c), [], c.join(' | '));
    }
  });
});
