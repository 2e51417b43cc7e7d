// The few lines (or blocks) of a report a test takes (a number at the start, a 截至 phrase, empty
// brackets, a 自评表's header cell), kept per chunk: a reader asked for the whole report on every
// keystroke visits those without a pass over every line of it. A chunk that outlives an edit keeps its
// lines and blocks (the same objects, shifted in place: chunks.ts), so what a test took from them
// stands; only the chunks parsed again are tested again.
import type { Block, TextLine } from './blocks.js';
import type { ChunkView } from './chunks.js';
import { newPickSlot } from './pick-slots.js';
import type { Sentence } from './sentences.js';

/** What is visited: `at` is the item's index in the report's lines (or blocks): the chunks' own, in order. */
export type Visit<T> = (item: T, at: number) => void;

/** What a picker took of most chunks: nothing (one list for all of them). */
const NONE: readonly number[] = Object.freeze([]);

type Pick<T> = (chunks: readonly ChunkView[], visit: Visit<T>, text?: string) => void;

/** The kinds of item a picker takes: a chunk's lines, blocks or sentences with numbers. */
type Kind = 0 | 1 | 2;

/** A chunk's items of a kind: read by name, not through a function per kind (one call site, three targets). */
function itemsOf(chunk: ChunkView, kind: Kind): readonly unknown[] {
  return kind === 0 ? chunk.lines : kind === 1 ? chunk.blocks : chunk.numbered;
}

/** A list of chunks this short is scanned whole (a chunk's own view, chunkReport): nothing to keep between lists. */
const SHORT = 4;

/**
 * How a list of chunks differs from the list before it (one keystroke: the chunks parsed again between a run kept
 * at the start and a run kept at the end, the same objects): `same` and `tail` chunks at the start and at the end are
 * the same objects in both. Worked out once per pair for all the pickers: the last pair is kept.
 *
 * Held strongly, not through a WeakRef: a WeakRef keeps its target alive to the end of the current job whenever it
 * is made or read, so a caller checking text after text in one synchronous loop (a script, a test, the bench's
 * keystrokes) kept every version of every report it checked, and each collection had more to mark. A strong
 * reference holds one list (two here) until the next check replaces it.
 */
let lastDiff: { from: readonly ChunkView[]; to: readonly ChunkView[]; same: number; tail: number } | undefined;

/**
 * How `to` differs from `from`: `same` chunks at the start and `tail` at the end are the same objects in both (see
 * lastDiff). For a reader that keeps what it worked out of a list's chunks and carries it to the next list.
 */
export function chunkDiff(from: readonly ChunkView[], to: readonly ChunkView[]): { same: number; tail: number } {
  return diffOf(from, to);
}

function diffOf(from: readonly ChunkView[], to: readonly ChunkView[]): { same: number; tail: number } {
  if (lastDiff?.to === to && lastDiff.from === from) return lastDiff;
  const max = Math.min(from.length, to.length);
  let same = 0;
  while (same < max && from[same] === to[same]) same++;
  let tail = 0;
  while (tail < max - same && from[from.length - 1 - tail] === to[to.length - 1 - tail]) tail++;
  lastDiff = { from, to, same, tail };
  return lastDiff;
}

/** For a list of chunks, by kind: how many items come before each chunk (worked out once per list for all pickers). */
const bases = new WeakMap<readonly ChunkView[], (Int32Array | undefined)[]>();
/**
 * By kind, the last list's offsets: the next list (a keystroke) takes over those of the chunks kept at its start, and
 * those of the chunks kept at its end moved by how many items the chunks parsed again added; only the chunks parsed
 * again are asked for their items. Held strongly, as lastDiff's lists are.
 */
const lastBases: ({ chunks: readonly ChunkView[]; out: Int32Array } | undefined)[] = [];

function basesOf(chunks: readonly ChunkView[], kind: Kind): Int32Array {
  let byKind = bases.get(chunks);
  if (!byKind) bases.set(chunks, (byKind = []));
  let out = byKind[kind];
  if (!out) {
    out = byKind[kind] = new Int32Array(chunks.length);
    const last = lastBases[kind];
    const { same, tail } = last ? diffOf(last.chunks, chunks) : { same: 0, tail: 0 };
    if (last && same > 0) out.set(last.out.subarray(0, same));
    let base = same === 0 ? 0 : (out[same - 1] as number) + itemsOf(chunks[same - 1] as ChunkView, kind).length;
    for (let c = same; c < chunks.length - tail; c++) {
      out[c] = base;
      base += itemsOf(chunks[c] as ChunkView, kind).length;
    }
    if (last && tail > 0) {
      const from = last.chunks.length - tail;
      const by = base - (last.out[from] as number);
      for (let c = chunks.length - tail, k = from; c < chunks.length; c++, k++) out[c] = (last.out[k] as number) + by;
    }
    lastBases[kind] = { chunks, out };
  }
  return out;
}

