import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, readExample, spanText, only } from '../../helpers.js';
import { cleanReport } from './_report.js';
import { findingsAsReport, tuneLine, tuneText } from './_tune.js';

const RULE = 'spending-over-budget';

const withBudget = (body: string): string => cleanReport({ bodies: { 'basic-budget': body } });

/** The 2019 report's budget paragraph: 一般公共预算支出 1198.0978 万元 > 一般公共预算安排拨款 852.67 万元. */
const OVER_2019 =
  '我局2019年收入总预算12552.67万元其中:一般公共预算安排拨款852.67万元,基金预算拨款11700万元。2019年一般公共预算支出1198.0978万元。';

const INCOME_2023 = '我局 2023 年收入总预算 3232.51 万元，其中：一般公共预算安排拨款 2932.51 万元，基金预算拨款 300.00 万元。';

describe('spending-over-budget: finds unexplained overspending', () => {
  test('2019: 一般公共预算支出 1198.0978 万元 > 一般公共预算安排拨款 852.67 万元', () => {
    const text = withBudget(OVER_2019);
    const f = only(findingsOf(text, RULE));
    assert.equal(f.severity, 'warning');
    assert.equal(spanText(text, f), '1198.0978万元');
    assert.ok(f.message.zh.includes('一般公共预算支出 1198.0978 万元'), f.message.zh);
    assert.ok(f.message.zh.includes('一般公共预算安排拨款 852.67 万元'), f.message.zh);
    assert.ok(f.message.zh.includes('345.4278 万元'), 'states the excess');
    assert.deepEqual(
      f.related?.map((r) => spanText(text, r)),
      ['852.67万元'],
    );
  });

  test('the published 2019 report', () => {
    const text = readExample('2019-湛江市科技局-整体绩效自评报告.md');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '1198.0978万元');
  });

  test('总支出 > 收入总预算 and 一般公共预算支出 > 拨款: one warning each', () => {
    const text = withBudget(INCOME_2023 + '2023 年总支出 3300.00 万元，其中：一般公共预算支出 3000.00 万元，政府性基金支出 300.00 万元。');
    const fs = findingsOf(text, RULE);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['3300.00 万元', '3000.00 万元'],
    );
    assert.ok(fs[0]?.message.zh.includes('总支出 3300.00 万元') && fs[0].message.zh.includes('收入总预算 3232.51 万元'));
    assert.ok(fs[0]?.message.zh.includes('67.49 万元'));
  });

  test('政府性基金支出 > 基金预算拨款', () => {
    const text = withBudget(INCOME_2023 + '2023 年总支出 3232.51 万元，其中：一般公共预算支出 2922.51 万元，政府性基金支出 310.00 万元。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '310.00 万元');
    assert.ok(f.message.zh.includes('政府性基金支出 310.00 万元') && f.message.zh.includes('基金预算拨款 300.00 万元'));
  });

  test('severity override', () => {
    const text = withBudget(OVER_2019);
    assert.deepEqual(findingsOf(text, RULE, { severities: { [RULE]: 'off' } }), []);
    assert.equal(only(findingsOf(text, RULE, { severities: { [RULE]: 'error' } })).severity, 'error');
  });
});

describe('spending-over-budget: silent', () => {
  test('on the clean report (spending equals budget) and the corrected 2019 example (explained)', () => {
    assert.deepEqual(findingsOf(cleanReport(), RULE), []);
    assert.deepEqual(findingsOf(readExample('2019-湛江市科技局-整体绩效自评报告-修正稿.md'), RULE), []);
  });

  for (const why of [
    '一般公共预算支出超出一般公共预算安排拨款，主要原因是年中追加预算。',
    '支出超出预算，由于年中追加了科技专项经费。',
    '超出部分为年中追加预算。',
    '差额为使用上年结转资金。',
  ]) {
    test(`when the paragraph explains it: ${why}`, () => {
      assert.deepEqual(findingsOf(withBudget(OVER_2019 + why), RULE), []);
    });
  }

  test('spending below budget', () => {
    const text = withBudget(INCOME_2023 + '2023 年总支出 3000.00 万元，其中：一般公共预算支出 2900.00 万元，政府性基金支出 100.00 万元。');
    assert.deepEqual(findingsOf(text, RULE), []);
  });

  test('spending in 元 equal to a budget in 万元', () => {
    const text = withBudget(INCOME_2023 + '2023 年总支出 32325100 元，其中：一般公共预算支出 29325100 元，政府性基金支出 3000000 元。');
    assert.deepEqual(findingsOf(text, RULE), []);
  });

  test('spending 1 元 above a budget stated to 0.01 万元 (within the budget figure’s rounding)', () => {
    const text = withBudget(INCOME_2023 + '2023 年一般公共预算支出 29325101 元。');
    assert.deepEqual(findingsOf(text, RULE), []);
  });
});

