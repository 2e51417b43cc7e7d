// Odd things named on the command line: devices, pipes, files in other encodings, files far too large,
// folders that cannot be read, and names with control characters or backslashes. None hangs, none
// stops the run; each is said in words, and output stays one finding a line.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { R2019, R2023, run, runUnprivileged } from './run.js';

let tmp: string;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'jixiao-odd-'));
  chmodSync(tmp, 0o755);
});
after(() => rmSync(tmp, { recursive: true, force: true }));

interface JsonOut {
  files: { path: string; findings: { ruleId: string; line: number; column: number; message: string }[] }[];
  unreadable: { path: string; messages: { zh: string; en: string } }[];
  summary: { files: number; unreadable: number };
}

describe('only regular files are read', () => {
  test('a FIFO named as a report is refused at once, and the report beside it is still checked', () => {
    const fifo = join(tmp, 'pipe.md');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    const r = run(['check', fifo, R2023, '--format', 'json']);
    assert.ok(Date.now() - started < 20_000, 'no hang');
    assert.equal(r.code, 5, r.err);
    assert.match(r.err, /pipe\.md: 这是命名管道（FIFO），不是普通文件；只检查普通文件/);
    const json = JSON.parse(r.out) as JsonOut;
    assert.equal(json.files.length, 1);
    assert.equal(json.unreadable[0]?.path, fifo);
    assert.equal(json.summary.unreadable, 1);
  });

  test('/dev/zero is refused as a device, not read until memory runs out', () => {
    const r = run(['check', '/dev/zero', '--lang', 'en']);
    assert.equal(r.code, 5, r.err);
    assert.match(r.err, /\/dev\/zero: a device file, not a regular file; only regular files are checked/);
    assert.match(r.out, /1 more file\(s\) or folder\(s\) could not be read/);
    const sarif = JSON.parse(run(['check', '/dev/zero', '--format', 'sarif']).out) as {
      runs: {
        invocations: {
          executionSuccessful: boolean;
          toolExecutionNotifications: { level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
        }[];
      }[];
    };
    const invocation = sarif.runs[0]?.invocations[0];
    assert.equal(invocation?.executionSuccessful, false);
    assert.deepEqual(
      invocation?.toolExecutionNotifications.map((n) => [n.level, n.locations[0]?.physicalLocation.artifactLocation.uri]),
      [['error', 'file:///dev/zero']],
    );
  });

  test('a file above the size limit is refused with its size and the limit, in words', () => {
    const big = join(tmp, 'huge.md');
    writeFileSync(big, '');
    truncateSync(big, 2 * 1024 ** 3); // sparse: 2 GB that take no disk
    const r = run(['check', big]);
    assert.equal(r.code, 5);
    assert.match(r.err, /huge\.md: 文件有 2 GB（2,147,483,648 字节），超过命令行读取的上限 100 MB；/);
    assert.doesNotMatch(r.err, /ERR_FS_FILE_TOO_LARGE/);
  });
});

describe('one bad file among many', () => {
  test('on worker threads too, it is listed and the others are checked', () => {
    const dir = join(tmp, 'many');
    mkdirSync(dir);
    for (let i = 0; i < 40; i++) copyFileSync(R2023, join(dir, `r${String(i).padStart(2, '0')}.md`));
    writeFileSync(join(dir, 'r20-binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const r = run(['check', dir, '--format', 'json']);
    assert.equal(r.code, 5, r.err);
    const json = JSON.parse(r.out) as JsonOut;
    assert.equal(json.files.length, 40);
    assert.deepEqual(
      json.unreadable.map((u) => [u.path.slice(-13), u.messages.en]),
      [['r20-binary.md', 'binary file, not Markdown text']],
    );
  });
});

describe('UTF-16 and UTF-32 files with a byte-order mark are text', () => {
  const utf8 = readFileSync(R2019, 'utf8');
  const encodings: [string, Buffer][] = [
    ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8, 'utf16le')])],
    ['UTF-16BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf8, 'utf16le').swap16()])],
    ['UTF-32LE', utf32(utf8, true)],
    ['UTF-32BE', utf32(utf8, false)],
  ];
  for (const [name, bytes] of encodings) {
    test(`${name}: the same findings as the UTF-8 file`, () => {
      const file = join(tmp, `${name}.md`);
      writeFileSync(file, bytes);
      const r = run(['check', file, '--format', 'json']);
      assert.equal(r.code, 1, r.err);
      const expected = JSON.parse(run(['check', R2019, '--format', 'json']).out) as JsonOut;
      assert.deepEqual((JSON.parse(r.out) as JsonOut).files[0]?.findings, expected.files[0]?.findings);
    });
  }

  test('--fix writes a UTF-16LE file back in UTF-16LE, BOM included', () => {
    const file = join(tmp, 'fix-utf16.md');
    writeFileSync(file, encodings[0]?.[1] ?? '');
    const r = run(['check', '--fix', file]);
    assert.match(r.err, /已修复 .*fix-utf16\.md：7 处/);
    const bytes = readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xfe]);
    const twin = join(tmp, 'fix-utf8.md');
    copyFileSync(R2019, twin);
    run(['check', '--fix', twin]);
    assert.equal(bytes.subarray(2).toString('utf16le'), readFileSync(twin, 'utf8'));
  });

  test('a UTF-16 mark over bytes that are not UTF-16 is named as such', () => {
    const file = join(tmp, 'odd-utf16.md');
    writeFileSync(file, Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42]));
    const r = run(['check', file]);
    assert.equal(r.code, 5);
    assert.match(r.err, /odd-utf16\.md: 文件不是有效的 UTF-16LE 文本（文件开头的字节顺序标记表明是 UTF-16LE）/);
  });
});

