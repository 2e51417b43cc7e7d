// The few lines (or blocks) of a report a test takes (a number at the start, a 截至 phrase, empty
// brackets, a 自评表's header cell), kept per chunk: a reader asked for the whole report on every
// keystroke visits those without a pass over every line of it. A chunk that outlives an edit keeps its
// lines and blocks (the same objects, shifted in place: chunks.ts), so what a test took from them
// stands; only the chunks parsed again are tested again.
import type { Block, TextLine } from './blocks.js';
import type { ChunkView } from './chunks.js';

/** What is visited: `at` is the item's index in the report's lines (or blocks): the chunks' own, in order. */
export type Visit<T> = (item: T, at: number) => void;

/**
 * Declares a test: the returned function visits, in text order, every item of `chunks` the test takes.
 * `take` depends on the item's text alone (for a block, the text is passed: its offsets move), as a
 * line memo does (line-memo.ts).
 */
function picker<T>(
  itemsOf: (chunk: ChunkView) => readonly T[],
  take: (item: T, text: string) => boolean,
): (chunks: readonly ChunkView[], visit: Visit<T>, text?: string) => void {
  /** Per chunk object: the indexes of the items taken, in the chunk's items. */
  const taken = new WeakMap<ChunkView, readonly number[]>();
  return (chunks, visit, text = '') => {
    let base = 0;
    for (const chunk of chunks) {
      const items = itemsOf(chunk);
      let at = taken.get(chunk);
      if (!at) {
        const found: number[] = [];
        for (let i = 0; i < items.length; i++) if (take(items[i] as T, text)) found.push(i);
        taken.set(chunk, (at = found));
      }
      for (const i of at) visit(items[i] as T, base + i);
      base += items.length;
    }
  };
}

/** Lines: `take` reads the line's text. */
export function pickedLines(take: (line: TextLine) => boolean): (chunks: readonly ChunkView[], visit: Visit<TextLine>) => void {
  return picker((chunk) => chunk.lines, take);
}

/** Blocks: `take` reads the block's text in the document's `text`, which the visitor passes. */
export function pickedBlocks(
  take: (block: Block, text: string) => boolean,
): (chunks: readonly ChunkView[], visit: Visit<Block>, text: string) => void {
  return picker((chunk) => chunk.blocks, take);
}
