// .docx files made by a real converter (pandoc, from the bundled examples, each line of the Markdown a
// line break in its Word paragraph, as a drafter's Word file has them) checked by the built command:
// the same findings as the Markdown, each also placed by the Word paragraph it is in (第 N 段); damaged,
// empty, encrypted and old-format files each listed with what to do while the batch goes on; --fix
// leaves a Word file as it is and says so. pandoc comes from Debian's package, which
// scripts/e2e/install.sh installs (CI runs it before the tests).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, copyFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocx } from '../../server/src/office/docx.js';
import { ROOT } from '../helpers.js';
import { run } from './run.js';

const EXAMPLES = [
  '2019-湛江市科技局-整体绩效自评报告',
  '2023-湛江市科学技术局-整体绩效自评报告',
  '示例单位-2024-培训项目支出绩效自评报告-虚构',
];
const PANDOC = spawnSync('pandoc', ['--version']).status === 0;
const NO_PANDOC = PANDOC ? false : 'pandoc is not installed: `bash scripts/e2e/install.sh` installs it (Debian package pandoc)';

let tmp: string;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'jixiao-office-'));
  if (!PANDOC) return;
  for (const name of EXAMPLES) {
    const out = join(tmp, `${name}.docx`);
    const made = spawnSync('pandoc', ['-f', 'gfm+hard_line_breaks', '-t', 'docx', '-o', out, join(ROOT, 'examples', `${name}.md`)]);
    assert.equal(made.status, 0, String(made.stderr));
  }
});
after(() => rmSync(tmp, { recursive: true, force: true }));

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  paragraph?: number;
  page?: number;
}
const findings = (path: string): JsonFinding[] => {
  const r = run(['check', '--format', 'json', path]);
  return (JSON.parse(r.out) as { files: { findings: JsonFinding[] }[] }).files[0]?.findings ?? [];
};