describe('spending-over-budget: spending above income (issue 14 part 5, kind spending-over-income)', () => {
  test('决算总支出 above 决算总收入, no carry-over named (made up, 南县 2021 wording)', () => {
    const text = withBudget(
      '2023年决算总收入1432.33万元，其中一般公共预算财政拨款收入1420.09万元，其他收入12.24万元。年度决算总支出1500.00万元。',
    );
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '1500.00万元');
    for (const x of ['总支出 1500.00 万元', '总收入 1432.33 万元', '67.67 万元', '上年结转'])
      assert.ok(f.message.zh.includes(x), f.message.zh);
  });

  test('南县政协 2021 (tune corpus): the list items `1、收入:792.22万元。` and `2、支出:799.12万元。`, no carry-over named', () => {
    const lines = [11, 12].map((n) => tuneLine('2021-湖南-南县政协-部门整体', n));
    assert.ok(lines[0]?.startsWith('1、收入:792.22万元。') && lines[1]?.startsWith('2、支出:799.12万元。'));
    const text = withBudget(lines.join('\n'));
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '799.12万元');
    for (const x of ['支出 799.12 万元', '收入 792.22 万元', '6.90 万元', '上年结转']) assert.ok(f.message.zh.includes(x), f.message.zh);
    // the same items with the carry-over named (made up): silent
    assert.deepEqual(
      findingsOf(withBudget(lines.join('\n').replace('1、收入:792.22万元。', '1、收入:792.22万元,另有上年结转6.9万元。')), RULE),
      [],
    );
  });

  test('上年结转结余 named with the income, before the spending: silent', () => {
    assert.deepEqual(findingsOf(withBudget('2023年本年收入合计1432.33万元，上年结转结余200万元。本年支出合计1500.00万元。'), RULE), []);
  });

  test('中方司法局 2020 (tune corpus, a mirror in traditional script with pinyin glued on): 預算收入6萬元,全年執(zhí)行10.12萬元', () => {
    const slug = '2020-湖南-中方县司法局人民调解以奖代补镜像-项目支出';
    const text = tuneText(slug);
    const f = only(findingsAsReport(text, RULE));
    assert.equal(spanText(text, f), '10.12萬元');
    for (const x of ['执行 10.12 万元', '预算收入 6 万元', '4.12 万元']) assert.ok(f.message.zh.includes(x), f.message.zh);
    // made up: the same in simplified script; within the budget, or 执行率 after the budget, is silent
    assert.equal(findingsOf(withBudget('2020年度预算收入6万元,全年执行10.12万元。'), RULE).length, 1);
    for (const t of ['2020年度预算收入6万元,全年执行5.12万元。', '2020年度预算收入6万元,执行率10.12万元。'])
      assert.deepEqual(findingsOf(withBudget(t), RULE), [], t);
  });

  test('开远扶贫办 2016 (tune corpus): the reason given for income falling since last year explains no overspend', () => {
    const slug = '2016-云南-开远市扶贫办-部门整体';
    const text = tuneText(slug);
    const f = only(findingsAsReport(text, RULE));
    assert.equal(spanText(text, f), '174万元');
    for (const x of ['支出合计 174 万元', '收入合计 123.38 万元', '50.62 万元']) assert.ok(f.message.zh.includes(x), f.message.zh);
    // made up: a year-on-year sentence that names a carry-over does explain it; a reason in a sentence of its own too
    const income = '2016年度收入合计123.38万元。与上年对比减少31.93万元,主要原因是精准扶贫工作稳步进行。';
    assert.equal(findingsOf(withBudget(`${income}2016年度支出合计174万元。`), RULE).length, 1);
    for (const why of ['与上年相比支出增加,主要是使用上年结转资金50.62万元。', '超出部分主要原因是年中追加扶贫项目。'])
      assert.deepEqual(findingsOf(withBudget(`${income}2016年度支出合计174万元。${why}`), RULE), [], why);
  });
});

