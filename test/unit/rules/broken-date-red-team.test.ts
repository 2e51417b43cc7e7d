// Session 22's red team of broken-date: made-up correct text that comes close to the reading (a false alarm before its mend),
// and a made-up wrong variant it keeps finding.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, spanText } from '../../helpers.js';
import { cleanReport } from './_report.js';

/** The spans `rule` finds in the clean report with `body` as 一（一）'s body. */
const found = (rule: string, body: string): string[] => {
  const text = cleanReport({ bodies: { 'basic-functions': body } });
  return findingsOf(text, rule).map((f) => spanText(text, f));
};

describe('broken-date: made-up look-alikes and wrong variants (session 22 red team)', () => {
  test('broken-date: the compact YYYYMMDD of a site’s or a system’s field (made up)', () => {
    assert.deepEqual(found('broken-date', '发布日期：20231215\n\n数据更新时间：20231231，来源：县统计局。'), []);
  });
  test('broken-date: seven figures after 日期 (made up)', () => {
    assert.deepEqual(found('broken-date', '上报日期：2023915'), ['2023915']);
  });
});

describe('broken-date: a day past its month’s end (made up, red team s23)', () => {
  for (const [body, want] of [
    ['辽东市文化馆\n2020年4月31日', '2020年4月31日'],
    ['报告日期：2021年6月31日', '2021年6月31日'],
    ['于2022年2月30日前完成项目验收。', '2022年2月30日'],
    ['项目于 2023 年 9 月 31 日全部完工。', '2023 年 9 月 31 日'],
    ['2023年2月29日召开专题会议。', '2023年2月29日'],
    ['截至11月31日，资金已全部拨付。', '11月31日'],
  ] as const)
    test(`made up (red team s23): ${body.replace('\n', ' / ')}`, () => {
      assert.deepEqual(found('broken-date', body), [want]);
    });
  for (const body of [
    '2024年2月29日召开专题会议。',
    '2000年2月29日成立。',
    '评价时段为2023年1月1日至2023年12月31日。',
    '项目于2020年4月30日完工，5月31日通过验收。',
    '4月3日、31日分两批下达资金。',
    '每年农历2月30日举办庙会活动。',
    '全年开展活动12月31次。',
  ])
    test(`made up (red team s23), right: ${body}`, () => {
      assert.deepEqual(found('broken-date', body), []);
    });
});
