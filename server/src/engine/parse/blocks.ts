// Splits a Markdown document into the text lines the report model reads, using remark-parse for the
// block structure (what is a heading, a paragraph, code, an HTML comment). Each line keeps its exact
// source offsets so findings and fixes point at the user's own text.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { RootContent } from 'mdast';
import { LineIndex } from '../text/line-index.js';
import { titleKey } from '../text/normalize.js';
import { GLOSS } from '../text/traditional.js';
import type { FactKind, Shift } from './fact-kind.js';
import { readLineHead, type LineHead } from './markers.js';
import { plainBlocks } from './plain-blocks.js';
import { holdsOutline, runInStarts } from './run-in.js';

export interface TextLine {
  /** Offset of the line's content, after Markdown prefixes (`#`, `>`, bullets) and indentation. */
  start: number;
  /** Offset of the end of the content, before trailing `#`s and the line break. */
  end: number;
  /** Offset where the source line begins (for inserting text before it). */
  lineStart: number;
  text: string;
  line: number;
  /** Depth of the Markdown heading this line is, or 0 for body text. */
  mdDepth: number;
  /** First line of its paragraph, heading or list item. */
  first: boolean;
  /** An item run into its source line after the line's start (see run-in.ts): its title may end at a comma or a space. */
  inLine: boolean;
  block: number;
  /** Memo of readingOf (a property, not a WeakMap: this is read for every line on every keystroke). */
  reading?: LineReading;
  /** What rules that look at every line (pasted-debris, unfilled-blank) worked out from it: see line-memo.ts. */
  memo?: unknown[];
}

/** What a line says as a possible heading, worked out once per line object (lines outlive edits elsewhere). */
export interface LineReading {
  head: LineHead;
  titleLength: number;
  key: string;
}

/** Titles longer than this are prose, not headings: their length is not counted further, nor keyed. */
const LONGEST_TITLE = 200;

function codePoints(s: string, max: number): number {
  let n = 0;
  for (let i = 0; i < s.length && n <= max; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) i++;
  }
  return n;
}

export function readingOf(line: TextLine): LineReading {
  if (!line.reading) {
    const head = readLineHead(line.text, line.inLine);
    // a mirror's pinyin glued after its characters (十二、2022年度部門(mén)整體支出績(jī)效自評(píng)情況表, 忙丙 2022) is none of the
    // title's: counted, it made a heading of 20 characters too long to be one
    const title = head.title.includes('(') ? head.title.replace(GLOSS, '') : head.title;
    const titleLength = codePoints(title, LONGEST_TITLE);
    line.reading = { head, titleLength, key: titleLength <= LONGEST_TITLE ? titleKey(head.title) : '' };
  }
  return line.reading;
}

export interface Block {
  start: number;
  end: number;
  lines: TextLine[];
  mdDepth: number;
}

export interface HtmlComment {
  start: number;
  end: number;
  body: string;
  line: number;
}

export interface ParsedDocument {
  blocks: Block[];
  lines: TextLine[];
  comments: HtmlComment[];
  /** Fenced code and HTML blocks: text that is not the report's, where nothing may be inserted. */
  opaque: { start: number; end: number }[];
}

/** How the incremental parser moves each kind of fact parseBlocks reads, when their chunk moves. */
export const BLOCK_SHIFTS: { [K in keyof ParsedDocument]: FactKind<ParsedDocument[K][number]>['shift'] } = {
  blocks(blocks, { chars }: Shift) {
    if (chars === 0) return;
    for (const b of blocks) {
      b.start += chars;
      b.end += chars;
    }
  },
  lines(lines, { chars, lines: n, blocks }: Shift) {
    for (const l of lines) {
      l.start += chars;
      l.end += chars;
      l.lineStart += chars;
      l.line += n;
      l.block += blocks;
    }
  },
  comments(comments, { chars, lines }: Shift) {
    for (const m of comments) {
      m.start += chars;
      m.end += chars;
      m.line += lines;
    }
  },
  opaque(spans, { chars }: Shift) {
    if (chars === 0) return;
    for (const o of spans) {
      o.start += chars;
      o.end += chars;
    }
  },
};

/** Inline constructs are never read (only block structure is), so micromark is told to skip them. */
const INLINE = [
  'attention',
  'autolink',
  'characterEscape',
  'characterReference',
  'codeText',
  'hardBreakEscape',
  'htmlText',
  'labelStartImage',
  'labelStartLink',
  'labelEnd',
];
const processor = unified().use(remarkParse);
processor.data('micromarkExtensions', [{ disable: { null: INLINE } }]);

export function parseBlocks(text: string, index: LineIndex): ParsedDocument {
  const out: ParsedDocument = { blocks: [], lines: [], comments: [], opaque: [] };
  const plain = plainBlocks(text, index);
  if (plain) {
    const { blocks, opaque } = plain;
    for (let i = 0; i < blocks.length; i += 3)
      addBlock(out, text, index, blocks[i] as number, blocks[i + 1] as number, blocks[i + 2] as number);
    for (let i = 0; i < opaque.length; i += 2) out.opaque.push({ start: opaque[i] as number, end: opaque[i + 1] as number });
    return out;
  }
  return remarkBlocks(text, index);
}

/** The blocks as remark-parse reads them: every chunk plainBlocks leaves, and the reference for those it reads. */
export function remarkBlocks(text: string, index: LineIndex): ParsedDocument {
  const tree = processor.parse(text);
  const out: ParsedDocument = { blocks: [], lines: [], comments: [], opaque: [] };
  for (const node of tree.children) visit(node, text, index, out);
  return out;
}

