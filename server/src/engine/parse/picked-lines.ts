// The few lines of a report a per-line test takes (a number at the start, a 截至 phrase, empty
// brackets), kept per chunk: a rule that reads the whole report on every keystroke visits those lines
// without a pass over every line of it. A chunk that outlives an edit keeps its lines (the same
// objects, shifted in place: chunks.ts), so what a test took from them stands; only the chunks parsed
// again are tested again.
import type { TextLine } from './blocks.js';
import type { ChunkView } from './chunks.js';

/** What the lines are visited with: `at` is the line's index in the report's lines (the chunks' lines, in order). */
export type VisitLine = (line: TextLine, at: number) => void;

/**
 * Declares a test: the returned function visits, in text order, every line of `chunks` the test
 * takes. `take` depends on the line's text alone, as a line memo does (line-memo.ts).
 */
export function pickedLines(take: (line: TextLine) => boolean): (chunks: readonly ChunkView[], visit: VisitLine) => void {
  /** Per chunk object: the indexes of the lines taken, in the chunk's lines. */
  const taken = new WeakMap<ChunkView, readonly number[]>();
  return (chunks, visit) => {
    let base = 0;
    for (const chunk of chunks) {
      const { lines } = chunk;
      let at = taken.get(chunk);
      if (!at) {
        const found: number[] = [];
        for (let i = 0; i < lines.length; i++) if (take(lines[i] as TextLine)) found.push(i);
        taken.set(chunk, (at = found));
      }
      for (const i of at) visit(lines[i] as TextLine, base + i);
      base += lines.length;
    }
  };
}
