// The expect-next-line markers of test/expect.ts: they find what they say, and an unmarked or a
// wrongly marked finding fails the assertion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFixture } from '../helpers.js';
import { assertMarkedFindings, expectationsIn, withoutMarkers } from '../expect.js';

const MARKED = readFixture('marked/unfilled-blank.md');
const MARK = '<!-- expect-next-line unfilled-blank -->\n';

test('markers name the next non-blank line; several ids on one marker, repeated ids count twice', () => {
  assert.deepEqual(expectationsIn('a\n<!-- expect-next-line x y -->\n\n<!-- expect-next-line x -->\nb\n'), [
    { line: 4, ruleId: 'x' },
    { line: 4, ruleId: 'y' },
    { line: 4, ruleId: 'x' },
  ]);
  assert.throws(() => expectationsIn('a\n<!-- expect-next-line x -->\n'), /marks no line/);
  assert.equal(withoutMarkers(MARKED).includes('expect-next-line'), false);
  assert.equal(withoutMarkers(MARKED).split('\n').length, MARKED.split('\n').length - 2);
});

test('a finding left unmarked fails', () => {
  assert.throws(() => assertMarkedFindings(MARKED.replace(MARK, '')), /differ from the expect-next-line markers/);
});

test('a marker with no finding on its line fails', () => {
  const extra = MARKED.replace('中　文', `${MARK}中　文`);
  assert.throws(() => assertMarkedFindings(extra), /differ from the expect-next-line markers/);
});

test('restricted to some rules, the others are neither counted nor required', () => {
  assert.deepEqual(assertMarkedFindings(MARKED, { rules: ['doc-number'] }), []);
  assert.equal(assertMarkedFindings(MARKED, { rules: ['unfilled-blank'] }).length, 2);
});
