import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, readExample, spanText, only } from '../../helpers.js';
import { cleanReport } from './_report.js';
import { findingsAsReport, tuneLine, tuneText } from './_tune.js';

const RULE = 'ratio';

// The 2023 report's 一（三）: 全社会研发投入 31.97 亿元, up 13.27 亿元 (70.9 %), 企业 24.75 亿 = 77.28 % of it.
const RD =
  '联合市统计局开展科技研发经费投入统计工作，2022年度全社会研发（R&D）经费总量、投入强度为31.97亿元、0.86%，比上年提高13.27亿元、0.33%，增长率70.9%，增长幅度均列全省第一。';
const ENTERPRISE = '全年企业研发经费投入达24.75亿，占全社会研发投入77.28%，同比增长27.67%。';

const withTasks = (rd: string, enterprise: string): string => cleanReport({ bodies: { 'basic-tasks': `${rd}\n\n${enterprise}` } });
const withExecution = (body: string): string => cleanReport({ bodies: { 'results-indicators-execution': body } });
const execution = (rate: string): string => withExecution(`2023 年我局预算数 3232.51 万元，实际支出 3000.00 万元，预算执行率 ${rate}。`);

describe('ratio: 占比 and 增长率 (the 2023 figures)', () => {
  test('77.28 % stated, 24.75 ÷ 31.97 = 77.42 %: information on the percentage', () => {
    const text = withTasks(RD, ENTERPRISE);
    const f = only(findingsOf(text, RULE));
    assert.equal(f.severity, 'information');
    assert.equal(spanText(text, f), '77.28%');
    assert.ok(f.message.zh.startsWith('77.28% 与数据不符'), f.message.zh);
    assert.ok(f.message.zh.includes('24.75 亿元 ÷ 全社会研发投入 31.97 亿元 = 77.42%'), f.message.zh);
    assert.deepEqual(
      f.related?.map((r) => spanText(text, r)),
      ['24.75亿', '31.97亿元'],
    );
  });

  test('the 2023 example itself: the one ratio finding is 77.28 %', () => {
    const text = readExample('2023-湛江市科学技术局-整体绩效自评报告.md');
    assert.deepEqual(
      findingsOf(text, RULE).map((f) => spanText(text, f)),
      ['77.28%'],
    );
  });

  test('77.42 % stated: silent, and the 70.9 % growth (13.27 ÷ (31.97 − 13.27) = 70.96 %, truncated) holds', () => {
    assert.deepEqual(findingsOf(withTasks(RD, ENTERPRISE.replace('77.28%', '77.42%')), RULE), []);
  });

  test('a growth rate that does not hold: 80.9 %', () => {
    const text = withTasks(RD.replace('增长率70.9%', '增长率80.9%'), ENTERPRISE.replace('77.28%', '77.42%'));
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '80.9%');
    assert.ok(f.message.zh.includes('13.27 亿元 ÷ (31.97 亿元 − 13.27 亿元 = 18.70 亿元) = 70.96%'), f.message.zh);
  });
});

describe('ratio: 执行率 and 到位率', () => {
  test('执行率 95 % with 3000.00 ÷ 3232.51 = 92.81 %: information', () => {
    const text = execution('95%');
    const f = only(findingsOf(text, RULE));
    assert.equal(f.severity, 'information');
    assert.equal(spanText(text, f), '95%');
    assert.ok(f.message.zh.includes('3000.00 万元 ÷ 3232.51 万元 = 92.81%'), f.message.zh);
  });

  for (const rate of ['92.81%', '92.8%', '93%', '92.80%']) {
    test(`执行率 ${rate} agrees with 92.807 % within rounding`, () => {
      assert.deepEqual(findingsOf(execution(rate), RULE), []);
    });
  }

  for (const rate of ['94%', '92.7%']) {
    test(`执行率 ${rate} is beyond rounding of 92.807 %`, () => {
      const text = execution(rate);
      assert.equal(spanText(text, only(findingsOf(text, RULE))), rate);
    });
  }

  test('到位率 2.97 % (300 ÷ 10100) holds; 3.5 % does not', () => {
    const arrival = (rate: string): string => withExecution(`我局 2023 年项目预算为 10100 万元，实际到位数为 300 万元，到位率 ${rate}。`);
    assert.deepEqual(findingsOf(arrival('2.97%'), RULE), []);
    const text = arrival('3.5%');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '3.5%');
    assert.ok(f.message.zh.includes('300 万元 ÷ 10100 万元 = 2.97%'), f.message.zh);
  });
});

describe('ratio: silent and overrides', () => {
  test('the clean report (执行率 100 %) and the corrected 2019 example', () => {
    assert.deepEqual(findingsOf(cleanReport(), RULE), []);
    assert.deepEqual(findingsOf(readExample('2019-湛江市科技局-整体绩效自评报告-修正稿.md'), RULE), []);
  });

  test('a percentage with nothing to compute it from (同比增长 27.67 %)', () => {
    assert.deepEqual(findingsOf(cleanReport({ bodies: { 'basic-tasks': '全年技术合同登记 632 份，同比增长 45.62%。' } }), RULE), []);
  });

  test('severity override: off, and warning', () => {
    const text = execution('95%');
    assert.deepEqual(findingsOf(text, RULE, { severities: { [RULE]: 'off' } }), []);
    assert.equal(only(findingsOf(text, RULE, { severities: { [RULE]: 'warning' } })).severity, 'warning');
  });
});

describe('ratio: growth and decline in every phrasing (issue 14 part 5)', () => {
  const tasks = (text: string): string => cleanReport({ bodies: { 'basic-tasks': text } });
  const messages = (text: string): string[] => findingsOf(tasks(text), RULE).map((f) => f.message.zh);

  test('比上年度增加 200 万元、增长 25% (made up): 200 ÷ (1200 − 200) = 20 %', () => {
    const [m, ...rest] = messages('2023年部门支出1200万元，比上年度增加200万元、增长25%。');
    assert.deepEqual(rest, []);
    assert.ok(m?.includes('200 万元 ÷ (1200 万元 − 200 万元 = 1000 万元) = 20.00%'), m);
  });

  test('同比减少 100 万元，下降 12% (made up): 100 ÷ (900 + 100) = 10 %', () => {
    const [m, ...rest] = messages('2023年公用经费900万元，同比减少100万元，下降12%。');
    assert.deepEqual(rest, []);
    assert.ok(m?.includes('100 万元 ÷ (900 万元 + 100 万元 = 1000 万元) = 10.00%'), m);
  });

  test('figures that agree, in each phrasing: silent (made up)', () => {
    assert.deepEqual(messages('2023年部门支出1200万元，比上年度增加200万元、增长20%。'), []);
    assert.deepEqual(messages('2023年公用经费900万元，较上年减少100万元，降幅10%。'), []);
    assert.deepEqual(messages('2023年三公经费9万元，比去年下降1万元，下降10%。'), []);
  });

  test('a bare 增长 X% that is not next to the change: not paired (made up)', () => {
    assert.deepEqual(messages('2023年部门支出1200万元，比上年增加200万元，其中项目支出500万元，增长35%。'), []);
  });
});

describe('ratio: a growth with last year’s figure stated (session 22, red team, made up)', () => {
  const tasks = (text: string): string => cleanReport({ bodies: { 'basic-tasks': text } });
  const messages = (text: string): string[] => findingsOf(tasks(text), RULE).map((f) => f.message.zh);

  test('made up: last year’s figure before or after the change, 增加/减少/同比/较上年/较2022年: each 34% found', () => {
    for (const [sentence, how] of [
      ['2023年部门支出620万元，比上年的500万元增加120万元，增长34%。', '120 万元 ÷ 500 万元 = 24.00%'],
      ['2023年部门支出620万元，较上年500万元增加120万元，增长率为34%。', '120 万元 ÷ 500 万元 = 24.00%'],
      ['2023年部门支出380万元，比上年的500万元减少120万元，下降34%。', '120 万元 ÷ 500 万元 = 24.00%'],
      ['2023年部门支出620万元，上年支出500万元，同比增加120万元，增长34%。', '120 万元 ÷ 500 万元 = 24.00%'],
      ['本年支出620万元，较2022年的500万元增长34%。', '(620 万元 − 500 万元) ÷ 500 万元 = 24.00%'],
      ['2023年支出合计620万元，比上年（500万元）增加120万元，增长率34%。', '120 万元 ÷ 500 万元 = 24.00%'],
      ['2023年支出2043.32万元，较上年决算数增加676.25万元，增长59.47%。', '676.25 万元 ÷ (2043.32 万元 − 676.25 万元'],
      ['2023年收入792.22万元，同比上年度增加189.25万元，增加41.39%。', '189.25 万元 ÷ (792.22 万元 − 189.25 万元'],
      ['2023年收入792.22万元，较上年相比，增加189.25万元，增长41.39%。', '189.25 万元 ÷ (792.22 万元 − 189.25 万元'],
    ] as const) {
      const [m, ...rest] = messages(sentence);
      assert.deepEqual(rest, [], sentence);
      assert.ok(m?.includes(how), `${sentence}: ${m}`);
    }
  });

  test('made up: the same wordings with figures that agree, and look-alikes that are no growth of the change: silent', () => {
    for (const sentence of [
      '2023年部门支出620万元，比上年的500万元增加120万元，增长24%。',
      '2023年部门支出620万元，较上年500万元增加120万元，增长率为24%。',
      '2023年部门支出380万元，比上年的500万元减少120万元，下降24%。',
      // last year's figure just before the change: 120 ÷ 500, not 120 ÷ (500 − 120) (a false alarm before session 22)
      '2023年部门支出620万元，上年支出500万元，同比增加120万元，增长24%。',
      '本年支出620万元，较2022年的500万元增长24%。',
      '上年支出500万元，本年支出620万元，增长24%。',
      '2023年支出合计620万元，比上年（500万元）增加120万元，增长率24%。',
      '2023年支出620万元，比上年的500万元增加120万元，占总支出的34%。',
      '2023年支出620万元，比上年的500万元增加120万元，增长24%，其中人员经费占比34%。',
      '2023年收入620万元，比上年的500万元增加120万元，增长24%；支出600万元，比上年的480万元增加120万元，增长25%。',
      '三公经费支出5.6万元，比上年的8万元减少2.4万元，下降30%。',
      '2023年项目资金620万元，比上年的500万元增加120万元，增加部分主要用于新增的农田建设项目，资金执行率为96%。',
      '2023年支出620万元，比上年预算的500万元增加120万元，增长24%，执行率100%。',
      '2023年支出380万元，较上年的500万元减少120万元，降幅24%。',
      '2023年支出620万元，比上年的500万元增长24%。',
      '2023年支出619.8万元，比上年的500.2万元增加119.6万元，增长23.91%。',
      '2023年支出620万元，比上年的500万元增加120万元（增长24%），主要原因是人员增加。',
      '2023年部门支出620万元，比上年的500万元增加120万元，增长24%，较2021年的400万元增加220万元，增长55%。',
      '2023年支出620万元，比2022年的500万元增加120万元，比2021年的400万元增加220万元，分别增长24%和55%。',
      '2023年支出620万元，比2022年的500万元、2021年的400万元分别增加120万元、220万元，增长24%、55%。',
      '全年预算620万元，其中项目支出300万元，较上年的250万元增长20%。',
      '上年结转500万元，同比增加120万元，增长31.58%。',
      '2023年“三公”经费支出3.2万元，较上年的4万元减少0.8万元，下降20%，较年初预算的5万元减少1.8万元。',
      '2023年部门收入620万元，比上年的500万元增加120万元，增长24%，其中人员经费较上年的300万元增长10%。',
      '本年度支出380万元，较上年的500万元降低了120万元，降低24%。',
      '2023年支出620万元（上年500万元），同比增加120万元，增长24%。',
      '2023年度部门支出总额为620万元，较2022年度决算支出500万元增长24%。',
      '2023年支出2043.32万元，较上年决算数增加676.25万元，增长49.47%。',
      '2023年收入792.22万元，同比上年度增加189.25万元，增加31.39%。',
      '2023年收入792.22万元，同比增加189.25万元，增加人员2名。',
      '2023年收入792.22万元，比上年增加189.25万元，完成率增加5%。',
      '2023年收入792.22万元，比上年增加189.25万元，占比增加5%。',
    ]) {
      assert.deepEqual(messages(sentence), [], sentence);
    }
  });
});

