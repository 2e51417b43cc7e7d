// Splits a Markdown document into the text lines the report model reads, using remark-parse for the
// block structure (what is a heading, a paragraph, code, an HTML comment). Each line keeps its exact
// source offsets so findings and fixes point at the user's own text.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root, RootContent } from 'mdast';
import { LineIndex } from '../text/line-index.js';
import { titleKey } from '../text/normalize.js';
import { readLineHead, type LineHead } from './markers.js';

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
  block: number;
  /** Memo of readingOf (a property, not a WeakMap: this is read for every line on every keystroke). */
  reading?: LineReading;
  /** Memos of rules that look at every line (pasted-debris, unfilled-blank): see memoOf. */
  memo?: LineMemo;
}

export interface LineMemo {
  web: boolean | undefined;
  openEnd: boolean | undefined;
  blank: boolean | undefined;
}

/** A line's memo, created with every field so all memos share one hidden class. */
export function memoOf(line: TextLine): LineMemo {
  return (line.memo ??= { web: undefined, openEnd: undefined, blank: undefined });
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
    const head = readLineHead(line.text);
    const titleLength = codePoints(head.title, LONGEST_TITLE);
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

/** Inline constructs are never read (only block structure is), so micromark is told to skip them. */
const INLINE = ['attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'hardBreakEscape', 'htmlText', 'labelStartImage', 'labelStartLink', 'labelEnd'];
const processor = unified().use(remarkParse);
processor.data('micromarkExtensions', [{ disable: { null: INLINE } }]);

export function parseBlocks(text: string, index: LineIndex): ParsedDocument {
  const out: ParsedDocument = { blocks: [], lines: [], comments: [], opaque: [] };
  const plain = plainBlocks(text, index);
  if (plain) {
    for (let i = 0; i < plain.length; i += 3) addBlock(out, text, index, plain[i] as number, plain[i + 1] as number, plain[i + 2] as number);
    return out;
  }
  return remarkBlocks(text, index);
}

/** The blocks as remark-parse reads them: every chunk that is not only plain paragraphs and headings, and the reference for those. */
export function remarkBlocks(text: string, index: LineIndex): ParsedDocument {
  const tree = processor.parse(text) as Root;
  const out: ParsedDocument = { blocks: [], lines: [], comments: [], opaque: [] };
  for (const node of tree.children) visit(node, text, index, out);
  return out;
}

/**
 * Most of a report is paragraphs of plain Chinese text under `#` headings, sometimes in `-` lists,
 * where Markdown's block structure is only "lines separated by blank lines, heading lines and list
 * item lines": for a chunk whose every line is one of these, the blocks are found here, as
 * remark-parse would find them (a property test compares the two), without its cost. A paragraph
 * starts after the first line's indentation (a list item's: after its marker) and ends at the end of
 * its last line, trailing spaces included; a heading is its whole line from the first `#`; both end a
 * paragraph above them. Returns [start, end, depth, …] (depth 0: a paragraph), or undefined when any
 * line could be something else (remark-parse then reads the chunk).
 */
export function plainBlocks(text: string, index: LineIndex): number[] | undefined {
  const out: number[] = [];
  let open = -1; // the start of the paragraph being read
  let lastEnd = 0;
  // whose the open paragraph is: a list item's (begun by its marker), the document's (begun at the
  // margin), or not known here (begun indented: perhaps inside a list item above)
  let owner: 'item' | 'top' | 'unknown' = 'top';
  const close = (): void => {
    if (open >= 0) out.push(open, lastEnd, 0);
    open = -1;
  };
  for (let ln = 0; ln < index.lineCount; ln++) {
    const start = index.lineStart(ln);
    const end = index.lineEnd(ln);
    let i = start;
    let tab = false;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 9) tab = true;
      else if (c !== 32) break;
    }
    if (i === end) {
      close(); // a blank line (spaces and tabs only)
      continue;
    }
    // a tab in the indentation (remark measures it in columns) or four spaces (code)
    if (tab || i - start > 3) return undefined;
    const depth = headingDepth(text, i, end);
    if (depth > 0) {
      close();
      out.push(i, end, depth);
      continue;
    }
    const item = bulletContent(text, i, end);
    if (item === UNREAD) return undefined;
    if (item >= 0) {
      // a list item starts a paragraph at its content (remark's list and item around it hold no text)
      close();
      open = item;
      lastEnd = end;
      owner = 'item';
      continue;
    }
    const ordered = orderedItem(text, i, end);
    // an indented one may belong to the list item above, where other rules hold: left to remark
    if (ordered === UNREAD || (ordered !== undefined && i > start)) return undefined;
    if (ordered !== undefined) {
      // a new item, except that a list numbered other than 1 cannot interrupt the document's own
      // paragraph: that line continues it, as remark reads it
      if (open >= 0 && !ordered.one && owner === 'unknown') return undefined;
      if (open < 0 || ordered.one || owner === 'item') {
        close();
        open = ordered.content;
        owner = 'item';
      }
      lastEnd = end;
      continue;
    }
    if (!plainStart(text, i, end)) return undefined;
    if (open < 0) {
      open = i;
      owner = i > start ? 'unknown' : 'top';
    }
    lastEnd = end;
  }
  close();
  return out;
}

