// A report as a .docx in the 公文 layout of GB/T 9704-2012 (gongwen.json): A4, margins 37/35/28/26 mm,
// 22 lines of 28 characters (a line grid, 三号 set 0.25 pt closer), title 方正小标宋简体 二号 centred, 一、 headings 黑体 三号, （一）
// headings 楷体_GB2312 三号, the rest 仿宋_GB2312 三号, page numbers `— 1 —` in 四号 宋体 one character
// in from the outer margin (odd pages right, even left), tables with borders, the header row repeated
// on each page and numbers right-aligned, the 附件说明 and the 落款 as 7.3.5 says. Written with the `docx`
// package; the font table then gets each font's fallbacks (fontTable.ts).
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { Report } from '../engine/model/report.js';
import { exportBlocks, type ExportBlock } from './export-blocks.js';
import { withFontFallbacks } from './font-table.js';
import LAYOUT from './gongwen.json' with { type: 'json' };

type FontRole = Exclude<keyof typeof LAYOUT.fonts, 'latin'>;

/** Twips (1/20 pt) in a millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;
const mm = (v: number): number => Math.round(v * TWIPS_PER_MM);
/** One character of the body (三号 on the grid): what 空二字 and 右空二字 count in. */
const CHAR = Math.round(mm(LAYOUT.page.width - LAYOUT.page.left - LAYOUT.page.right) / LAYOUT.grid.chars);
/** Exact line spacing: one grid line. */
const LINE = { line: LAYOUT.grid.linePitchTwips, lineRule: LineRuleType.EXACT } as const;
const NUMBER_CELL = new RegExp(LAYOUT.numberCell, 'u');

function run(text: string, role: FontRole, extra: Partial<IRunOptions> = {}): TextRun {
  const font = LAYOUT.fonts[role];
  const latin = LAYOUT.fonts.latin;
  // 三号 text is set a little closer, so that 28 characters fill a line (gongwen.json)
  const spacing = font.size === LAYOUT.fonts.body.size ? { characterSpacing: LAYOUT.grid.bodyCharacterSpacing } : {};
  return new TextRun({
    text,
    font: { eastAsia: font.name, ascii: latin, hAnsi: latin, cs: latin },
    size: font.size * 2,
    ...spacing,
    ...extra,
  });
}

/**
 * A body line's runs, its Markdown strong emphasis (`**…**`, as the 自评表 caption Jixiao inserts is
 * written) in bold without the asterisks; a line with an odd number of `**` is written as it is.
 */
function emphasised(line: string, afterBreak: boolean): TextRun[] {
  const parts = line.split('**');
  const pieces = (parts.length % 2 === 1 ? parts : [line]).flatMap((text, i) => (text === '' ? [] : [{ text, bold: i % 2 === 1 }]));
  if (pieces.length === 0) pieces.push({ text: line, bold: false });
  return pieces.map((p, k) => run(p.text, 'body', { ...(k === 0 && afterBreak ? { break: 1 } : {}), ...(p.bold ? { bold: true } : {}) }));
}

/** The paragraphs and tables of the body, in order. */
function bodyOf(blocks: ExportBlock[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let noteIndent = 0;
  for (const b of blocks) {
    switch (b.kind) {
      case 'title':
        if (out.length > 0) out.push(new Paragraph({ spacing: LINE, children: [] })); // an attachment's title: on its page's third line
        out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: LINE, children: [run(b.text, 'title')] }));
        out.push(new Paragraph({ spacing: LINE, children: [] })); // 标题下空一行
        break;
      case 'heading': {
        const role: FontRole = b.level === 1 ? 'heading1' : b.level === 2 ? 'heading2' : 'body';
        const children =
          b.runIn !== undefined && b.runIn > 0 && b.runIn < b.text.length
            ? [run(b.text.slice(0, b.runIn), role), run(b.text.slice(b.runIn), 'body')]
            : [run(b.text, role)];
        out.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 2 * CHAR }, spacing: LINE, children }));
        break;
      }
      case 'body':
        out.push(
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: 2 * CHAR },
            spacing: LINE,
            children: b.lines.flatMap((line, i) => emphasised(line, i > 0)),
          }),
        );
        break;
      case 'table':
        out.push(tableOf(b.rows, b.header));
        break;
      case 'attachmentNote': {
        // 附件说明: 左空二字; a long name or a later item starts under the first item's name (after 附件：)
        if (!b.item) {
          out.push(new Paragraph({ spacing: LINE, children: [] })); // 正文下空一行
          const colon = b.text.search(/[：:]/u);
          noteIndent = 2 * CHAR + (colon + 1) * CHAR;
        }
        out.push(
          new Paragraph({
            spacing: LINE,
            indent: b.item ? { left: noteIndent } : { left: noteIndent, hanging: noteIndent - 2 * CHAR },
            children: [run(b.text, 'body')],
          }),
        );
        break;
      }
      case 'attachmentLabel':
        // 附件 and its number: 3号黑体, 顶格, the first line of a new page (of the first page, over a report sent as an attachment)
        out.push(new Paragraph({ spacing: LINE, children: [...(out.length > 0 ? [new PageBreak()] : []), run(b.text, 'heading1')] }));
        break;
      case 'signature':
        out.push(...signatureOf(b.unit, b.date));
        break;
    }
  }
  return out;
}

