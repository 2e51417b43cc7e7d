// Session 22's red team of date-padding: made-up correct text that comes close to the reading (a false alarm before its
// mend), and a made-up wrong variant it keeps finding.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, spanText } from '../../helpers.js';
import { cleanReport } from './_report.js';

/** The spans date-padding finds in the clean report with `body` as 一（一）'s body. */
const found = (body: string): string[] => {
  const text = cleanReport({ bodies: { 'basic-functions': body } });
  return findingsOf(text, 'date-padding').map((f) => spanText(text, f));
};

describe('date-padding: made-up look-alikes and wrong variants (session 22 red team)', () => {
  test('a labelled field whose value is a range, and the labels 时段 and 期限 (made up)', () => {
    const body = [
      '评价时间：2024年01月10日至2024年01月20日',
      '评价时段：2023年01月01日—2023年12月31日',
      '项目实施期限 2023年01月-2023年12月',
    ];
    assert.deepEqual(found(body.join('\n\n')), []);
  });
  test('a padded date in running text after a range of its own (made up)', () => {
    assert.deepEqual(found('项目于2023年03月开工，2023年11月05日竣工验收。'), ['2023年03月', '2023年11月05日']);
  });
});
