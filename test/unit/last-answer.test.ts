// text/last-answer.ts: the page's opening asked about on every keystroke is worked out again only when it changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lastAnswer } from '../../server/src/engine/text/last-answer.js';

test('the same string asked again is answered from the last time; another string is worked out', () => {
  const asked: string[] = [];
  const length = lastAnswer((s) => {
    asked.push(s);
    return s.length;
  });
  assert.equal(length('報告'), 2);
  assert.equal(length('報告'), 2);
  assert.equal(length('自评报告'), 4);
  assert.equal(length('報告'), 2);
  assert.deepEqual(asked, ['報告', '自评报告', '報告']);
});

test('an empty string is a string like another: asked first, it is worked out', () => {
  let calls = 0;
  const f = lastAnswer(() => ++calls);
  assert.equal(f(''), 1);
  assert.equal(f(''), 1);
});
