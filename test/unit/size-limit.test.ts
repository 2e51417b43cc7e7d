// Documents above the size limit get an information note and the outline checks only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine/index.js';
import { readExample, registry } from '../helpers.js';

test('above the limit: a note, structural findings only, no sentences read', () => {
  const text = readExample('2019-湛江市科技局-整体绩效自评报告.md');
  const { report, findings } = checkText(text, { registry, maxSize: 1000 });
  assert.equal(findings[0]?.ruleId, 'document-size');
  assert.equal(findings[0]?.severity, 'information');
  assert.match(findings[0]?.message.zh ?? '', /超过 0\.0 MB 的上限：只检查提纲结构/);
  const rules = new Set(findings.map((f) => f.ruleId));
  assert.ok(rules.has('missing-section') && rules.has('heading-numbering'));
  assert.ok(!rules.has('doc-number') && !rules.has('spending-over-budget') && !rules.has('pasted-debris'));
  assert.equal(report.sentences.length, 0);
});

test('below the limit: every rule, no note', () => {
  const text = readExample('2019-湛江市科技局-整体绩效自评报告.md');
  const rules = new Set(checkText(text, { registry }).findings.map((f) => f.ruleId));
  assert.ok(!rules.has('document-size') && rules.has('doc-number'));
});
