import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, readExample, spanText, only, exampleNames } from '../../helpers.js';
import type { Finding } from '../../../server/src/engine/index.js';
import { cleanReport, edit, offsetOf } from './_report.js';
import { tuneLine } from './_tune.js';
import { scanNumbers } from '../../../server/src/engine/parse/numbers.js';

const RULE = 'budget-total';

/** A clean report whose 部门整体支出情况 says `body`. */
const withBudget = (body: string): string => cleanReport({ bodies: { 'basic-budget': body } });

function silent(body: string): void {
  assert.deepEqual(findingsOf(withBudget(body), RULE), []);
}

/** One finding on the total `totalText`, whose message starts with `message`. */
function finds(body: string, totalText: string, message: string): Finding {
  const text = withBudget(body);
  const f = only(findingsOf(text, RULE));
  assert.equal(f.ruleId, RULE);
  assert.equal(f.severity, 'error');
  assert.equal(spanText(text, f), totalText);
  assert.ok(f.message.zh.startsWith(message), `${f.message.zh}\n  should start with\n${message}`);
  return f;
}

describe('budget-total: sums that hold', () => {
  test('the clean report (收入总预算 and 总支出) and the examples', () => {
    assert.deepEqual(findingsOf(cleanReport(), RULE), []);
    for (const name of exampleNames()) assert.deepEqual(findingsOf(readExample(name), RULE), [], name);
  });

  test('2019 style without spaces: 收入总预算12552.67万元其中:…852.67万元,基金预算拨款11700万元', () => {
    silent('我局2019年收入总预算12552.67万元其中:一般公共预算安排拨款852.67万元,基金预算拨款11700万元。');
  });

  test('units mixed: 万元 total, parts in 元 and 亿元', () => {
    silent('我局 2023 年收入总预算 3232.51 万元，其中：一般公共预算安排拨款 29325100 元，基金预算拨款 0.0300 亿元。');
  });

  test('a total in 元 and parts in 万元', () => {
    silent('我局 2023 年收入总预算 32325100.00 元，其中：一般公共预算安排拨款 2932.51 万元，基金预算拨款 300.00 万元。');
  });

  test('thousands separators 12,552.67', () => {
    silent('我局 2023 年收入总预算 12,552.67 万元，其中：一般公共预算安排拨款 852.67 万元，基金预算拨款 11,700.00 万元。');
  });

  test('full-width digits ３２３２．５１', () => {
    silent('我局２０２３年收入总预算３２３２．５１万元，其中：一般公共预算安排拨款２９３２．５１万元，基金预算拨款３００．００万元。');
  });

  test('four decimals 1198.0978', () => {
    silent('我局 2023 年收入总预算 1198.0978 万元，其中：一般公共预算安排拨款 898.0978 万元，基金预算拨款 300.0000 万元。');
  });

  test('a gap of 0.01 万元 with two parts is the rounding of each figure to 100 元 (呈贡 2018, 张家界 2018: tune corpus)', () => {
    silent(tuneLine('2018-云南-昆明呈贡信息产业园区管委会-部门整体', 26));
    silent(tuneLine('2018-湖南-张家界市统计局-部门整体', 23));
    // made up: each part may be off by up to 0.005 and the total too, so 1.00 + 2.00 万元 can be 3.01 as written
    silent('我局 2023 年本年支出 3.01 万元，其中：基本支出 1.00 万元，项目支出 2.00 万元。');
  });

  test('off by exactly half a unit of the least precise figure holds (3232.5 vs 3232.55)', () => {
    silent('我局 2023 年收入总预算 3232.5 万元，其中：一般公共预算安排拨款 2932.52 万元，基金预算拨款 300.03 万元。');
  });

  test('an integer total within half a unit (3233 vs 3232.51)', () => {
    silent('我局 2023 年收入总预算 3233 万元，其中：一般公共预算安排拨款 2932.51 万元，基金预算拨款 300.00 万元。');
  });

  test('income with 上年结转 as a third part', () => {
    silent('我局 2023 年收入总预算 3300.00 万元，其中：一般公共预算安排拨款 2932.51 万元，基金预算拨款 300.00 万元，上年结转 67.49 万元。');
  });

  test('本年支出 = 基本支出 + 项目支出, and 基本支出 = 人员经费 + 公用经费 nested in it (南县政协)', () => {
    silent('我局 2023 年本年支出 3232.51 万元，其中：基本支出 1232.51 万元，项目支出 2000.00 万元。');
    silent('本年支出 799.12 万元，其中：基本支出 512.29 万元（人员经费 434.89 万元，公用经费 77.40 万元），项目支出 286.83 万元。');
  });

  test('a total with a single named part is not a sum', () => {
    silent('我局 2023 年收入总预算 3232.51 万元，其中一般公共预算安排拨款 2932.51 万元。');
  });
});