describe('ratio: a rate right after the two amounts it is computed from (issue 15)', () => {
  test('渠县 2021 (tune corpus, traditional): 8256.57 萬元 paid of 8286.57 萬元 is 99.64 %, not 100%; the 100% of 24392.57 holds', () => {
    const text = tuneText('2021-四川-渠县教育局-转移支付');
    const f = only(findingsAsReport(text, RULE));
    assert.equal(tuneLine('2021-四川-渠县教育局-转移支付', 10).includes(spanText(text, f)), true);
    for (const x of ['8256.57', '8286.57', '99.64']) assert.ok(f.message.zh.includes(x), f.message.zh);
  });

  test('乡村振兴 精选 (tune corpus): paid 18501.096, unpaid 703 → 96.34 %, not 95%', () => {
    const f = only(findingsAsReport(tuneText('20xx-不详-乡村振兴衔接资金精选10篇-转移支付'), RULE));
    for (const x of ['18501.096', '703', '96.34']) assert.ok(f.message.zh.includes(x), f.message.zh);
  });

  test('made up: the pairs that agree are silent, and so is a first amount that is a carry-over or a change', () => {
    const say = (s: string): number => findingsOf(withExecution(s), RULE).length;
    assert.equal(say('城乡义保经费8286.57万元，已拨付资金8256.57万元，资金拨付率99.64%。'), 0);
    assert.equal(say('城乡义保经费8286.57万元，已拨付资金8256.57万元，资金拨付率98%。'), 1);
    assert.equal(say('资金支付18501.096万元，未支付703万元，支付率96.34%。'), 0);
    assert.equal(say('上年结转资金300万元，已拨付资金100万元，拨付率100%。'), 0);
    assert.equal(say('比上年增加300万元，已拨付资金100万元，拨付率100%。'), 0);
  });

  test('made up: a rate of 100% with 4 万元 unpaid is flagged; 999.99 of 1000 (written to the 万元) is within rounding', () => {
    assert.equal(findingsOf(withExecution('项目预算1000万元，实际支出996万元，执行率100%。'), RULE).length, 1);
    assert.equal(findingsOf(withExecution('项目预算1000万元，实际支出999.99万元，执行率100%。'), RULE).length, 0);
    assert.equal(findingsOf(withExecution('项目预算1000万元，实际支出1000.00万元，执行率100%。'), RULE).length, 0);
  });
});

describe('ratio: a whole percentage is rounded, not truncated (session 10)', () => {
  test('湖北科技学院 2021 (tuning text): 2595.6208 ÷ 2596 = 99.985 % written 项目预算执行率99%', () => {
    const text = tuneText('2021-湖北-湖北科技学院本专科生奖助学金-项目支出');
    const f = only(findingsAsReport(text, RULE));
    assert.equal(spanText(text, f), '99%');
    for (const x of ['99%', '2595.6208', '2596', '99.99%']) assert.ok(f.message.zh.includes(x), f.message.zh);
  });

  test('made up: 2595.6208 of 2596 — truncated at a decimal (99.9%, 99.98%) holds; 99% does not', () => {
    const spent = (rate: string): string =>
      withExecution(`2023 年项目实际下达预算 2596 万元，全年度实际总支出 2595.6208 万元，项目预算执行率 ${rate}。`);
    for (const rate of ['99.9%', '99.98%', '99.99%']) assert.deepEqual(findingsOf(spent(rate), RULE), [], rate);
    const text = spent('99%');
    assert.equal(spanText(text, only(findingsOf(text, RULE))), '99%');
  });

  test('made up: a whole percentage rounded from below a half (92.4 % written 92%) holds; truncated from 92.6 % does not', () => {
    assert.deepEqual(findingsOf(execution('92%').replace('3000.00', '2986.84'), RULE), []);
    const text = execution('92%').replace('3000.00', '2993.30');
    assert.equal(spanText(text, only(findingsOf(text, RULE))), '92%');
  });
});

describe('ratio: an amount named as due (应执行数, 应拨付) is the base, never the spending (session 11)', () => {
  test('临夏 2023 (tune corpus): 省级3.89 + 市级3.89, 全年应执行数为7.79万元, 实际执行率为100%: no spending stated, silent', () => {
    const text = tuneText('2023-甘肃-临夏市退役军人事务局-转移支付');
    assert.ok(text.includes('全年应执行数为7.79万元,实际执行率为100%'));
    assert.deepEqual(findingsAsReport(text, RULE), []);
  });

  test('云南粮食风险基金 2022 (tune corpus, annotated): 应配套 is the base; 400.12 % is the excess over it, the rate 500.12 %', () => {
    // checked as published (as the accuracy run checks it): under a named template its outline starts the body later
    const text = tuneText('2022-云南-云南省粮食和物资储备局粮食风险基金-转移支付');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '400.12%');
    assert.ok(f.message.zh.includes('104880.14 万元 ÷ 20971.00 万元 = 500.12%'), f.message.zh);
  });

  test('made up: matching funds due and arrived, with the rate they give, are silent', () => {
    const body = '地方应配套200万元，实际配套到位资金250万元，超规模配套50万元，执行率为125%。';
    assert.deepEqual(findingsOf(withExecution(body), RULE), []);
  });

  test('made-up: parts by level, then the amount due and a rate: silent', () => {
    assert.deepEqual(
      findingsOf(withExecution('中央下达补助资金60万元，省级下达补助资金40万元，全年应拨付数为100万元，拨付率100%。'), RULE),
      [],
    );
  });

  test('made-up: 应拨付 100 万元, 实际拨付 90 万元, 拨付率 95%: the due amount is the base (90 ÷ 100 = 90 %)', () => {
    const text = withExecution('本年应拨付资金100万元，实际拨付资金90万元，拨付率95%。');
    const f = only(findingsOf(text, RULE));
    assert.ok(f.message.zh.includes('90 万元 ÷ 100 万元 = 90.00%'), f.message.zh);
  });

  test('made-up: 相应支出 is spending, not a due amount (预算安排100万元，相应支出90万元，执行率95%)', () => {
    const text = withExecution('预算安排100万元，相应支出90万元，执行率95%。');
    assert.equal(spanText(text, only(findingsOf(text, RULE))), '95%');
  });
});