/**
 * A declared test and what it took (see picker). One class for every picker, not closures made per picker: closures of
 * one function share its optimised code, and a path first run on a keystroke (the hits kept before and after the
 * chunks parsed again) threw that code away once per picker that reached it, each going back to the interpreter.
 */
class Picker {
  readonly kind: Kind;
  private readonly take: (item: unknown, text: string) => boolean;
  /** A wider picker whose items alone are tested. */
  private readonly within: Picker | undefined;
  private readonly needs: Needs | undefined;
  /** The picker's slot in each chunk's `picks`: the indexes of the items taken, in the chunk's items. */
  private readonly slot: number;
  /**
   * The indexes taken from a chunk gather here and are kept as a copy of their own size: a list grown by push holds
   * room for about sixteen more, and a 1 MB report keeps seven thousand of them (the picker's own: `take` may ask others).
   */
  private readonly taken: number[] = [];
  /**
   * The chunks of the last list asked where the test took something (their indexes in it): after a keystroke only the
   * chunks parsed again are looked at, not every chunk once per picker (fifty pickers, 500 chunks in 1 MB). The list is
   * held strongly, as lastDiff's are: one list per picker until the next check asks with another.
   */
  private last: readonly ChunkView[] | undefined = undefined;
  private hits: number[] = [];

  constructor(kind: Kind, take: (item: unknown, text: string) => boolean, within: Picker | undefined, needs: Needs | undefined) {
    this.kind = kind;
    this.take = take;
    this.within = within;
    this.needs = needs;
    this.slot = newPickSlot();
  }

  picksOf(chunk: ChunkView, text: string): readonly number[] {
    let at = chunk.picks[this.slot];
    // a chunk whose text lacks what every item taken holds: nothing to test (one native search, not a call per line)
    if (!at && this.needs && !this.needs.test(chunk.source)) chunk.picks[this.slot] = at = NONE;
    if (!at) {
      const items = itemsOf(chunk, this.kind);
      const { take, taken } = this;
      let n = 0;
      if (this.within) {
        const among = this.within.picksOf(chunk, text);
        for (let k = 0; k < among.length; k++) {
          const i = among[k] as number;
          if (take(items[i], text)) taken[n++] = i;
        }
      } else for (let i = 0; i < items.length; i++) if (take(items[i], text)) taken[n++] = i;
      // a list only for a chunk where the test takes something (most take nothing from most chunks)
      chunk.picks[this.slot] = at = n === 0 ? NONE : taken.slice(0, n);
    }
    return at;
  }

  /** The indexes, in `chunks`, of the chunks where the test took something, in order (kept between lists above SHORT). */
  chunksWithPicks(chunks: readonly ChunkView[], text: string): readonly number[] {
    if (chunks.length > SHORT) return this.hitsIn(chunks, text);
    const out: number[] = [];
    for (let c = 0; c < chunks.length; c++) if (this.picksOf(chunks[c] as ChunkView, text).length > 0) out.push(c);
    return out;
  }

  private hitsIn(chunks: readonly ChunkView[], text: string): readonly number[] {
    const { last } = this;
    if (chunks === last) return this.hits;
    const hits = last ? this.hits : [];
    const { same, tail } = last ? diffOf(last, chunks) : { same: 0, tail: 0 };
    if (last && last.length === chunks.length && this.unmoved(hits, same, chunks.length - tail, chunks, text)) {
      this.last = chunks;
      return hits;
    }
    const out: number[] = [];
    let k = 0;
    for (; k < hits.length && (hits[k] as number) < same; k++) out.push(hits[k] as number);
    for (let c = same; c < chunks.length - tail; c++) if (this.picksOf(chunks[c] as ChunkView, text).length > 0) out.push(c);
    const kept = (last?.length ?? 0) - tail;
    const moved = chunks.length - (last?.length ?? 0);
    for (; k < hits.length; k++) if ((hits[k] as number) >= kept) out.push((hits[k] as number) + moved);
    this.last = chunks;
    return (this.hits = out);
  }

