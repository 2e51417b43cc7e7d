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

test('a folder of a season’s reports: a 2024 report is held against its own unit’s 2023 report, never another unit’s', () => {
  const season = mkdtempSync(join(tmpdir(), 'jixiao-previous-season-'));
  try {
    const r2023 = readFileSync(R2023, 'utf8');
    // made up: another unit's 2023 report (the 2023 report with its unit changed), named to sort first
    writeFileSync(join(season, '2023-保山.md'), r2023.replace('评价单位：湛江市科学技术局', '评价单位：保山市图书馆'));
    copyFileSync(R2023, join(season, '2023-湛江.md'));
    // made up: the carried-forward draft, once with its unit and once with the 评价单位 line left out
    const draft = r2023.replace('评价年度：2023 年度', '评价年度：2024 年度');
    writeFileSync(join(season, '2024-湛江.md'), draft);
    writeFileSync(join(season, '2024-无单位.md'), draft.replace('评价单位：湛江市科学技术局\n', ''));
    // an essay site's page of model texts in the folder (不详 某校智慧校园 in the corpus opens so), no report: checked
    // against nothing, so no note on last year's report
    writeFileSync(
      join(season, '2024-范文.md'),
      '2024年绩效评价自评报告模版(汇总16篇)\n\n时间:2024-12-17 作者:梦幻泡\n\n这份报告是对我们团队在市场推广方面的成果和问题的总结。\n',
    );
    const r = run(['check', '--verbose', '--format', 'human', season]);
    assert.match(r.out, /2024-范文\.md {2}未检查：不像绩效自评报告/);
    assert.doesNotMatch(r.out, /2024-范文\.md：(未)?对照上年报告/);
    assert.match(r.out, /2024-湛江\.md：对照上年报告 .*2023-湛江\.md/);
    // two reports of 2023 and no unit written: which is its own cannot be told, so neither is taken
    assert.doesNotMatch(r.out, /2024-无单位\.md：对照上年报告/);
    assert.doesNotMatch(r.out, /2024-无单位\.md:\d+:\d+ .*\[copied-from-last-year\]/);
    // and --verbose says why, and what to do
    assert.match(r.out, /2024-无单位\.md：未对照上年报告：同一目录中有 2 份上一年度的报告，单位名称未写明.*--previous/);
    assert.doesNotMatch(r.out, /2024-湛江\.md：未对照上年报告/);
    const json = JSON.parse(run(['check', '--format', 'json', join(season, '2024-无单位.md')]).out) as {
      files: { previous?: string; previousUnsure?: number }[];
    };
    assert.deepEqual([json.files[0]?.previous, json.files[0]?.previousUnsure], [undefined, 2]);
    rmSync(join(season, '2023-保山.md'));
    // the folder's one report of 2023 is taken for it
    assert.match(run(['check', '--verbose', '--format', 'human', join(season, '2024-无单位.md')]).out, /对照上年报告 .*2023-湛江\.md/);
  } finally {
    rmSync(season, { recursive: true, force: true });
  }
});
