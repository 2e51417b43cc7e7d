// problems-vs-table: 存在问题 says 无 while the report's own 自评表 shows indicators short of their targets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, only, readExample, spanText } from '../../helpers.js';
import { tuneEntries, findingsAsReport } from './_tune.js';

const RULE = 'problems-vs-table';
const EXAMPLE = '示例单位-2024-培训项目支出绩效自评报告-虚构.md';

test('the made-up example: 存在问题：无 beside 培训人次 420 of ≥500 — one finding on the heading, the row related', () => {
  const text = readExample(EXAMPLE);
  const f = only(findingsOf(text, RULE));
  assert.equal(spanText(text, f), '五、主要经验及做法、存在的问题及原因分析');
  assert.equal(
    f.message.zh,
    '“存在问题”写的是“无”，但自评表中有指标未达到年度指标值（培训人次 420人次／≥500人次）：请写明未完成的原因和改进措施',
  );
  assert.deepEqual(
    f.related?.map((r) => text.slice(r.span.start, r.span.end)),
    ['420人次'],
  );
});

test('made up: a problem written, every target met, or a cost above its ceiling', () => {
  const text = readExample(EXAMPLE);
  assert.deepEqual(findingsOf(text.replace('存在问题：无。', '存在问题：培训人次未达到计划，两期培训因场地原因延期。'), RULE), []);
  assert.deepEqual(findingsOf(text.replace('| 420人次         |', '| 520人次         |'), RULE), []);
  // a cost (≤) above its ceiling is short of its target too
  const cost = text.replace('| 420人次         |', '| 520人次         |').replace('≥2400元', '≤2400元');
  assert.match(only(findingsOf(cost, RULE)).message.zh, /人均培训成本 2571元／≤2400元/);
});

test('the tuning texts: silent (none has a 存在问题 of 无 beside a table it reads)', () => {
  for (const e of tuneEntries()) assert.deepEqual(findingsAsReport(e.text, RULE), [], e.slug);
});