describe('budget-total: sums that do not hold', () => {
  test('收入总预算 3232.51 ≠ 2932.51 + 300.10: every number and the computed sum in the message', () => {
    const text = edit(cleanReport(), '基金预算拨款 300.00 万元', '基金预算拨款 300.10 万元');
    const f = only(findingsOf(text, RULE));
    assert.equal(f.severity, 'error');
    assert.equal(spanText(text, f), '3232.51 万元');
    assert.equal(f.span.start, offsetOf(text, '3232.51 万元，其中：一般公共预算安排拨款'));
    assert.ok(
      f.message.zh.startsWith('收入总预算 3232.51 万元 ≠ 一般公共预算安排拨款 2932.51 万元 + 基金预算拨款 300.10 万元 = 3232.61 万元'),
      f.message.zh,
    );
    assert.deepEqual(
      f.related?.map((r) => spanText(text, r)),
      ['2932.51 万元', '300.10 万元'],
    );
  });

  test('the fix sets the total to the sum, touches nothing else, and is not safe (a person decides)', () => {
    const text = edit(cleanReport(), '基金预算拨款 300.00 万元', '基金预算拨款 300.10 万元');
    const f = only(findingsOf(text, RULE));
    assert.equal(f.fix?.safe, false);
    const fixed = applyFix(text, f);
    const at = f.span.start;
    assert.equal(fixed.slice(0, at), text.slice(0, at));
    assert.equal(fixed.slice(at, at + '3232.61 万元'.length), '3232.61 万元');
    assert.equal(fixed.slice(at + 7), text.slice(at + 7));
    assert.deepEqual(findingsOf(fixed, RULE), []);
  });

  test('units mixed: 29325100 元 + 0.0400 亿元 = 3332.51 万元', () => {
    finds(
      '我局 2023 年收入总预算 3232.51 万元，其中：一般公共预算安排拨款 29325100 元，基金预算拨款 0.0400 亿元。',
      '3232.51 万元',
      '收入总预算 3232.51 万元 ≠ 一般公共预算安排拨款 29325100 元 + 基金预算拨款 0.0400 亿元 = 3332.51 万元',
    );
  });

  test('a total in 元: the sum is shown in 元', () => {
    finds(
      '我局 2023 年收入总预算 32325100.00 元，其中：一般公共预算安排拨款 2932.51 万元，基金预算拨款 300.01 万元。',
      '32325100.00 元',
      '收入总预算 32325100.00 元 ≠ 一般公共预算安排拨款 2932.51 万元 + 基金预算拨款 300.01 万元 = 32325200.00 元',
    );
  });

  test('thousands separators: 12,552.67 ≠ 852.67 + 11,800.00', () => {
    finds(
      '我局 2023 年收入总预算 12,552.67 万元，其中：一般公共预算安排拨款 852.67 万元，基金预算拨款 11,800.00 万元。',
      '12,552.67 万元',
      '收入总预算 12552.67 万元 ≠ 一般公共预算安排拨款 852.67 万元 + 基金预算拨款 11800.00 万元 = 12652.67 万元',
    );
  });

  test('full-width digits: ３２３２．５１ ≠ ２９３２．５１ + ３１０．００', () => {
    const f = finds(
      '我局２０２３年收入总预算３２３２．５１万元，其中：一般公共预算安排拨款２９３２．５１万元，基金预算拨款３１０．００万元。',
      '３２３２．５１万元',
      '收入总预算 3232.51 万元 ≠ 一般公共预算安排拨款 2932.51 万元 + 基金预算拨款 310.00 万元 = 3242.51 万元',
    );
    assert.deepEqual(
      findingsOf(
        applyFix(
          withBudget(
            '我局２０２３年收入总预算３２３２．５１万元，其中：一般公共预算安排拨款２９３２．５１万元，基金预算拨款３１０．００万元。',
          ),
          f,
        ),
        RULE,
      ),
      [],
    );
  });

  test('2019 style: 12552.67万元 ≠ 852.67万元 + 11600万元', () => {
    finds(
      '我局2019年收入总预算12552.67万元其中:一般公共预算安排拨款852.67万元,基金预算拨款11600万元。',
      '12552.67万元',
      '收入总预算 12552.67 万元 ≠ 一般公共预算安排拨款 852.67 万元 + 基金预算拨款 11600 万元 = 12452.67 万元',
    );
  });

  test('four decimals: 1198.0978 ≠ 898.0978 + 300.0002 (off by 2 元, beyond the rounding of three figures to the 元)', () => {
    finds(
      '我局 2023 年收入总预算 1198.0978 万元，其中：一般公共预算安排拨款 898.0978 万元，基金预算拨款 300.0002 万元。',
      '1198.0978 万元',
      '收入总预算 1198.0978 万元 ≠ 一般公共预算安排拨款 898.0978 万元 + 基金预算拨款 300.0002 万元 = 1198.0980 万元',
    );
  });

  test('made up: off by 0.02 with two parts is beyond rounding (3 figures × 0.005 = 0.015)', () => {
    finds(
      '我局 2023 年本年支出 3.02 万元，其中：基本支出 1.00 万元，项目支出 2.00 万元。',
      '3.02 万元',
      '本年支出 3.02 万元 ≠ 基本支出 1.00 万元 + 项目支出 2.00 万元 = 3.00 万元',
    );
  });

  test('made up: figures in 元 to the 分 are exact, so 3.01 元 ≠ 1.00 元 + 2.00 元 is found', () => {
    finds(
      '我局 2023 年本年支出 30000.01 元，其中：基本支出 10000.00 元，项目支出 20000.00 元。',
      '30000.01 元',
      '本年支出 30000.01 元 ≠ 基本支出 10000.00 元 + 项目支出 20000.00 元 = 30000.00 元',
    );
  });

  test('just beyond half a unit fails (3232.5 vs 3232.56)', () => {
    finds(
      '我局 2023 年收入总预算 3232.5 万元，其中：一般公共预算安排拨款 2932.52 万元，基金预算拨款 300.04 万元。',
      '3232.5 万元',
      '收入总预算 3232.5 万元 ≠ 一般公共预算安排拨款 2932.52 万元 + 基金预算拨款 300.04 万元 = 3232.56 万元',
    );
  });

  test('an integer total just beyond half a unit (3233 vs 3232.49)', () => {
    finds(
      '我局 2023 年收入总预算 3233 万元，其中：一般公共预算安排拨款 2932.49 万元，基金预算拨款 300.00 万元。',
      '3233 万元',
      '收入总预算 3233 万元 ≠ 一般公共预算安排拨款 2932.49 万元 + 基金预算拨款 300.00 万元 = 3232.49 万元',
    );
  });

  test('expenditure: 总支出 ≠ 一般公共预算支出 + 政府性基金支出', () => {
    const text = edit(cleanReport(), '政府性基金支出 300.00 万元', '政府性基金支出 310.00 万元');
    const f = only(findingsOf(text, RULE));
    assert.equal(f.span.start, offsetOf(text, '3232.51 万元，其中：一般公共预算支出'));
    assert.ok(
      f.message.zh.startsWith('总支出 3232.51 万元 ≠ 一般公共预算支出 2932.51 万元 + 政府性基金支出 310.00 万元 = 3242.51 万元'),
      f.message.zh,
    );
  });

  test('本年支出 ≠ 基本支出 + 项目支出', () => {
    finds(
      '我局 2023 年本年支出 3232.51 万元，其中：基本支出 1232.51 万元，项目支出 2100.00 万元。',
      '3232.51 万元',
      '本年支出 3232.51 万元 ≠ 基本支出 1232.51 万元 + 项目支出 2100.00 万元 = 3332.51 万元',
    );
  });

  test('总支出 checked against each breakdown separately: sources hold, 基本/项目 do not', () => {
    finds(
      '2023 年总支出 3232.51 万元，其中：一般公共预算支出 2932.51 万元，政府性基金支出 300.00 万元；基本支出 1232.51 万元，项目支出 2100.00 万元。',
      '3232.51 万元',
      '总支出 3232.51 万元 ≠ 基本支出 1232.51 万元 + 项目支出 2100.00 万元 = 3332.51 万元',
    );
  });

  test('基本支出 ≠ 人员经费 + 公用经费', () => {
    finds(
      '我局 2023 年基本支出 512.29 万元，其中：人员经费 444.89 万元，公用经费 77.40 万元。',
      '512.29 万元',
      '基本支出 512.29 万元 ≠ 人员经费 444.89 万元 + 公用经费 77.40 万元 = 522.29 万元',
    );
  });

  test('基本支出 ≠ 人员经费 + 公用经费 nested in a 本年支出 statement (南县政协 form)', () => {
    finds(
      '本年支出 799.12 万元，其中：基本支出 512.29 万元（人员经费 444.89 万元，公用经费 77.40 万元），项目支出 286.83 万元。',
      '512.29 万元',
      '基本支出 512.29 万元 ≠ 人员经费 444.89 万元 + 公用经费 77.40 万元 = 522.29 万元',
    );
  });

  test('severity override', () => {
    const text = edit(cleanReport(), '基金预算拨款 300.00 万元', '基金预算拨款 300.10 万元');
    assert.deepEqual(findingsOf(text, RULE, { severities: { [RULE]: 'off' } }), []);
    assert.equal(only(findingsOf(text, RULE, { severities: { [RULE]: 'warning' } })).severity, 'warning');
  });
});

