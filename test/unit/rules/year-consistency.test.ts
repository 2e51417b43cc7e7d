import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, readExample, spanText } from '../../helpers.js';
import type { Finding } from '../../../server/src/engine/index.js';
import { cleanReport, edit, offsetOf } from './_report.js';

const RULE = 'year-consistency';
const CLEAN = cleanReport();

function only(findings: Finding[]): Finding {
  assert.equal(findings.length, 1, findings.map((f) => f.message.zh).join('\n'));
  return findings[0] as Finding;
}

/** The opening paragraph cites the notice of year `y` (title and 文号). */
const notice = (y: number): string =>
  edit(
    CLEAN,
    '根据《湛江市财政局关于开展 2024 年市级财政资金绩效自评工作的通知》（湛财绩〔2024〕5 号）要求，我单位',
    `根据《湛江市财政局关于开展 ${y} 年市级财政资金绩效自评工作的通知》（湛财绩〔${y}〕5 号）要求，我单位`,
  );

const titled = (title: string): string => edit(CLEAN, '# 整体绩效自评报告', `# ${title}`);

describe('year-consistency: silent when the years agree', () => {
  test('the clean report (评价年度 2023, notice 2024, filed 2024)', () => {
    assert.deepEqual(findingsOf(CLEAN, RULE), []);
  });

  test('the examples', () => {
    assert.deepEqual(findingsOf(readExample('2019-湛江市科技局-整体绩效自评报告-修正稿.md'), RULE), []);
    assert.deepEqual(findingsOf(readExample('2023-湛江市科学技术局-整体绩效自评报告.md'), RULE), []);
  });

  test('a title naming the evaluation year', () => {
    assert.deepEqual(findingsOf(titled('湛江市科学技术局2023年度整体绩效自评报告'), RULE), []);
  });

  test('a notice from the evaluation year itself', () => {
    assert.deepEqual(findingsOf(notice(2023), RULE), []);
  });

  test('a comparison with last year’s budget in the budget paragraph', () => {
    const text = cleanReport({
      bodies: {
        'basic-budget':
          '我局 2023 年收入总预算 3232.51 万元，其中：一般公共预算安排拨款 2932.51 万元，基金预算拨款 300.00 万元。2022 年收入总预算为 3100.00 万元。',
      },
    });
    assert.deepEqual(findingsOf(text, RULE), []);
  });

  test('ISO dates (2024-07-31) are not checked for zero padding', () => {
    assert.deepEqual(findingsOf(edit(CLEAN, '我局于 2024 年 7 月 31 日前', '我局于 2024-07-31 前'), RULE), []);
  });
});