describe('spending-over-budget: a project form pasted one cell per paragraph (湖南 财政支出项目绩效评价自评报告)', () => {
  const FORM = (spent: string, after = ''): string =>
    withBudget(
      ['计划安排资金', '(万元)', '170', '实际到位资金', '(万元)', '170', '实际支出', '(万元)', spent, '结余(万元)', '0', after].join(
        '\n\n',
      ),
    );

  test('南湖新区 2016 (tune corpus): 实际支出 179.6 above 实际到位资金 170, 结余 0, nothing said', () => {
    const text = tuneText('2016-湖南-南湖新区民政局-项目支出');
    const f = only(findingsAsReport(text, RULE));
    assert.equal(spanText(text, f), '179.6');
    for (const x of ['179.6', '170', '9.6']) assert.ok(f.message.zh.includes(x), f.message.zh);
  });

  test('spending within the funds (made up): 实际支出 165; the same form with 179.6 is found', () => {
    assert.deepEqual(findingsOf(FORM('165'), RULE), []);
    assert.equal(findingsOf(FORM('179.6'), RULE).length, 1);
  });

  test('an overspend the form explains (made up): 超出部分为上年结转资金', () => {
    assert.deepEqual(findingsOf(FORM('179.6', '超出部分9.6万元为上年结转资金。'), RULE), []);
  });

  test('the cells out of the form’s order are not read (made up): 实际支出 before 实际到位资金', () => {
    const text = withBudget(['实际支出', '(万元)', '179.6', '实际到位资金', '(万元)', '170'].join('\n\n'));
    assert.deepEqual(findingsOf(text, RULE), []);
  });
});

describe('spending-over-budget: a 自评表 whose 全年执行数 is above its 全年预算数 (执行率 above 100 %)', () => {
  const HEAD =
    '# 项目支出绩效自评表\n\n| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n' +
    '|---|---|---|---|---|---|---|\n';
  const ROWS =
    '| 年度资金总额 | 329.77 | 329.77 | 338.31 | 10 | 102.59% | 10 |\n| 其中:当年财政拨款 | 329.77 | 329.77 | 338.31 | — | 102.59% | — |\n';

  test('金寨 茶谷 2023 (tune corpus): 338.31 spent of 329.77, nothing said; its 其中 row repeating it is not flagged again', () => {
    const text = tuneText('2023-安徽-金寨县茶谷和美丽乡村建设服务中心-自评表');
    const f = only(findingsAsReport(text, RULE));
    assert.equal(spanText(text, f), '338.31');
    assert.equal(text.slice(0, f.span.start).split('\n').length, 6);
    for (const x of ['338.31', '329.77', '8.54']) assert.ok(f.message.zh.includes(x), f.message.zh);
  });

  test('made up after 金寨: the same rows with 上年结转资金 as a label only are flagged; an explanation after them is not', () => {
    assert.equal(findingsOf(HEAD + ROWS + '| 上年结转资金 | — | — | — | — | — | — |\n', RULE).length, 1);
    assert.deepEqual(findingsOf(HEAD + ROWS + '\n超出预算 8.54 万元，系年中追加的防汛资金。\n', RULE), []);
  });

  test('made up: spending within the budget, or above it only within rounding (100.004 of 100.00), is not flagged', () => {
    assert.deepEqual(findingsOf(HEAD + '| 年度资金总额 | 329.77 | 329.77 | 300.31 | 10 | 91.07% | 9.11 |\n', RULE), []);
    assert.deepEqual(findingsOf(HEAD + '| 年度资金总额 | 100 | 100.00 | 100.004 | 10 | 100% | 10 |\n', RULE), []);
  });
});

describe('spending-over-budget: a 自评表 with no 全年预算数 or 执行率 column, its spending above the 年初预算数', () => {
  test('绥阳 太白镇 2021 (tune corpus): 年初预算数 1172.55, 全年执行数 1268.72, nothing said', () => {
    const text = tuneText('2021-贵州-绥阳县太白镇-自评表');
    const f = only(findingsAsReport(text, RULE));
    assert.equal(spanText(text, f), '1268.72');
    assert.equal(text.slice(0, f.span.start).split('\n').length, 5);
    for (const x of ['1268.72', '年初预算数 1172.55', '96.17']) assert.ok(f.message.zh.includes(x), f.message.zh);
  });

  const GUIZHOU =
    '# 部门整体支出绩效自评表\n\n| 资金（万元） | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 |\n|---|---|---|---|---|\n';
  test('made up after 绥阳: within the 年初预算数 is silent; a form with a 全年预算数 column is held to that, not to the 年初', () => {
    assert.deepEqual(findingsOf(GUIZHOU + '| 年度资金总额 | 1172.55 | 1100.00 | 10 | 9.38 |\n', RULE), []);
    assert.equal(findingsOf(GUIZHOU + '| 年度资金总额 | 1172.55 | 1268.72 | 10 | 10 |\n', RULE).length, 1);
    const head =
      '# 项目支出绩效自评表\n\n| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n' +
      '|---|---|---|---|---|---|---|\n';
    assert.deepEqual(findingsOf(head + '| 年度资金总额 | 1172.55 | 1300.00 | 1268.72 | 10 | 97.59% | 9.76 |\n', RULE), []);
  });
});