describe('jixiao check on .docx', { skip: NO_PANDOC }, () => {
  for (const name of EXAMPLES)
    test(`${name}: the findings of the Markdown, each with its Word paragraph`, () => {
      const md = findings(join(ROOT, 'examples', `${name}.md`));
      const docx = findings(join(tmp, `${name}.docx`));
      assert.ok(md.length > 0);
      assert.deepEqual(
        docx.map((f) => [f.ruleId, f.message]),
        md.map((f) => [f.ruleId, f.message]),
      );
      for (const f of docx) assert.ok(f.paragraph && f.paragraph >= 1, `${f.ruleId} has a paragraph`);
      // paragraphs only go forward as the findings do
      const paras = docx.map((f) => f.paragraph ?? 0);
      assert.deepEqual(
        paras,
        [...paras].sort((a, b) => a - b),
      );
    });

  test('the human format names the paragraph; the 2019 heading that lost its number is in 第 17 段', () => {
    const r = run(['check', join(tmp, '2019-湛江市科技局-整体绩效自评报告.docx')]);
    assert.equal(r.code, 1);
    assert.match(r.out, /\.docx:\d+:\d+（第 \d+ 段） {2}错误 {2}标题「年度总体工作和重点工作任务」缺少编号/);
    const en = run(['check', '--lang', 'en', join(tmp, '2019-湛江市科技局-整体绩效自评报告.docx')]);
    assert.match(en.out, /\.docx:\d+:\d+ \(paragraph \d+\) {2}error/);
  });

  test('a folder of .docx, .md and unreadable office files: each bad one listed with what to do, the rest checked (exit 5)', () => {
    const dir = mkdtempSync(join(tmp, 'batch-'));
    copyFileSync(join(tmp, '2023-湛江市科学技术局-整体绩效自评报告.docx'), join(dir, 'a.docx'));
    copyFileSync(join(ROOT, 'examples', '2019-湛江市科技局-整体绩效自评报告.md'), join(dir, 'b.md'));
    writeFileSync(join(dir, 'damaged.docx'), readFileSync(join(tmp, '2023-湛江市科学技术局-整体绩效自评报告.docx')).subarray(0, 2000));
    writeFileSync(join(dir, 'empty.docx'), '');
    // an encrypted .docx is an OLE compound file, as an old .doc is
    writeFileSync(join(dir, 'locked.docx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    writeFileSync(join(dir, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    writeFileSync(join(dir, 'old.wps'), 'x');
    const r = run(['check', dir]);
    assert.equal(r.code, 5);
    assert.match(r.err, /damaged\.docx: 文件已损坏，不是有效的 \.docx/);
    assert.match(r.err, /empty\.docx: 文件是空的/);
    assert.match(r.err, /locked\.docx: 文件已加密，或是旧的 \.doc 格式改了扩展名：请在 Word 或 WPS 中取消密码，另存为 \.docx 后再检查/);
    assert.match(r.err, /old\.doc: 这是旧的 \.doc 格式（Word 97–2003），无法读取：请在 Word 或 WPS 中另存为 \.docx 后再检查/);
    assert.match(r.err, /old\.wps: 这是旧的 \.wps 格式（WPS 文字）/);
    assert.match(r.out, /a\.docx:\d+:\d+（第 \d+ 段）/);
    assert.match(r.out, /b\.md:20:3 {2}错误/);
  });

  test('--fix leaves a Word file as it was and says why (exit 3)', () => {
    const path = join(tmp, 'fix.docx');
    copyFileSync(join(tmp, '2019-湛江市科技局-整体绩效自评报告.docx'), path);
    const before = readFileSync(path);
    const r = run(['check', '--fix', path]);
    assert.equal(r.code, 3);
    assert.match(r.err, /--fix 不改写 Word 或 PDF 文件：请按提示在原文件中修改/);
    assert.deepEqual(readFileSync(path), before);
  });

  test('made up: Word’s own list numbering and heading styles are read as the page shows them', () => {
    const md = join(tmp, 'list.md');
    writeFileSync(
      md,
      '# 示例单位2024年度项目支出绩效自评报告\n\n## 一、基本情况\n\n1. 完成培训500人次\n2. 合格率92%\n\n| 指标 | 完成值 |\n|---|---|\n| 培训人次 | 500 |\n',
    );
    const docx = join(tmp, 'list.docx');
    assert.equal(spawnSync('pandoc', ['-f', 'gfm', '-t', 'docx', '-o', docx, md]).status, 0);
    const text = readDocx(readFileSync(docx)).text;
    assert.match(text, /^# 示例单位2024年度项目支出绩效自评报告\n\n## 一、基本情况\n\n1\.完成培训500人次\n\n2\.合格率92%\n\n/);
    assert.match(text, /\| 指标 \| 完成值 \|\n\| --- \| --- \|\n\| 培训人次 \| 500 \|\n$/);
  });

  test('jixiao import: the 2023 report back as the Markdown it was made from; an existing file kept unless --force', () => {
    const out = join(tmp, 'imported.md');
    const r = run(['import', join(tmp, '2023-湛江市科学技术局-整体绩效自评报告.docx'), '-o', out]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /已写入 .*imported\.md/);
    const trimmed = (s: string): string => s.replace(/[ \t]+$/gm, '');
    assert.equal(
      trimmed(readFileSync(out, 'utf8')),
      trimmed(readFileSync(join(ROOT, 'examples', '2023-湛江市科学技术局-整体绩效自评报告.md'), 'utf8')),
    );
    const again = run(['import', join(tmp, '2023-湛江市科学技术局-整体绩效自评报告.docx'), '-o', out]);
    assert.equal(again.code, 2);
    assert.match(again.err, /文件已存在（用 --force 覆盖）/);
    assert.equal(run(['import', join(tmp, '2023-湛江市科学技术局-整体绩效自评报告.docx'), '-o', out, '--force']).code, 0);
    const md = run(['import', join(ROOT, 'examples', '2023-湛江市科学技术局-整体绩效自评报告.md')]);
    assert.equal(md.code, 2);
    assert.match(md.err, /jixiao import 只读 \.docx 文件/);
  });
});

/** Chromium (installed by scripts/e2e/install.sh for the end-to-end suite) prints pandoc's HTML of a report to PDF. */
const CHROMIUM = ['chromium', 'chromium-browser'].find((c) => spawnSync(c, ['--version']).status === 0);
const NO_PDF = !PANDOC ? NO_PANDOC : CHROMIUM ? false : 'Chromium is not installed: `bash scripts/e2e/install.sh` installs it';

describe('jixiao check on PDF', { skip: NO_PDF }, () => {
  let pdf: string;
  before(() => {
    const html = join(tmp, '2019.html');
    pdf = join(tmp, '2019.pdf');
    const md = join(ROOT, 'examples', '2019-湛江市科技局-整体绩效自评报告.md');
    assert.equal(
      spawnSync('pandoc', ['-f', 'gfm+hard_line_breaks', '-t', 'html5', '-s', '--metadata', 'pagetitle=2019', '-o', html, md]).status,
      0,
    );
    const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];
    const profile = mkdtempSync(join(tmp, 'chromium-'));
    const printed = spawnSync(
      CHROMIUM as string,
      [
        ...flags,
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${profile}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${pdf}`,
        `file://${html}`,
      ],
      { timeout: 60_000 },
    );
    assert.equal(printed.status, 0, String(printed.stderr));
  });

  test('the 2019 example printed to PDF: the errors of the Markdown, each placed by page and line', () => {
    const errors = (fs: JsonFinding[]): string[] => fs.filter((f) => f.severity === 'error').map((f) => f.message);
    const fromPdf = findings(pdf);
    assert.deepEqual(errors(fromPdf), errors(findings(join(ROOT, 'examples', '2019-湛江市科技局-整体绩效自评报告.md'))));
    for (const f of fromPdf) assert.ok(f.page && f.page >= 1 && f.line && f.line >= 1, `${f.ruleId} has a page and a line`);
    // the wrong brackets of the notice's 文号, as on the Markdown
    assert.ok(fromPdf.some((f) => f.ruleId === 'doc-number' && f.message.includes('湛财绩【2020】6号')));
    const r = run(['check', pdf]);
    assert.match(r.out, /2019\.pdf:\d+:\d+（第 \d+ 页第 \d+ 行） {2}错误 {2}标题「年度总体工作和重点工作任务」缺少编号/);
  });

  test('a damaged PDF and a file that is no PDF are listed; the rest is checked', () => {
    const dir = mkdtempSync(join(tmp, 'pdfs-'));
    copyFileSync(pdf, join(dir, 'good.pdf'));
    writeFileSync(join(dir, 'cut.pdf'), readFileSync(pdf).subarray(0, 3000));
    writeFileSync(join(dir, 'text.pdf'), '这不是 PDF');
    const r = run(['check', dir]);
    assert.equal(r.code, 5);
    assert.match(r.err, /cut\.pdf: 文件已损坏，不是有效的 PDF/);
    assert.match(r.err, /text\.pdf: 文件已损坏，不是有效的 PDF（没有 PDF 文件头）/);
    assert.match(r.out, /good\.pdf:\d+:\d+（第 \d+ 页第 \d+ 行）/);
  });
});
