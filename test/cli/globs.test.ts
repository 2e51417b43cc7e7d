// Globs and ignores (tinyglobby + ignore): braces, classes, `!` exclusions, `.gitignore` and `.jixiaoignore`, and
// hidden folders skipped alike by folder walks and globs. Made-up folders of copies of the 2023 example.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { R2023, run } from './run.js';

let tmp: string;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'jixiao-globs-'));
  // a bureau's season: 2 districts, drafts, a hidden folder, an archive ignored by .gitignore
  for (const f of [
    '区县/1区/报告.md',
    '区县/2区/报告.md',
    '区县/3区/报告.md',
    '区县/1区/草稿/初稿.md',
    '区县/.备份/报告.md',
    '归档/2022/报告.md',
    '报告(1).md',
    '[2023]报告.md',
  ]) {
    mkdirSync(join(tmp, dirname(f)), { recursive: true });
    copyFileSync(R2023, join(tmp, f));
  }
  writeFileSync(join(tmp, '.gitignore'), '# old years\n归档/\n');
  writeFileSync(join(tmp, '区县', '.jixiaoignore'), '3区/\n');
});
after(() => rmSync(tmp, { recursive: true, force: true }));

/** The files a run checked, and the paths it could not read, as JSON lists them. */
function checked(...args: string[]): { files: string[]; unreadable: string[]; code: number } {
  const r = run(['check', ...args, '--format', 'json'], tmp);
  const json = JSON.parse(r.out) as { files: { path: string }[]; unreadable: { path: string }[] };
  return { files: json.files.map((f) => f.path).sort(), unreadable: json.unreadable.map((u) => u.path), code: r.code };
}

describe('globs', () => {
  test('braces and classes', () => {
    assert.deepEqual(checked('区县/{1,2}区/报告.md').files, ['区县/1区/报告.md', '区县/2区/报告.md']);
    assert.deepEqual(checked('区县/[1-2]区/*.md').files, ['区县/1区/报告.md', '区县/2区/报告.md']);
  });

  test('an exclusion (!pattern) leaves out what it matches, in globs and in folder walks', () => {
    assert.deepEqual(checked('区县/**/*.md', '!**/草稿/**').files, ['区县/1区/报告.md', '区县/2区/报告.md']);
    assert.deepEqual(checked('区县', '!**/草稿/**').files, ['区县/1区/报告.md', '区县/2区/报告.md']);
    assert.deepEqual(checked('区县', '!区县/2区/**').files, ['区县/1区/报告.md', '区县/1区/草稿/初稿.md']);
  });

  test('.gitignore and .jixiaoignore are honoured in folder walks and globs alike; hidden folders are skipped by both', () => {
    const all = ['[2023]报告.md', '报告(1).md', '区县/1区/报告.md', '区县/1区/草稿/初稿.md', '区县/2区/报告.md'].sort();
    assert.deepEqual(checked('.').files, all);
    assert.deepEqual(checked('**/*.md').files, all);
  });

  test('a file named one by one is checked even when ignored or hidden; a name with glob characters is taken as it is', () => {
    assert.deepEqual(checked('归档/2022/报告.md', '区县/.备份/报告.md').files, ['区县/.备份/报告.md', '归档/2022/报告.md']);
    assert.deepEqual(checked('报告(1).md', '[2023]报告.md').files, ['[2023]报告.md', '报告(1).md']);
  });

  test('a pattern that matches nothing is one line (exit 5); the rest are checked', () => {
    const r = checked('区县/[7-9]区/*.md', '区县/1区/报告.md');
    assert.equal(r.code, 5);
    assert.deepEqual(r.unreadable, ['区县/[7-9]区/*.md']);
    assert.deepEqual(r.files, ['区县/1区/报告.md']);
  });

  test('made-up: run from inside a folder named dist or 草稿, the skipped folders and **/ exclusions apply below it only', () => {
    const inside = join(tmp, 'elsewhere', 'dist', '草稿');
    mkdirSync(join(inside, '草稿'), { recursive: true });
    copyFileSync(R2023, join(inside, '报告.md'));
    copyFileSync(R2023, join(inside, '草稿', '初稿.md'));
    const paths = (...args: string[]): string[] =>
      (JSON.parse(run(['check', ...args, '--format', 'json'], inside).out) as { files: { path: string }[] }).files.map((f) => f.path);
    assert.deepEqual(paths('.', '!**/草稿/**'), ['报告.md']);
    assert.deepEqual(paths('*.md'), ['报告.md']);
    assert.deepEqual(paths(inside).sort(), [join('草稿', '初稿.md'), '报告.md'].sort());
  });

  test('a symbolic link back to a folder above is followed once: each report listed once, no hang', () => {
    const dir = join(tmp, 'loop');
    mkdirSync(join(dir, 'a'), { recursive: true });
    copyFileSync(R2023, join(dir, 'a', 'r.md'));
    symlinkSync(dir, join(dir, 'a', 'back'));
    assert.deepEqual(checked('loop/**/*.md').files, ['loop/a/r.md']);
    assert.deepEqual(checked('loop').files, ['loop/a/r.md']);
  });
});
