// table-narrative-score: the score the text states is the 总分 of the report's 自评表.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport } from '../../../server/src/engine/index.js';
import { selfEvalTables } from '../../../server/src/engine/model/self-eval-table.js';
import { findingsOf, only, readExample, registry, spanText } from '../../helpers.js';
import { findingsAsReport, tuneEntries } from './_tune.js';

const RULE = 'table-narrative-score';
const EXAMPLE = readExample('示例单位-2024-培训项目支出绩效自评报告-虚构.md');

test('the made-up example states 95 and its table totals 95: nothing (the table’s own sum is table-total-score’s)', () => {
  assert.deepEqual(findingsOf(EXAMPLE, RULE), []);
});

test('made up: the text says 96 against the table’s 95 — flagged on the 96, the table’s total related', () => {
  const text = EXAMPLE.replace('项目自评得分95分', '项目自评得分96分');
  const f = only(findingsOf(text, RULE));
  assert.equal(spanText(text, f), '96');
  assert.equal(f.message.zh, '正文写自评得分 96 分，自评表总分为 95：两处应一致，请核对后统一');
  assert.equal(text.slice(f.related?.[0]?.span.start, f.related?.[0]?.span.end), '95');
});

test('made up: with two tables that each have a 总分, the text’s score is nobody’s to compare', () => {
  const table = EXAMPLE.slice(EXAMPLE.indexOf('| 一级指标'), EXAMPLE.indexOf('## 四、'));
  const text = EXAMPLE.replace('项目自评得分95分', '项目自评得分96分').replace('## 四、', `${table}\n## 四、`);
  const totals = selfEvalTables(buildReport(text, { registry })).filter((t) => t.total);
  assert.equal(totals.length, 2, 'both tables read with their 总分');
  assert.deepEqual(findingsOf(text, RULE), []);
});

test('the tuning texts: silent', () => {
  for (const e of tuneEntries()) assert.deepEqual(findingsAsReport(e.text, RULE), [], e.slug);
});