  /**
   * Whether the hits of a list of chunks stand for the next list of the same length (a keystroke parsing one chunk again
   * into one): the test took nothing from the chunks replaced, at [from, to), nor from those put in their place. Most
   * tests take nothing from most chunks, so most keep their list of hits as it is, not copied once per keystroke.
   */
  private unmoved(hits: readonly number[], from: number, to: number, chunks: readonly ChunkView[], text: string): boolean {
    let lo = 0;
    let hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((hits[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    if (lo < hits.length && (hits[lo] as number) < to) return false;
    for (let c = from; c < to; c++) if (this.picksOf(chunks[c] as ChunkView, text).length > 0) return false;
    return true;
  }

  /**
   * What the test takes from `to`, given `list`, all it took from `from` (the list of chunks before an edit): the chunks
   * kept at the start and at the end give their items from `list`, and only the chunks parsed again are visited. `list`
   * itself when those took the same items as before.
   */
  carried<T>(from: readonly ChunkView[], list: readonly T[], to: readonly ChunkView[]): readonly T[] {
    const { same, tail } = diffOf(from, to);
    const found = this.hitsIn(to, '');
    const kept = to.length - tail;
    let before = 0;
    let after = 0;
    const middle: T[] = [];
    for (const c of found) {
      const chunk = to[c] as ChunkView;
      const at = this.picksOf(chunk, '');
      if (c < same) before += at.length;
      else if (c >= kept) after += at.length;
      else {
        const items = itemsOf(chunk, this.kind);
        for (let k = 0; k < at.length; k++) middle.push(items[at[k] as number] as T);
      }
    }
    const end = list.length - after;
    if (middle.length === end - before && middle.every((item, i) => item === list[before + i])) return list;
    return list.slice(0, before).concat(middle, list.slice(end));
  }

  pick(chunks: readonly ChunkView[], visit: Visit<unknown>, text: string): void {
    if (chunks.length <= SHORT) {
      let base = 0;
      for (const chunk of chunks) {
        const items = itemsOf(chunk, this.kind);
        const at = this.picksOf(chunk, text);
        for (let k = 0; k < at.length; k++) visit(items[at[k] as number], base + (at[k] as number));
        base += items.length;
      }
      return;
    }
    const found = this.hitsIn(chunks, text);
    if (found.length === 0) return;
    const base = basesOf(chunks, this.kind);
    for (const c of found) {
      const chunk = chunks[c] as ChunkView;
      const items = itemsOf(chunk, this.kind);
      const at = this.picksOf(chunk, text);
      for (let k = 0; k < at.length; k++) visit(items[at[k] as number], (base[c] as number) + (at[k] as number));
    }
  }
}

/** Each declared picker's Picker, by the function picker returned: what a picker among another's reads. */
const pickers = new WeakMap<object, Picker>();

/**
 * Declares a test: the returned function visits, in text order, every item of `chunks` the test takes.
 * `take` depends on the item's text alone (for a block, the text is passed: its offsets move), as a
 * line memo does (line-memo.ts). `among`: only the items it takes are tested. `needs`: what every item the test
 * takes holds in its text (see Needs).
 */
function picker<T>(kind: Kind, take: (item: T, text: string) => boolean, among?: Pick<T>, needs?: Needs): Pick<T> {
  const p = new Picker(kind, take as (item: unknown, text: string) => boolean, among && pickers.get(among), needs);
  const pick: Pick<T> = (chunks, visit, text = '') => p.pick(chunks, visit as Visit<unknown>, text);
  pickers.set(pick, p);
  return pick;
}

/**
 * What every item a test takes holds somewhere in its text (a word it looks for, one of the characters it starts
 * from), tested once on a chunk's whole text (ChunkView.source) before any of its items: a report checked once, cold,
 * runs every test on every line of every chunk, and most tests take nothing from most chunks. Unanchored (no `^`,
 * no `$`, no `y` or `g` flag): it is run on the chunk's text, not a line's.
 */
export type Needs = RegExp;

/**
 * Lines: `take` reads the line's text. `among`: a wider picker whose lines alone are tested (a pass over a chunk's
 * lines for a cheap test shared by several pickers, not one per picker). `needs`: see Needs.
 */
export function pickedLines(
  take: (line: TextLine) => boolean,
  among?: (chunks: readonly ChunkView[], visit: Visit<TextLine>) => void,
  needs?: Needs,
): (chunks: readonly ChunkView[], visit: Visit<TextLine>) => void {
  return picker(0, take, among, needs);
}

/**
 * What a picker takes of a chunk: the indexes, in the chunk's lines, of its lines. For a reader that skips the chunks
 * where it took none.
 */
export function chunkPicks(pick: (chunks: readonly ChunkView[], visit: Visit<TextLine>) => void): (chunk: ChunkView) => readonly number[] {
  const p = pickers.get(pick) as Picker;
  return (chunk) => p.picksOf(chunk, '');
}

/**
 * The indexes, in `chunks`, of the chunks where a picker of lines took some, in order: kept between lists as the
 * picker's own visits keep them (only the chunks parsed again are looked at). Not to be changed.
 */
export function pickedChunks(
  pick: (chunks: readonly ChunkView[], visit: Visit<TextLine>) => void,
  chunks: readonly ChunkView[],
): readonly number[] {
  return (pickers.get(pick) as Picker).chunksWithPicks(chunks, '');
}

/** For a list of chunks: how many lines come before each chunk (kept per list, shared by every picker). */
export function lineBases(chunks: readonly ChunkView[]): Int32Array {
  return basesOf(chunks, 0);
}

/** Blocks: `take` reads the block's text in the document's `text`, which the visitor passes. */
export function pickedBlocks(
  take: (block: Block, text: string) => boolean,
  needs?: Needs,
): (chunks: readonly ChunkView[], visit: Visit<Block>, text: string) => void {
  return picker(1, take, undefined, needs);
}

/** Sentences with numbers (a chunk's `numbered`): `take` reads the sentence's text and figures. `needs`: see Needs. */
export function pickedNumbered(
  take: (s: Sentence) => boolean,
  needs?: Needs,
): (chunks: readonly ChunkView[], visit: Visit<Sentence>) => void {
  return picker(2, take, undefined, needs);
}

/** The indexes (in the report's lines, blocks or sentences with numbers) of the items a picker takes, in text order. */
export function pickedIndexes<T>(
  pick: (chunks: readonly ChunkView[], visit: Visit<T>, text: string) => void,
  chunks: readonly ChunkView[],
  text = '',
): number[] {
  const out: number[] = [];
  pick(chunks, (_, at) => out.push(at), text);
  return out;
}

/**
 * The sentences a picker of sentences with numbers takes, in text order, as one list kept per list of the report's
 * sentences with numbers (`numbered`: replaced, never changed in place, when one of them changes; a keystroke in prose
 * keeps it). What a reader works out from the list alone stands while it is the same object: the sentences move in
 * place, and their amounts with them. A new list is the last one with the picks of the chunks parsed again put in
 * place of theirs (Picker.carried): a keystroke in a sentence with numbers visits those chunks, not the report's
 * thousand sentences the picker takes.
 */
export function numberedList(
  pick: (chunks: readonly ChunkView[], visit: Visit<Sentence>) => void,
): (numbered: readonly Sentence[], chunks: readonly ChunkView[]) => readonly Sentence[] {
  const p = pickers.get(pick) as Picker;
  const lists = new WeakMap<readonly Sentence[], readonly Sentence[]>();
  // the list handed out last and the chunks it was taken from (held strongly, as lastDiff's are): a new list of
  // sentences with numbers whose picks are the same sentences (an edit in a sentence the picker does not take) hands it
  // out again, and what was kept on it
  let last: { list: readonly Sentence[]; chunks: readonly ChunkView[] } | undefined;
  return (numbered, chunks) => {
    let list = lists.get(numbered);
    if (!list) {
      if (last && last.chunks.length > SHORT && chunks.length > SHORT) list = p.carried(last.chunks, last.list, chunks);
      else {
        const out: Sentence[] = [];
        pick(chunks, (s) => out.push(s));
        list = last && sameItems(last.list, out) ? last.list : out;
      }
      lists.set(numbered, list);
    }
    // a chunk's own view (a rule asking of one paragraph) does not take the place of the report's list
    if (chunks.length > SHORT || !last || last.chunks.length <= SHORT) last = { list, chunks };
    return list;
  };
}

/** Whether two lists hold the same objects in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
