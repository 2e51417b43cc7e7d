// The block structure of the Markdown reports are written in, read without remark-parse: paragraphs,
// ATX headings, fenced code, block quotes and lists, nested in any way, as CommonMark reads them (a
// property test compares the two: test/unit/plain-blocks.test.ts). remark-parse takes about ten
// microseconds a character, a gigabyte for a megabyte of unclosed fence, and time quadratic in the
// number of list items nested without a blank line; this reads a line in one pass. A line it does not
// know for certain (a tab before the text, indented code, HTML, a setext underline or a thematic
// break, a link definition, an empty list item) makes it answer undefined: remark-parse reads the
// chunk then.
import type { LineIndex } from '../text/line-index.js';

/** What plainBlocks finds: [start, end, depth, …] (depth 0: a paragraph) and the fenced code [start, end, …]. */
export interface PlainBlocks {
  blocks: number[];
  opaque: number[];
}

/**
 * An open container on the stack: a block quote, or a list item's width (how far its content is
 * indented from where its container's content begins: lines indented as far go on in it).
 */
const QUOTE = -1;

/** An open fenced code block: its fence character and length, where it starts, and its end so far. */
interface Fence {
  char: number;
  length: number;
  start: number;
  end: number;
}

const SPACE = 32;
const TAB = 9;
const GT = 62;
const BACKTICK = 96;
const TILDE = 126;

/**
 * Characters that can begin Markdown block syntax at a line's start (after up to three spaces):
 * headings, quotes, lists, thematic breaks, setext underlines, fences, HTML and definitions. (A `|`
 * table row is a paragraph line to remark-parse, which reads CommonMark without tables.)
 */
const SYNTAX_START = new Set([...'#>-*+_=`~<['].map((c) => c.charCodeAt(0)));

/**
 * Thrown inside the reader when a line is not one it knows: the chunk goes to remark-parse. Made once,
 * so a throw captures no stack; an Error, so nothing that catches it elsewhere mistakes it for a value.
 */
const UNREAD = new Error('a line plainBlocks does not read');

export function plainBlocks(text: string, index: LineIndex): PlainBlocks | undefined {
  try {
    return read(text, index);
  } catch (e) {
    if (e === UNREAD) return undefined;
    throw e;
  }
}

function read(text: string, index: LineIndex): PlainBlocks {
  const blocks: number[] = [];
  const opaque: number[] = [];
  const stack: number[] = [];
  let para = -1; // the start of the open paragraph
  let paraEnd = 0;
  let fence: Fence | undefined;
  const closeLeaf = (): void => {
    if (para >= 0) blocks.push(para, paraEnd, 0);
    para = -1;
    if (fence) opaque.push(fence.start, fence.end);
    fence = undefined;
  };

  for (let ln = 0; ln < index.lineCount; ln++) {
    const ls = index.lineStart(ln);
    const le = index.lineEnd(ln);
    // 1. the open containers this line continues
    let pos = ls;
    let matched = 0;
    for (; matched < stack.length; matched++) {
      const indent = stack[matched] as number;
      const first = firstNonSpace(text, pos, le);
      if (first === -1) throw UNREAD; // a tab: columns counted remark-parse's way
      if (indent === QUOTE) {
        if (first - pos > 3 || text.charCodeAt(first) !== GT) break;
        pos = afterQuoteMarker(text, first, le);
      } else if (first === le) {
        pos = le; // a blank line stays in a list item
      } else {
        if (first - pos < indent) break;
        pos += indent;
      }
    }
    let first = firstNonSpace(text, pos, le);
    // 2. in a fenced code block whose containers all go on: a line of code, or its closing fence.
    // Code closed by its containers, or by the end of the text, ends with its last line.
    if (fence && matched === stack.length) {
      fence.end = le;
      if (first !== -1 && first !== le && first - pos <= 3 && closesFence(text, first, le, fence)) closeLeaf();
      continue;
    }
    if (first === -1) throw UNREAD; // a tab before the text
    let codeClosed = -1; // where in `opaque` the end of code closed by this line is
    // 3. a line that leaves some containers: a paragraph's lazy continuation, or they close
    if (matched < stack.length) {
      if (para >= 0 && first !== le && (first - pos > 3 || continuesParagraph(text, first, le))) {
        paraEnd = le;
        continue;
      }
      // code these containers held ends with its last line, or, when this line opens a container,
      // with its line break (as remark-parse has it)
      if (fence) codeClosed = opaque.length + 1;
      closeLeaf();
      stack.length = matched;
    }
    // 4. new containers: quotes and list items, as many as the line opens
    // a line that goes on in an open paragraph's containers interrupts it with every container it
    // opens, and an ordered item not numbered 1 cannot interrupt: it is text then
    const interrupting = para >= 0;
    let textOnly = false;
    for (;;) {
      if (first === le || first - pos > 3) break;
      if (text.charCodeAt(first) === GT) {
        closeLeaf();
        if (codeClosed >= 0) opaque[codeClosed] = ls;
        stack.push(QUOTE);
        pos = afterQuoteMarker(text, first, le);
        first = firstNonSpace(text, pos, le);
        if (first === -1) throw UNREAD;
        continue;
      }
      if (thematicBreak(text, first, le)) throw UNREAD;
      const item = listItem(text, first, le);
      if (item === undefined) break;
      if (interrupting && !item.interrupts) {
        textOnly = true;
        break;
      }
      closeLeaf();
      if (codeClosed >= 0) opaque[codeClosed] = ls;
      stack.push(item.content - pos);
      pos = item.content;
      first = item.content;
    }
    // 5. what the line holds inside its containers
    if (first === le) {
      closeLeaf(); // a blank line
      continue;
    }
    if (textOnly || (para >= 0 && (first - pos > 3 || continuesParagraph(text, first, le)))) {
      if (para < 0) para = first;
      paraEnd = le;
      continue;
    }
    if (first - pos > 3) throw UNREAD; // indented code
    const depth = headingDepth(text, first, le);
    if (depth > 0) {
      closeLeaf();
      blocks.push(first, le, depth);
      continue;
    }
    const opens = fenceAt(text, first, le);
    if (opens) {
      closeLeaf();
      fence = { ...opens, start: first, end: le };
      continue;
    }
    if (!plainStart(text, first, le)) throw UNREAD;
    if (para < 0) para = first;
    paraEnd = le;
  }
  closeLeaf();
  return { blocks, opaque };
}

