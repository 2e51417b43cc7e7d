// --quiet / --min-severity, --max-warnings (exit 1 when exceeded, as ESLint), the human output grouped per file with
// its counts, and the progress line on a terminal's stderr (`已检查 2/2`, off with --no-progress or when not a terminal).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../../server/src/cli/main.js';
import { ROOT } from '../helpers.js';
import { R2019, R2023, run } from './run.js';

interface Json {
  files: { findings: { severity: string }[] }[];
  summary: { errors: number; warnings: number; information: number; hints: number };
}

const severities = (args: string[]): string[] => {
  const json = JSON.parse(run(['check', R2019, R2023, '--format', 'json', ...args]).out) as Json;
  return [...new Set(json.files.flatMap((f) => f.findings.map((x) => x.severity)))].sort();
};

describe('--quiet and --min-severity', () => {
  test('leave out the findings below the level, in every format', () => {
    assert.deepEqual(severities([]), ['error', 'information', 'warning']);
    assert.deepEqual(severities(['--quiet']), ['error']);
    assert.deepEqual(severities(['--min-severity', 'warning']), ['error', 'warning']);
    const sarif = JSON.parse(run(['check', R2019, '--format', 'sarif', '--quiet']).out) as { runs: { results: { level: string }[] }[] };
    assert.deepEqual([...new Set(sarif.runs[0]?.results.map((r) => r.level))], ['error']);
  });

  test('warnings and notes left out do not change the exit code: 2023 alone with --quiet is clean', () => {
    const r = run(['check', R2023, '--quiet']);
    assert.equal(r.code, 0);
    assert.match(r.out, /✔ 已检查 1 个文件，未发现问题/);
  });

  test('a bad level, or --quiet with another level, is a usage error', () => {
    assert.equal(run(['check', R2019, '--min-severity', 'loud']).code, 2);
    const both = run(['check', R2019, '--quiet', '--min-severity', 'warning']);
    assert.equal(both.code, 2);
    assert.match(both.err, /--quiet 即只显示错误/);
  });
});

describe('--max-warnings', () => {
  test('more warnings than allowed exit 1 with a line saying so; as many as allowed do not', () => {
    const args = ['check', R2019, '--rule', 'heading-numbering=off', '--rule', 'missing-section=off'];
    const over = run([...args, '--max-warnings', '3']);
    assert.equal(over.code, 1);
    assert.match(over.err, /✖ 7 个警告，超过 --max-warnings 允许的 3 个/);
    const within = run([...args, '--max-warnings', '7']);
    assert.equal(within.code, 0, within.err);
    assert.equal(within.err, '');
    assert.equal(run([...args, '--max-warnings', 'many']).code, 2);
  });

  test('counts the warnings shown: --quiet leaves none', () => {
    assert.equal(run(['check', R2023, '--quiet', '--max-warnings', '0']).code, 0);
  });
});

test('the human output: a line per file with its counts before its findings', () => {
  const r = run(['check', R2019, R2023, '--lang', 'en']);
  const lines = r.out.split('\n');
  const header = lines.findIndex((l) =>
    /2019-湛江市科技局-整体绩效自评报告\.md: 13 problem\(s\) \(5 error\(s\), 7 warning\(s\), 1 info\)$/.test(l),
  );
  assert.ok(header >= 0, r.out);
  assert.match(lines[header + 1] ?? '', /2019-湛江市科技局-整体绩效自评报告\.md:\d+:\d+ {2}warning/);
  assert.match(r.out, /\n\n.*2023-湛江市科学技术局-整体绩效自评报告\.md: 11 problem\(s\)/);
});

describe('the progress line', () => {
  const check = async (errIsTTY: boolean, extra: string[] = []): Promise<string> => {
    let err = '';
    await main(['check', R2019, R2023, ...extra], {
      out: () => {},
      err: (s) => (err += s),
      isTTY: false,
      errIsTTY,
      cwd: ROOT,
      env: {},
    });
    return err;
  };

  test('on a terminal: files done of the total on stderr, wiped at the end', async () => {
    const err = await check(true);
    assert.ok(err.includes('\r已检查 2/2\u001b[K'), JSON.stringify(err));
    assert.ok(err.endsWith('\r\u001b[K'), JSON.stringify(err));
  });

  test('not when stderr is not a terminal, nor with --no-progress', async () => {
    assert.equal(await check(false), '');
    assert.equal(await check(true, ['--no-progress']), '');
  });
});
