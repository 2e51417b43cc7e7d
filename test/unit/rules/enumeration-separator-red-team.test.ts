// Session 22's red team of enumeration-separator: made-up correct text that comes close to the reading (a false alarm before its mend),
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

describe('enumeration-separator: made-up look-alikes and wrong variants (session 22 red team)', () => {
  test('enumeration-separator: an average after a list in 、 (made up)', () => {
    assert.deepEqual(found('enumeration-separator', '发放补贴：一类户500元、二类户300元、三类户200元,平均每户330元。'), []);
  });
  test('enumeration-separator: a list’s last amount after a comma (made up)', () => {
    assert.deepEqual(found('enumeration-separator', '发放补贴：一类户500元、二类户300元、三类户200元,四类户100元。'), [',']);
  });
});
