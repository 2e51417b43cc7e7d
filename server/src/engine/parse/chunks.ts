// Incremental parsing. The text is cut into chunks at blank lines that cannot be inside a Markdown
// construct (a fence, an HTML comment or block, an indented continuation), and only where a hash of
// the next line's start says so, so chunk boundaries depend on content alone (content-defined
// chunking): after an edit, re-chunking from the edited chunk meets the old boundaries again a few
// paragraphs later, and every chunk outside the edit keeps its parse and its facts, shifted in place.
// A fence opened by an edit simply keeps the scan going until the boundaries agree again: that is the
// fallback to a wider (up to a full) parse when block structure changes.
import { LineIndex } from '../text/line-index.js';
import { ownCopy } from '../text/own-copy.js';
import { BLOCK_SHIFTS, parseBlocks, type Block, type ParsedDocument, type TextLine } from './blocks.js';
import { DATES, type DateMention } from './dates.js';
import { DOC_NUMBERS, type DocNumber } from './doc-numbers.js';
import type { FactKind, Shift } from './fact-kind.js';
import { carryLineMemo } from './line-memo.js';
import { newPicks } from './pick-slots.js';
import { hasNumbers, SENTENCES, type Sentence } from './sentences.js';

/**
 * The kinds of fact read from each block of a chunk, besides the blocks themselves. A new kind is an
 * entry here, in SCANNED and in parseChunk's `scanned` (the compiler asks for each); shifting needs none.
 */
interface ScannedFact {
  sentences: Sentence;
  docNumbers: DocNumber;
  dates: DateMention;
}
const SCANNED: { [K in keyof ScannedFact]: FactKind<ScannedFact[K]> } = { sentences: SENTENCES, docNumbers: DOC_NUMBERS, dates: DATES };
type Scanned = { [K in keyof ScannedFact]: ScannedFact[K][] };

export interface ChunkFacts extends ParsedDocument, Scanned {
  /**
   * The sentences with an amount or a percentage (the same objects): what the number rules read,
   * without a pass over every sentence. In the document's facts this list is replaced, never changed
   * in place, so an edit that touches no such sentence keeps it, and what was worked out from it.
   */
  numbered: Sentence[];
}

/**
 * One chunk's facts, as the rules may read them: the same object while the chunk outlives edits (its
 * facts shifted in place), a new one when the chunk is parsed again. What is worked out from a chunk's
 * facts alone can be kept on the object and moved by how far `start` moved (check.ts).
 */
export interface ChunkView extends Readonly<ChunkFacts> {
  /** Where the chunk starts and ends in the document (its facts' offsets are the document's). */
  readonly start: number;
  readonly end: number;
  /**
   * The chunk's text as parsed (its lines' and sentences' texts are slices of it): a picker tests it once for what every
   * item it takes holds (picked-lines.ts), not each line. It does not move with the chunk: offsets in it are the chunk's.
   */
  readonly source: string;
  /**
   * What each picker (picked-lines.ts) took of the chunk's lines or blocks, by the picker's slot: kept on
   * the chunk (an array read, not a weak map look-up: a keystroke visits every chunk once per picker).
   */
  readonly picks: (readonly number[] | undefined)[];
}

/** The whole document's facts, and where its lines start (for the line index, without a scan of the text). */
export interface DocumentFacts extends Omit<ChunkFacts, 'numbered'> {
  /** Replaced when it changes, never changed in place (see ChunkFacts.numbered): readonly to its readers. */
  numbered: readonly Sentence[];
  lineStarts: number[];
  /** The chunks, in text order: a new list after every edit, of the surviving chunk objects and the new ones. */
  chunks: readonly ChunkView[];
}

interface Chunk extends ChunkFacts {
  source: string;
  picks: (readonly number[] | undefined)[];
  /** Line starts relative to the chunk's start, without one at its very end (the next chunk's first). */
  lineStarts: number[];
  start: number;
  end: number;
  firstLine: number;
  lineCount: number;
  blockBase: number;
}