test('made up (red team): a sentence opening 本年收入中 breaks down 本年收入, not the 收入总计 before it', () => {
  const body =
    '2023年度部门收入总计3456.78万元，其中：本年收入3210.50万元，上年结转246.28万元。' +
    '本年收入中，财政拨款收入3100.00万元，其他收入110.50万元。';
  assert.deepEqual(findingsOf(cleanReport({ bodies: { 'basic-budget': body } }), 'budget-total'), []);
});

test('made up (red team, session 22): the list goes on with a kind of spending no name holds (上缴上级支出); a comparison does not', () => {
  assert.deepEqual(
    findingsOf(withBudget('2023年部门总支出1000万元，其中基本支出600万元、项目支出380万元、上缴上级支出20万元。'), RULE),
    [],
  );
  assert.deepEqual(findingsOf(withBudget('2023年部门总支出1000万元，其中基本支出600万元、项目支出380万元、经营支出20万元。'), RULE), []);
  // what follows is no part: a change against last year, or a part that still does not make the total
  assert.equal(findingsOf(withBudget('2023年度总支出1150万元，其中基本支出700万元，项目支出420万元，较上年增加30万元。'), RULE).length, 1);
  assert.equal(
    findingsOf(withBudget('2023年部门总支出1000万元，其中基本支出600万元、项目支出380万元、上缴上级支出10万元。'), RULE).length,
    1,
  );
});

