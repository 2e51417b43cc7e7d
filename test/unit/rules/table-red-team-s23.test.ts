// Made-up 自评表s of session 23's arithmetic red team (test/fixtures/tables/red-team-s23/, not real text): correct
// look-alikes whose 分值 per section add up to 100 in shapes the rows' reading (table-weight-sum) had not met (一级 or
// 二级 rows carrying their section's 分值 above the rows, a 小计 row, bracketed 一级 weights with a 合计, a 预算执行 row
// in the table, 分值 written 20分, a 自评等级 row after the 总分, a 部门整体 form, 三级 rows without their own 分值, a second
// table of 90) and per-unit 效益 rows measured draw no table finding; the wrong variants draw the one they were written for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, ROOT } from '../../helpers.js';

const DIR = join(ROOT, 'test/fixtures/tables/red-team-s23');
const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');
const tableFindings = (text: string): string[] =>
  check(text)
    .filter((f) => f.ruleId.startsWith('table-') || f.ruleId === 'problems-vs-table')
    .map((f) => `${f.ruleId} ${text.slice(f.span.start, f.span.end)}`);

test('made up (red team s23): 自评表s whose section 分值 add up to 100, with sub-rows, draw no table finding', () => {
  const names = readdirSync(DIR).filter((n) => n.startsWith('made-up-ok-'));
  assert.ok(names.length >= 11);
  for (const name of names) assert.deepEqual(tableFindings(read(name)), [], name);
});

test('made up (red team s23): rows’ 分值 above the 总分 (a row added, 分值 written 35分) and a per-unit 效益 in words: found', () => {
  for (const [name, rule, span] of [
    ['made-up-bad-t01.md', 'table-weight-sum', '100'], // a 成本指标 row added: 110
    ['made-up-bad-t02.md', 'table-weight-sum', '100分'], // 35分 for 30分: 105
    ['made-up-bad-t03.md', 'table-benefit-measure', '明显提高'], // 户均增收 in words
  ] as const) {
    const text = read(name);
    assert.deepEqual(
      check(text)
        .filter((f) => f.ruleId === rule)
        .map((f) => text.slice(f.span.start, f.span.end)),
      [span],
      name,
    );
  }
});