/**
 * Half-width characters count half (a date's digits are narrower than the unit's characters), and each
 * change between them a quarter: the space Word and LibreOffice put between CJK text and digits.
 */
function widthInChars(s: string): number {
  let w = 0;
  let wasHalf: boolean | undefined;
  for (const c of s) {
    const half = c.charCodeAt(0) < 0x2e80;
    w += half ? 0.5 : 1;
    if (wasHalf !== undefined && half !== wasHalf) w += 0.25;
    wasHalf = half;
  }
  return w;
}

/**
 * 落款 without a seal (GB/T 9704 7.3.5.2): 正文下空一行, the unit 右空二字, the date below it starting two
 * characters right of the unit's first character; a date longer than that is 右空二字 and the unit moves left.
 */
function signatureOf(unit: string | undefined, date: string): Paragraph[] {
  const d = widthInChars(date);
  const u = unit === undefined ? 0 : widthInChars(unit);
  const dateRight = unit === undefined ? 2 : Math.max(2, u - d);
  const unitRight = dateRight + d + 2 - u;
  const line = (text: string, right: number): Paragraph =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: LINE,
      indent: { right: Math.round(right * CHAR) },
      children: [run(text, 'body')],
    });
  const out = [new Paragraph({ spacing: LINE, children: [] })];
  if (unit !== undefined) out.push(line(unit, unitRight));
  out.push(line(date, dateRight));
  return out;
}

function tableOf(rows: string[][], header: boolean): Table {
  const columns = Math.max(1, ...rows.map((r) => r.length));
  const width = mm(LAYOUT.page.width - LAYOUT.page.left - LAYOUT.page.right);
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => Math.floor(width / columns)),
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          tableHeader: header && r === 0,
          cantSplit: true,
          children: Array.from({ length: columns }, (_, c) => {
            const text = cells[c] ?? '';
            const head = header && r === 0;
            const alignment = head ? AlignmentType.CENTER : NUMBER_CELL.test(text) ? AlignmentType.RIGHT : AlignmentType.LEFT;
            return new TableCell({
              verticalAlign: VerticalAlignTable.CENTER,
              children: [new Paragraph({ alignment, children: [run(text, head ? 'tableHeader' : 'table')] })],
            });
          }),
        }),
    ),
  });
}

/** `— 1 —` in 四号 宋体, one character in from the outer margin: right on odd pages, left on even ones. */
function pageNumber(odd: boolean): Footer {
  const dash = '\u2014 ';
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: CHAR } : { left: CHAR },
        children: [run(dash, 'pageNumber'), run('', 'pageNumber', { children: [PageNumber.CURRENT] }), run(' \u2014', 'pageNumber')],
      }),
    ],
  });
}

/** The .docx bytes of a report in the 公文 layout. */
export async function exportDocx(report: Report): Promise<Uint8Array> {
  const { page, grid } = LAYOUT;
  const title = report.header.title?.value.trim();
  const doc = new Document({
    ...(title ? { title } : {}),
    creator: 'Jixiao',
    evenAndOddHeaderAndFooters: true,
    // a paragraph's line kept by a line break is not stretched to the margin (Word's and LibreOffice's setting)
    compatibility: { doNotExpandShiftReturn: true },
    styles: {
      default: {
        document: {
          run: {
            font: { eastAsia: LAYOUT.fonts.body.name, ascii: LAYOUT.fonts.latin, hAnsi: LAYOUT.fonts.latin },
            size: LAYOUT.fonts.body.size * 2,
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(page.width), height: mm(page.height) },
            margin: { top: mm(page.top), bottom: mm(page.bottom), left: mm(page.left), right: mm(page.right), footer: mm(page.footer) },
          },
          grid: { type: DocumentGridType.LINES, linePitch: grid.linePitchTwips },
        },
        footers: { default: pageNumber(true), even: pageNumber(false) },
        children: bodyOf(exportBlocks(report)),
      },
    ],
  });
  return withFontFallbacks(new Uint8Array(await Packer.toBuffer(doc)));
}
