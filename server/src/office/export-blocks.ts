// What `jixiao export` lays out, read from the engine's report model (not from the Markdown again): the
// title (the header's), the outline's headings at their levels (一、 level 1, （一） level 2, …), each
// other line of text as a paragraph, GFM pipe tables as tables, the 附件说明 with its list, an
// attachment's own label (附件1 alone on its line, which starts a new page) with its title, and the 落款 (the unit's
// name over the date, the report's last lines). A Markdown paragraph is one Word paragraph, its lines
// kept apart by line breaks (as `check` reads them back from the .docx), except that a numbered line
// (（一）拟订…, 1、办公室) starts a paragraph of its own: a list written one item a line.
import { readingOf, type Block, type TextLine } from '../engine/parse/blocks.js';
import { DELIMITER_ROW, relativeCells } from '../engine/model/table-cells.js';
import type { Report } from '../engine/model/report.js';
import type { MarkerLevel } from '../engine/parse/markers.js';
import LAYOUT from './gongwen.json' with { type: 'json' };

export type ExportBlock =
  | { kind: 'title'; text: string }
  | {
      kind: 'heading';
      level: MarkerLevel;
      text: string;
      /** Where the heading's title ends when body text runs on after it. */ runIn?: number;
    }
  | { kind: 'body'; /** Its lines, kept apart by line breaks. */ lines: string[] }
  | { kind: 'table'; rows: string[][]; /** The first row is a header row (a GFM delimiter row follows it). */ header: boolean }
  | { kind: 'attachmentNote'; text: string; /** A later item of the list (`2.…`), aligned under the first item's name. */ item: boolean }
  | { kind: 'attachmentLabel'; text: string }
  | { kind: 'signature'; unit?: string; date: string };

const ATTACHMENT_NOTE = new RegExp(LAYOUT.attachmentNote, 'u');
const ATTACHMENT_ITEM = new RegExp(LAYOUT.attachmentListItem, 'u');
const ATTACHMENT_LABEL = new RegExp(LAYOUT.attachmentLabel, 'u');
const SIGNATURE_DATE = new RegExp(LAYOUT.signatureDate, 'u');
const UNIT_STOPS = new Set(LAYOUT.signatureUnitStops);
const RUN_IN_STOPS = new Set(['。', '．', '.', '：', ':']);

/** The blocks of a report in text order. */
export function exportBlocks(report: Report): ExportBlock[] {
  const { text } = report;
  const headingAt = new Map(report.outline.headings.map((h) => [h.line, h]));
  const title = report.header.title;
  const out: ExportBlock[] = [];
  const signature = signatureLines(report.parsed.lines, report.outline.bodyStart);
  let titleDone = false;
  let inNote = false;
  /** The block of the last line laid out: a line of the same block continues its paragraph. */
  let lastBlock: Block | undefined;
  let lastLine: TextLine | undefined;
  for (const block of report.parsed.blocks) {
    const rows = pipeTable(text, block);
    if (rows) {
      out.push(rows);
      inNote = false;
      continue;
    }
    for (const line of block.lines) {
      const words = line.text.trim();
      if (words === '') continue;
      // an item the parser reads out of the middle of a source line (附件：1.…) stays on that line
      const last = out.at(-1);
      if (line.inLine && lastLine && lastBlock === block && last && appendTo(last, text.slice(lastLine.end, line.end).trimEnd())) {
        lastLine = line;
        continue;
      }
      lastLine = line;
      if (title && line.start < title.end && line.end > title.start) {
        // a title split over two lines is one title
        if (!titleDone) out.push({ kind: 'title', text: title.value.trim() });
        titleDone = true;
        continue;
      }
      if (signature && line === signature.date) {
        out.push({ kind: 'signature', date: words, ...(signature.unit ? { unit: signature.unit.text.trim() } : {}) });
        continue;
      }
      if (signature && line === signature.unit) continue;
      const heading = headingAt.get(line);
      if (heading) {
        inNote = false;
        const runIn = heading.head.runIn ? runInEnd(line.text, heading.head.titleEnd) : undefined;
        out.push({ kind: 'heading', level: heading.level, text: words, ...(runIn !== undefined ? { runIn } : {}) });
        continue;
      }
      const compact = words.replace(/\s+/gu, '');
      if (ATTACHMENT_LABEL.test(compact)) {
        inNote = false;
        out.push({ kind: 'attachmentLabel', text: words });
      } else if (ATTACHMENT_NOTE.test(words)) {
        inNote = true;
        out.push({ kind: 'attachmentNote', text: words, item: false });
      } else if (inNote && ATTACHMENT_ITEM.test(words)) {
        out.push({ kind: 'attachmentNote', text: words, item: true });
      } else if (last?.kind === 'attachmentLabel') {
        // 附件标题: centred as the report's title is, on the page the label starts
        out.push({ kind: 'title', text: words });
      } else {
        inNote = false;
        if (last?.kind === 'body' && lastBlock === block && !readingOf(line).head.marker) last.lines.push(words);
        else out.push({ kind: 'body', lines: [words] });
      }
      lastBlock = block;
    }
  }
  return out;
}

