// Issue 15's bar: a 自评表 written with every defect of §2 gets each finding once, on the right cell. The
// made-up fixture test/fixtures/marked/自评表-every-defect.md plants one of each in a 项目支出 report — the
// money rows (T1 rate, T2 its score, T3 sources, T11 a low rate with no reason), the weights (T5), the rows
// (a score above its weight, T7 a score against its formula, T9 a shortfall with no reason, T10 an actual
// far above target, a 成本指标 written ≥, two comparators), the total (T6) and the text held to the table
// (the stated score, 存在问题 "无") — and marks each expected finding on the line above it. T4 and T12–T13
// belong to the 部门整体 form's 基础数据表 and are tested on the real tables of the corpus (衡山 2023, 岳阳楼 2023).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertMarkedFindings } from '../expect.js';
import { readFixture } from '../helpers.js';

test('自评表-every-defect.md: every planted defect found once, on its line, and nothing else', () => {
  const findings = assertMarkedFindings(readFixture('marked/自评表-every-defect.md'));
  const ids = findings.map((f) => f.ruleId);
  assert.equal(new Set(ids).size, ids.length, `a rule fired twice: ${ids.join(', ')}`);
  assert.ok(ids.length >= 15, `${ids.length} findings`);
});