describe('budget-total and stated-total: budget sentences in new wordings (red team s23, made up)', () => {
  const body = (text: string): string => cleanReport({ bodies: { 'basic-functions': text } });
  const all = (text: string): string[] =>
    [...findingsOf(body(text), RULE), ...findingsOf(body(text), 'stated-total')].map((f) => f.message.zh);

  test('made up (red team s23): a bracket after an unnamed amount, 其中 after a change, 另安排: silent (were false alarms)', () => {
    for (const sentence of [
      '收入总计1250万元，其中本年收入1200万元（财政拨款1000万元、事业收入200万元），上年结转50万元。',
      '本年收入1200万元，比上年增加100万元，其中财政拨款收入1000万元，比上年增加80万元；其他收入200万元。',
      '本年收入合计1200万元，较年初预算1000万元增加200万元，其中财政拨款收入1100万元、其他收入100万元。',
      '部门预算收入1200万元，其中财政拨款1000万元，另安排上年结转资金50万元。',
    ]) {
      assert.deepEqual(all(sentence), [], sentence);
    }
  });

  test('made up (red team s23): totals and parts that hold, in budget wordings: silent', () => {
    for (const sentence of [
      '2023年收入总计1200万元，其中一般公共预算财政拨款收入1000万元、政府性基金预算收入150万元、其他收入50万元。',
      '本年支出合计1150万元，其中基本支出800万元、项目支出350万元。',
      '本年支出合计1150万元，其中基本支出800万元，项目支出350万元；按经济分类，工资福利支出600万元、商品和服务支出300万元、对个人和家庭的补助250万元。',
      '收入总计1250万元，包括本年收入1200万元和上年结转50万元。',
      '收入总计1250万元，其中本年收入1200万元（财政拨款1000万元、事业收入200万元），上年结转50万元。',
      '2023年年初预算1000万元，年中追加200万元，调整后预算1200万元。',
      '全年预算1200万元，其中财政拨款1000万元；实际支出1150万元，其中基本支出800万元、项目支出350万元。',
      '本年支出1150万元，其中基本支出800万元（人员经费700万元、公用经费100万元），项目支出350万元。',
      '支出总计1250万元，其中本年支出1150万元、结余分配0万元、年末结转和结余100万元。',
      '本年收入1200万元，比上年增加100万元，其中财政拨款收入1000万元，比上年增加80万元；其他收入200万元。',
      '2023年收入1,200.00万元，其中：财政拨款收入1,000.00万元，事业收入150.00万元，经营收入30.00万元，其他收入20.00万元。',
      '一般公共预算支出1150万元，其中：一般公共服务支出300万元、教育支出500万元、卫生健康支出350万元。',
      '本年支出11,500,000元，其中基本支出8,000,000元、项目支出3,500,000元。',
      '收入合计1.2亿元，其中财政拨款1.05亿元、其他收入1500万元。',
      '本年支出1150万元，其中基本支出800万元，占69.57%；项目支出350万元，占30.43%。',
      '2023年度收入预算1200万元，其中基本支出预算800万元，项目支出预算400万元；支出决算1150万元，其中基本支出790万元，项目支出360万元。',
      '本年支出合计1150万元，其中财政拨款支出1000万元，其中基本支出700万元、项目支出300万元；其他资金支出150万元。',
      '本年收入合计1200万元，较年初预算1000万元增加200万元，其中财政拨款收入1100万元、其他收入100万元。',
      '部门预算收入1200万元，其中财政拨款1000万元，另安排上年结转资金50万元。',
      '本年支出1150万元，其中基本支出800万元、项目支出350万元，项目支出中专项业务费200万元。',
    ]) {
      assert.deepEqual(all(sentence), [], sentence);
    }
  });

  test('made up (red team s23): totals that are not their parts, in budget wordings: found once', () => {
    for (const sentence of [
      '本年支出合计1150万元，其中基本支出800万元、项目支出360万元。',
      '2023年收入1,200.00万元，其中：财政拨款收入1,000.00万元，事业收入150.00万元，经营收入30.00万元，其他收入30.00万元。',
      '本年支出11,500,000元，其中基本支出8,000,000元、项目支出3,600,000元。',
      '收入合计1.2亿元，其中财政拨款1.05亿元、其他收入2500万元。',
      '本年支出1150万元，其中基本支出800万元，占69.57%；项目支出360万元，占30.43%。',
      '全年总支出1150万元，包括基本支出800万元和项目支出360万元。',
    ]) {
      assert.equal(all(sentence).length, 1, sentence);
    }
  });

  test('made up (red team s23): a change broken down as changes is still read (比上年增加100万元，其中…增加80万元、…增加30万元)', () => {
    assert.equal(all('本年收入1200万元，比上年增加100万元，其中财政拨款收入增加80万元、其他收入增加30万元。').length, 1);
  });
});