describe('spending-over-budget: an execution rate stated above 100 %', () => {
  test('蚕茶 2021 (tune corpus): a flattened table, its amounts lost, 财政拨款103.21% under the 执行率 header; told once', () => {
    const text = tuneText('2021-江西-南昌县黄马乡蚕茶卫生院-自评表');
    const f = only(findingsAsReport(text, RULE));
    assert.equal(spanText(text, f), '103.21%');
    assert.ok(f.message.zh.includes('103.21%') && f.message.zh.includes('财政拨款'), f.message.zh);
  });

  test('made up: in prose, flagged unless the clause after it says why; 完成率 and 到位率 above 100 % say nothing of spending', () => {
    const say = (s: string): number => findingsOf(withBudget(s), RULE).length;
    assert.equal(say('2023年项目预算执行率105.2%。'), 1);
    assert.equal(say('2023年项目预算执行率105.2%，主要是年中追加了防汛资金。'), 0);
    assert.equal(say('2023年培训任务完成率120%，资金到位率100%。'), 0);
    assert.equal(say('2023年项目预算执行率100%。'), 0);
    assert.equal(say('2023年项目预算执行率100%，受益人数1200人，为计划的120%。'), 0);
  });

  test('made up: digits a flattened row glued before the percent sign are no rate (21182118100%, 64.864.8100%)', () => {
    const say = (s: string): number => findingsOf(withBudget(s), RULE).length;
    assert.equal(say('全年预算数(A)全年执行数(B)预算执行率(B/A)年度资金总额:21182118100%其中'), 0);
    assert.equal(say('全年执行数(B)执行率(B/A)64.864.864.8100%年度总体'), 0);
  });
});

describe('spending-over-budget: a budget and its spending side by side in the text (session 14)', () => {
  test('荆门 2022 (tune corpus): 预算数11,605.29万元,执行数21680.25万元 — over by 10074.96, nothing says why', () => {
    const text = tuneText('2022-湖北-荆门市民政局-部门整体');
    const f = only(findingsAsReport(text, RULE));
    assert.equal(spanText(text, f), '21680.25万元');
    assert.ok(f.message.zh.includes('10074.96 万元'), f.message.zh);
  });

  test('made up: 预算数 then 实际支出 / 执行数 above it, in other wordings, is found; the spending within the budget is not', () => {
    const say = (s: string): number => findingsOf(withBudget(s), RULE).length;
    assert.equal(say('中心2023年预算资金50万元，实际支出56.5万元，执行率113%。'), 1);
    assert.equal(say('项目全年预算数120万元,全年执行数130万元。'), 1);
    assert.equal(say('项目全年预算数120万元,全年执行数118万元。'), 0);
    assert.equal(say('项目全年预算数120.0万元,全年执行数120.04万元。'), 0);
  });

  test('made up: explained in the line or the next, a 年初 budget, or a spending named for something else: silent', () => {
    const say = (s: string): number => findingsOf(withBudget(s), RULE).length;
    assert.equal(say('项目预算数120万元，执行数130万元，主要是年中追加了防汛资金。'), 0);
    assert.equal(say('项目预算数120万元，执行数130万元。\n超出部分系使用上年结转资金。'), 0);
    assert.equal(say('项目年初预算数120万元，执行数130万元。'), 0);
    assert.equal(say('项目预算数120万元，中央资金执行数130万元。'), 0);
    assert.equal(say('项目预算数120万元，比上年增加130万元。'), 0);
  });
});