describe('a folder that cannot be read', () => {
  test('is one error; the rest of the folder is checked', () => {
    const dir = join(tmp, 'walk');
    mkdirSync(join(dir, 'a-locked'), { recursive: true });
    mkdirSync(join(dir, 'b-open'), { recursive: true });
    copyFileSync(R2023, join(dir, 'a-locked', 'hidden.md'));
    copyFileSync(R2023, join(dir, 'b-open', 'seen.md'));
    chmodSync(join(dir, 'a-locked'), 0o000);
    const r = runUnprivileged(['check', 'walk', '--format', 'json'], tmp);
    assert.equal(r.code, 5, r.err);
    assert.match(r.err, /^jixiao: walk\/a-locked: 无法读取目录（没有权限），其中的文件未检查$/m);
    const json = JSON.parse(r.out) as JsonOut;
    assert.deepEqual(
      json.files.map((f) => f.path),
      ['walk/b-open/seen.md'],
    );
    assert.deepEqual(
      json.unreadable.map((u) => u.path),
      ['walk/a-locked'],
    );
  });

  test('a glob names it when it could match under it, and does not enter it otherwise', () => {
    const dir = join(tmp, 'globbed');
    mkdirSync(join(dir, 'locked'), { recursive: true });
    copyFileSync(R2023, join(dir, 'r.md'));
    chmodSync(join(dir, 'locked'), 0o000);
    const deep = runUnprivileged(['check', 'globbed/**/*.md', '--format', 'json'], tmp);
    assert.equal(deep.code, 5, deep.err);
    assert.match(deep.err, /globbed\/locked: 无法读取目录（没有权限）/);
    assert.deepEqual(
      (JSON.parse(deep.out) as JsonOut).files.map((f) => f.path),
      ['globbed/r.md'],
    );
    const flat = runUnprivileged(['check', 'globbed/*.md', '--format', 'json'], tmp);
    assert.equal(flat.code, 0, flat.err);
    assert.deepEqual(
      (JSON.parse(flat.out) as JsonOut).files.map((f) => f.path),
      ['globbed/r.md'],
    );
  });
});

describe('names with control characters and backslashes', () => {
  const names = ['esc\u001b[31mred.md', 'two\nlines.md', 'back\\slash.md'];
  before(() => {
    mkdirSync(join(tmp, 'names'));
    for (const name of names) copyFileSync(R2019, join(tmp, 'names', name));
  });

  test('human output escapes them: no raw escape byte, one finding a line', () => {
    const r = run(['check', 'names'], tmp);
    assert.equal(r.code, 1);
    // eslint-disable-next-line no-control-regex -- no raw ESC in the output is what is tested
    assert.doesNotMatch(r.out, /\u001b/);
    const lines = r.out.split('\n').filter((l) => /:\d+:\d+ {2}/.test(l));
    assert.equal(lines.length, 3 * 13);
    assert.ok(
      lines.every((l) => /^names\/(back\\slash|esc\\x1b\[31mred|two\\nlines)\.md:\d+:\d+ {2}/.test(l)),
      lines.find((l) => !/^names\//.test(l)),
    );
  });

  test('JSON keeps the names exactly; SARIF percent-encodes them and keeps the backslash in the name', () => {
    const json = JSON.parse(run(['check', 'names', '--format', 'json'], tmp).out) as JsonOut;
    assert.deepEqual(json.files.map((f) => f.path).sort(), names.map((n) => `names/${n}`).sort());
    const sarif = JSON.parse(run(['check', 'names', '--format', 'sarif'], tmp).out) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const uris = new Set(sarif.runs[0]?.results.map((x) => x.locations[0]?.physicalLocation.artifactLocation.uri));
    assert.deepEqual([...uris].sort(), ['names/back%5Cslash.md', 'names/esc%1B%5B31mred.md', 'names/two%0Alines.md']);
  });

  test('words quoted from a report are escaped too', () => {
    const file = join(tmp, 'quoted.md');
    writeFileSync(file, readFileSync(R2019, 'utf8').replace(')部门整体支出绩效管理存在问题', ')部门整体支出绩效管理存在问题\u001b[2J'));
    const r = run(['check', file]);
    // eslint-disable-next-line no-control-regex -- no raw ESC in the output is what is tested
    assert.doesNotMatch(r.out, /\u001b/);
    assert.match(r.out, /标题「\)部门整体支出绩效管理存在问题\\x1b\[2J」的编号残缺/);
  });

  test('the --fix lines escape them too', () => {
    const dir = join(tmp, 'fix-names');
    mkdirSync(dir);
    copyFileSync(R2019, join(dir, 'a\u001b]0;title\u0007.md'));
    const r = run(['check', '--fix', 'fix-names'], tmp);
    // eslint-disable-next-line no-control-regex -- no raw control character in the output is what is tested
    assert.doesNotMatch(r.err, /[\u0000-\u0008\u000b-\u001f]/);
    assert.match(r.err, /已修复 fix-names\/a\\x1b\]0;title\\x07\.md：7 处/);
  });
});

function utf32(text: string, littleEndian: boolean): Buffer {
  const points = Array.from(text, (c) => c.codePointAt(0) as number);
  const out = Buffer.alloc(4 + points.length * 4);
  out.writeUInt32LE(littleEndian ? 0xfeff : 0xfffe0000, 0);
  points.forEach((p, i) => (littleEndian ? out.writeUInt32LE(p, 4 + i * 4) : out.writeUInt32BE(p, 4 + i * 4)));
  return out;
}