/**
 * One boundary in this many eligible blank lines, on average. A keystroke parses and checks its chunk again: 2 (not 4)
 * halves that (25 KB keystroke p50 78 % of 4's) for twice the chunks (the generated 1 MB report: about 1,100), whose
 * whole-report visits cost about what the smaller chunk saves there (1 MB keystroke p50 100 %, opening 106 %).
 */
const SPREAD = 2;
/**
 * The same for a text checked once (the CLI: no parser kept for a next version, nothing parsed again): each chunk costs
 * its parse and a visit by every picker (picked-lines.ts), run cold, and a small chunk saves nothing there. 4 (the
 * spread before keystrokes asked for 2): 50 generated 25 KB reports checked in one fresh engine, 950 → 900 ms CPU.
 */
const ONCE_SPREAD = 4;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTML_OPEN = /^ {0,3}<(!--|script|pre|style|textarea)/i;

/** A hash of the start of the line at `at` (never past its end: the next line may be edited). */
function hash(text: string, at: number): number {
  let h = 2166136261;
  const end = Math.min(text.length, at + 16);
  for (let i = at; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    h = Math.imul(h ^ c, 16777619);
  }
  return h >>> 0;
}

/** Blank as Markdown sees it: spaces and tabs only (a line of U+3000 is a paragraph). */
const BLANK = /^[ \t]*\r?\n?$/;

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl + 1;
}

/**
 * The next chunk boundary at or after `from` (a line start, outside any open construct), or the text
 * length. `from` must itself be a boundary or the text start, where nothing is open.
 */
export function nextBoundary(text: string, from: number, spread = SPREAD): number {
  let pos = from;
  let fence: string | undefined; // the opening fence run while inside a fenced block
  let html: string | undefined; // the closing marker while inside an HTML comment or raw block
  let prevBlank = false;
  let first = true;
  while (pos < text.length) {
    const end = lineEnd(text, pos);
    const line = text.slice(pos, Math.min(end, pos + 200)); // a line's first 200 characters decide
    const blank = BLANK.test(line);
    if (
      !first &&
      prevBlank &&
      !blank &&
      fence === undefined &&
      html === undefined &&
      !/^( {4}|\t)/.test(line) &&
      hash(text, pos) % spread === 0
    ) {
      return pos;
    }
    first = false;
    if (fence !== undefined) {
      const m = FENCE.exec(line);
      if (m && m[1] && m[1][0] === fence[0] && m[1].length >= fence.length && line.trim() === m[1]) fence = undefined;
    } else if (html !== undefined) {
      if (text.slice(pos, end).toLowerCase().includes(html)) html = undefined;
    } else {
      const f = FENCE.exec(line);
      const h = HTML_OPEN.exec(line);
      if (f && f[1]) fence = f[1];
      else if (h && h[1]) {
        const closer = h[1] === '!--' ? '-->' : `</${h[1].toLowerCase()}>`;
        if (
          !text
            .slice(pos + h[0].length, end)
            .toLowerCase()
            .includes(closer)
        )
          html = closer;
      }
    }
    prevBlank = blank;
    pos = end;
  }
  return text.length;
}

