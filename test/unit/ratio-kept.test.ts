// ratio keeps what disagrees while the report's sentences with numbers are the same list (rules/ratio.ts).
// A heading typed above a made-up rate its figures disagree with, standing before the first heading, moves
// the body's start before it with the list unchanged: the rate is then read, as a fresh check reads it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine/index.js';
import { IncrementalParser } from '../../server/src/engine/parse/chunks.js';
import { SKELETON } from '../rule-pages.js';
import { registry } from '../helpers.js';

test('ratio: kept findings follow the body’s start when the sentences with numbers are the same list', () => {
  const first = SKELETON.indexOf('\n## ') + 1;
  const rate = '年初预算100万元，实际支出80万元，执行率90%。\n\n';
  const heading = '## 一、单位基本情况\n\n';
  const parser = new IncrementalParser();
  const ratios = (text: string, p?: IncrementalParser) =>
    checkText(text, p ? { registry, parser: p } : { registry }).findings.filter((f) => f.ruleId === 'ratio');
  const before = SKELETON.slice(0, first) + rate + SKELETON.slice(first);
  const { report } = checkText(before, { registry, parser });
  assert.equal(ratios(before, parser).length, 0, 'before the body: not read');
  const after = SKELETON.slice(0, first) + heading + rate + SKELETON.slice(first);
  const kept = checkText(after, { registry, parser }).report;
  assert.equal(kept.numbered, report.numbered, 'the same list (else this test compares nothing)');
  assert.deepEqual(ratios(after, parser), ratios(after));
  assert.equal(ratios(after).length, 1);
});
