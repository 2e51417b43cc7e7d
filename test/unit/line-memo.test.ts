// The per-line memo (parse/line-memo.ts) keeps a slot's nothing as a bit and a slot's something as a value: what it
// gives back must be what the slot worked out, once per line, whatever the other slots did meanwhile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockMemo, carryLineMemo, lineMemo } from '../../server/src/engine/parse/line-memo.js';
import type { Block, TextLine } from '../../server/src/engine/parse/blocks.js';

const lineOf = (text: string): TextLine => ({
  start: 0,
  end: text.length,
  lineStart: 0,
  text,
  line: 0,
  mdDepth: 0,
  first: true,
  inLine: false,
  block: 0,
  reading: undefined,
  memo: undefined,
});

/** A slot that counts its calls. */
function counted<T extends object | null>(compute: (line: TextLine) => T): { memo: (line: TextLine) => T; calls: () => number } {
  let n = 0;
  const memo = lineMemo((line) => {
    n++;
    return compute(line);
  });
  return { memo, calls: () => n };
}

test('each slot is worked out once per line: a value, null and an empty list alike', () => {
  const value = counted((l) => ({ length: l.text.length }));
  const none = counted(() => null);
  const empty = counted((): string[] => []);
  const line = lineOf('资金资金');
  for (let i = 0; i < 3; i++) {
    assert.deepEqual(value.memo(line), { length: 4 });
    assert.equal(none.memo(line), null);
    assert.deepEqual(empty.memo(line), []);
  }
  assert.deepEqual([value.calls(), none.calls(), empty.calls()], [1, 1, 1]);
  // the value is the object worked out, not a copy
  assert.equal(value.memo(line), value.memo(line));
});

test('a slot that finds null on one line and an empty list on another gives each back as found', () => {
  const mixed = lineMemo((l): string[] | null => (l.text === 'a' ? null : l.text === 'b' ? [] : [l.text]));
  const [a, b, c] = [lineOf('a'), lineOf('b'), lineOf('c')];
  for (let i = 0; i < 2; i++) {
    assert.equal(mixed(a), null);
    assert.deepEqual(mixed(b), []);
    assert.deepEqual(mixed(c), ['c']);
  }
});

test('a slot worked out from another slot of the same line keeps both (the memo is replaced as it grows)', () => {
  const inner = counted((l) => [l.text.length]);
  const outer = counted((l) => [...inner.memo(l), 2]);
  const many = Array.from({ length: 40 }, (_, k) => lineMemo((l) => [l.text, k]));
  const line = lineOf('项目');
  assert.deepEqual(outer.memo(line), [2, 2]);
  many.forEach((m, k) => assert.deepEqual(m(line), ['项目', k]));
  assert.deepEqual(outer.memo(line), [2, 2]);
  assert.deepEqual(inner.memo(line), [2]);
  many.forEach((m, k) => assert.deepEqual(m(line), ['项目', k]));
  assert.deepEqual([inner.calls(), outer.calls()], [1, 1]);
});

test('a line parsed again takes over the line slots of its old copy, not the block slots', () => {
  const perLine = counted((l) => [l.text]);
  const nothing = counted(() => null);
  let blockCalls = 0;
  const perBlock = blockMemo((b: Block) => {
    blockCalls++;
    return [b.lines.length];
  });
  const old = lineOf('一、部门概况');
  const block: Block = { start: 0, end: 6, lines: [old], mdDepth: 0 };
  perLine.memo(old);
  nothing.memo(old);
  perBlock(block);
  const fresh = lineOf('一、部门概况');
  carryLineMemo(old, fresh);
  assert.deepEqual(perLine.memo(fresh), ['一、部门概况']);
  assert.equal(nothing.memo(fresh), null);
  assert.deepEqual([perLine.calls(), nothing.calls()], [1, 1]);
  assert.deepEqual(perBlock({ start: 0, end: 6, lines: [fresh], mdDepth: 0 }), [1]);
  assert.equal(blockCalls, 2);
  // and the old line keeps its own
  assert.deepEqual(perBlock(block), [1]);
  assert.equal(blockCalls, 2);
});
