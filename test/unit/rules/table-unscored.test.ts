// table-unscored (T6's first step): a 自评表 whose total carries the full 分值 with an empty 得分 and no row
// scored was published without the self-evaluation done; on real corpus tables.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsAsReport, tuneLine, tuneText } from './_tune.js';

const ID = 'table-unscored';
const QINGSHEN = '2023-四川-青神县发展和改革局-自评表';

test('青神: 合计 | 100 | | | with every 得分 cell empty (the money block’s too), on the 合计 label', () => {
  const text = tuneText(QINGSHEN);
  const [f, ...rest] = findingsAsReport(text, ID);
  assert.equal(rest.length, 0);
  assert.equal(text.slice(f?.span.start, f?.span.end), '合计');
  assert.equal(tuneLine(QINGSHEN, 98), '合计 |');
  assert.ok(f?.message.zh.includes('100'));
});

test('a table that scores its rows is left alone, even with its 合计 score empty (大英司法局: 90 + 10 scored, 合计 | 100 | ||||)', () => {
  assert.deepEqual(findingsAsReport(tuneText('2023-四川-大英县司法局-自评表'), ID), []);
  assert.deepEqual(findingsAsReport(tuneText('2022-云南-永德县明朗中学-自评表'), ID), []);
});

test('the same form scored (the scores filled in for the test) is left alone; a score named in the next cell is no blank', () => {
  const text = tuneText(QINGSHEN);
  const filled = text.replace('合计 |\n100 |\n|\n|\n', '合计 |\n100 |\n100 |\n|\n');
  assert.deepEqual(findingsAsReport(filled, ID), []);
  const named = text.replace('合计 |\n100 |\n|\n|\n评价结论', '合计 |\n100 |\n|\n|\n自评得分95分');
  assert.deepEqual(findingsAsReport(named, ID), []);
});