/** The first character at or after `from` that is not a space, `end` on a blank line, -1 when a tab comes first. */
function firstNonSpace(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && text.charCodeAt(i) === SPACE) i++;
  if (i < end && text.charCodeAt(i) === TAB) {
    // a tab on a blank line does no harm; before text it counts columns remark-parse's way
    let k = i;
    while (k < end && (text.charCodeAt(k) === SPACE || text.charCodeAt(k) === TAB)) k++;
    return k === end ? end : -1;
  }
  return i;
}

/** After a `>` at `at`: past one following space (a tab there is left to remark-parse). */
function afterQuoteMarker(text: string, at: number, end: number): number {
  const next = text.charCodeAt(at + 1);
  if (at + 1 < end && next === TAB) throw UNREAD;
  return at + 1 < end && next === SPACE ? at + 2 : at + 1;
}

/**
 * Whether a line whose text starts at `i` goes on with an open paragraph rather than start a block:
 * plain text. (An ordered item not numbered 1 cannot interrupt a paragraph in the containers it
 * continues: the caller sees to that; on a line that leaves containers, it starts a list.) Syntax
 * that could be either (a setext underline, HTML) is left to remark-parse.
 */
function continuesParagraph(text: string, i: number, end: number): boolean {
  if (plainStart(text, i, end)) return true;
  if (listItem(text, i, end)) return false;
  const c = text.charCodeAt(i);
  if (c === GT || headingDepth(text, i, end) > 0 || fenceAt(text, i, end) || thematicBreak(text, i, end)) return false;
  throw UNREAD;
}

/**
 * A list item marker at `i` (`-`, `*`, `+`, or one to nine digits and `.` or `)`, then one to four
 * spaces and text): where its content begins, and whether it may interrupt a paragraph (a bullet, or
 * an ordered item numbered 1). Undefined when the line is not one; an empty item, or code after five
 * spaces, is left to remark-parse.
 */
function listItem(text: string, i: number, end: number): { content: number; interrupts: boolean } | undefined {
  const c = text.charCodeAt(i);
  let k: number;
  let interrupts = true;
  if (c === 45 || c === 42 || c === 43) k = i + 1;
  else {
    const digits = orderedMarker(text, i, end);
    if (digits === 0) return undefined;
    if (digits > 9) throw UNREAD;
    k = i + digits + 1;
    interrupts = digits === 1 && text.charCodeAt(i) === 49;
  }
  let s = k;
  while (s < end && text.charCodeAt(s) === SPACE) s++;
  if (s === k) {
    if (k === end || text.charCodeAt(k) === TAB) throw UNREAD; // an empty item, or a tab after the marker
    return undefined; // -文字, 2023.5
  }
  if (s === end || s - k > 4 || text.charCodeAt(s) === TAB) throw UNREAD;
  return { content: s, interrupts };
}

/** Three or more `-`, `*` or `_` alone on a line, spaces between: a thematic break. */
function thematicBreak(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 45 && c !== 42 && c !== 95) return false;
  let n = 0;
  for (let k = i; k < end; k++) {
    const d = text.charCodeAt(k);
    if (d === c) n++;
    else if (d !== SPACE && d !== TAB) return false;
  }
  return n >= 3;
}

/** An opening code fence at `i`: three or more backticks (none after them) or tildes. */
function fenceAt(text: string, i: number, end: number): { char: number; length: number } | undefined {
  const c = text.charCodeAt(i);
  if (c !== BACKTICK && c !== TILDE) return undefined;
  let k = i;
  while (k < end && text.charCodeAt(k) === c) k++;
  if (k - i < 3) return undefined;
  // a backtick in the info string: not a fence (inline code), left to remark-parse
  if (c === BACKTICK) for (let j = k; j < end; j++) if (text.charCodeAt(j) === BACKTICK) throw UNREAD;
  return { char: c, length: k - i };
}

/** A closing fence at `i`: the fence's character, at least as many, then only spaces and tabs. */
function closesFence(text: string, i: number, end: number, fence: Fence): boolean {
  let k = i;
  while (k < end && text.charCodeAt(k) === fence.char) k++;
  if (k - i < fence.length) return false;
  while (k < end && (text.charCodeAt(k) === SPACE || text.charCodeAt(k) === TAB)) k++;
  return k === end;
}

/** The depth of an ATX heading line starting at `i` (1 to 6 `#` then a space, a tab or the line end), or 0. */
function headingDepth(text: string, i: number, end: number): number {
  let k = i;
  while (k < end && k - i < 7 && text.charCodeAt(k) === 35) k++;
  const depth = k - i;
  return depth >= 1 && depth <= 6 && (k === end || text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) ? depth : 0;
}

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
