// ownCopy is text.slice(start, end) by value (what it changes, that the copy holds none of `text`, V8 does not show).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ownCopy } from '../../server/src/engine/text/own-copy.js';

test('ownCopy gives the slice, whatever its length and characters', () => {
  const text = `附件 4\n\n# 整体绩效自评报告\r\n${'预算执行率 98.5%。'.repeat(50)}😀 end`;
  for (const [start, end] of [
    [0, 0],
    [0, 3],
    [2, 20],
    [5, text.length],
    [0, text.length],
    [text.length - 5, text.length],
  ] as const) {
    assert.equal(ownCopy(text, start, end), text.slice(start, end));
  }
});
