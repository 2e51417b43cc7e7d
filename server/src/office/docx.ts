// A .docx as the report text the engine reads: Markdown with the document's headings (by paragraph
// style), its automatic numbering written out (一、 from a numbering definition, not typed), its tables
// as GFM tables and its footnotes at the end; images are left out with a note. Each office paragraph
// (a table cell's included) is one block of the text, and where it starts is kept, so a finding can say
// 第 N 段. mammoth was tried first: it keeps only whether a list is ordered, not its number format, and
// a report's 一、/（一） outline is often Word's numbering; so the package is read here, with fflate
// (unzip) and htmlparser2 (XML), both synchronous, so a batch reads a .docx as it reads a .md.
import { unzipSync } from 'fflate';
import { OfficeError, type OfficeText } from './office-text.js';
import { numberingOf, type Numbering } from './docx-numbering.js';
import { stylesOf, type Styles } from './docx-styles.js';
import { readXml } from './xml.js';

/** The first bytes of an OLE compound file: an encrypted .docx, or an old .doc saved under the new name. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

interface Paragraph {
  style: string;
  /** The numbering it carries (w:numPr), or the one its style carries. */
  numId?: string;
  level: number;
  text: string;
  /** The paragraph's own outline level (w:outlineLvl), 0 for a heading 1. */
  outline?: number;
}

type Block = { kind: 'p'; p: Paragraph } | { kind: 'table'; rows: Paragraph[][][] };

export function readDocx(bytes: Uint8Array): OfficeText {
  if (bytes.length === 0) throw new OfficeError('文件是空的', 'the file is empty');
  if (OLE.every((b, i) => bytes[i] === b))
    throw new OfficeError(
      '文件已加密，或是旧的 .doc 格式改了扩展名：请在 Word 或 WPS 中取消密码，另存为 .docx 后再检查',
      'the file is encrypted, or an old .doc renamed: remove the password in Word or WPS and save it as .docx',
    );
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name.startsWith('word/') && f.name.endsWith('.xml') });
  } catch {
    throw new OfficeError('文件已损坏，不是有效的 .docx（无法解压）', 'the file is damaged: not a valid .docx (cannot be unzipped)');
  }
  const document = files['word/document.xml'];
  if (!document)
    throw new OfficeError('文件已损坏，不是有效的 .docx（缺少正文 word/document.xml）', 'not a valid .docx (no word/document.xml)');
  const decode = (name: string): string => (files[name] ? new TextDecoder().decode(files[name]) : '');
  const styles = stylesOf(decode('word/styles.xml'));
  const numbering = numberingOf(decode('word/numbering.xml'));
  const { blocks, images } = readBody(new TextDecoder().decode(document));
  const notes = readBody(decode('word/footnotes.xml'), 'w:footnote').blocks;
  return write(blocks, notes, styles, numbering, images);
}

