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

test('the size is counted in UTF-8 bytes, as the file holds it, not in UTF-16 units', () => {
  const text = readExample('2019-湛江市科技局-整体绩效自评报告.md');
  const bytes = Buffer.byteLength(text, 'utf8');
  assert.ok(bytes > text.length * 2, 'mostly Chinese: about three bytes a character');
  const note = (maxSize: number) => checkText(text, { registry, maxSize }).findings.find((f) => f.ruleId === 'document-size');
  assert.equal(note(bytes), undefined, 'at the limit: every rule');
  const over = note(bytes - 1);
  assert.ok(over, 'one byte over: the note, though the text has far fewer characters than the limit');
});

test('the note gives the size in megabytes of UTF-8, not of UTF-16 units', () => {
  // 2 MB of Chinese text: about 0.7 million UTF-16 units
  const text = readExample('2019-湛江市科技局-整体绩效自评报告.md') + '本部门严格执行预算管理制度。\n\n'.repeat(50_000);
  assert.equal(Buffer.byteLength(text, 'utf8') >> 20, 2);
  const note = checkText(text, { registry, maxSize: 1024 * 1024 }).findings[0];
  assert.match(note?.message.zh ?? '', /^文档有 2\.\d MB，超过 1\.0 MB 的上限/);
});
