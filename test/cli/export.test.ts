// `jixiao export` by the built command: the corrected 2019 example as a .docx in the 公文 layout, read back
// from its XML (page, margins, fonts with their fallbacks, page numbers) and, rendered by LibreOffice
// (installed by scripts/e2e/install.sh), from the PDF (A4, a plausible page count, the text in order);
// a report with errors is refused with their list unless --force, a file that is not a report with the
// reason, an existing file kept unless --force; and the round trip .md → .docx → `jixiao check` gives
// the findings of the Markdown (line numbers aside: the .docx's text has the title's blank line).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { readPdf } from '../../server/src/office/pdf.js';
import { ROOT } from '../helpers.js';
import { R2019, R2019_FIXED, R2023, run } from './run.js';

let tmp: string;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'jixiao-export-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

const xmlOf = (docx: string, part: string): string => strFromU8(unzipSync(readFileSync(docx))[part] ?? new Uint8Array());

describe('jixiao export', () => {
  test('the corrected 2019 example: A4, margins 37/35/28/26 mm, the 公文 fonts named with their fallbacks, page numbers outside', () => {
    const out = join(tmp, 'fixed.docx');
    const r = run(['export', R2019_FIXED, '-o', out]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /已写入 .*fixed\.docx/);
    const doc = xmlOf(out, 'word/document.xml');
    assert.match(doc, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(doc, /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    assert.match(doc, /<w:docGrid w:type="lines" w:linePitch="579"/);
    for (const font of ['方正小标宋简体', '黑体', '楷体_GB2312', '仿宋_GB2312']) assert.ok(doc.includes(`w:eastAsia="${font}"`), font);
    assert.match(doc, /<w:sz w:val="44"\/>/); // 二号 title
    assert.match(doc, /<w:footerReference w:type="even"/);
    assert.match(xmlOf(out, 'word/settings.xml'), /<w:evenAndOddHeaders\/>/);
    const footers = xmlOf(out, 'word/footer1.xml') + xmlOf(out, 'word/footer2.xml');
    assert.ok(footers.includes('w:eastAsia="宋体"') && footers.includes('PAGE') && footers.includes('—'), footers);
    const fonts = xmlOf(out, 'word/fontTable.xml');
    assert.match(fonts, /<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>.*<w:charset w:val="86"\/>/);
    assert.match(fonts, /<w:font w:name="方正小标宋简体"><w:altName w:val="方正小标宋_GBK"\/>/);
  });

  test('a report with errors is refused with their list (exit 1), exported with --force; an existing file kept unless --force', () => {
    const out = join(tmp, '2019.docx');
    const refused = run(['export', R2019, '-o', out]);
    assert.equal(refused.code, 1);
    assert.match(refused.err, /错误/);
    assert.match(refused.err, /未导出 .*报告有 \d+ 个错误（见上），改正后再导出，或用 --force 照样导出/);
    assert.ok(!existsSync(out));
    assert.equal(run(['export', R2019, '-o', out, '--force']).code, 0);
    writeFileSync(join(tmp, 'kept.docx'), 'mine');
    const kept = run(['export', R2019_FIXED, '-o', join(tmp, 'kept.docx')]);
    assert.equal(kept.code, 2);
    assert.match(kept.err, /文件已存在（用 --force 覆盖）/);
    assert.equal(readFileSync(join(tmp, 'kept.docx'), 'utf8'), 'mine');
  });

  test('a file that is not a report is refused with the reason (exit 4); a Word file is not read (exit 2)', () => {
    const notReport = run(['export', join(ROOT, 'CHANGELOG.md'), '-o', join(tmp, 'changelog.docx')]);
    assert.equal(notReport.code, 4);
    assert.match(notReport.err, /未导出 .*CHANGELOG\.md：不像绩效自评报告（.+）/);
    assert.ok(!existsSync(join(tmp, 'changelog.docx')));
    const word = run(['export', join(tmp, '2019.docx')]);
    assert.equal(word.code, 2);
    assert.match(word.err, /jixiao export 读 Markdown 报告/);
  });

  /** Findings as rule and message, the line numbers a message quotes left out. */
  const findings = (path: string): string[] => {
    const r = run(['check', '--format', 'json', path]);
    const files = (JSON.parse(r.out) as { files: { findings: { ruleId: string; message: string }[] }[] }).files;
    return (files[0]?.findings ?? []).map((f) => `${f.ruleId} ${f.message.replace(/第 [0-9—、 ]+ 行/gu, '第 … 行')}`).sort();
  };
  for (const md of [R2019, R2023, join(ROOT, 'examples', '示例单位-2024-培训项目支出绩效自评报告-虚构.md')])
    test(`round trip ${md.slice(md.lastIndexOf('/') + 1)}: .md → export --force → check the .docx gives the Markdown's findings`, () => {
      const out = join(tmp, 'round-trip.docx');
      assert.equal(run(['export', md, '-o', out, '--force']).code, 0);
      const before = findings(md);
      assert.ok(before.length > 0);
      assert.deepEqual(findings(out), before);
    });
});

const SOFFICE = spawnSync('soffice', ['--version']).status === 0;
const NO_SOFFICE = SOFFICE
  ? false
  : 'LibreOffice is not installed: `bash scripts/e2e/install.sh` installs it (Debian package libreoffice-writer-nogui)';

describe('jixiao export rendered by LibreOffice', { skip: NO_SOFFICE }, () => {
  test('the corrected 2019 example as PDF: A4 pages, 8 to 16 of them, the text in the order of the report', async () => {
    const docx = join(tmp, 'rendered.docx');
    assert.equal(run(['export', R2019_FIXED, '-o', docx]).code, 0);
    const profile = mkdtempSync(join(tmp, 'soffice-'));
    const made = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, docx],
      {
        timeout: 120_000,
      },
    );
    assert.equal(made.status, 0, String(made.stderr));
    const bytes = new Uint8Array(readFileSync(join(tmp, 'rendered.pdf')));
    const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as {
      getDocument(src: { data: Uint8Array; verbosity: number }): {
        promise: Promise<{ numPages: number; getPage(n: number): Promise<{ view: number[] }> }>;
      };
    };
    const pdf = await pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
    assert.ok(pdf.numPages >= 8 && pdf.numPages <= 16, `${pdf.numPages} pages`);
    for (const n of [1, pdf.numPages]) {
      const [, , w = 0, h = 0] = (await pdf.getPage(n)).view;
      assert.ok(Math.abs(w - 595.3) < 1 && Math.abs(h - 841.9) < 1, `page ${n}: ${w} × ${h} pt`);
    }
    const text = (await readPdf(bytes)).text.replace(/\s+/gu, '');
    const landmarks = [
      '湛江市科技局2019年度整体绩效自评报告',
      '评价年度',
      '一、单位基本情况',
      '二、自评工作开展情况',
      '(五)改进措施',
      '内控管理水平',
    ];
    let at = -1;
    for (const l of landmarks) {
      const next = text.indexOf(l, at + 1);
      assert.ok(next > at, `${l} after the one before it`);
      at = next;
    }
    assert.match(text, /—1—/);
  });
});