describe('budget-total: income of many sources, and names cut by a PDF line break (red team s23, made up)', () => {
  test('made up (red team s23): 事业收入, 经营收入, 其他收入 and 上年结转 are each a part (were one, the later dropped): silent when they add up', () => {
    for (const text of [
      '2024年收入合计14417.76万元，其中财政拨款收入2860.00万元，事业收入11245.36万元，其他收入312.40万元。',
      '本年收入合计5000万元，其中财政拨款收入3000万元，事业收入1500万元，经营收入300万元，其他收入200万元。',
      '2023年度收入总计3256.80万元，其中：财政拨款收入2150.30万元，事业收入986.50万元，其他收入120.00万元。',
      '全年收入总额862.45万元，包括财政拨款收入612.45万元、事业收入200.00万元、上年结转50.00万元。',
      '本年收入合计1280.6万元，其中财政拨款收入1100.6万元，上年结转结余150万元，其他收入30万元。',
      '本年收入合计986.2万元，其中财政拨款收入900万元，事业收入86.2万元；另有其他收入12万元未纳入预算管理。',
      // an aside of what a part holds is within it
      '收入合计2000万元，其中财政拨款收入1500万元，事业收入500万元（含其他收入50万元）。',
      // a PDF's line break inside a part's name, or between the name and its amount
      '2024年收入合计14417.76万元，其中财政拨款收入\n2860.00万元，事业收入11245.36万元，其他收入312.40万元。',
      '2024年收入合计14417.76万元，其中财政拨款收入2860.00万元，事业\n收入11245.36万元，其他收入312.40万元。',
      '本年支出合计1500万元，其中基本支出\n1000万元，项目支出500万元。',
    ])
      silent(text);
  });

  test('made up (red team s23): the same lists off by a slip are found, with every part in the sum', () => {
    const f = only(
      findingsOf(withBudget('2024年收入合计14471.76万元，其中财政拨款收入\n2860.00万元，事业收入11245.36万元，其他收入312.40万元。'), RULE),
    );
    assert.ok(f.message.zh.includes('= 14417.76 万元') && f.message.zh.includes('其他收入 312.40 万元'), f.message.zh);
    for (const text of [
      '本年收入合计5100万元，其中财政拨款收入3000万元，事业收入1500万元，经营收入300万元，其他收入200万元。',
      '全年收入总额872.45万元，包括财政拨款收入612.45万元、事业收入200.00万元、上年结转50.00万元。',
      '2023年度本单位收入合计1530.36万元，其中：财政拨款收入\n1380.36万元，其他收入140.00万元。',
      '本年支出合计1500万元，其中基本支出\n900万元，项目支出500万元。',
    ])
      assert.equal(findingsOf(withBudget(text), RULE).length, 1, text);
  });
});

