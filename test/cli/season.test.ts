// Issue 17's "done when": a city bureau's season of 200 submissions in one folder, with a GBK file, a binary
// file, a non-report and a broken config in a subfolder. Every readable report's findings are printed, each bad
// file is one clear line on stderr, the summary counts them, and the exit code is the documented 5 (some files
// could not be read; the rest were checked). The submissions are the bundled examples under made-up unit names.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import { gb18030 } from './gb18030.js';
import { R2019, R2023, run } from './run.js';

const MADE_UP = join(ROOT, 'examples', '示例单位-2024-培训项目支出绩效自评报告-虚构.md');
const UNITS = 66;

interface Json {
  files: { path: string; isReport: boolean; findings: { ruleId: string }[] }[];
  unreadable: { path: string; message: string }[];
  summary: { files: number; errors: number; unreadable: number; notChecked: number };
}

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-season-'));
  mkdirSync(join(dir, '区县'));
  const r2019 = readFileSync(R2019, 'utf8');
  const r2023 = readFileSync(R2023, 'utf8');
  for (let i = 1; i <= UNITS; i++) {
    // the last ten units sit in a subfolder whose office config is cut short
    const folder = i > UNITS - 10 ? join(dir, '区县') : dir;
    writeFileSync(join(folder, `${i}-2019.md`), r2019.replaceAll('湛江市科技局', `示例第${i}局`));
    writeFileSync(join(folder, `${i}-2023.md`), r2023.replaceAll('湛江市科学技术局', `示例第${i}局`));
    copyFileSync(MADE_UP, join(folder, `${i}-2024.md`));
  }
  writeFileSync(join(dir, '区县', '.jixiaorc.json'), '{ "rules": { "pasted-debris": "off" ');
  writeFileSync(join(dir, 'GBK-2019.md'), gb18030(r2019));
  writeFileSync(join(dir, '截图.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(join(dir, '会议纪要.md'), '# 会议纪要\n\n局务会议研究了下半年工作。\n');
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('201 files (198 copies, GBK, binary, non-report): every readable report checked, one line per bad file, counted, exit 5', () => {
  const r = run(['check', '--format', 'json', '.'], dir);
  const json = JSON.parse(r.out) as Json;
  assert.equal(r.code, 5, r.err);
  const reports = json.files.filter((f) => f.isReport);
  assert.equal(reports.length, UNITS * 3 + 1, 'every copy and the GBK file');
  for (const f of reports) assert.ok(f.findings.length > 0, `${f.path}: the examples' known findings`);
  const gbk = json.files.find((f) => f.path === 'GBK-2019.md');
  const utf8 = json.files.find((f) => f.path === '1-2019.md');
  assert.equal(gbk?.findings.length, utf8?.findings.length, 'the GBK file is checked as its UTF-8 twin');
  // the broken config: said once, its folder's reports checked with the defaults (pasted-debris still on)
  const lines = r.err.trimEnd().split('\n');
  assert.equal(lines.filter((l) => l.includes('区县/.jixiaorc.json')).length, 1, r.err);
  const sub = json.files.find((f) => f.path === join('区县', `${UNITS}-2019.md`));
  assert.deepEqual(
    sub?.findings.map((f) => f.ruleId),
    utf8?.findings.map((f) => f.ruleId),
  );
  assert.deepEqual(
    json.unreadable.map((u) => u.path),
    ['截图.md'],
  );
  assert.equal(lines.filter((l) => l.includes('截图.md')).length, 1, r.err);
  assert.equal(lines.length, 2, r.err);
  assert.deepEqual(
    json.files.filter((f) => !f.isReport).map((f) => f.path),
    ['会议纪要.md'],
  );
  assert.deepEqual([json.summary.files, json.summary.unreadable, json.summary.notChecked], [UNITS * 3 + 2, 1, 1]);
});

test('the human summary counts the files with findings, the one not checked and the one not read', () => {
  const r = run(['check', '.'], dir);
  assert.equal(r.code, 5);
  assert.match(r.out, new RegExp(`涉及 ${UNITS * 3 + 1}/${UNITS * 3 + 2} 个文件`));
  assert.match(r.out, /1 个文件未检查：不像绩效自评报告/);
  assert.match(r.out, /另有 1 个文件或目录无法读取/);
  assert.match(r.out, /会议纪要\.md {2}未检查：不像绩效自评报告/);
});