describe('ratio: each rate its own pair, and a change of the amount outside brackets (session 12)', () => {
  test('宣州应急 2023 (tune corpus): 中央 1200 ÷ 1800 = 66.67%, then 地方 and 其他 at 100% each: silent', () => {
    assert.deepEqual(findingsOf(withExecution(tuneLine('2023-安徽-宣州区应急管理局-转移支付', 27)), RULE), []);
  });

  test('made-up: a second rate after its own pair is checked against it (不是第一组)', () => {
    const text = withExecution('其中省级资金预算数100万元，执行数80万元，执行率80%；市级资金预算数50万元，执行数50万元，执行率90%。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '90%');
    assert.ok(f.message.zh.includes('50 万元 ÷ 50 万元 = 100.00%'), f.message.zh);
    assert.deepEqual(
      findingsOf(
        withExecution('其中省级资金预算数100万元，执行数80万元，执行率80%；市级资金预算数50万元，执行数50万元，执行率100%。'),
        RULE,
      ),
      [],
    );
  });

  test('呈贡 2018 (tune corpus): 2.68万元(…购置费0元),较上年减少0.95万元,减少26.19%: of 2.68, not of the bracketed 0', () => {
    assert.deepEqual(
      findingsOf(cleanReport({ bodies: { 'basic-tasks': tuneLine('2018-云南-昆明呈贡信息产业园区管委会-部门整体', 30) } }), RULE),
      [],
    );
  });

  test('made-up: a bracketed breakdown before the change is passed over, and a wrong decline is still found', () => {
    const text = cleanReport({ bodies: { 'basic-tasks': '公用经费90万元（办公费60万元、差旅费30万元），同比减少10万元，下降20%。' } });
    const f = only(findingsOf(text, RULE));
    assert.ok(f.message.zh.includes('10 万元 ÷ (90 万元 + 10 万元 = 100 万元) = 10.00%'), f.message.zh);
  });
});

describe('ratio: a count done above its task, stated as a percentage (session 14)', () => {
  test('无为 2022 (tune corpus): 超任务43% against 任务数为115户 and 实际完成…264户 (line 14): 129.57 %', () => {
    const text = tuneText('2022-安徽-无为市危房改造-转移支付');
    const f = findingsAsReport(text, 'ratio').find((x) => x.message.zh.startsWith('43%'));
    assert.ok(f, 'found');
    assert.equal(spanText(text, f), '43%');
    assert.ok(f.message.zh.includes('(264 户 − 115 户) ÷ 115 户 = 129.57%'), f.message.zh);
  });

  test('made up: other wordings that do not match are found; the excess or the whole done ÷ task is silent', () => {
    const say = (s: string): number => findingsOf(withExecution(s), 'ratio').length;
    assert.equal(say('全年改造任务为100户，实际完成改造120户。全年超任务5%。'), 1);
    assert.equal(say('计划培训200人次，实际完成培训260人次，超计划完成20%。'), 1);
    assert.equal(say('全年改造任务为100户，实际完成改造120户，超额完成任务20%。'), 0);
    assert.equal(say('全年改造任务为100户，实际完成改造120户。全年超任务20%。'), 0);
    assert.equal(say('全年改造任务为100户，实际完成改造120户，超额完成120%。'), 0);
  });

  test('made up: no task and count done of one counter before it, or another percentage: silent', () => {
    const say = (s: string): number => findingsOf(withExecution(s), 'ratio').length;
    assert.equal(say('全年超任务43%。'), 0);
    assert.equal(say('全年改造任务为100户，实际完成改造120间，超任务43%。'), 0);
    assert.equal(say('全年改造任务为100户，实际完成改造120户，群众满意度达43%。'), 0);
  });
});

describe('ratio: a completion rate of work against the work set and done in its clause group (session 15)', () => {
  test('四好农村路 2021 (tune corpus, line 21): 实施…养护工程380公里 … 完成200.031公里建设任务,完工率为100% (pinyin glued in)', () => {
    const slug = '2021-安徽-某市交通运输局四好农村路-项目支出';
    const text = tuneText(slug);
    const f = only(findingsAsReport(text, 'ratio'));
    assert.equal(text.slice(0, f.span.start).split('\n').length, 21);
    assert.equal(f.message.zh, '100% 与数据不符：完成 200.031 公里 ÷ 任务 380 公里 = 52.64%，请核对完成率或完成量');
  });

  test('made up: rates that agree, a rate of 100 % for work beyond the task, or units that differ: silent', () => {
    const body = (t: string): string => cleanReport({ bodies: { 'basic-functions': t } });
    assert.deepEqual(findingsOf(body('计划改造道路50公里,实际完成45公里,完成率为90%。'), 'ratio'), []);
    assert.deepEqual(findingsOf(body('计划培训500人,完成培训520人,完成率100%。'), 'ratio'), []);
    assert.deepEqual(findingsOf(body('实施项目10个,完成投资5000万元,完成率100%。'), 'ratio'), []);
    // each clause group its own: the rate after the ； speaks of the work stated after it
    assert.deepEqual(findingsOf(body('计划改造道路50公里,完成50公里,完成率100%;计划新建桥梁4座,完成3座,完成率75%。'), 'ratio'), []);
  });

  test('宁德 人才驿站 2023 (set 19, rotated into tune in session 34, line 1): a rate after another reads no figure before that one', () => {
    // `目標值是2個,實際完成值為0個,目標完成率為0%,,當年…目標值是28次,實際完成值為40次,目標完成率為143%`: 143 % was read against
    // 0個 ÷ 2個 (次 is no unit read), and the 100 % of 到位率 after it too
    assert.deepEqual(findingsAsReport(tuneText('2023-福建-宁德某市人才驿站补助资金-项目支出'), RULE), []);
  });

  test('made up: each completion rate speaks of the work stated after the rate before it, in one clause group', () => {
    const body = (t: string): string => cleanReport({ bodies: { 'basic-functions': t } });
    assert.deepEqual(findingsOf(body('计划新建桥梁4座,完成4座,完成率100%,计划培训28次,实际完成40次,完成率143%。'), 'ratio'), []);
    // the rate's own work, stated after the rate before it, is still read
    const f = only(findingsOf(body('计划新建桥梁4座,完成4座,完成率100%,计划改造道路50公里,实际完成40公里,完成率为90%。'), 'ratio'));
    assert.ok(f.message.zh.includes('完成 40 公里 ÷ 任务 50 公里 = 80.00%'), f.message.zh);
  });

  test('made up: 计划改造道路50公里,实际完成40公里,完成率为90% → 80.00%', () => {
    const body = (t: string): string => cleanReport({ bodies: { 'basic-functions': t } });
    const f = only(findingsOf(body('计划改造道路50公里,实际完成40公里,完成率为90%。'), 'ratio'));
    assert.ok(f.message.zh.includes('完成 40 公里 ÷ 任务 50 公里 = 80.00%'), f.message.zh);
  });
});

describe('ratio: a rate named after a budget the sentence before states with its outcome (session 15)', () => {
  const body = (t: string): string => cleanReport({ bodies: { 'basic-functions': t } });

  test('made up from 德钦人大 2021 line 4: 年初预算收入785.59万元,决算数为885.63万元。…年初预算收入完成率为100% → 112.73%', () => {
    const text = body(
      '单位年初预算收入785.59万元,决算数为885.63万元。单位年初预算支出785.59万元,决算支出960.28万元。年初预算收入完成率为100%。',
    );
    const f = only(findingsOf(text, 'ratio'));
    assert.equal(f.message.zh, '100% 与数据不符：885.63 万元 ÷ 785.59 万元 = 112.73%，请核对');
  });

  test('made up: the rate that agrees, a short name (预算执行率), or a name no budget before it ends with: silent', () => {
    assert.deepEqual(findingsOf(body('单位年初预算收入800万元,决算数为800万元。年初预算收入完成率为100%。'), 'ratio'), []);
    assert.deepEqual(findingsOf(body('单位年初预算800万元,决算数为700万元。预算执行率为100%。'), 'ratio'), []);
    assert.deepEqual(findingsOf(body('单位年初预算收入800万元,决算数为700万元。项目资金到位率为100%。'), 'ratio'), []);
  });
});

describe('ratio: which figures a rate or share is checked against (session 16)', () => {
  const body = (t: string): string => cleanReport({ bodies: { 'basic-functions': t } });
  const say = (t: string): string[] => findingsOf(body(t), 'ratio').map((f) => f.message.zh);

  test('红十字会 2019 (tune corpus, lines 13 and 31): a share of the amount before its bracket, a rate with the excess named: silent', () => {
    const text = tuneText('2019-湖北-省红十字会绩效自评-部门整体');
    assert.deepEqual(
      findingsAsReport(text, RULE).map((f) => text.slice(0, f.span.start).split('\n').length),
      [],
    );
  });

  test('made up: a share of the amount in a closed bracket (含…) is of the amount before the bracket', () => {
    // 2890 ÷ 项目支出总额 3000 = 96.33 %, not 700 ÷ …: 96.33% holds, 100% is found against 2890
    const total = '全年项目支出总额3000万元。';
    assert.deepEqual(say(`${total}本次评价资金2890万元(含对下转移支付资金700万元),占项目支出总额的96.33%。`), []);
    const f = say(`${total}本次评价资金2890万元(含对下转移支付资金700万元),占项目支出总额的100%。`);
    assert.equal(f.length, 1);
    assert.ok(f[0]?.includes('2890 万元 ÷ 项目支出总额的 3000 万元'), f[0]);
  });

  test('made up: spending over the budget with the excess named beside the rate: the rate of the budget holds', () => {
    assert.deepEqual(say('项目预算批复900万元,实际执行资金977万元,资金执行率为100%,其中,77万元为社会募集款。'), []);
    assert.deepEqual(say('项目预算批复900万元,实际执行资金977万元(含社会捐赠77万元),资金执行率为100%。'), []);
    // none named (荆门民政 2022, tune corpus: 186.81 % written 100%), or an amount that is not the excess: found
    assert.equal(say('预算数11605.29万元,执行数21680.25万元,执行率为100%。').length, 1);
    assert.equal(say('项目预算批复900万元,实际执行资金977万元,资金执行率为100%,其中,50万元为社会募集款。').length, 1);
  });

  test("开远社会福利院 2018 (session 25's sixth set, line 36): more arrived than the 年初预算, 到位率100%: the year's additions, silent", () => {
    const text = tuneText('2018-云南-开远市社会福利院-部门整体');
    assert.ok(tuneLine('2018-云南-开远市社会福利院-部门整体', 36).includes('年初预算资金2,451,170.06元'));
    assert.deepEqual(findingsAsReport(text, RULE), []);
  });

  test('made up: a rate of 100% over the first budget holds; under it, or over a budget not named the first, is found', () => {
    assert.deepEqual(say('年初预算资金245万元,实际到位资金301万元,资金到位率100%。'), []);
    assert.equal(say('年初预算资金245万元,实际到位资金200万元,资金到位率100%。').length, 1);
    assert.equal(say('年初预算资金245万元,实际到位资金301万元,资金到位率110%。').length, 1);
    assert.equal(say('预算资金245万元,实际到位资金301万元,资金到位率100%。').length, 1);
  });

  test('科普宣传经费 2018 (tune corpus, line 8): figures the PDF text doubled (1313 個 for 13, 69.23%69.23%) read once: silent', () => {
    const text = tuneText('2018-不详-科普宣传经费-项目支出');
    assert.deepEqual(findingsAsReport(text, RULE), []);
  });

  test('made up: a doubled task read once agrees; a doubled task that does not agree either way, or a short one, is found', () => {
    assert.deepEqual(say('设置绩效目标数1313个,完成数9个,完成率69.23%。'), []);
    assert.equal(say('设置绩效目标数1313个,完成数9个,完成率80%。').length, 1);
    // 11 is no doubled 1: 1 ÷ 11 = 9.09 %, not 100 %
    assert.equal(say('设置绩效目标数11个,完成数1个,完成率100%。').length, 1);
  });
});

describe('ratio: a rate named as the progress of money (拨付进度, 支出进度) (session 21)', () => {
  const body = (text: string): string => cleanReport({ bodies: { 'basic-functions': text } });

  test('渌口 2020 (tune corpus, line 8): 年初预算200万元 … 拨付资金66.86万元, 资金拨付进度100% (33.43 %)', () => {
    const SLUG = '2020-湖南-渌口老旧小区改造-项目支出';
    const text = tuneText(SLUG);
    const f = only(findingsAsReport(text, 'ratio'));
    assert.ok(tuneLine(SLUG, 8).includes(spanText(text, f)));
    assert.ok(f.message.zh.includes('66.86 万元 ÷ 200 万元 = 33.43%'), f.message.zh);
  });

  test('made up: 支出进度 that disagrees is flagged; one that agrees as reports round it, or the progress of work, is not', () => {
    const f = only(findingsOf(body('年初预算资金80万元，实际支出60万元，支出进度90%。'), 'ratio'));
    assert.ok(f.message.zh.includes('= 75.00%'), f.message.zh);
    for (const t of [
      '年初预算资金80万元，实际支出60万元，支出进度75%。',
      '年初预算资金200万元，已拨付资金66.86万元，资金拨付进度33.4%。',
      '年初预算资金200万元，已拨付资金66.86万元，资金拨付进度约33%。',
      // work, not money: a project's progress is no rate of the money
      '年初预算资金200万元，已拨付资金66.86万元，工程进度100%。',
      '年初预算资金200万元，已拨付资金66.86万元，项目实施进度80%。',
    ])
      assert.deepEqual(findingsOf(body(t), 'ratio'), [], t);
  });

  test('made up (red team): a progress held to a batch, a quarter’s money due or the time elapsed is not of the budget', () => {
    for (const t of [
      '上级下达资金200万元，截至12月底已拨付66.86万元，第一批资金拨付进度100%。',
      '年初预算200万元，其中第一季度应拨付50万元，实际拨付50万元，拨付进度100%。',
      '年初预算200万元，截至6月底支出100万元，支出进度50%，序时进度50%。',
    ])
      assert.deepEqual(findingsOf(body(t), 'ratio'), [], t);
  });
});

describe('ratio: a text with no headings is read from its start (session 21)', () => {
  test('德钦人大 2021 (tune corpus, line 4, one table row per section): 885.63 ÷ 785.59 and 960.28 ÷ 785.59, each written 100%', () => {
    const SLUG = '2021-云南-德钦县人大常委会-部门整体';
    const text = tuneText(SLUG);
    const found = findingsAsReport(text, RULE).filter((f) => tuneLine(SLUG, 4).includes(spanText(text, f)));
    const messages = found.map((f) => f.message.zh);
    for (const x of ['885.63 万元 ÷ 785.59 万元 = 112.73%', '960.28 万元 ÷ 785.59 万元 = 122.24%'])
      assert.ok(
        messages.some((m) => m.includes(x)),
        `${x} in ${messages.join(' / ')}`,
      );
  });

  test('made up: a report of one flattened paragraph, its rate wrong then right', () => {
    const front = '---\ntemplate: gd-department-overall\n---\n';
    const para = (rate: string): string =>
      `${front}2023年度部门整体支出绩效自评报告。本年年初预算支出800万元，决算支出600万元，年初预算支出完成率为${rate}。\n`;
    assert.ok(only(findingsOf(para('100%'), RULE)).message.zh.includes('600 万元 ÷ 800 万元 = 75.00%'));
    assert.deepEqual(findingsOf(para('75%'), RULE), []);
  });
});

test('made up (red team): a rate of the budget as adjusted, or of the money to hand with the carry-over, after the first budget', () => {
  for (const body of [
    '我局2023年年初预算数为1500万元，年中调减120万元，全年预算数1380万元，实际支出1366.2万元，预算执行率为99%。',
    '2022年结转资金125.6万元，2023年当年预算安排890万元，合计可用资金1015.6万元，全年支出968.4万元，执行率95.35%。',
    '项目年初预算200万元，年中追加50万元，全年预算250万元，实际支出245.6万元，预算执行率98.24%。',
  ]) {
    assert.deepEqual(findingsOf(cleanReport({ bodies: { 'basic-budget': body } }), 'ratio'), [], body);
  }
  // a rate that fits no amount before it is still found
  const wrong = '我局2023年年初预算数为1500万元，年中调减120万元，全年预算数1380万元，实际支出1366.2万元，预算执行率为95%。';
  assert.equal(findingsOf(cleanReport({ bodies: { 'basic-budget': wrong } }), 'ratio').length, 1);
});

test('made up (red team, session 22): money arrived then spent, each with its rate: the 支出率 is of the spending, not of the 到位', () => {
  const body = (t: string): string => cleanReport({ bodies: { 'basic-budget': t } });
  assert.deepEqual(findingsOf(body('资金到位率100%，项目预算300万元，到位300万元，截至12月底已支出270万元，支出率90%。'), RULE), []);
  // a rate that fits neither outcome is still found
  assert.equal(findingsOf(body('资金到位率100%，项目预算300万元，到位300万元，截至12月底已支出270万元，支出率80%。'), RULE).length, 1);
});

describe('ratio: growth look-alikes and slips in new wordings (red team s23, made up)', () => {
  const tasks = (text: string): string => cleanReport({ bodies: { 'basic-functions': text } });
  const messages = (text: string): string[] => findingsOf(tasks(text), RULE).map((f) => f.message.zh);

  test('made up (red team s23): a percentage before the next amount (同比增长5%；项目支出200万元), a change over another year: silent', () => {
    // were false alarms: 200 read as a change of 420; 120 read as a change of the 220 that is itself a change
    assert.deepEqual(messages('基本支出420万元，同比增长5%；项目支出200万元，同比增长60%。'), []);
    assert.deepEqual(messages('2023年支出620万元，比2021年增加220万元，比上年增加120万元，增长24%。'), []);
  });

  test('made up (red team s23): growths that hold, stated many ways (points, 同比, bases of other years, rounded, 倍, 元): silent', () => {
    for (const sentence of [
      '2023年部门支出620万元，比上年增加120万元，增长24.0%。',
      '本年支出620万元，上年支出500万元，同比增长24%。',
      '2023年预算执行率为96.5%，较上年的92.3%提高4.2个百分点。',
      '2023年支出965万元，预算执行率96.5%，比上年提高4.2个百分点。',
      '2023年支出620万元，较2021年的400万元增长55%。',
      '2023年支出620万元，较2021年增加220万元，增长55%。',
      '2023年支出620万元，比上年的530万元增加90万元，增长约17%。',
      '2023年支出620万元，比上年的530万元增加90万元，增长16.98%。',
      '2023年收入1,250.6万元，较上年的1,100.3万元增加150.3万元，增长13.66%。',
      '2023年支出1.2亿元，比上年的9600万元增加2400万元，增长25%。',
      '2023年支出620万元，比上年的500万元增加120万元，增幅为24%。',
      '2023年“三公”经费支出4.5万元，较上年的6.1万元减少1.6万元，下降26.2%。',
      '2023年支出620万元，同比增加120万元，增长24%。',
      '基本支出420万元，同比增长5%；项目支出200万元，同比增长60%。',
      '2023年支出620万元，比上年增加120万元，主要是人员增加，人员经费增长15%。',
      '2023年支出1100万元，比上年的500万元增加600万元，增长1.2倍。',
      '2023年支出1100万元，是上年500万元的2.2倍。',
      '2023年支出620万元，比上年增长24%，增加120万元。',
      '2022年支出500万元，2023年支出620万元，增长24%。',
      '2023年年初预算620万元，比上年年初预算500万元增加120万元，增长24%。',
      '2023年决算支出620万元，较2022年决算数500万元增加120万元，增长24%。',
      '2023年支出620万元，比2021年增加220万元，比上年增加120万元，增长24%。',
      '2021—2023年支出由400万元增加到620万元，年均增长24.5%。',
      '2023年支出620万元，较2020年的400万元累计增长55%。',
      '全年接待游客12.4万人次，比上年增加2.4万人次，增长24%。',
      '全年收取租金6.2万元，比上年的50000元增加12000元，增长24%。',
      '1—6月支出310万元，同比增加60万元，增长24%。',
      '公用经费占比由12%下降至10%，下降2个百分点。',
      '2023年支出620万元，比上年调整后预算500万元增加120万元，增长24%。',
      '2023年支出620万元，同比增长24%（2022年为500万元）。',
      '2023年支出620万元，比上年增加120万元，增长24%，比年初预算增加20万元，增长3.33%。',
      '2023年收入620万元，较上年增加120万元，增长24%；其中财政拨款收入580万元，较上年增加100万元，增长20.8%。',
      '2023年一般公共预算财政拨款支出580万元，比2022年的480万元增加100万元，增长20.83%，比2021年的400万元增加180万元，增长45%。',
      '2023年支出620万元，比上年增加120万元，增长24%，主要原因是新增乡村振兴项目120万元。',
      '2023年机关运行经费支出45万元，比上年的50万元减少5万元，降低10%，主要是压减一般性支出。',
      '2023年城乡居民医保参保人数12.4万人，比上年增加0.4万人，参保率98.5%，比上年提高1.5个百分点。',
      '2023年公务接待费1.2万元，较上年的1.5万元下降20%，较2021年的2万元下降40%。',
      '2023年支出620.00万元，较上年500.00万元增加120.00万元，增长24.00%。',
      '2023年支出620万元，比上年增加120万元，同比增长24%，占全年预算的95.4%。',
      '2023年度财政拨款支出6,200,000元，较上年度5,000,000元增加1,200,000元，增长24%。',
      '本年度支出620万元，较上年增支120万元，增支率24%。',
      '2023年支出380万元，比上年减少120万元，减少24%。',
      '2023年支出380万元，比上年的500万元减少120万元，降幅为24个百分点。',
    ]) {
      assert.deepEqual(messages(sentence), [], sentence);
    }
  });

  test('made up (red team s23): growths that do not hold, in wordings (上升, 增幅, 年初预算/决算数 as the base, 元): found once', () => {
    for (const sentence of [
      '2023年支出620万元，比上年的500万元增加120万元，增幅为34%。',
      '2023年支出620万元，较2022年度的500万元增加120万元，同比增长34%。',
      '2023年“三公”经费支出4.5万元，较上年的6.1万元减少1.6万元，下降16.2%。',
      '2023年年初预算620万元，比上年年初预算500万元增加120万元，增长率34%。',
      '2023年支出620万元，同比增加120万元，增幅34%。',
      '2023年度财政拨款支出6,200,000元，较上年度5,000,000元增加1,200,000元，增长34%。',
      '2023年支出380万元，比上年减少120万元，下降34%。',
      '2023年决算支出620万元，较2022年决算数500万元增加120万元，增长34%。',
      '2023年收入620万元，较上年增加120万元，增长34%；其中财政拨款收入580万元，较上年增加100万元，增长20.8%。',
      '2023年支出620万元，比上年增加120万元，上升34%。',
      '2023年支出620万元，较上年同期增加120万元，同比上升34%。',
    ]) {
      assert.equal(messages(sentence).length, 1, sentence);
    }
  });
});

describe('ratio: two years’ figures and a growth with no change stated (red team s23, made up; the s22 miss)', () => {
  const tasks = (text: string): string => cleanReport({ bodies: { 'basic-functions': text } });
  const messages = (text: string): string[] => findingsOf(tasks(text), RULE).map((f) => f.message.zh);

  test('made up (red team s23): 上年支出500万元，本年支出620万元，增长34% and its orders and years: found, (C − B) ÷ B', () => {
    for (const sentence of [
      '上年支出500万元，本年支出620万元，增长34%。',
      '2022年支出500万元，2023年支出620万元，增长34%。',
      '2023年支出620万元，上年为500万元，增长34%。',
      '本年支出620万元，上年支出500万元，增长34%。',
      '上年同期支出500万元，本年支出620万元，同比增长34%。',
      '2022年度收入800万元，2023年度收入620万元，下降29%。',
    ]) {
      const [m, ...rest] = messages(sentence);
      assert.deepEqual(rest, [], sentence);
      assert.ok(m?.includes(' ÷ '), `${sentence}: ${m}`);
    }
  });

  test('made up (red team s23): growths that hold, other things or three years, 年均, 其中, a growth not right after: silent', () => {
    for (const sentence of [
      '上年支出500万元，本年支出620万元，增长24%。',
      '2022年支出500万元，2023年支出620万元，增长24%。',
      '2023年支出620万元，上年为500万元，增长24%。',
      '上年同期支出500万元，本年支出620万元，同比增长24%。',
      '2022年度收入800万元，2023年度收入620万元，下降22.5%。',
      '2021年支出400万元，2022年支出500万元，2023年支出620万元，年均增长24.5%。',
      '上年结转500万元，本年收入620万元，增长34%。',
      '上年A项目支出500万元，本年B项目支出620万元，增长34%。',
      '2023年1—6月支出300万元，2023年支出620万元，增长34%。',
      '上年支出500万元，本年预算620万元，增长34%。',
      '2022年支出500万元，2023年支出620万元，其中项目支出增长34%。',
      '2022年预算执行率90%，2023年支出620万元，增长34%。',
      '上年支出500万元，本年支出620万元，增长24%，占全县的34%。',
      '2023年支出620万元，2022年支出500万元，2021年支出400万元，分别增长24%和25%。',
      '上年人员经费500万元，本年人员经费620万元，增长24%；上年公用经费100万元，本年公用经费80万元，下降20%。',
      '本年支出620万元，较上年支出的500万元增长24%。',
      '上年支出500万元，本年支出620万元，增长24.0%，主要是新增项目。',
      '2022年支出500.5万元，2023年支出620.3万元，增长23.9%。',
      '2022年支出5亿元，2023年支出6.2亿元，增长24%。',
      '2022年支出4.6亿元，2023年支出5.7亿元，增长24%。',
      '上年支出500万元，本年支出620万元，增长约24%。',
    ]) {
      assert.deepEqual(messages(sentence), [], sentence);
    }
  });
});

describe('ratio: the growth of a thing named before 比上年 and of a total before 其中 (red team s23, made up)', () => {
  const tasks = (text: string): string => cleanReport({ bodies: { 'basic-functions': text } });
  const messages = (text: string): string[] => findingsOf(tasks(text), RULE).map((f) => f.message.zh);

  test('made up (red team s23): growths that hold, of a thing named before 比上年 or of a total, counts, 百分点: silent', () => {
    // the first two and the 下达资金 one were false alarms: the growth read against the amount just before (620, 400, 1650.50)
    for (const sentence of [
      '2023年支出620万元，执行率95%，公用经费较上年50万元增长10%。',
      '2023年支出620万元，其中人员经费400万元，公用经费较上年50万元增长10%。',
      '2023年收入总预算5621.38万元，其中一般公共预算安排拨款4896.38万元，基金预算拨款725.00万元，比上年4980.60万元增长12.87%。',
      '2023年收入总预算5621.38万元，其中一般公共预算安排拨款4896.38万元、基金预算拨款725.00万元，比上年4980.60万元增长12.87%。',
      '2023年收入总预算5621.38万元，其中一般公共预算拨款4896.38万元，比上年4000.00万元增长22.41%。',
      '2023年收入总预算5621.38万元，其中一般公共预算拨款4896.38万元，比上年4500.00万元增长8.81%。',
      '2021年共下达两项转移支付资金1722.50万元，执行1650.50万元，执行率95.82%；下达资金较上年1580.00万元增长9.02%。',
      '2021年共下达资金1722.50万元，执行1650.50万元，执行率95.82%；执行数较上年1500.00万元增长10.03%。',
      '2021年下达资金1722.50万元，实际支出1650.50万元，支出较上年1500.00万元增长10.03%。',
      '2023年部门预算支出1200万元，较上年1000万元增长20%，其中项目支出较上年300万元增长10%。',
      '2023年支出620万元，比上年500万元增长24%，人均支出较上年5万元增长8%。',
      '2023年一般公共预算拨款620万元，较上年500万元增长24%。',
      '2023年财政拨款收入620万元，政府性基金收入80万元，较上年50万元增长60%。',
      '2023年收入700万元，其中财政拨款620万元，较上年500万元增长24%。',
      '全年支出1200万元，其中基本支出800万元，项目支出400万元，较上年350万元增长14.29%。',
      '全年支出1200万元，其中基本支出800万元，项目支出400万元，较上年1000万元增长20%。',
      '2023年下达资金1722.50万元，较上年1580.00万元增长9.02%，执行1650.50万元，执行率95.82%。',
      '本年度“三公”经费支出12万元，其中公务接待费3万元，较上年5万元下降40%。',
      '2023年支出620万元，比上年预算数500万元增长24%。',
      '2023年预算执行率96.5%，支出620万元，较上年500万元增长24%。',
      '全年完成门诊18.62万人次，比上年16.90万人次增长10.18%。',
      '全年完成门诊18.62万人次，比上年增加1.72万人次，增长10.18%。',
      '全年完成门诊186200人次，比上年的169000人次增长10.2%。',
      '全年接待游客12.4万人次，比上年增加2.4万人次，增长24%。',
      '全县参保人数45.2万人，较上年44.8万人增长0.9%。',
      '全县参保人数45.2万人，参保率98.5%，较上年97.0%提高1.5个百分点。',
      '门诊人次18.62万人次，次均费用186元，较上年180元增长3.33%。',
      '出院病人1.36万人次，平均住院日7.2天，较上年7.8天下降7.69%。',
      '2023年完成造林面积1.2万亩，比上年1万亩增长20%，森林覆盖率62.3%。',
      '2023年支出620万元，比上年500万元增长24%。比2021年400万元增长55%。',
      '2023年收入620万元，较上年500万元增长24%，支出600万元，较上年480万元增长25%。',
    ]) {
      assert.deepEqual(messages(sentence), [], sentence);
    }
  });

  test('made up (red team s23): growths that do not hold, of the named thing or of the total before 其中: found, with its figures', () => {
    for (const sentence of [
      '2023年收入总预算5621.38万元，其中一般公共预算安排拨款4896.38万元，基金预算拨款725.00万元，比上年4980.60万元增长11.42%。',
      '2023年收入总预算5621.38万元，其中一般公共预算安排拨款4896.38万元、基金预算拨款725.00万元，较上年的4980.60万元增长11.42%。',
      '全年支出1200万元，其中基本支出800万元，项目支出400万元，较上年1000万元增长25%。',
      '2021年共下达两项转移支付资金1722.50万元，执行1650.50万元，执行率95.82%；下达资金较上年1580.00万元增长8.02%。',
      '2021年下达资金1722.50万元，实际支出1650.50万元，支出较上年1500.00万元增长12.03%。',
      '2023年部门预算支出1200万元，其中项目支出330万元，项目支出较上年300万元增长15%。',
      '2023年支出620万元，执行率95%，支出较上年增加120万元，增长34%。',
      '2023年下达资金1722.50万元，执行1650.50万元，执行率95.82%，下达资金较上年增加142.50万元，增长8.02%。',
    ]) {
      const [m, ...rest] = messages(sentence);
      assert.deepEqual(rest, [], sentence);
      assert.ok(m?.includes(' ÷ '), `${sentence}: ${m}`);
    }
    assert.ok(
      messages(
        '2023年收入总预算5621.38万元，其中一般公共预算安排拨款4896.38万元，基金预算拨款725.00万元，比上年4980.60万元增长11.42%。',
      )[0]?.includes('(5621.38 万元 − 4980.60 万元) ÷ 4980.60 万元 = 12.87%'),
    );
    assert.ok(
      messages('2021年共下达两项转移支付资金1722.50万元，执行1650.50万元，执行率95.82%；下达资金较上年1580.00万元增长8.02%。')[0]?.includes(
        '(1722.50 万元 − 1580.00 万元) ÷ 1580.00 万元 = 9.02%',
      ),
    );
  });

  test('made up (red team s23): the named thing’s figure stated only after the growth: not read', () => {
    for (const sentence of ['2023年支出620万元，执行率95%，公用经费较上年50万元增长10%，其中公用经费55万元。']) {
      assert.deepEqual(messages(sentence), [], sentence);
    }
  });
});

describe('ratio: a plan and what was actually done, a budget a sentence before, 执行\\n率 (red team s23, made up)', () => {
  const tasks = (text: string): string => cleanReport({ bodies: { 'basic-functions': text } });
  const messages = (text: string): string[] => findingsOf(tasks(text), RULE).map((f) => f.message.zh);

  test('made up (red team s23): 计划培训320人，实际培训296人，完成率95.2% and its kin: found, 实际 read as the work done', () => {
    for (const sentence of [
      '职业技能培训计划培训320人，实际培训296人，完成率95.2%；为86名残疾人提供托养服务。',
      '计划新建公厕12座，实际建成11座，完成率97.1%。',
      '计划改造户厕500户，实际改造480户，完成率98%。',
    ]) {
      const [m, ...rest] = messages(sentence);
      assert.deepEqual(rest, [], sentence);
      assert.ok(m?.includes('请核对完成率或完成量'), `${sentence}: ${m}`);
    }
  });

  test('made up (red team s23): plans and what was actually done that agree, rounded, over 100 %, other units, money: silent', () => {
    for (const sentence of [
      '职业技能培训计划培训320人，实际培训296人，完成率92.5%。',
      '计划培训320人，实际培训296人，完成率约93%。',
      '计划培训320人，实际培训336人，完成率105%。',
      '计划培训320人，实际培训336人，完成率100%。',
      '计划发放补贴320户，实际发放296户，完成率92.5%，未发放的24户因资格复核未通过。',
      '计划改造户厕500户，实际改造480户，其中新建120户，完成率96%。',
      '计划培训320人，实际培训296人次，完成率92.5%。',
      '年度目标200户，实际完成215户，完成率107.5%。',
      '计划新建公厕12座，实际建成12座，完成率100%；计划改造户厕500户，实际改造480户，完成率96%。',
      '计划新建公厕12座，实际建成11座，完成率91.7%。',
      '计划培训320人，实际到位资金296万元，完成率92.5%。',
      '计划培训320人，其中实际需求280人，完成培训296人，完成率92.5%。',
    ]) {
      assert.deepEqual(messages(sentence), [], sentence);
    }
  });

  test('made up (red team s23): the budget first in the sentence before the spending and its rate, 执行\\n率: found', () => {
    for (const sentence of [
      '下达资金185.00万元，其中中央资金148.00万元、省级资金\n27.00万元、县级资金10.00万元。实际支出180.20万元，执行\n率97.14%。维修养护农村供水工程26处，受益人口4.7万人。',
      '下达资金1500.00万元，其中中央资金1200.00万元、省级资金300.00万元。实际支出1386.45万元，执行率95.43%。',
      '下达资金185.00万元，实际支出180.20万元，执行\n率97.14%。',
      '项目预算185.00万元。截至年底实际支出180.20万元，预算执行率95%。',
      '全年预算安排185.00万元。已拨付180.20万元，拨付率95.41%。',
    ]) {
      const [m, ...rest] = messages(sentence);
      assert.deepEqual(rest, [], sentence);
      assert.ok(m?.includes(' ÷ '), `${sentence}: ${m}`);
    }
    assert.ok(
      messages(
        '下达资金185.00万元，其中中央资金148.00万元、省级资金\n27.00万元、县级资金10.00万元。实际支出180.20万元，执行\n率97.14%。维修养护农村供水工程26处，受益人口4.7万人。',
      )[0]?.includes('180.20 万元 ÷ 185.00 万元 = 97.41%'),
    );
  });

  test('made up (red team s23): budgets before that agree, with more money to hand (追加, 结转), a part’s spending, a batch: silent', () => {
    for (const sentence of [
      '下达资金185.00万元，其中中央资金148.00万元、省级资金\n27.00万元、县级资金10.00万元。实际支出180.20万元，执行\n率97.41%。维修养护农村供水工程26处。',
      '下达资金1500.00万元，其中中央资金1200.00万元、省级资金\n300.00万元。实际支出1386.45万元，执行率92.43%。',
      '下达资金185.00万元，实际支出180.20万元，执行\n率97.41%。',
      '项目预算185.00万元。截至年底实际支出180.20万元，预算执行率97.4%。',
      '项目预算185.00万元。截至年底实际支出180.20万元，预算执行率97%。',
      '年初预算185.00万元，年中追加15.00万元。实际支出180.20万元，执行率90.1%。',
      '下达资金185.00万元，其中中央资金148.00万元。中央资金实际支出140.20万元，执行率94.73%。',
      '下达资金185.00万元。到位资金185.00万元，实际支出180.20万元，执行率97.41%。',
      '下达资金185.00万元。其中中央资金实际支出140.20万元，执行率75.78%。',
      '下达资金185.00万元。实际支出180.20万元，其中中央资金140.20万元，执行率97.41%。',
      '全年预算安排185.00万元。已拨付180.20万元，拨付率97.41%。',
      '全年预算安排185.00万元。第一批资金已拨付100.00万元，拨付进度100%。',
      '全年预算安排185.00万元，上年结转10.00万元。实际支出180.20万元，执行率92.41%。',
      '项目总预算185.00万元。截至2023年12月31日，实际支出180.20万元，执行率97.41%，剩余4.80万元为质保金。',
    ]) {
      assert.deepEqual(messages(sentence), [], sentence);
    }
  });
});

describe('ratio: the growth of a count over last year (red team s23, made up; the blind set’s 容水 门诊人次)', () => {
  const tasks = (text: string): string => cleanReport({ bodies: { 'basic-functions': text } });
  const messages = (text: string): string[] => findingsOf(tasks(text), RULE).map((f) => f.message.zh);

  test('made up (red team s23): 门诊18.62万人次，比上年16.90万人次增长9.24% and its kin (增加 D, 下降, 万人, 场): found once', () => {
    for (const sentence of [
      '2024年完成门诊18.62万人次，比上年16.90万人次增长9.24%；出院病人1.36万人次。',
      '2024年完成门诊18.62万人次，比上年增加1.72万人次，增长9.24%。',
      '全年接待游客12.4万人次，较上年的10万人次增长34%。',
      '全县参保人数45.2万人，较上年44.8万人增长1.9%。',
      '出院病人1.36万人次，比上年1.42万人次下降5.23%。',
      '全年开展培训120场，比上年100场增长25%，参训人数8000人，比上年7000人增长14.29%。',
    ]) {
      const [m, ...rest] = messages(sentence);
      assert.deepEqual(rest, [], sentence);
      assert.ok(m?.includes(' ÷ '), `${sentence}: ${m}`);
    }
    const text = tasks('2024年完成门诊18.62万人次，比上年16.90万人次增长9.24%；出院病人1.36万人次。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '9.24%');
    assert.ok(f.message.zh.includes('(18.62 万人次 − 16.90 万人次) ÷ 16.90 万人次 = 10.18%'), f.message.zh);
    assert.deepEqual(
      f.related?.map((r) => spanText(text, r)),
      ['18.62万人次', '16.90万人次'],
    );
  });

  test('made up (red team s23): counts’ growths that hold, rounded, 约, other units, 万 against digits, points, years: silent', () => {
    for (const sentence of [
      '2024年完成门诊18.62万人次，比上年16.90万人次增长10.18%；出院病人1.36万人次。',
      '2024年完成门诊18.62万人次，比上年增加1.72万人次，增长10.18%。',
      '全年接待游客12.4万人次，比上年增加2.4万人次，增长24%。',
      '全年接待游客12.4万人次，较上年的10万人次增长24%。',
      '全县参保人数45.2万人，较上年44.8万人增长0.9%。',
      '出院病人1.36万人次，比上年1.42万人次下降4.23%。',
      '出院病人1.36万人次，比上年减少0.06万人次，下降4.2%。',
      '全年门诊186200人次，比上年的169000人次增长10.2%。',
      '全年门诊18.62万人次，比上年169000人次增长10.2%。',
      '2023年完成造林面积1.2万亩，比上年1万亩增长20%，森林覆盖率62.3%。',
      '全年开展培训120场，比上年100场增加20场，增长20%。',
      '全年开展培训120场，比上年100场增长20%，参训人数8000人，比上年7000人增长14.29%。',
      '门诊人次18.62万人次，比上年16.90万人次增长约10%。',
      '门诊人次18.62万人次，比上年16.90万人人次增长9.24%。',
      '全年门诊18.62万人次，比上年16.90万人增长10.18%。',
      '全年门诊18.62万人次，同比增长10.2%，比上年16.90万人次增加1.72万人次。',
      '2024年门诊18.62万人次，较2023年的16.90万人次增长10.18%。',
      '全年培训120人，比上年100人提高20个百分点。',
    ]) {
      assert.deepEqual(messages(sentence), [], sentence);
    }
  });
});

describe('ratio: counts’ growths with thousands commas, 同比 after the base, other units (red team s23, made up; blind set 2)', () => {
  const tasks = (text: string): string => cleanReport({ bodies: { 'basic-functions': text } });
  const messages = (text: string): string[] => findingsOf(tasks(text), RULE).map((f) => f.message.zh);

  test('made up (red team s23): 6,380人次，较上年5,820人次同比增长12.5%, 万页, 同比下降, 卷, 篇, 盏, 座, money with 同比: found once', () => {
    for (const [sentence, how] of [
      ['完成馆藏档案数字化扫描218万页，较上年186万页增长21.5%，数字化副本全部通过质量抽检。', '(218 万页 − 186 万页) ÷ 186 万页 = 17.20%'],
      ['培训学员6,380人次，较上年5,820人次同比增长12.5%；完成课题立项9项。', '(6,380 人次 − 5,820 人次) ÷ 5,820 人次 = 9.62%'],
      ['全区A级景区全年接待游客186.4万人次，较2019年的265.2万人次同比下降25.7%。', '(265.2 万人次 − 186.4 万人次) ÷ 265.2 万人次 = 29.71%'],
      ['全年长者食堂共提供助餐服务33800人次，较上年的29500人次同比增长16.2%。', '(33800 人次 − 29500 人次) ÷ 29500 人次 = 14.58%'],
      ['全年整理归档文书档案5,400卷，比上年4,800卷增长15%。', '(5,400 卷 − 4,800 卷) ÷ 4,800 卷 = 12.50%'],
      ['全年在核心期刊发表论文24篇，较上年20篇增长30%。', '(24 篇 − 20 篇) ÷ 20 篇 = 20.00%'],
      ['全年办理法律援助案件1,260件，比上年增加160件，同比增长12.5%。', '160 件 ÷ (1,260 件 − 160 件) = 14.55%'],
      ['全年开展送戏下乡演出126场，较上年的105场同比增加25%。', '(126 场 − 105 场) ÷ 105 场 = 20.00%'],
      ['新增安装路灯2,460盏，比上年2,000盏增长18%。', '(2,460 盏 − 2,000 盏) ÷ 2,000 盏 = 23.00%'],
      ['全年新建农村公路桥梁48座，较2022年40座同比增长25%。', '(48 座 − 40 座) ÷ 40 座 = 20.00%'],
      ['全年支出1,200万元，较上年1,000万元同比增长25%。', '(1200 万元 − 1000 万元) ÷ 1000 万元 = 20.00%'],
      ['公用经费支出86.5万元，较上年度92.3万元同比下降8.5%。', '(92.3 万元 − 86.5 万元) ÷ 92.3 万元 = 6.28%'],
      ['馆藏档案52.6万卷，已数字化38.2万卷，数字化率75%。', '已数字化 38.2 万卷 ÷ 馆藏档案 52.6 万卷 = 72.62%'],
    ]) {
      const [m, ...rest] = messages(sentence as string);
      assert.deepEqual(rest, [], sentence);
      assert.ok(m?.includes(how as string), `${sentence}: ${m}`);
    }
  });

  test('made up (red team s23): the same that hold, 1,260 not read as 260, points, 约, lists, a growth of another thing: silent', () => {
    for (const sentence of [
      '完成馆藏档案数字化扫描218万页，较上年186万页增长17.2%，数字化副本全部通过质量抽检。',
      '全年举办各类培训班86期，较上年72期增长19.4%；培训学员6,380人次，较上年5,820人次同比增长9.6%。',
      '全区A级景区全年接待游客186.4万人次，较2019年的265.2万人次同比下降29.7%。',
      '全年长者食堂共提供助餐服务33800人次，较上年的29500人次同比增长14.6%。',
      '全年整理归档文书档案5,400卷，比上年4,800卷增长12.5%。',
      '全年办理法律援助案件1,260件，比上年增加160件，同比增长14.5%。',
      '全年新增就业岗位3,120个，较上年2,800个增长11.4%。',
      '全年开展送戏下乡演出126场，较上年的105场同比增加20%。',
      '全年培训学员1,200人次，较上年1,000人次同比提高20个百分点。',
      '全年接待查档1.37万人次，较上年1.2万人次同比增长约14%。',
      '全年接待查档13,700人次，较上年12,000人次同比增长14.17%。',
      '全年受理信访件1,180件，较上年的1,300件同比下降9.2%。',
      '年末馆藏档案52.6万卷，较上年新增4.62万卷，增长9.6%。',
      '全年培训学员6,380人次，同比增长9.6%，较上年5,820人次增加560人次。',
      '全年发放图书12,500册，较上年10,000册增长25%，借阅量同比增长12.5%。',
      '全年支出1200万元，较上年的1000万元同比增加200万元，增长20%。',
      '本年收入1,316.80万元，比上年的1,052.90万元同比增长25.06%。',
      '全年课题立项18项，结题15项，结题率83.3%。',
      '馆藏档案52.6万卷，已数字化38.2万卷，数字化率72.6%。',
      '计划发表论文20篇，实际发表24篇，完成率120%。',
      '全年受理投诉1,260件，办结1,250件，办结率99.2%。',
    ]) {
      assert.deepEqual(messages(sentence), [], sentence);
    }
  });
});

describe('ratio: a rate named after what the second of two counts did (red team s23, made up; the blind set’s 岷川 健康管理率)', () => {
  const tasks = (text: string): string => cleanReport({ bodies: { 'basic-functions': text } });
  const messages = (text: string): string[] => findingsOf(tasks(text), RULE).map((f) => f.message.zh);

  test('made up (red team s23): …老年人2.03万人，纳入健康管理1.52万人，老年人健康管理率78.4% and its kin: found, second ÷ first', () => {
    for (const sentence of [
      '全县65岁以上老年人2.03万人，纳入健康管理1.52万人，老年人健康管理率78.4%；居民电子健康档案建档率91.6%。',
      '全县常住人口45.80万人，规范化电子健康档案建档41.26万人，建档率92.09%。',
      '河道巡查发现问题12处，整改10处，整改率100%。',
      '在校学生1200人，资助困难学生300人，资助率35%。',
      '全年受理案件320件，办结310件，办结率97.88%。',
    ]) {
      const [m, ...rest] = messages(sentence);
      assert.deepEqual(rest, [], sentence);
      assert.ok(m?.includes(' ÷ '), `${sentence}: ${m}`);
    }
    assert.ok(
      messages('全县65岁以上老年人2.03万人，纳入健康管理1.52万人，老年人健康管理率78.4%；居民电子健康档案建档率91.6%。')[0]?.includes(
        '纳入健康管理 1.52 万人 ÷ 全县65岁以上老年人 2.03 万人 = 74.88%',
      ),
    );
  });

  test('made up (red team s23): rates of two counts that hold, of a population further back, of a target, 参保率, 覆盖率: silent', () => {
    for (const sentence of [
      '全县65岁以上老年人2.03万人，纳入健康管理1.52万人，老年人健康管理率74.9%；居民电子健康档案建档率91.6%。',
      '全县常住人口45.80万人，规范化电子健康档案建档41.26万人，建档率90.09%。',
      '全县常住人口45.8万人，其中65岁以上老年人6.2万人，纳入健康管理4.6万人，老年人健康管理率74.2%。',
      '全县常住人口45.8万人，其中65岁以上老年人6.2万人，老年人健康管理率70.1%。',
      '全县高血压患者2.1万人，规范管理1.5万人，规范管理率71.4%，血压控制率65%。',
      '全县高血压患者2.1万人，规范管理1.5万人，规范管理率75.4%。',
      '年度任务1.8万人，纳入健康管理1.52万人，健康管理率74.9%。',
      '全县行政村120个，建成村级服务站118个，覆盖率98.3%。',
      '全县行政村120个，建成村级服务站118个，覆盖率100%。',
      '河道巡查发现问题12处，整改12处，整改率100%。',
      '在校学生1200人，资助困难学生300人，资助率25%。',
      '全县适龄儿童1.2万人，接种疫苗1.18万人次，接种率98.3%。',
      '应参保人数45.8万人，实际参保44.9万人，参保率98.0%。',
      '全县户籍人口45.8万人，参保44.9万人，参保率96.5%。',
      '发放问卷200份，收回196份，满意率95%。',
      '全县农户3.2万户，参保农户2.9万户，参保率约91%。',
      '全县贫困户1200户，已脱贫1150户，脱贫率95.8%。',
      '全县贫困户1200户，已脱贫1150户，返贫率0.5%。',
      '全年受理案件320件，办结310件，办结率96.88%，群众满意率98%。',
      '全年受理案件320件，办结310件，结案率96.9%。',
    ]) {
      assert.deepEqual(messages(sentence), [], sentence);
    }
  });
});

describe('ratio: a rate after a 其中 list, growths of counts 由 B 增加到 C (red team s23, made up; set 3’s 云岭, 韶关, 洛阳)', () => {
  const tasks = (text: string): string => cleanReport({ bodies: { 'basic-functions': text } });
  const messages = (text: string): string[] => findingsOf(tasks(text), RULE).map((f) => f.message.zh);

  test('made up (red team s23): spending after a 其中 list of the money to hand, its rate of the total that holds: silent', () => {
    for (const sentence of [
      '2022年项目到位资金1563.20万元，其中中央资金1406.88万元、省级资金156.32万元；实际支出1498.60万元，预算执行率95.87%，结余资金64.60万元结转下年。',
      '本年项目资金800.00万元，其中中央资金500.00万元，省级资金200.00万元，县级资金100.00万元，实际支出760.00万元，执行率95%。',
      '全年到位资金320万元，其中市级补助120万元、区级配套200万元，实际支出312.5万元，资金执行率97.66%。',
      '项目总投资600万元，其中财政资金450万元，自筹150万元，已支付582万元，支付率97%。',
      '2023年到位资金1,200.00万元（其中省级资金300.00万元），已拨付1,150.00万元，拨付率95.83%。',
      '到位资金245.6万元，其中上级补助资金45.6万元；已支出240.1万元，执行率97.76%。',
      '资金总额1000万元，其中项目资金600万元，已支出580万元，执行率96.67%。',
      '到位资金1563.20万元，中央资金1406.88万元、省级资金156.32万元；实际支出1498.60万元，预算执行率95.87%。',
      '全年可用资金520万元，其中上年结转20万元，实际支出500万元，执行率96.15%。',
      '下达补助资金（含中央、省、县三级）合计930.5万元，其中县级配套资金130.5万元，截至年底已拨付930.5万元，拨付率100%。',
    ]) {
      assert.deepEqual(messages(sentence), [], sentence);
    }
  });

  test('made up (red team s23): spending after a 其中 list, a rate that the total does not give: found once, of the total', () => {
    for (const sentence of [
      '本年项目资金800.00万元，其中中央资金500.00万元，省级资金200.00万元，县级资金100.00万元，实际支出760.00万元，执行率90%。',
      '项目总投资600万元，其中财政资金450万元，自筹150万元，已支付582万元，支付率99%。',
    ]) {
      const [m, ...rest] = messages(sentence);
      assert.deepEqual(rest, [], sentence);
      assert.ok(/÷ (800\.00|600) 万元/.test(m ?? ''), `${sentence}: ${m}`);
    }
    // the part’s own rate stated is read; a rate neither gives, with the spending within the part, is left (either may be meant)
    assert.deepEqual(messages('资金总额1000万元，其中项目资金600万元，已支出580万元，执行率90%。'), []);
  });

  test('made up (red team s23): 由 B 增加到 C 的 counts, a growth that does not hold (家, 件, 万人, 户, 个, 天, 增至, 降至): found once', () => {
    for (const sentence of [
      '全县家庭农场由上年的1,250家增至1,468家，增长19.4%。',
      '受理投诉件由2022年的356件下降到2023年的298件，下降19.5%。',
      '参保人数由12.6万人增加到13.1万人，增长5.2%。',
      '建档立卡户由1200户减少至980户，减少22.4%。',
      '由8个增加到12个，增长33.3%。',
      '超标天数由12天降至5天，下降41.7%。',
      '门诊量由2.30万人次增长到2.50万人次，同比增长12%。',
      '全市高新技术企业由2020年底的86家增加到2021年底的103家，增长21.5%。',
      '重污染天数由18天减少到11天，下降31.8%。',
    ]) {
      const [m, ...rest] = messages(sentence);
      assert.deepEqual(rest, [], sentence);
      assert.ok(m?.includes(' ÷ '), `${sentence}: ${m}`);
    }
    assert.ok(
      messages('全市高新技术企业由2020年底的86家增加到2021年底的103家，增长21.5%。')[0]?.includes('(103 家 − 86 家) ÷ 86 家 = 19.77%'),
    );
  });

  test('made up (red team s23): 由 B 增加到 C that holds, rounded, points, 年均, 其中, 压缩/缩短, growths of another thing: silent', () => {
    for (const sentence of [
      '全市高新技术企业由2020年底的86家增加到2021年底的103家，增长19.8%。',
      '重污染天数由18天减少到11天，下降38.9%。',
      '全县家庭农场由上年的1,250家增至1,468家，增长17.44%。',
      '受理投诉件由2022年的356件下降到2023年的298件，下降16.29%。',
      '参保人数由12.6万人增加到13.1万人，增长4%。',
      '建档立卡户由1200户减少至980户，减少18.3%。',
      '门诊量由2.3万人次增长到2.5万人次，增长8.7%。',
      '优良天数由220天增加到238天，优良率由60.3%提高到65.2%，提高4.9个百分点。',
      '市级示范社由45家增加到52家，增加7家，增长15.56%。',
      '贫困发生率由5.2%下降到0.8%，下降4.4个百分点。',
      '由2019年的18所增加到2023年的26所，年均增长9.6%。',
      '从业人员由350人增加到420人，其中专业技术人员增长25%。',
      '由8个增加到12个，增长50%。',
      '全年空气质量优良天数由220天增加到238天，增长8.18%。',
      '超标天数由12天降至5天，下降58.3%。',
      '办结时限由20个工作日压缩至12个工作日，压缩40%。',
      '审批时间由15天缩短到7天，缩短53.3%。',
      '门诊量由2.3万人次增长到2.5万人次，同比增长12%。',
    ]) {
      assert.deepEqual(messages(sentence), [], sentence);
    }
  });
});

describe('ratio: the work done, then the share of the year’s target it is (red team s23, made up; set 3’s 洛阳)', () => {
  const tasks = (text: string): string => cleanReport({ bodies: { 'basic-functions': text } });
  const messages = (text: string): string[] => findingsOf(tasks(text), RULE).map((f) => f.message.zh);

  test('made up (red team s23): 完成…12600户，完成年度目标14000户的92% and its kin (占, 为, 人次): found once, done ÷ target', () => {
    for (const sentence of [
      '完成散煤替代12600户，完成年度目标14000户的92%；完成5家钢铁企业超低排放改造。',
      '已完成危房改造126户，为年度计划140户的93%。',
      '累计改造农村户厕3,250户，占年度任务3,500户的95.2%。',
      '全年实际培训新型职业农民12600人次，完成全年计划14000人次的92%。',
    ]) {
      const [m, ...rest] = messages(sentence);
      assert.deepEqual(rest, [], sentence);
      assert.ok(m?.includes(' ÷ '), `${sentence}: ${m}`);
    }
    assert.ok(messages('完成散煤替代12600户，完成年度目标14000户的92%。')[0]?.includes('12600 户 ÷ 14000 户 = 90.00%'));
  });

  test('made up (red team s23): shares of a target that hold, rounded (2万亩), a population, another unit, no figure: silent', () => {
    for (const sentence of [
      '完成散煤替代12600户，完成年度目标14000户的90%。',
      '累计改造农村户厕3,250户，占年度任务3,500户的92.86%。',
      '全年实际培训新型职业农民1.26万人次，完成全年计划1.2万人次的105%。',
      '全市共有散煤用户12600户，完成年度目标14000户的92%。',
      '年度目标12600户，完成年度目标14000户的92%。',
      '完成散煤替代12600户，完成年度目标的90%。',
      '完成散煤替代1.26万户，完成年度目标1.4万户的90%。',
      '已完成危房改造126户，为年度计划140户的90%，剩余14户于次年3月前完工。',
      '完成散煤替代12600户，完成年度目标14000户的90.0%，超额完成省定任务的102%。',
      '完成散煤替代12600户，完成年度目标14000台的92%。',
      '实施高标准农田建设2.1万亩，完成年度任务2万亩的105%。',
      '实施高标准农田建设2.1万亩，完成年度任务2万亩的110%。',
    ]) {
      assert.deepEqual(messages(sentence), [], sentence);
    }
  });
});

describe('ratio: a survey’s satisfaction rate after the satisfied count (red team s23, made up; set 3’s 临澜)', () => {
  const tasks = (text: string): string => cleanReport({ bodies: { 'basic-functions': text } });
  const messages = (text: string): string[] => findingsOf(tasks(text), RULE).map((f) => f.message.zh);

  test('made up (red team s23): 满意率 that no questionnaire count gives (issued, returned, 回访, 群众满意度): found once', () => {
    for (const sentence of [
      '委托第三方机构抽样调查，发放问卷400份，回收有效问卷386份，回收\n率96.5%，其中满意及基本满意362份，满意率95.2%。',
      '发放问卷200份，满意及基本满意180份，满意率95%。',
      '随机电话回访服务对象150户，其中满意142户，满意率96.5%。',
      '调查服务对象300人，满意及比较满意270人，群众满意度95%。',
    ]) {
      const [m, ...rest] = messages(sentence);
      assert.deepEqual(rest, [], sentence);
      assert.ok(m?.includes(' ÷ '), `${sentence}: ${m}`);
    }
  });

  test('made up (red team s23): 满意率 of the issued or the returned, sums, 不满意率, a base after the rate, a population: silent', () => {
    for (const sentence of [
      '委托第三方机构抽样调查，发放问卷400份，回收有效问卷386份，回收率96.5%，其中满意及基本满意362份，满意率93.8%。',
      '发放问卷400份，回收有效问卷386份，其中满意及基本满意362份，满意率90.5%。',
      '共发放调查问卷200份，收回196份，其中非常满意120份，满意68份，满意率95.9%。',
      '发放问卷200份，满意及基本满意190份，满意率95%。',
      '随机电话回访服务对象150户，其中满意142户，满意率94.67%。',
      '发放问卷400份，回收386份，其中满意362份，不满意24份，满意率93.78%。',
      '调查服务对象300人，满意及比较满意285人，群众满意度95%。',
      '发放问卷400份，其中满意362份，满意率95.2%（按有效样本380份计）。',
      '发放问卷400份，回收有效问卷386份，满意率95.2%，其中满意362份。',
      '全县服务老人1200人，其中满意度调查样本300人，满意285人，满意率95%。',
      '发放问卷200份，回收196份，满意186份，不满意率5.1%。',
      '调查服务对象300人，满意及比较满意285人，群众满意度95%。',
    ]) {
      assert.deepEqual(messages(sentence), [], sentence);
    }
  });
});

describe('ratio: a rate after shares, and a budget’s 其中 parts (session 27)', () => {
  test('南县就业 2020 (tune corpus, holds): 占单位总支出的16.04% and 完成率为100% are not computed from the wrong amounts', () => {
    const SLUG = '2020-湖南-南县就业服务中心-部门整体';
    assert.deepEqual(findingsAsReport(tuneText(SLUG), RULE), []);
  });

  test('made up: a rate’s pair is read after the shares before it, and a part in the budget’s 其中 is no spending of it', () => {
    // the rate is of the budget and the spending after the share: 95 ÷ 100 = 95 %, stated 90 %
    const after = withExecution('收入120万元，其中拨款100万元，占83.33%；年初预算100万元，实际支出95万元，执行率90%。');
    assert.ok(only(findingsOf(after, RULE)).message.zh.includes('95 万元 ÷ 100 万元'));
    for (const t of [
      '年度总支出为1542.14万元（其中:基本支出247.28万元，占单位总支出的16.04%）；预算支出为165.16万元（其中社保支出156.88万元，卫生支出8.28万元），完成率为100%。',
      '年度总支出为1542.14万元，其中基本支出247.28万元，占单位总支出的16.04%。',
    ])
      assert.deepEqual(findingsOf(withExecution(t), RULE), [], t);
  });
});

describe('ratio: a part’s rate, a budget named after its spending, a whole’s 其中, a list item’s rate (session 42, set 26)', () => {
  test('呈贡区人大 20xx (line 5): 基本支出执行率为:95% and 项目支出执行率为:137% against each part’s budget; 112% holds', () => {
    const text = tuneText('20xx-云南-呈贡区人大-部门整体');
    assert.deepEqual(
      findingsAsReport(text, RULE).map((f) => `${spanText(text, f)} ${f.message.zh.split('：')[1]}`),
      ['95% 897.63 万元 ÷ 937.04 万元 = 95.79%，请核对', '137% 819.03 万元 ÷ 595.61 万元 = 137.51%，请核对'],
    );
  });

  test('昆明市政府办公厅 2017 (line 26, holds): 100.00% is of the 决算 5657.15, not of its 其中 基本支出 3917.56', () => {
    assert.deepEqual(findingsAsReport(tuneText('2017-云南-昆明市政府办公厅-部门整体'), RULE), []);
  });

  test('区教育设备购置 2017 (line 2, holds): a rate in a numbered item is not of the targets counted before the list', () => {
    assert.deepEqual(findingsAsReport(tuneText('2017-不详-区教育部门设备购置项目-项目支出'), RULE), []);
  });

  test('made up: a budget named after its spending (项目支出预算) is no spending; a rate after a colon keeps its name', () => {
    // 595.61 ÷ 937.04 is two budgets: no rate
    assert.deepEqual(findingsOf(withExecution('其中基本支出预算937.04万元，项目支出预算595.61万元，执行率112%。'), RULE), []);
    // the rate after a colon is still a rate: 96 ÷ 100 = 96 %, stated 90 %
    const colon = withExecution('预算数100万元，实际支出96万元，预算执行率：90%。');
    assert.ok(only(findingsOf(colon, RULE)).message.zh.includes('96 万元 ÷ 100 万元'));
    // a part's rate right after its spending, its budget stated before the whole's rate: 45 ÷ 50 = 90 %, stated 80 %
    const part = withExecution(
      '预算100万元，其中基本支出预算50万元，实际支出95万元，执行率95%，其中基本支出执行45万元，基本支出执行率80%。',
    );
    assert.ok(only(findingsOf(part, RULE)).message.zh.includes('45 万元 ÷ 50 万元'));
  });

  test('made up: work counted before a numbered list is not what an item’s rate is of; in one clause it is', () => {
    assert.deepEqual(findingsOf(withExecution('设置绩效目标4个，实际完成2个，具体如下：1、绩效目标完成率-100%，实际完成98%。'), RULE), []);
    assert.equal(findingsOf(withExecution('计划培训320人，实际完成培训160人，完成率100%。'), RULE).length, 1);
  });
  test('made up: the budget in the sentence before, the spending with its 其中 parts before the rate (the blind set’s 辽东)', () => {
    const body = (spent: string): string =>
      withExecution(`全年预算612.80万元，其中财政拨款540.00万元、上年结转72.80万元。${spent}预算执行率为96.84%。`);
    // 587.33 ÷ 612.80 = 95.84 %, stated 96.84 %
    const parts = body('全年支出587.33万元，其中基本支出408.26万元，项目支出179.07万元，');
    assert.ok(only(findingsOf(parts, RULE)).message.zh.includes('587.33 万元 ÷ 612.80 万元'));
    // a second amount that is no part of the spending (a carry-over beside it): which the rate is of is not told
    assert.deepEqual(findingsOf(body('全年支出587.33万元，结转下年25.47万元，'), RULE), []);
  });
});
