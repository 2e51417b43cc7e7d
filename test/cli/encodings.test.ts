// Reports saved as GBK/GB18030 (Chinese Windows' "ANSI"): checked like UTF-8 ones, refused only by --fix,
// which cannot write them back the same way; a binary file, or bytes that are neither, are one line each
// and the batch goes on (exit 5).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gb18030 } from './gb18030.js';
import { R2019, R2019_FIXED, R2023, run } from './run.js';

interface Json {
  files: { path: string; findings: { ruleId: string; line: number; column: number }[] }[];
  unreadable: { path: string; message: string }[];
}

let tmp: string;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'jixiao-enc-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('a GBK/GB18030 report', () => {
  test('is checked as its UTF-8 twin is: the same findings at the same places', () => {
    const file = join(tmp, 'gbk-2019.md');
    writeFileSync(file, gb18030(readFileSync(R2019, 'utf8')));
    const gbk = JSON.parse(run(['check', file, '--format', 'json']).out) as Json;
    const utf8 = JSON.parse(run(['check', R2019, '--format', 'json']).out) as Json;
    const places = (j: Json): string[] => (j.files[0]?.findings ?? []).map((f) => `${f.ruleId}@${f.line}:${f.column}`);
    assert.ok(places(utf8).length > 10);
    assert.deepEqual(places(gbk), places(utf8));
    const r = run(['check', file]);
    assert.equal(r.code, 1, r.err);
    assert.equal(r.err, '');
  });

  test('--fix does not write it and says why in one line; a UTF-8 report beside it is fixed (exit 3)', () => {
    const dir = join(tmp, 'fix');
    mkdirSync(dir);
    const bytes = gb18030(readFileSync(R2019, 'utf8'));
    writeFileSync(join(dir, 'a-gbk.md'), bytes);
    copyFileSync(R2019, join(dir, 'b-utf8.md'));
    const r = run(['check', '--fix', dir]);
    assert.equal(r.code, 3, r.err);
    const lines = r.err.split('\n').filter((l) => l.includes('a-gbk.md'));
    assert.equal(lines.length, 1, r.err);
    assert.match(lines[0] ?? '', /未修复 .*a-gbk\.md：文件是 GBK\/GB18030 编码，--fix 无法按原编码写回；已照常检查/);
    assert.match(r.err, /已修复 .*b-utf8\.md/);
    assert.deepEqual(readFileSync(join(dir, 'a-gbk.md')), bytes);
    // its findings are printed all the same
    assert.match(r.out, /a-gbk\.md:\d+:\d+ {2}错误/);
    const en = run(['check', '--fix', join(dir, 'a-gbk.md'), '--lang', 'en']);
    assert.match(en.err, /Not fixed .*a-gbk\.md: the file is GBK\/GB18030; --fix cannot write it back in that encoding/);
  });

  test('is read as last year’s report too', () => {
    const file = join(tmp, 'gbk-2019-fixed.md');
    writeFileSync(file, gb18030(readFileSync(R2019_FIXED, 'utf8')));
    const r = run(['check', '--previous', file, R2023]);
    assert.equal((r.out.match(/\[copied-from-last-year\]/g) ?? []).length, 4);
  });

  test('made-up: a short GBK note with Chinese is text; Latin-1 bytes with no Chinese are not taken for GBK', () => {
    const gbk = join(tmp, 'note-gbk.md');
    writeFileSync(gbk, gb18030('# 会议纪要\n\n一、单位基本情况\n'));
    const latin1 = join(tmp, 'note-latin1.md');
    writeFileSync(latin1, Buffer.from('# caf\xe9 cr\xe8me\n', 'latin1'));
    const r = run(['check', gbk, latin1, '--format', 'json', '--lang', 'en']);
    assert.equal(r.code, 5, r.err);
    const json = JSON.parse(r.out) as Json;
    assert.deepEqual(
      json.files.map((f) => f.path),
      [gbk],
    );
    assert.deepEqual(
      json.unreadable.map((u) => [u.path, u.message]),
      [[latin1, 'neither UTF-8 nor GBK/GB18030 text (another encoding, or damaged); save it as UTF-8 and check again']],
    );
  });
});

describe('a batch with a GBK report, a binary file and bytes that are neither', () => {
  test('every readable report is checked, each bad file is one line, the summary counts them, exit 5', () => {
    const dir = join(tmp, 'batch');
    mkdirSync(dir);
    copyFileSync(R2019, join(dir, 'a.md'));
    writeFileSync(join(dir, 'b-gbk.md'), gb18030(readFileSync(R2023, 'utf8')));
    writeFileSync(join(dir, 'c-binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    writeFileSync(join(dir, 'd-neither.md'), Buffer.from([0x23, 0x20, 0xff, 0xfe, 0xfd, 0x0a]));
    const r = run(['check', dir]);
    assert.equal(r.code, 5, r.err);
    const errLines = r.err.trim().split('\n');
    assert.equal(errLines.length, 2, r.err);
    assert.match(errLines[0] ?? '', /c-binary\.md: 这是二进制文件，不是 Markdown 文本$/);
    assert.match(errLines[1] ?? '', /d-neither\.md: 文件既不是 UTF-8 也不是 GBK\/GB18030 文本/);
    assert.match(r.out, /a\.md:\d+:\d+ {2}错误/);
    assert.match(r.out, /b-gbk\.md:\d+:\d+ {2}提示/);
    assert.match(r.out, /涉及 2\/2 个文件/);
    assert.match(r.out, /✖ 另有 2 个文件或目录无法读取，未检查/);
  });
});
