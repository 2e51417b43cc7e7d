// Last year's report beside this year's (issue 16 §3) on the command line: found in the same folder by its
// header (the year before, the same unit), or named with --previous; a report of two years before is not
// last year's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { R2019_FIXED, R2023, run } from './run.js';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-previous-'));
  copyFileSync(R2019_FIXED, join(dir, '2019.md'));
  copyFileSync(R2023, join(dir, '2023.md'));
  // made up: the 2023 report carried forward into a 2024 draft, only its evaluation year changed
  writeFileSync(join(dir, '2024-草稿.md'), readFileSync(R2023, 'utf8').replace('评价年度：2023 年度', '评价年度：2024 年度'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('a folder: the 2024 draft is held against the 2023 report beside it; 2023 is not held against 2019 (four years before)', () => {
  const r = run(['check', '--verbose', '--format', 'human', dir]);
  assert.match(r.out, /2024-草稿\.md：对照上年报告 .*2023\.md/);
  assert.doesNotMatch(r.out, /2023\.md：对照上年报告/);
  assert.match(r.out, /2024-草稿\.md:173:1 {2}警告 {2}与上年报告的原话相同，上年写作「1、制度完善/);
  assert.match(r.out, /2024-草稿\.md:13:\d+ {2}警告 {2}引用的自评通知文号「湛财绩〔2024〕5 号」与上年报告相同/);
  assert.doesNotMatch(r.out, /2023\.md:\d+:\d+ .*\[copied-from-last-year\]/);
  const json = JSON.parse(run(['check', '--format', 'json', join(dir, '2024-草稿.md')]).out) as { files: { previous?: string }[] };
  assert.match(json.files[0]?.previous ?? '', /2023\.md$/);
});

test('--previous names last year’s report: 2023 against 2019 finds the four copied items; a missing one is a usage error', () => {
  const r = run(['check', '--previous', R2019_FIXED, R2023]);
  assert.equal((r.out.match(/\[copied-from-last-year\]/g) ?? []).length, 4);
  const missing = run(['check', '--previous', join(dir, 'none.md'), R2023]);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /--previous 指定的上年报告不存在：.*none\.md/);
});
