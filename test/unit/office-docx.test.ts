// The parts of a .docx read apart (office/docx-numbering.ts, docx-styles.ts, office-text.ts): Word's
// automatic numbering written out as the page shows it, heading levels from paragraph styles, and a
// finding's paragraph. The XML here is made up, in the shape Word and WPS write (whole files made by a real
// converter are test/cli/office.test.ts's).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatNumber, numberingOf } from '../../server/src/office/docx-numbering.js';
import { stylesOf } from '../../server/src/office/docx-styles.js';
import { paragraphAt } from '../../server/src/office/office-text.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const lvl = (i: number, fmt: string, text: string, start = 1): string =>
  `<w:lvl w:ilvl="${i}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;

test('made-up numbering: 一、 then （一） under it, restarting under each new 一、; a second list counts on its own', () => {
  const xml =
    `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}` +
    `${lvl(2, 'decimal', '%3.')}</w:abstractNum><w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal', '%1.%1')}</w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/>' +
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num></w:numbering>';
  const c = numberingOf(xml).counters();
  const seq = [
    c.next('1', 0),
    c.next('1', 1),
    c.next('1', 1),
    c.next('1', 2),
    c.next('1', 0),
    c.next('1', 1),
    c.next('2', 0),
    c.next('1', 0),
    c.next('9', 0),
  ];
  assert.deepEqual(seq, ['一、', '（一）', '（二）', '1.', '二、', '（一）', '3.3', '三、', undefined]);
});

test('number formats Word writes in Chinese documents', () => {
  assert.deepEqual(
    [1, 10, 11, 20, 21, 99].map((n) => formatNumber(n, 'chineseCounting')),
    ['一', '十', '十一', '二十', '二十一', '九十九'],
  );
  assert.equal(formatNumber(3, 'decimalEnclosedCircle'), '③');
  assert.equal(formatNumber(2, 'decimalEnclosedParen'), '⑵');
  assert.equal(formatNumber(12, 'decimalFullWidth'), '１２');
  assert.equal(formatNumber(2, 'ideographTraditional'), '乙');
  assert.equal(formatNumber(2024, 'ideographDigital'), '二〇二四');
  assert.equal(formatNumber(4, 'upperRoman'), 'IV');
  assert.equal(formatNumber(28, 'lowerLetter'), 'bb');
});

test('made-up styles: headings by name (heading 2, 标题 3) or outline level, through basedOn; a style’s own numbering', () => {
  const xml =
    `<w:styles ${W}><w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/></w:style>` +
    '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="标题 3"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="My"><w:name w:val="我的标题"/><w:basedOn w:val="Out"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Out"><w:name w:val="大纲"/><w:pPr><w:outlineLvl w:val="0"/>' +
    '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="4"/></w:numPr></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Loop"><w:name w:val="正文"/><w:basedOn w:val="Loop"/></w:style></w:styles>';
  const s = stylesOf(xml);
  assert.deepEqual(
    ['2', 'a3', 'My', 'Out', 'Loop', 'None'].map((id) => s.headingLevel(id)),
    [1, 2, 0, 0, undefined, undefined],
  );
  assert.equal(s.numId('My'), '4');
  assert.equal(s.numLevel('My'), 1);
});

test('a finding’s paragraph: the last one starting at or before it', () => {
  const starts = [0, 10, 10, 25];
  assert.deepEqual(
    [0, 9, 10, 24, 25, 400].map((o) => paragraphAt(starts, o)),
    [1, 1, 3, 3, 4, 4],
  );
});