function visit(node: RootContent, text: string, index: LineIndex, out: ParsedDocument): void {
  const pos = node.position;
  if (!pos || pos.start.offset === undefined || pos.end.offset === undefined) return;
  const start = pos.start.offset;
  const end = pos.end.offset;
  switch (node.type) {
    case 'heading':
      addBlock(out, text, index, start, end, node.depth);
      return;
    case 'paragraph':
      addBlock(out, text, index, start, end, 0);
      return;
    case 'code':
      // An indented "code block" in a report is nearly always text indented by accident. Fenced
      // code starts at its fence, in a quote or a list item too (indented code at its indentation).
      if (text.startsWith('```', start) || text.startsWith('~~~', start)) out.opaque.push({ start, end });
      else addBlock(out, text, index, start, end, 0);
      return;
    case 'html':
      collectComments(node.value, start, index, out);
      out.opaque.push({ start, end });
      return;
    case 'list':
    case 'listItem':
    case 'blockquote':
      for (const child of node.children) visit(child, text, index, out);
      return;
    default:
      return; // thematic breaks, definitions: nothing a report rule reads
  }
}

function addBlock(out: ParsedDocument, text: string, index: LineIndex, start: number, end: number, mdDepth: number): void {
  const firstLine = index.lineOf(start);
  const lastLine = index.lineOf(Math.max(start, end - 1));
  const lines: TextLine[] = [];
  const blockNo = out.blocks.length;
  for (let ln = firstLine; ln <= lastLine; ln++) {
    const lineStart = index.lineStart(ln);
    const lineEnd = Math.min(index.lineEnd(ln), ln === lastLine ? Math.max(end, lineStart) : Infinity);
    const line = trimPrefix(text, lineStart, lineEnd, mdDepth > 0);
    if (mdDepth > 0 && ln > firstLine && /^(=+|-+)$/.test(line.text)) continue; // setext underline
    // one literal with every field, so all lines share one hidden class (spread-built ones did not,
    // and every access to them went megamorphic: 25× slower to shift on each keystroke)
    const entry: TextLine = {
      start: line.start,
      end: line.end,
      lineStart,
      text: line.text,
      line: ln,
      mdDepth,
      first: ln === firstLine,
      inLine: false,
      block: blockNo,
      reading: undefined,
      memo: undefined,
    };
    for (const l of mdDepth === 0 ? splitRunIn(entry) : [entry]) {
      lines.push(l);
      out.lines.push(l);
    }
  }
  // kept for the report's life: an array of its own length (one that grew by push holds room for 17)
  const block: Block = { start, end, lines: lines.slice(), mdDepth };
  out.blocks.push(block);
}

/**
 * A line holding numbered items run in after its start (text that lost its line breaks) as one line
 * per item, each at its own offsets and starting where its item does. Items of a run-in outline
 * start paragraphs (so they may be read as headings); items of a list run into a paragraph do not.
 */
function splitRunIn(line: TextLine): TextLine[] {
  // a table row's cells are read as cells: a cell listing an outline (一、单位概况 二、…) holds no headings
  if (line.text.startsWith('|')) return [line];
  const starts = runInStarts(line.text);
  if (starts.length === 0) return [line];
  const opens = holdsOutline(line.text, starts);
  const out: TextLine[] = [];
  const cuts = [0, ...starts, line.text.length];
  for (let i = 0; i + 1 < cuts.length; i++) {
    let s = cuts[i] as number;
    let e = cuts[i + 1] as number;
    while (e > s && SPACE.has(line.text.charCodeAt(e - 1))) e--;
    while (i > 0 && s < e && SPACE.has(line.text.charCodeAt(s))) s++;
    // a literal with every field, as in addBlock (one hidden class for all lines)
    out.push({
      start: line.start + s,
      end: line.start + e,
      lineStart: i === 0 ? line.lineStart : line.start + s,
      text: line.text.slice(s, e),
      line: line.line,
      mdDepth: 0,
      first: i === 0 ? line.first : opens,
      inLine: i > 0,
      block: line.block,
      reading: undefined,
      memo: undefined,
    });
  }
  return out;
}

const SPACE = new Set([32, 9, 0xa0, 0x3000]);

function trimPrefix(text: string, lineStart: number, lineEnd: number, atx: boolean): { start: number; end: number; text: string } {
  let s = lineStart;
  const skipSpace = (): void => {
    while (s < lineEnd && SPACE.has(text.charCodeAt(s))) s++;
  };
  skipSpace();
  while (s < lineEnd && text[s] === '>') {
    s++;
    skipSpace();
  }
  if (atx && text[s] === '#') {
    while (s < lineEnd && text[s] === '#') s++;
    skipSpace();
  } else if ((text[s] === '-' || text[s] === '*' || text[s] === '+') && (text[s + 1] === ' ' || text[s + 1] === '\t')) {
    s += 2;
    skipSpace();
  }
  let e = lineEnd;
  while (e > s && SPACE.has(text.charCodeAt(e - 1))) e--;
  if (atx) {
    let h = e;
    while (h > s && text[h - 1] === '#') h--;
    if (h < e && (h === s || SPACE.has(text.charCodeAt(h - 1)))) {
      e = h;
      while (e > s && SPACE.has(text.charCodeAt(e - 1))) e--;
    }
  }
  return { start: s, end: e, text: text.slice(s, e) };
}

function collectComments(html: string, start: number, index: LineIndex, out: ParsedDocument): void {
  let from = 0;
  for (;;) {
    const open = html.indexOf('<!--', from);
    if (open < 0) return;
    const close = html.indexOf('-->', open + 4);
    if (close < 0) return;
    const s = start + open;
    out.comments.push({ start: s, end: start + close + 3, body: html.slice(open + 4, close).trim(), line: index.lineOf(s) });
    from = close + 3;
  }
}
