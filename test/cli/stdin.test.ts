// `jixiao check --stdin [--stdin-filename name]`: a report read from standard input, as an editor or a hook hands it
// over, checked and named as the file it stands for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ROOT } from '../helpers.js';
import { BIN, R2019, R2019_FIXED, R2023, run } from './run.js';

function piped(input: Buffer | string, args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, 'check', '--stdin', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', JIXIAO_LANG: '' },
  });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

test('the findings of the file, under the name given', () => {
  const r = piped(readFileSync(R2019), ['--stdin-filename', 'drafts/2019-报告.md']);
  assert.equal(r.code, 1, r.err);
  assert.match(r.out, /^drafts\/2019-报告\.md:20:3 {2}错误 {2}标题「年度总体工作和重点工作任务」缺少编号/m);
  const file = run(['check', R2019, '--format', 'json']);
  const stdin = piped(readFileSync(R2019), ['--stdin-filename', 'x.md', '--format', 'json']);
  const findings = (out: string): unknown => (JSON.parse(out) as { files: { findings: unknown[] }[] }).files[0]?.findings;
  assert.deepEqual(findings(stdin.out), findings(file.out));
});

test('without a name it is <stdin>; text that is not a report is listed as not checked (exit 4)', () => {
  const r = piped('随便写的几句话。\n', []);
  assert.equal(r.code, 4);
  assert.match(r.out, /^<stdin> {2}未检查：不像绩效自评报告/m);
});

test('--previous holds it against last year’s report as it does a file', () => {
  const r = piped(readFileSync(R2023), ['--stdin-filename', 'examples/2024-草稿.md', '--previous', R2019_FIXED]);
  assert.equal((r.out.match(/\[copied-from-last-year\]/g) ?? []).length, 4);
});

test('made-up: binary input is one line (exit 5); GBK input is checked', () => {
  const bin = piped(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), ['--stdin-filename', 'a.md']);
  assert.equal(bin.code, 5);
  assert.match(bin.err, /a\.md: 这是二进制文件/);
  // # 整体绩效自评报告 / 一、单位基本情况 in GBK
  const gbk = Buffer.from('2320d5fbcce5bca8d0a7d7d4c6c0b1a8b8e60a0ad2bba1a2b5a5cebbbbf9b1bec7e9bff60a', 'hex');
  const r = piped(gbk, ['--stdin-filename', 'b.md', '--format', 'json']);
  assert.equal((JSON.parse(r.out) as { unreadable: unknown[] }).unreadable.length, 0, r.err);
});

test('usage errors: files as well, --fix, or a name without --stdin', () => {
  assert.match(piped('', [R2019]).err, /--stdin 从标准输入读一份报告，不能再给文件或目录/);
  assert.equal(piped('', ['--fix']).code, 2);
  const named = run(['check', '--stdin-filename', 'a.md', R2019]);
  assert.equal(named.code, 2);
  assert.match(named.err, /--stdin-filename 只能与 --stdin 同用/);
});
