// `--fix` on a live folder: a file saved meanwhile is not overwritten; read-only files, owners, modes
// and hard links are respected; a file that cannot be written is listed and the others are fixed,
// with exit code 3.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFixed } from '../../server/src/cli/fix-write.js';
import { readSource } from '../../server/src/files/read.js';
import { IS_ROOT, NOBODY, R2019, run, runUnprivileged } from './run.js';

const ORIGINAL = readFileSync(R2019, 'utf8');
/** What --fix makes of the 2019 report (its six safe fixes). */
let FIXED: string;

let tmp: string;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'jixiao-fix-'));
  chmodSync(tmp, 0o755);
  const probe = join(tmp, 'probe.md');
  copyFileSync(R2019, probe);
  run(['check', '--fix', probe]);
  FIXED = readFileSync(probe, 'utf8');
  assert.notEqual(FIXED, ORIGINAL);
});
after(() => rmSync(tmp, { recursive: true, force: true }));

function report(name: string, mode = 0o644): string {
  const file = join(tmp, name);
  copyFileSync(R2019, file);
  chmodSync(file, mode);
  return file;
}

describe('a file changed between the read and the write is not overwritten', () => {
  // writeFixed is called as check-file.ts calls it, with the drafter's save in between
  test('an edit saved meanwhile is kept', () => {
    const file = report('saved.md');
    const src = readSource(file);
    const edited = ORIGINAL.replace('湛江市科技局', '湛江市科学技术局');
    writeFileSync(file, edited);
    const outcome = writeFixed(src, FIXED);
    assert.equal(outcome.written, false);
    assert.match(outcome.written ? '' : outcome.reason.zh, /检查期间文件被修改过/);
    assert.equal(readFileSync(file, 'utf8'), edited);
  });

  test('same size, same modification time, other bytes: the content hash tells', () => {
    const file = report('same-stamp.md');
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    const src = readSource(file);
    const edited = ORIGINAL.replace('2019', '2020'); // same length
    writeFileSync(file, edited);
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    assert.equal(statSync(file).mtimeMs, 1_700_000_000_000);
    assert.equal(writeFixed(src, FIXED).written, false);
    assert.equal(readFileSync(file, 'utf8'), edited);
  });

  test('a file replaced (saved by rename) or deleted meanwhile is not written', () => {
    const file = report('replaced.md');
    const src = readSource(file);
    writeFileSync(`${file}.new`, ORIGINAL);
    renameSync(`${file}.new`, file); // same bytes, another file
    const replaced = writeFixed(src, FIXED);
    assert.match(replaced.written ? '' : replaced.reason.en, /deleted, moved or replaced/);
    assert.equal(readFileSync(file, 'utf8'), ORIGINAL);
    const gone = readSource(file);
    unlinkSync(file);
    assert.equal(writeFixed(gone, FIXED).written, false);
  });

  test('an unchanged file is written', () => {
    const file = report('unchanged.md');
    assert.deepEqual(writeFixed(readSource(file), FIXED), { written: true });
    assert.equal(readFileSync(file, 'utf8'), FIXED);
  });
});

describe('what --fix keeps', () => {
  test('a read-only file is not written, the others are, exit 3 and a summary', () => {
    const locked = report('locked.md', 0o444);
    const open = report('open.md');
    const r = run(['check', '--fix', locked, open, '--format', 'json']);
    assert.equal(r.code, 3, r.err);
    const json = JSON.parse(r.out) as { files: { fix?: { written: boolean; changes: number; messages?: { en: string } } }[] };
    assert.deepEqual(
      json.files.map((f) => [f.fix?.written, f.fix?.changes, f.fix?.messages?.en.slice(0, 33)]),
      [
        [false, 7, 'the file is read-only (mode 0444)'],
        [true, 7, undefined],
      ],
    );
    assert.match(r.err, /未修复 .*locked\.md：文件是只读的（权限 0444），--fix 不写只读文件/);
    assert.match(r.err, /已修复 .*open\.md：7 处/);
    assert.match(r.err, /--fix：已修复 1 个文件；1 个文件有可修复的问题但未写入/);
    assert.equal(readFileSync(locked, 'utf8'), ORIGINAL);
    assert.equal(statSync(locked).mode & 0o777, 0o444);
    assert.equal(readFileSync(open, 'utf8'), FIXED);
  });

  test('the owner and the mode stay', { skip: IS_ROOT ? false : 'only root can give a file to another user' }, () => {
    const file = report('theirs.md', 0o640);
    chownSync(file, NOBODY, NOBODY);
    const r = run(['check', '--fix', file]);
    assert.equal(r.code, 0, r.err);
    const st = statSync(file);
    assert.deepEqual([st.uid, st.gid, st.mode & 0o7777], [NOBODY, NOBODY, 0o640]);
    assert.equal(readFileSync(file, 'utf8'), FIXED);
  });

  test(
    'a file whose owner cannot be kept is not handed to whoever runs jixiao',
    { skip: IS_ROOT ? false : 'needs a file owned by another user' },
    () => {
      const dir = join(tmp, 'shared');
      mkdirSync(dir, { mode: 0o777 });
      chmodSync(dir, 0o777);
      const file = join(dir, 'roots.md');
      copyFileSync(R2019, file);
      chmodSync(file, 0o666); // nobody may write it, not own it
      const r = runUnprivileged(['check', '--fix', file]);
      assert.equal(r.code, 3, r.err);
      assert.match(r.err, /无法保留文件的属主（uid 0，gid 0）/);
      assert.equal(statSync(file).uid, 0);
      assert.equal(readFileSync(file, 'utf8'), ORIGINAL);
    },
  );

  test('hard links stay linked, both names see the fixed text', () => {
    const file = report('linked.md');
    const twin = join(tmp, 'linked-twin.md');
    linkSync(file, twin);
    const ino = statSync(file).ino;
    const r = run(['check', '--fix', file]);
    assert.equal(r.code, 0, r.err);
    assert.equal(statSync(file).ino, ino);
    assert.equal(statSync(file).nlink, 2);
    assert.equal(readFileSync(twin, 'utf8'), FIXED);
  });
});

describe('a file that cannot be written', () => {
  test('is listed with the reason; the other files are fixed; no stack trace; exit 3', () => {
    const dir = join(tmp, 'batch');
    mkdirSync(join(dir, 'a-closed'), { recursive: true });
    mkdirSync(join(dir, 'b-open'), { recursive: true });
    for (const sub of ['a-closed', 'b-open']) {
      copyFileSync(R2019, join(dir, sub, 'r.md'));
      if (IS_ROOT) chownSync(join(dir, sub, 'r.md'), NOBODY, NOBODY);
    }
    if (IS_ROOT) chownSync(join(dir, 'b-open'), NOBODY, NOBODY);
    chmodSync(join(dir, 'a-closed'), 0o555); // the file is writable, its folder is not
    const r = runUnprivileged(['check', '--fix', 'batch'], tmp);
    assert.equal(r.code, 3, r.err);
    assert.doesNotMatch(r.err, /\n {4}at /);
    assert.match(r.err, /^未修复 batch\/a-closed\/r\.md：所在文件夹不可写（无法在文件旁创建临时文件）$/m);
    assert.match(r.err, /^已修复 batch\/b-open\/r\.md：7 处/m);
    assert.equal(readFileSync(join(dir, 'a-closed', 'r.md'), 'utf8'), ORIGINAL);
    assert.equal(readFileSync(join(dir, 'b-open', 'r.md'), 'utf8'), FIXED);
  });
});
