// Session 22's red team of place-name: made-up correct text that comes close to the reading (a false alarm before its
// mend), and a made-up wrong variant it keeps finding.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, spanText } from '../../helpers.js';
import { cleanReport } from './_report.js';

/** The spans place-name finds in the clean report with `body` as 一（一）'s body. */
const found = (body: string): string[] => {
  const text = cleanReport({ bodies: { 'basic-functions': body } });
  return findingsOf(text, 'place-name').map((f) => spanText(text, f));
};

describe('place-name: made-up look-alikes and wrong variants (session 22 red team)', () => {
  test('a kind of county beside a county one character off: 边境县 and 边坝县, 民族县 and 民权县 (made up)', () => {
    assert.deepEqual(found('边坝县是边境县之一。民权县并非少数民族县，也不是山区县。'), []);
  });
  test('a county written one character off beside its right name (made up)', () => {
    assert.deepEqual(found('边坝县位于昌都市西部，边坝县、边垻县两地同步实施。'), ['边垻县']);
  });
});