describe('budget-total: an amount whose unit a PDF line break puts on the next line (red team s23, made up)', () => {
  test('made up (red team s23): 412.80⏎万元 is 412.80 万元 (was no amount, and the rest were summed alone): silent when it adds up', () => {
    for (const text of [
      '2022年收入合计896.42万元，其中财政拨款收入412.80\n万元，事业收入468.32万元，其他收入15.30万元。',
      '2024年支出合计13960.52万元，其中基本支出5246.18\n万元（人员经费4102.66万元、公用经费1143.52万元），项目支出8714.34\n万元。',
      '本年支出合计1500万元，其中基本支出1000\n 万元，项目支出500万元。',
    ])
      silent(text);
    // 元 that begins a word on the next line is no unit
    const { amounts } = scanNumbers('全年发放慰问金共计10\n元旦期间走访慰问困难群众30户。');
    assert.deepEqual(amounts, []);
    assert.equal(scanNumbers('基本支出5246.18\n万元').amounts[0]?.unit, '万元');
  });

  test('made up (red team s23): the same off by a slip are found', () => {
    for (const text of [
      '2022年收入合计906.42万元，其中财政拨款收入412.80\n万元，事业收入468.32万元，其他收入15.30万元。',
      '本年支出合计1500万元，其中基本支出900\n万元，项目支出500万元。',
    ])
      assert.equal(findingsOf(withBudget(text), RULE).length, 1, text);
  });
});
