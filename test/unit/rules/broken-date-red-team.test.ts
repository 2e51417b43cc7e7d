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