/** Where a run-in heading's title ends in the trimmed line, with the stop after it (（一）主要职能。). */
function runInEnd(lineText: string, titleEnd: number): number {
  const at = titleEnd - (lineText.length - lineText.trimStart().length);
  return RUN_IN_STOPS.has(lineText.trimStart()[at] ?? '') ? at + 1 : at;
}

/** Text run on from the line before (the same source line) added to the block laid out last; false for a table or 落款. */
function appendTo(b: ExportBlock, more: string): boolean {
  if (b.kind === 'body') b.lines[b.lines.length - 1] += more;
  else if (b.kind === 'heading' || b.kind === 'attachmentNote' || b.kind === 'attachmentLabel' || b.kind === 'title') b.text += more;
  else return false;
  return true;
}

/** A GFM pipe table (a header row, then a delimiter row): its rows of cell texts. */
function pipeTable(text: string, block: Block): ExportBlock | undefined {
  const [first, second] = block.lines;
  if (!first || !second || !first.text.trimStart().startsWith('|') || !DELIMITER_ROW.test(second.text.trim())) return undefined;
  const rows: string[][] = [];
  let row: string[] = [];
  for (const cell of relativeCells(text, block)) {
    row.push(cell.text.replace(/\\\|/gu, '|'));
    if (cell.rowEnd) {
      rows.push(row);
      row = [];
    }
  }
  if (row.length > 0) rows.push(row);
  return { kind: 'table', rows, header: true };
}

/**
 * The 落款: the report's last line when it is a date alone (2020年9月1日, 二〇二〇年九月一日), and the short
 * line above it when that names the unit (no sentence punctuation). Attachment pages after it aside (a
 * label above the body, 附件3 over a report sent as a notice's attachment, starts none).
 */
function signatureLines(lines: readonly TextLine[], bodyStart: number): { date: TextLine; unit?: TextLine } | undefined {
  let last = lines.length - 1;
  for (let i = lines.length - 1; i >= 0 && (lines[i] as TextLine).start >= bodyStart; i--) {
    const words = (lines[i] as TextLine).text.replace(/\s+/gu, '');
    if (ATTACHMENT_LABEL.test(words)) last = i - 1;
  }
  let k = last;
  while (k >= 0 && (lines[k] as TextLine).text.trim() === '') k--;
  const date = lines[k];
  if (!date || date.mdDepth > 0 || !SIGNATURE_DATE.test(date.text.replace(/\s+/gu, ''))) return undefined;
  const above = lines[k - 1];
  const words = above?.text.trim() ?? '';
  const isUnit =
    above !== undefined &&
    above.mdDepth === 0 &&
    words !== '' &&
    [...words].length <= LAYOUT.signatureUnitMaxChars &&
    ![...words].some((c) => UNIT_STOPS.has(c)) &&
    !SIGNATURE_DATE.test(words.replace(/\s+/gu, ''));
  return isUnit ? { date, unit: above } : { date };
}
