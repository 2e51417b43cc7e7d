// Amounts typeset with a space between digit groups (GB/T 15835, book and PDF typography): read as one number only
// where nothing else reads sensibly. Field case: 2021-不详-双高计划建设学校中期绩效-项目支出 line 13.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanNumbers } from '../../server/src/engine/parse/numbers.js';

const amounts = (s: string): string[] => scanNumbers(s).amounts.map((a) => `${a.value}${a.unit}`);

test('made up: space-grouped amounts after a word read as one number', () => {
  assert.deepEqual(amounts('预算总资金18 189万元,其中中央财政2 100万元、自筹12 129.5万元'), ['18189万元', '2100万元', '12129.5万元']);
  assert.deepEqual(amounts('到位1\u2009234\u00a0567元'), ['1234567元']);
});

test('made up: table rows, page numbers, dates and loose figures are not glued', () => {
  assert.deepEqual(amounts('4000 4000 4000万元'), ['4000万元']);
  assert.deepEqual(amounts('| 1 | 2 | 3 100万元'), ['100万元']);
  assert.deepEqual(amounts('2021 12 100万元'), ['100万元']);
  assert.deepEqual(amounts('合计 18 189万元'), ['189万元']); // a space before the head: a flattened row
  assert.deepEqual(amounts('资金2 1000万元'), ['1000万元']); // four digits after the space: not a group
  assert.deepEqual(amounts('资金2 100 万元'), ['100万元']); // a unit after a space: no clear reading
  assert.deepEqual(
    scanNumbers('指标2 100%').percents.map((p) => p.value),
    [100],
  );
});
