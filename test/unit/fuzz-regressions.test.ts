// Inputs the property tests once shrank to, kept as plain regression tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport } from '../../server/src/engine/index.js';
import { fixText } from '../../server/src/cli/fix.js';
import { registry } from '../helpers.js';

test('a byte order mark does not shift the lines read after it', () => {
  const r = buildReport('\uFEFF\n整体绩效自评报告\n', { registry });
  assert.deepEqual(
    r.parsed.lines.map((l) => l.text),
    ['整体绩效自评报告'],
  );
});

test('fixes converge on a BOM with lone CR line endings', () => {
  const once = fixText('\uFEFF\r一、基本情况\r)部门职能\r二、自评开展情况', { registry }).text;
  assert.equal(fixText(once, { registry }).text, once);
});

test('a missing section is not inserted inside an unclosed code fence', () => {
  for (const opener of ['```', '~~~', '<!--']) {
    const text = `# 整体绩效自评报告\n\n${opener}\n`;
    const once = fixText(text, { registry }).text;
    assert.ok(once.indexOf('一、单位基本情况') < once.indexOf(opener), `inserted before ${opener}`);
    assert.equal(fixText(once, { registry }).text, once, `converges with ${opener}`);
  }
});
