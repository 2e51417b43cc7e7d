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
