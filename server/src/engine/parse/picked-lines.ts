// The few lines (or blocks) of a report a test takes (a number at the start, a 截至 phrase, empty
// brackets, a 自评表's header cell), kept per chunk: a reader asked for the whole report on every
// keystroke visits those without a pass over every line of it. A chunk that outlives an edit keeps its
// lines and blocks (the same objects, shifted in place: chunks.ts), so what a test took from them
// stands; only the chunks parsed again are tested again.
import type { Block, TextLine } from './blocks.js';
import type { ChunkView } from './chunks.js';
import type { Sentence } from './sentences.js';

/** What is visited: `at` is the item's index in the report's lines (or blocks): the chunks' own, in order. */
export type Visit<T> = (item: T, at: number) => void;

let slots = 0;
/** What a picker took of most chunks: nothing (one list for all of them). */
const NONE: readonly number[] = Object.freeze([]);

type Pick<T> = (chunks: readonly ChunkView[], visit: Visit<T>, text?: string) => void;

/** Each picker's own picks of a chunk (`picksOf`), by the picker: what a picker among another's reads. */
const picksBy = new WeakMap<object, (chunk: ChunkView, text: string) => readonly number[]>();

/**
 * Declares a test: the returned function visits, in text order, every item of `chunks` the test takes.
 * `take` depends on the item's text alone (for a block, the text is passed: its offsets move), as a
 * line memo does (line-memo.ts). `among`: only the items it takes are tested.
 */
function picker<T>(itemsOf: (chunk: ChunkView) => readonly T[], take: (item: T, text: string) => boolean, among?: Pick<T>): Pick<T> {
  /** The picker's slot in each chunk's `picks`: the indexes of the items taken, in the chunk's items. */
  const slot = slots++;
  const within = among && picksBy.get(among);
  const picksOf = (chunk: ChunkView, text: string): readonly number[] => {
    let at = chunk.picks[slot];
    if (!at) {
      const items = itemsOf(chunk);
      const found: number[] = [];
      if (within) {
        for (const i of within(chunk, text)) if (take(items[i] as T, text)) found.push(i);
      } else for (let i = 0; i < items.length; i++) if (take(items[i] as T, text)) found.push(i);
      chunk.picks[slot] = at = found.length === 0 ? NONE : found;
    }
    return at;
  };
  const pick: Pick<T> = (chunks, visit, text = '') => {
    let base = 0;
    for (let c = 0; c < chunks.length; c++) {
      const chunk = chunks[c] as ChunkView;
      const items = itemsOf(chunk);
      const at = picksOf(chunk, text);
      for (let k = 0; k < at.length; k++) visit(items[at[k] as number] as T, base + (at[k] as number));
      base += items.length;
    }
  };
  picksBy.set(pick, picksOf);
  return pick;
}

/**
 * Lines: `take` reads the line's text. `among`: a wider picker whose lines alone are tested (a pass over a chunk's
 * lines for a cheap test shared by several pickers, not one per picker).
 */
export function pickedLines(
  take: (line: TextLine) => boolean,
  among?: (chunks: readonly ChunkView[], visit: Visit<TextLine>) => void,
): (chunks: readonly ChunkView[], visit: Visit<TextLine>) => void {
  return picker((chunk) => chunk.lines, take, among);
}

/**
 * What a picker takes of a chunk: the indexes, in the chunk's lines, of its lines. For a reader that skips the chunks
 * where it took none.
 */
export function chunkPicks(pick: (chunks: readonly ChunkView[], visit: Visit<TextLine>) => void): (chunk: ChunkView) => readonly number[] {
  const picksOf = picksBy.get(pick) as (chunk: ChunkView, text: string) => readonly number[];
  return (chunk) => picksOf(chunk, '');
}

/** Blocks: `take` reads the block's text in the document's `text`, which the visitor passes. */
export function pickedBlocks(
  take: (block: Block, text: string) => boolean,
): (chunks: readonly ChunkView[], visit: Visit<Block>, text: string) => void {
  return picker((chunk) => chunk.blocks, take);
}

/** Sentences with numbers (a chunk's `numbered`): `take` reads the sentence's text and figures. */
export function pickedNumbered(take: (s: Sentence) => boolean): (chunks: readonly ChunkView[], visit: Visit<Sentence>) => void {
  return picker((chunk) => chunk.numbered, take);
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