/** The body's paragraphs and tables in order (or, with `item`, the paragraphs of each footnote). */
function readBody(xml: string, item?: string): { blocks: Block[]; images: number } {
  const blocks: Block[] = [];
  let images = 0;
  let p: Paragraph | undefined;
  /** Open tables, innermost last: their rows of cells of paragraphs. */
  const tables: Paragraph[][][][] = [];
  let inText = false;
  let skip = 0; // inside deleted text, field instructions, or a footnote's separator
  readXml(xml, {
    open(name, attrs) {
      const val = attrs['w:val'] ?? '';
      switch (name) {
        case 'w:p':
          p = { style: '', level: 0, text: '' };
          return;
        case 'w:pStyle':
          if (p) p.style = val;
          return;
        case 'w:numId':
          if (p) p.numId = val;
          return;
        case 'w:ilvl':
          if (p) p.level = Number(val) || 0;
          return;
        case 'w:outlineLvl':
          if (p) p.outline = Number(val);
          return;
        case 'w:t':
          inText = true;
          return;
        case 'w:tab':
          if (p && !skip && !inText) p.text += '\t';
          return;
        case 'w:br':
        case 'w:cr':
          if (p && !skip) p.text += '\n';
          return;
        case 'w:drawing':
        case 'w:pict':
          images++;
          return;
        case 'w:delText':
        case 'w:instrText':
          skip++;
          return;
        case 'w:footnote':
          if (item && (attrs['w:type'] === 'separator' || attrs['w:type'] === 'continuationSeparator')) skip++;
          return;
        case 'w:tbl':
          tables.push([]);
          return;
        case 'w:tr':
          tables.at(-1)?.push([]);
          return;
        case 'w:tc':
          tables.at(-1)?.at(-1)?.push([]);
          return;
      }
    },
    text(t) {
      if (inText && p && !skip) p.text += t;
    },
    close(name) {
      switch (name) {
        case 'w:t':
          inText = false;
          return;
        case 'w:delText':
        case 'w:instrText':
          skip--;
          return;
        case 'w:footnote':
          if (skip > 0) skip--;
          return;
        case 'w:p': {
          const done = p;
          p = undefined;
          if (!done) return;
          const cell = tables.at(-1)?.at(-1)?.at(-1);
          if (cell) cell.push(done);
          else blocks.push({ kind: 'p', p: done });
          return;
        }
        case 'w:tbl': {
          const rows = tables.pop() ?? [];
          const outer = tables.at(-1)?.at(-1)?.at(-1);
          // a table inside a cell: its cells' paragraphs are read as the outer cell's
          if (outer) outer.push(...rows.flat(2));
          else blocks.push({ kind: 'table', rows });
          return;
        }
      }
    },
  });
  return { blocks, images };
}

/** The Markdown of the blocks, and where each office paragraph starts in it. */
function write(blocks: Block[], notes: Block[], styles: Styles, numbering: Numbering, images: number): OfficeText {
  let text = '';
  const paragraphs: number[] = [];
  const counters = numbering.counters();
  const para = (p: Paragraph): string => {
    const numId = p.numId ?? styles.numId(p.style);
    const label = numId && numId !== '0' ? counters.next(numId, p.numId ? p.level : styles.numLevel(p.style)) : undefined;
    const body = p.text.replace(/\s+$/, '');
    if (label === '\u2022') return `- ${body}`;
    return (label ?? '') + body;
  };
  const add = (piece: string, starts: number[]): void => {
    if (text) text += '\n\n';
    for (const s of starts) paragraphs.push(text.length + s);
    text += piece;
  };
  for (const b of blocks) {
    if (b.kind === 'p') {
      const body = para(b.p);
      if (!body.trim()) {
        paragraphs.push(text.length);
        continue;
      }
      const level = b.p.outline ?? styles.headingLevel(b.p.style);
      const prefix = level !== undefined && level < 6 ? '#'.repeat(level + 1) + ' ' : '';
      add(prefix + body, [0]);
    } else add(...table(b.rows, para));
  }
  const noteTexts = notes.flatMap((b) => (b.kind === 'p' ? [b.p.text.trim()] : [])).filter((t) => t);
  if (noteTexts.length)
    add(
      noteTexts.map((t, i) => `[^${i + 1}]: ${t}`).join('\n'),
      noteTexts.map(() => 0),
    );
  const out: OfficeText = { kind: 'docx', text: text + '\n', paragraphs, notes: [] };
  if (images > 0) out.notes.push({ zh: `文中 ${images} 张图片未读取`, en: `${images} image(s) left out` });
  return out;
}

/** A GFM table of the rows (the first row as its header), and where each cell's paragraphs start. */
function table(rows: Paragraph[][][], para: (p: Paragraph) => string): [string, number[]] {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const lines: string[] = [];
  const starts: number[] = [];
  let at = 0;
  rows.forEach((row, i) => {
    let line = '|';
    for (let c = 0; c < width; c++) {
      const parts = (row[c] ?? []).map((p) => para(p).replace(/\|/g, '｜').replace(/\s+/g, ' ').trim());
      line += ' ';
      parts.forEach((part, k) => {
        starts.push(at + line.length);
        line += part + (k + 1 < parts.length && part ? ' ' : '');
      });
      line += ' |';
    }
    lines.push(line);
    at += line.length + 1;
    if (i === 0) {
      const rule = '|' + ' --- |'.repeat(width);
      lines.push(rule);
      at += rule.length + 1;
    }
  });
  return [lines.join('\n'), starts];
}