describe('spending-over-budget: a 三公 item’s 年初预算 is its budget (red team s23, made up; blind set 2, 沭川 检察院)', () => {
  const messages = (text: string): string[] => findingsOf(withBudget(text), RULE).map((f) => f.message.zh);

  test('made up (red team s23): 公务接待费年初预算3.00万元，实际支出3.46万元 and the other 三公 items: found once', () => {
    for (const [text, over] of [
      [
        '“三公”经费方面，公务用车运行维护费年初预算18.00万元，实际支出16.72万元；公务接待费年初预算3.00万元，实际支出3.46万元；全年未安排因公出国（境）经费。',
        '实际支出 3.46 万元 超过 预算 3.00 万元',
      ],
      ['公务用车运行维护费年初预算18.00万元，实际支出19.20万元。', '实际支出 19.20 万元 超过 预算 18.00 万元'],
      ['“三公”经费年初预算25.00万元，实际支出26.18万元。', '实际支出 26.18 万元 超过 预算 25.00 万元'],
      ['因公出国（境）费年初预算5万元，实际支出6.2万元。', '实际支出 6.2 万元 超过 预算 5 万元'],
      ['三公经费年初预算12.50万元，全年实际支出13.06万元。', '实际支出 13.06 万元 超过 预算 12.50 万元'],
      ['公务接待费年初预算为3.00万元，实际支出为3.46万元。', '实际支出 3.46 万元 超过 预算 3.00 万元'],
    ]) {
      const [m, ...rest] = messages(text as string);
      assert.deepEqual(rest, [], text);
      assert.ok(m?.startsWith(over as string), `${text}: ${m}`);
    }
  });

  test('made up (red team s23): within budget, explained, supplemented, other 年初 budgets, the unit’s budget: silent', () => {
    for (const text of [
      '公务接待费年初预算3.00万元，实际支出2.46万元。',
      '公务接待费年初预算3.00万元，实际支出3.46万元，超支原因是承办全省检察工作现场会。',
      '公务接待费年初预算3.00万元，年中追加1.00万元，实际支出3.46万元。',
      '公务接待费年初预算3.00万元，全年预算4.00万元，实际支出3.46万元。',
      '公用经费年初预算86.00万元，实际支出92.30万元。',
      '项目支出年初预算600万元，实际支出650万元。',
      '公务接待费年初预算3.00万元，比上年减少0.5万元，实际支出2.9万元。',
      '公务接待费年初预算3.00万元，实际支出3.00万元。',
      '公务接待费3.00万元，部门年初预算2.00万元，实际支出3.46万元。',
      '本单位年初预算3.00万元，公务接待费实际支出3.46万元。',
    ]) {
      assert.deepEqual(messages(text), [], text);
    }
  });
});

describe('spending-over-budget: a part of the year’s rate (保山外事办 2017, session 24’s second set; made up)', () => {
  test('made up (s24): each quarter’s 执行率, the third above 100 % on what the second left, is no overspend', () => {
    const body =
      '项目经费年初预算20万元。1季度拨入为0，支出为0；2季度拨入5万元，支出3.33万元，执行率为66.6%；' +
      '3季度拨入5万元，支出5.93万元，执行率为118.60%；4季度拨入10万元，支出10.74万元，执行率为107.40%。';
    assert.deepEqual(findingsOf(withBudget(body), RULE), []);
    assert.deepEqual(findingsOf(withBudget('第三季度支出5.93万元，执行率为118.60%。'), RULE), []);
    assert.deepEqual(findingsOf(withBudget('上半年执行率为112%。'), RULE), []);
  });

  test('made up (s24): the year’s rate above 100 % is still told, its label said once (执行率为 118.60%, not 执行率为 执行率)', () => {
    const text = withBudget('全年拨入20万元，支出23.72万元，执行率为118.60%。');
    const f = only(findingsOf(text, RULE));
    assert.ok(!f.message.zh.includes('执行率为 执行率'), f.message.zh);
    assert.ok(f.message.zh.includes('118.60%'), f.message.zh);
  });
});

describe('spending-over-budget: the excess explained in the rate’s own sentence, before it (session 27)', () => {
  test('云南粮储 2022 (tune corpus): …实际配套到位资金104880.14万元,超规模配套83909.14万元,执行率为400.12%: explained', () => {
    const text = tuneText('2022-云南-云南省粮食和物资储备局粮食风险基金-转移支付');
    assert.deepEqual(
      findingsAsReport(text, RULE).filter((f) => spanText(text, f).startsWith('400.12')),
      [],
    );
  });

  test('made up: a reason or a supplement before the rate explains it; a rate over 100 % with neither is told', () => {
    const body = (t: string): string => cleanReport({ bodies: { 'results-indicators-execution': t } });
    assert.deepEqual(findingsOf(body('年中追加预算20万元后实际支出120万元，执行率120%。'), RULE), []);
    assert.deepEqual(findingsOf(body('应配套资金100万元，超规模配套20万元，执行率120%。'), RULE), []);
    assert.equal(findingsOf(body('全年实际支出资金120万元，执行率120%。'), RULE).length, 1);
  });
});