describe('year-consistency: years that disagree', () => {
  test('评价年度 2023 with `我局 2022 年收入总预算`: error on 2022, unsafe fix to 2023', () => {
    const text = edit(CLEAN, '我局 2023 年收入总预算', '我局 2022 年收入总预算');
    const f = only(findingsOf(text, RULE));
    assert.equal(f.severity, 'error');
    assert.equal(spanText(text, f), '2022');
    assert.equal(f.span.start, offsetOf(text, '2022 年收入总预算'));
    assert.ok(f.message.zh.includes('2022') && f.message.zh.includes('2023'), f.message.zh);
    assert.ok(f.message.zh.includes('预算'), f.message.zh);
    assert.equal(f.fix?.safe, false);
    assert.equal(applyFix(text, f), CLEAN);
  });

  test('the score sentence names 2022', () => {
    const text = edit(CLEAN, '我局 2023 年度部门整体支出绩效自评综合得分', '我局 2022 年度部门整体支出绩效自评综合得分');
    const f = only(findingsOf(text, RULE));
    assert.equal(f.severity, 'error');
    assert.equal(spanText(text, f), '2022');
    assert.equal(applyFix(text, f), CLEAN);
  });

  test('title year 2022 vs 评价年度 2023: error on the title’s year', () => {
    const text = titled('湛江市科学技术局2022年度整体绩效自评报告');
    const f = only(findingsOf(text, RULE));
    assert.equal(f.severity, 'error');
    assert.equal(spanText(text, f), '2022');
    assert.equal(f.span.start, offsetOf(text, '2022年度整体'));
    assert.ok(f.message.zh.includes('标题') && f.message.zh.includes('2023'), f.message.zh);
    assert.equal(applyFix(text, f), titled('湛江市科学技术局2023年度整体绩效自评报告'));
  });

  test('填报日期 inside the evaluation year: error on the date, naming the year it should be in', () => {
    const text = edit(CLEAN, '填报日期：2024 年 7 月 29 日', '填报日期：2023 年 12 月 29 日');
    const f = only(findingsOf(text, RULE));
    assert.equal(f.severity, 'error');
    assert.equal(spanText(text, f), '2023 年 12 月 29 日');
    assert.ok(f.message.zh.includes('填报日期') && f.message.zh.includes('2024'), f.message.zh);
  });

  test('填报日期 without a day, still in the evaluation year', () => {
    const text = edit(CLEAN, '填报日期：2024 年 7 月 29 日', '填报日期：2023 年 12 月');
    assert.equal(spanText(text, only(findingsOf(text, RULE))), '2023 年 12 月');
  });

  for (const y of [2022, 2026]) {
    test(`notice from ${y} for 评价年度 2023: warning on the 文号`, () => {
      const text = notice(y);
      const f = only(findingsOf(text, RULE));
      assert.equal(f.severity, 'warning');
      assert.equal(spanText(text, f), `湛财绩〔${y}〕5 号`);
      assert.ok(f.message.zh.includes(String(y)) && f.message.zh.includes('2023') && f.message.zh.includes('2024'), f.message.zh);
    });
  }
});

describe('year-consistency: zero-padded dates', () => {
  test('`2019年06月18日` → warning, safe fix to `2019年6月18日`', () => {
    const body =
      '根据2019年06月18日印发的《湛江市科学技术局职能配置、内设机构和人员编制规定》，湛江市科学技术局是市人民政府工作部门，正处级。';
    const text = cleanReport({ bodies: { 'basic-functions': body } });
    const f = only(findingsOf(text, RULE));
    assert.equal(f.severity, 'warning');
    assert.equal(spanText(text, f), '2019年06月18日');
    assert.ok(f.message.zh.includes('「2019年6月18日」'), f.message.zh);
    assert.equal(f.fix?.safe, true);
    const fixed = applyFix(text, f);
    assert.equal(fixed, cleanReport({ bodies: { 'basic-functions': body.replace('2019年06月18日', '2019年6月18日') } }));
    assert.deepEqual(findingsOf(fixed, RULE), []);
  });

  test('`2024年07月31日` in the body', () => {
    const text = edit(CLEAN, '我局于 2024 年 7 月 31 日前', '我局于2024年07月31日前');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '2024年07月31日');
    assert.equal(applyFix(text, f), edit(CLEAN, '我局于 2024 年 7 月 31 日前', '我局于2024年7月31日前'));
  });

  test('spaced 填报日期 `2024 年 07 月 09 日`: the fix keeps the spaces and the message shows what the fix writes', () => {
    const text = edit(CLEAN, '填报日期：2024 年 7 月 29 日', '填报日期：2024 年 07 月 09 日');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '2024 年 07 月 09 日');
    const fixed = applyFix(text, f);
    assert.equal(fixed, edit(CLEAN, '填报日期：2024 年 7 月 29 日', '填报日期：2024 年 7 月 9 日'));
    assert.ok(f.message.zh.includes('「2024 年 7 月 9 日」'), f.message.zh);
  });

  test('severity override', () => {
    const text = edit(CLEAN, '我局 2023 年收入总预算', '我局 2022 年收入总预算');
    assert.deepEqual(findingsOf(text, RULE, { severities: { [RULE]: 'off' } }), []);
    assert.equal(only(findingsOf(text, RULE, { severities: { [RULE]: 'warning' } })).severity, 'warning');
  });
});
