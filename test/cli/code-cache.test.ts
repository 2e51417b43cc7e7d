// The CLI's bundle is loaded through V8's code cache (server/src/cli/start.ts): none on the first run, written
// after the first check, used (not written again) on the next, refused but harmless when damaged, and a folder
// that cannot be written, or that does not exist yet, changes nothing a check prints. Worker threads (a folder of
// 32 reports or more) start at the same entry and print the same. The checks are the same whichever way.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, IS_ROOT, NOBODY, R2019, R2023 } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-cli-cache-'));

/** `jixiao check … --format json` with the cache in `cacheDir` (or `off`); as `nobody` when asked and the tests run as root. */
function check(cacheDir: string, paths: string[], asNobody = false): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', ...paths], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', JIXIAO_LANG: '', JIXIAO_CACHE_DIR: cacheDir },
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
    ...(asNobody && IS_ROOT ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

const cacheFiles = (folder: string): string[] =>
  existsSync(folder) ? readdirSync(folder).filter((f) => f.startsWith('cli-engine.cjs-') && f.endsWith('.v8cache')) : [];

describe('code cache of the CLI bundle', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));
  const plain = check('off', [R2019, R2023]);

  test('turned off: no cache; the examples are checked', () => {
    assert.equal(plain.code, 1, plain.err);
    assert.equal(plain.err, '');
    assert.ok((JSON.parse(plain.out) as { files: unknown[] }).files.length === 2);
  });

  test('first run: none, then written (a folder not there yet is made); next run: used, not written again; same output', () => {
    const folder = join(dir, 'not-yet', 'cache');
    const first = check(folder, [R2019, R2023]);
    assert.deepEqual(first, plain);
    const [file] = cacheFiles(folder);
    assert.ok(file, 'the cache written after the check');
    const written = readFileSync(join(folder, file));
    const second = check(folder, [R2019, R2023]);
    assert.deepEqual(second, plain);
    assert.deepEqual(cacheFiles(folder), [file]);
    assert.ok(readFileSync(join(folder, file)).equals(written), 'a cache that fits is not written again');
  });

  test('a damaged cache is refused by V8: same output, and a good one is written in its place', () => {
    const folder = join(dir, 'damaged');
    check(folder, [R2019]);
    const [file] = cacheFiles(folder);
    assert.ok(file);
    const damaged = Buffer.alloc(4096, 7);
    writeFileSync(join(folder, file), damaged);
    assert.deepEqual(check(folder, [R2019, R2023]), plain);
    assert.ok(!readFileSync(join(folder, file)).equals(damaged), 'written again');
  });

  test('a folder that cannot be written: no cache, same output', { skip: IS_ROOT ? false : 'needs root to run as nobody' }, () => {
    const folder = join(dir, 'read-only');
    mkdirSync(folder); // root's: nobody cannot write it
    assert.deepEqual(check(folder, [R2019, R2023], true), check('off', [R2019, R2023], true));
    assert.deepEqual(cacheFiles(folder), []);
  });

  test('worker threads (32 reports) start at the cached entry and print what the main thread alone prints', () => {
    const reports = join(dir, 'reports');
    mkdirSync(reports);
    for (let i = 0; i < 32; i++) copyFileSync(i % 2 ? R2019 : R2023, join(reports, `report-${i}.md`));
    const folder = join(dir, 'workers');
    const off = check('off', [reports]);
    assert.equal(off.code, 1, off.err);
    assert.deepEqual(check(folder, [reports]), off);
    assert.equal(cacheFiles(folder).length, 1);
    assert.deepEqual(check(folder, [reports]), off);
  });
});
