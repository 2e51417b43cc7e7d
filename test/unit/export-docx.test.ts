// The .docx `jixiao export` writes (office/export-docx.ts), read from its XML, on the made-up report of
// test/fixtures/export: the table's header row repeated on each page, its borders and its numbers
// right-aligned; the 附件说明's later item under the first item's name; the 落款 right-indented so the
// date starts two characters right of the unit; the attachment on a new page; line-broken lines not
// stretched; and the font table's fallbacks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { buildReport } from '../../server/src/engine/index.js';
import { exportDocx } from '../../server/src/office/export-docx.js';
import { ROOT, registry } from '../helpers.js';

const MADE_UP = readFileSync(join(ROOT, 'test', 'fixtures', 'export', 'made-up-report.md'), 'utf8');

test('the made-up report as .docx: table, 附件说明, 落款, attachment page, settings, font table (made-up)', async () => {
  const parts = unzipSync(await exportDocx(buildReport(MADE_UP, { registry })));
  const part = (name: string): string => strFromU8(parts[name] ?? new Uint8Array());
  const doc = part('word/document.xml');
  // the header row repeats on each page; rows do not split; single borders all round
  assert.match(doc, /<w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>/);
  assert.match(doc, /<w:tblBorders><w:top w:val="single"/);
  // 120.50 and 98.5% right-aligned, 示例项目 left
  const cell = (text: string): string => doc.slice(doc.lastIndexOf('<w:p>', doc.indexOf(`>${text}<`)), doc.indexOf(`>${text}<`));
  assert.match(cell('120.50'), /<w:jc w:val="right"\/>/);
  assert.match(cell('98.5%'), /<w:jc w:val="right"\/>/);
  assert.match(cell('示例项目'), /<w:jc w:val="left"\/>/);
  // 附件说明: 左空二字, hanging so that the second item starts under the first item's name (2 + 3 characters in)
  const note = cell('附件：1.示例单位2024年度整体支出绩效自评表');
  const item = cell('2.示例单位2024年度项目支出绩效自评表');
  const left = (xml: string): number => Number(/w:left="(\d+)"/.exec(xml)?.[1]);
  assert.equal(left(note), left(item));
  assert.match(note, /w:hanging="(\d+)"/);
  // 落款: the unit further from the right margin than the date, both right-aligned
  const right = (xml: string): number => Number(/w:right="(\d+)"/.exec(xml)?.[1]);
  assert.ok(right(cell('示例单位')) > right(cell('2025年3月1日')), 'the unit sits left of the date');
  assert.match(cell('2025年3月1日'), /<w:jc w:val="right"\/>/);
  // the attachment's label starts a page
  assert.match(cell('附件1'), /<w:br w:type="page"\/>/);
  assert.match(part('word/settings.xml'), /<w:doNotExpandShiftReturn\/>/);
  assert.match(part('word/fontTable.xml'), /<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"\/>/);
});

test('a label over the whole report starts no page of its own (made-up)', async () => {
  const text = '附件3\n\n示例单位2024年度整体支出绩效自评报告\n\n一、单位基本情况\n\n正文。\n';
  const doc = strFromU8(unzipSync(await exportDocx(buildReport(text, { registry })))['word/document.xml'] ?? new Uint8Array());
  assert.ok(doc.includes('>附件3<') && !doc.includes('w:type="page"'));
});

test('a line in **…** is bold without the asterisks; an odd ** is written as it is (made-up)', async () => {
  const text = '示例单位2024年度项目支出绩效自评报告\n\n一、基本情况\n\n**项目支出绩效自评表**\n\n单价**10元。\n';
  const doc = strFromU8(unzipSync(await exportDocx(buildReport(text, { registry })))['word/document.xml'] ?? new Uint8Array());
  const caption = doc.slice(doc.lastIndexOf('<w:r>', doc.indexOf('>项目支出绩效自评表<')), doc.indexOf('>项目支出绩效自评表<'));
  assert.match(caption, /<w:b\/>/);
  assert.ok(!doc.includes('**项目') && doc.includes('>单价**10元。<'));
});