function parseChunk(text: string, start: number, end: number, firstLine: number, blankUntil: number, withFacts: boolean): Chunk {
  // its own copy, not a view into the document: what is sliced from it must not keep this version of the document
  let source = ownCopy(text, start, end);
  // micromark skips a leading byte order mark and counts its offsets without it: keep the
  // offsets ours by making the BOM a space
  if (source.charCodeAt(0) === 0xfeff) source = ` ${source.slice(1)}`;
  if (blankUntil > start) {
    const n = Math.min(blankUntil, end) - start;
    source = source.slice(0, n).replace(/[^\r\n]/g, ' ') + source.slice(n);
  }
  const index = new LineIndex(source);
  const parsed = parseBlocks(source, index);
  // facts are not wanted above the size limit: the outline only
  const scan = <K extends keyof ScannedFact>(kind: K): ScannedFact[K][] => (withFacts ? SCANNED[kind].scan(source, parsed.blocks) : []);
  const scanned: Scanned = { sentences: scan('sentences'), docNumbers: scan('docNumbers'), dates: scan('dates') };
  const facts: ChunkFacts = { ...parsed, ...scanned, numbered: scanned.sentences.filter(hasNumbers) };
  const lineStarts = index.starts[index.starts.length - 1] === source.length ? index.starts.slice(0, -1) : index.starts;
  const chunk: Chunk = {
    ...facts,
    lineStarts,
    start: 0,
    end: end - start,
    firstLine: 0,
    // its line breaks as the line index counts them (a lone \r is one, as in the document's line starts): counting \n
    // alone put every line after a chunk holding a lone \r one line too early, and a boundary moved that error about
    lineCount: index.starts.length - 1,
    blockBase: 0,
    source,
    picks: newPicks(),
  };
  shiftChunk(chunk, start, firstLine, 0);
  return chunk;
}

/**
 * Moves a chunk's facts by `delta` characters, `lines` lines and `blocks` block indexes, in place:
 * each kind moves its own (`numbered` holds the same objects as `sentences`, moved with them).
 */
function shiftChunk(c: Chunk, delta: number, lines: number, blocks: number): void {
  c.start += delta;
  c.end += delta;
  c.firstLine += lines;
  c.blockBase += blocks;
  if (delta === 0 && lines === 0 && blocks === 0) return;
  const by: Shift = { chars: delta, lines, blocks };
  for (const kind of BLOCK_KINDS) shiftBlockKind(c, kind, by);
  for (const kind of SCANNED_KINDS) shiftScannedKind(c, kind, by);
}

/**
 * The chunks after an edit, each moved (a thousand in a 1 MB report typed into near its start): the loop kept out of
 * `update`, which runs once per keystroke and was compiled by V8, at a cost, for this loop alone.
 */
function shiftChunks(chunks: readonly Chunk[], delta: number, lines: number): void {
  for (const c of chunks) shiftChunk(c, delta, lines, 0);
}

function shiftBlockKind<K extends keyof ParsedDocument>(c: Chunk, kind: K, by: Shift): void {
  BLOCK_SHIFTS[kind](c[kind], by);
}

function shiftScannedKind<K extends keyof ScannedFact>(c: Scanned, kind: K, by: Shift): void {
  SCANNED[kind].shift(c[kind], by);
}

const BLOCK_KINDS = Object.keys(BLOCK_SHIFTS) as (keyof ParsedDocument)[];
const SCANNED_KINDS = Object.keys(SCANNED) as (keyof typeof SCANNED)[];

/**
 * A chunk parsed again keeps the sentences with numbers it had where their paragraph is unchanged:
 * the old objects, moved to their new place, stand in for the new ones. A sentence's facts depend on
 * its text alone, and the number rules keep their work on these objects and on the list of them (an
 * edit in another paragraph of the chunk then leaves the budget statements and rates as they were).
 * The whole paragraph must be the same, not only the sentence: statements are read per paragraph,
 * and splitting one after a sentence keeps that sentence's text.
 */
function keepNumbered(removed: Chunk[], parsed: Chunk[], oldText: string, newText: string): void {
  const where = (c: Chunk, s: Sentence, text: string): string => {
    const b = c.blocks[s.block - c.blockBase] as Block;
    return `${s.start - b.start}\u0000${text.slice(b.start, b.end)}`;
  };
  const old = new Map<string, Sentence>();
  for (const c of removed) for (const s of c.numbered) old.set(where(c, s, oldText), s);
  if (old.size === 0) return;
  for (const c of parsed) {
    let j = 0;
    for (let i = 0; i < c.sentences.length; i++) {
      const s = c.sentences[i] as Sentence;
      if (s !== c.numbered[j]) continue;
      const key = where(c, s, newText);
      const was = old.get(key);
      if (was) {
        old.delete(key);
        SENTENCES.shift([was], { chars: s.start - was.start, lines: 0, blocks: s.block - was.block });
        c.sentences[i] = was;
        c.numbered[j] = was;
      }
      j++;
    }
  }
}