/** A line this reader leaves to remark-parse. */
const UNREAD = -2;

/**
 * Where the content of a bullet list item line starting at `i` begins (`- `, `* ` or `+ `, then as
 * itemContent), -1 when the line is not one, or UNREAD when it is one this reader leaves to remark
 * (such as `* * *`, a thematic break).
 */
function bulletContent(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c !== 45 && c !== 42 && c !== 43) return -1;
  return itemContent(text, i + 1, end);
}

/**
 * After a list marker ending at `k`: where the item's content begins (one to four spaces, then plain
 * text), or UNREAD (empty, a tab, code after five spaces, or syntax: a nested list, a heading, a rule).
 */
function itemContent(text: string, k: number, end: number): number {
  let c = k;
  while (c < end && text.charCodeAt(c) === 32) c++;
  const spaces = c - k;
  if (spaces < 1 || spaces > 4 || c === end || text.charCodeAt(c) === 9) return UNREAD;
  return plainStart(text, c, end) ? c : UNREAD;
}

/**
 * An ordered list item line starting at `i` (one to nine digits, `.` or `)`, one to four spaces, plain
 * text): where its content begins and whether it is numbered 1; undefined when the line
 * is not one, UNREAD when it is one this reader leaves to remark (as bulletContent).
 */
function orderedItem(text: string, i: number, end: number): { content: number; one: boolean } | undefined | typeof UNREAD {
  const digits = orderedMarker(text, i, end);
  if (digits === 0) return undefined;
  if (digits > 9 || (digits > 1 && text.charCodeAt(i) === 48)) return UNREAD;
  const content = itemContent(text, i + digits + 1, end);
  return content === UNREAD ? UNREAD : { content, one: digits === 1 && text.charCodeAt(i) === 49 };
}

/** The depth of an ATX heading line starting at `i` (1 to 6 `#` then a space, a tab or the line end), or 0. */
function headingDepth(text: string, i: number, end: number): number {
  let k = i;
  while (k < end && k - i < 7 && text.charCodeAt(k) === 35) k++;
  const depth = k - i;
  return depth >= 1 && depth <= 6 && (k === end || text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) ? depth : 0;
}

/**
 * Characters that can begin Markdown block syntax at a line's start (after up to three spaces):
 * headings, quotes, lists, thematic breaks, setext underlines, fences, HTML and definitions. (A `|`
 * table row is a paragraph line to remark-parse, which reads CommonMark without tables.)
 */
const SYNTAX_START = new Set([...'#>-*+_=`~<['].map((c) => c.charCodeAt(0)));

/** Whether a line starting at `i` starts with plain text: no block syntax, no ordered-list marker (1. or 1) and a space). */
function plainStart(text: string, i: number, end: number): boolean {
  return !SYNTAX_START.has(text.charCodeAt(i)) && orderedMarker(text, i, end) === 0;
}

/**
 * How many digits an ordered-list marker starting at `i` has (digits, `.` or `)`, then a space, a tab
 * or the line end; counted up to ten, one more than a marker may have), or 0 when there is none
 * (2023.5 is text).
 */
function orderedMarker(text: string, i: number, end: number): number {
  let k = i;
  while (k < end && k - i < 10 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
  const digits = k - i;
  const delimiter = text.charCodeAt(k);
  if (digits === 0 || (delimiter !== 46 && delimiter !== 41)) return 0;
  const after = k + 1 < end ? text.charCodeAt(k + 1) : 32;
  return after === 32 || after === 9 ? digits : 0;
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
      // An indented "code block" in a report is nearly always text indented by accident.
      if (!/^[ \t]*(`{3,}|~{3,})/.test(text.slice(index.lineStart(index.lineOf(start)), start + 4)))
        addBlock(out, text, index, start, end, 0);
      else out.opaque.push({ start, end });
      return;
    case 'html':
      collectComments(node.value, start, index, out);
      out.opaque.push({ start, end });
      return;
    case 'list':
    case 'listItem':
    case 'blockquote':
      for (const child of node.children) visit(child as RootContent, text, index, out);
      return;
    default:
      return; // thematic breaks, definitions: nothing a report rule reads
  }
}

function addBlock(out: ParsedDocument, text: string, index: LineIndex, start: number, end: number, mdDepth: number): void {
  const firstLine = index.lineOf(start);
  const lastLine = index.lineOf(Math.max(start, end - 1));
  const block: Block = { start, end, lines: [], mdDepth };
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
      block: blockNo,
      reading: undefined,
      memo: undefined,
    };
    block.lines.push(entry);
    out.lines.push(entry);
  }
  out.blocks.push(block);
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
