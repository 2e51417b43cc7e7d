// Made-up 自评表s of session 22's second table red team (test/fixtures/tables/red-team-s22r2/, not real text): correct
// look-alikes in shapes round 1 did not write (部门整体 forms with 履职效能 / 管理效率 rows, 转移支付 区域绩效目标
// forms without scores, 年度目标 / 实际完成 columns only, multi-year forms, units in their own column, qualitative rows
// scored in bands, a table split over two pipe tables, HTML tables with a blank first column, a 备注 column, scores
// written 10.00 or 10分) draw no table finding; the wrong variants draw the one they were written for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, ROOT } from '../../helpers.js';

const DIR = join(ROOT, 'test/fixtures/tables/red-team-s22r2');
const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');
const tableFindings = (text: string): string[] =>
  check(text)
    .filter((f) => f.ruleId.startsWith('table-') || f.ruleId === 'problems-vs-table')
    .map((f) => `${f.ruleId} ${text.slice(f.span.start, f.span.end)}`);

/**
 * Left, by the rule book (DOMAIN-TABLES §2, §4): a growth rate 24 % above its target is flagged for review like any
 * actual ≥ 1.2 × target; a 成本指标 written ≥ (a floor: 生均公用经费 ≥720元) is sent back by reviewers' checklists.
 */
const LEFT: Record<string, string[]> = {
  'made-up-ok-n26.md': ['table-far-above-target 6.2%'],
  'made-up-ok-n28.md': ['table-cost-direction ≥'],
};

test('made up: correct look-alikes in new table shapes draw no table finding (red team s22 round 2)', () => {
  const names = readdirSync(DIR).filter((n) => n.startsWith('made-up-ok-'));
  assert.ok(names.length >= 35);
  for (const name of names) assert.deepEqual(tableFindings(read(name)), LEFT[name] ?? [], name);
});

test('made up: rows whose 分值 add up to more than the 总分 of 100 are flagged on the total’s 分值, with no bracketed weights', () => {
  for (const [name, sum] of [
    ['made-up-bad-row-weights.md', '110'], // a row copied twice (red team s22, bad11)
    ['made-up-bad-row-weights-dept.md', '105'], // a 部门整体 form whose 履职效能 rows exceed their bracket
    ['made-up-bad-row-weights-rate-row.md', '110'], // a 预算执行 row in the table, and no money block scoring it
  ] as const) {
    const text = read(name);
    const found = check(text).filter((f) => f.ruleId === 'table-weight-sum');
    assert.equal(found.length, 1, name);
    assert.equal(text.slice(found[0]?.span.start, found[0]?.span.end), '100', name);
    assert.ok(found[0]?.message.zh.includes(`各行分值相加为 ${sum}`), name);
  }
});

test('made up: a measurable per-unit 效益 indicator (亩均…, 人均…) given a word of degree is flagged', () => {
  for (const [name, target] of [
    ['made-up-bad-per-unit-vague.md', '显著'], // 亩均增产粮食 (red team s22, bad12)
    ['made-up-bad-per-unit-increase.md', '明显'], // 人均可支配收入增加
  ] as const) {
    const text = read(name);
    const found = check(text).filter((f) => f.ruleId === 'table-benefit-measure');
    assert.deepEqual(
      found.map((f) => text.slice(f.span.start, f.span.end)),
      [target],
      name,
    );
  }
});