/**
 * A chunk parsed again gives new line objects, and what was worked out from a line's text alone — its
 * heading reading, the rules' line memos (line-memo.ts) — would be worked out again for every line of
 * the chunk on a keystroke in one of them. A new line takes it over from an old line of the same text.
 */
function keepLineReadings(removed: Chunk[], parsed: Chunk[]): void {
  const old = new Map<string, TextLine>();
  for (const c of removed) for (const l of c.lines) if (l.reading || l.memo) old.set(l.text, l);
  if (old.size === 0) return;
  for (const c of parsed) {
    for (const l of c.lines) {
      const was = old.get(l.text);
      if (!was) continue;
      // a run-in item's title may end at a comma or a space (blocks.ts): its reading depends on that too
      if (was.inLine === l.inLine) l.reading = was.reading;
      carryLineMemo(was, l);
    }
  }
}

/** Compared in blocks with the engine's native string equality, then character by character. */
const STRIDE = 4096;

function commonPrefix(a: string, b: string, max: number): number {
  let n = 0;
  while (n + STRIDE <= max && a.slice(n, n + STRIDE) === b.slice(n, n + STRIDE)) n += STRIDE;
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

function commonSuffix(a: string, b: string, max: number): number {
  let n = 0;
  while (n + STRIDE <= max && a.slice(a.length - n - STRIDE, a.length - n) === b.slice(b.length - n - STRIDE, b.length - n)) n += STRIDE;
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/**
 * Keeps a document's chunks between versions. `update` re-parses only the chunks an edit touched
 * (found by comparing the old and new text from both ends) and returns the whole document's facts.
 */
export class IncrementalParser {
  private chunks: Chunk[] = [];
  private text = '';
  private blankUntil = 0;
  private withFacts = true;
  /** The facts returned last: kept and updated in place by the next edit. */
  private facts: DocumentFacts | undefined;
  /** Whether the facts' line starts end with the empty line after a last line break. */
  private endEntry = false;
  /** Chunks parsed by the last update (for tests and benchmarks). */
  lastParsed = 0;
  /** How many updates were made: a reader keeping what it read of one version knows the next by `updates + 1`. */
  updates = 0;
  /**
   * What the last update changed of the text before it: [prefix, oldEnd) of the old text became [prefix, newEnd) of
   * the new; undefined when it read the text from scratch. For a reader that works out what stands outside the edit.
   */
  lastEdit: { prefix: number; oldEnd: number; newEnd: number } | undefined = undefined;
  private readonly spread: number;

  /** `once`: the text will not be edited and checked again (see ONCE_SPREAD); the facts are the same either way. */
  constructor(once = false) {
    this.spread = once ? ONCE_SPREAD : SPREAD;
  }

  update(text: string, blankUntil: number, withFacts = true): DocumentFacts {
    if (blankUntil !== this.blankUntil || withFacts !== this.withFacts) {
      this.chunks = []; // the front matter changed, or facts are now (not) wanted: start over
      this.blankUntil = blankUntil;
      this.withFacts = withFacts;
    }
    const old = this.text;
    this.text = text;
    this.lastParsed = 0;
    this.updates++;
    this.lastEdit = undefined;
    if (this.chunks.length === 0 || !this.facts) {
      this.chunks = this.parseFrom(text, 0, 0, [], 0);
      return this.collect();
    }
    // the edited region: [prefix, old.length - suffix) in the old text
    const min = Math.min(old.length, text.length);
    const prefix = commonPrefix(old, text, min);
    const suffix = commonSuffix(old, text, min - prefix);
    this.lastEdit = { prefix, oldEnd: old.length - suffix, newEnd: text.length - suffix };
    if (prefix === old.length && prefix === text.length) return this.facts;
    const delta = text.length - old.length;
    const oldEditEnd = old.length - suffix;

    // first chunk touched: the one holding the edit start (an edit at a boundary touches the chunk before it)
    let first = this.chunks.findIndex((c) => c.end >= prefix);
    if (first < 0) first = this.chunks.length - 1;
    // an edit on a chunk's first line can change whether a boundary stands there: start one earlier
    if (first > 0) {
      const start = (this.chunks[first] as Chunk).start;
      const firstLineEnd = old.indexOf('\n', start);
      if (prefix <= (firstLineEnd < 0 ? old.length : firstLineEnd)) first--;
    }
    const keep = this.chunks.slice(0, first);
    const startAt = (this.chunks[first] as Chunk).start;
    const firstLine = (this.chunks[first] as Chunk).firstLine;
    // old chunks after the edit, by their start in the new text: where re-chunking can stop
    const after = this.chunks.slice(first).filter((c) => c.start >= oldEditEnd && c.start > startAt);
    const parsed = this.parseFrom(text, startAt, firstLine, after, delta);
    const last = parsed.length > 0 ? (parsed[parsed.length - 1] as Chunk).end : startAt;
    const rest = after.filter((c) => c.start + delta >= last);
    const newLineAt =
      parsed.length > 0 ? (parsed[parsed.length - 1] as Chunk).firstLine + (parsed[parsed.length - 1] as Chunk).lineCount : firstLine;
    const lineDelta = rest.length > 0 ? newLineAt - (rest[0] as Chunk).firstLine : 0;
    shiftChunks(rest, delta, lineDelta);
    const removed = this.chunks.slice(first, this.chunks.length - rest.length);
    if (this.withFacts) keepNumbered(removed, parsed, old, text);
    keepLineReadings(removed, parsed);
    this.chunks = [...keep, ...parsed, ...rest];
    return this.splice(keep, removed, parsed, delta);
  }

  /**
   * Parses chunks from `pos` until a boundary meets an old chunk of `after` (old chunks after the edit, in text order,
   * moved by `delta`), which can take over; to the end with none. Data, not a stop test passed in: the opening and the
   * keystrokes calling two closures here made V8 throw away this function's optimised code on the first keystroke.
   */
  private parseFrom(text: string, pos: number, line: number, after: readonly Chunk[], delta: number): Chunk[] {
    const out: Chunk[] = [];
    // the boundaries parsed come in text order, as `after` does: a cursor over it, not a map of every chunk after the
    // edit on every keystroke (about a thousand in a 1 MB report typed into near its start)
    let next = 0;
    while (pos < text.length) {
      const end = nextBoundary(text, pos, this.spread);
      const chunk = parseChunk(text, pos, end, line, this.blankUntil, this.withFacts);
      out.push(chunk);
      this.lastParsed++;
      line += chunk.lineCount;
      pos = end;
      while (next < after.length && (after[next] as Chunk).start + delta < pos) next++;
      if (next < after.length && (after[next] as Chunk).start + delta === pos) break;
    }
    return out;
  }

  /** The whole document's facts, gathered from every chunk (after the first parse). */
  private collect(): DocumentFacts {
    const out: DocumentFacts = {
      blocks: [],
      lines: [],
      comments: [],
      opaque: [],
      sentences: [],
      numbered: [],
      docNumbers: [],
      dates: [],
      lineStarts: [],
      chunks: this.chunks,
    };
    this.numberBlocks();
    for (const c of this.chunks) for (const kind of KINDS) for (const x of c[kind]) (out[kind] as unknown[]).push(x);
    out.lineStarts = this.lineStarts();
    this.facts = out;
    return out;
  }

  /**
   * After an edit: the facts of the chunks parsed again replace those of the chunks they replace, in
   * place, so a keystroke does not copy every line, sentence and amount of a large document.
   */
  private splice(keep: Chunk[], removed: Chunk[], parsed: Chunk[], delta: number): DocumentFacts {
    const out = this.facts as DocumentFacts;
    out.chunks = this.chunks;
    this.numberBlocks();
    const before = countsOf(keep);
    const gone = countsOf(removed);
    for (const kind of KINDS) {
      const items: unknown[] = [];
      for (const c of parsed) for (const x of c[kind]) items.push(x);
      const at = before[kind];
      const count = gone[kind];
      if (kind === 'numbered') {
        // a new list only when it changes: what is worked out from it is kept while it is the same object
        const same = count === items.length && items.every((x, i) => x === out.numbered[at + i]);
        if (!same) out.numbered = [...out.numbered.slice(0, at), ...(items as Sentence[]), ...out.numbered.slice(at + count)];
      } else replaceRange(out[kind] as unknown[], at, count, items);
    }
    // line starts the same way; those after the edit move by its length
    const starts = out.lineStarts;
    if (this.endEntry) starts.pop(); // put back below if the new text still ends a line
    const at = before.lineStarts;
    const items: number[] = [];
    for (const c of parsed) for (const s of c.lineStarts) items.push(c.start + s);
    replaceRange(starts, at, gone.lineStarts, items);
    for (let i = at + items.length; i < starts.length; i++) (starts[i] as number) += delta;
    this.endLineStart(starts);
    return out;
  }

  /** Block indexes run on across chunks: a chunk whose first block moved is renumbered. */
  private numberBlocks(): void {
    let base = 0;
    for (const c of this.chunks) {
      if (c.blockBase !== base) shiftChunk(c, 0, 0, base - c.blockBase);
      base += c.blocks.length;
    }
  }

  private lineStarts(): number[] {
    const starts: number[] = [];
    for (const c of this.chunks) for (const s of c.lineStarts) starts.push(c.start + s);
    this.endLineStart(starts);
    return starts;
  }

  /** A last line break starts one more (empty) line, as LineIndex counts them: its start is the text's end. */
  private endLineStart(starts: number[]): void {
    const last = this.text.charCodeAt(this.text.length - 1);
    this.endEntry = starts.length === 0 || last === 10 || last === 13;
    if (this.endEntry) starts.push(this.text.length);
  }
}

const KINDS = ['blocks', 'lines', 'comments', 'opaque', 'sentences', 'numbered', 'docNumbers', 'dates'] as const;

/**
 * How many facts of each kind the chunks hold together: where theirs start or end in the document's lists. One pass
 * reading each kind by name (the chunks before a keystroke: a thousand in 1 MB, not one pass per kind by a key).
 */
function countsOf(chunks: Chunk[]): Record<(typeof KINDS)[number] | 'lineStarts', number> {
  const n = { blocks: 0, lines: 0, comments: 0, opaque: 0, sentences: 0, numbered: 0, docNumbers: 0, dates: 0, lineStarts: 0 };
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i] as Chunk;
    n.blocks += c.blocks.length;
    n.lines += c.lines.length;
    n.comments += c.comments.length;
    n.opaque += c.opaque.length;
    n.sentences += c.sentences.length;
    n.numbered += c.numbered.length;
    n.docNumbers += c.docNumbers.length;
    n.dates += c.dates.length;
    n.lineStarts += c.lineStarts.length;
  }
  return n;
}

/** `arr.splice(at, count, ...items)` without passing a large `items` as arguments (the stack has a limit). */
function replaceRange(arr: unknown[], at: number, count: number, items: unknown[]): void {
  if (items.length <= 10_000) {
    arr.splice(at, count, ...items);
    return;
  }
  const tail = arr.slice(at + count);
  arr.length = at;
  for (const x of items) arr.push(x);
  for (const x of tail) arr.push(x);
}
