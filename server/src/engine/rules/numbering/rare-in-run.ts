// The lines of a run (the numbered lines a check reads in order: lost-close's second-level numbers, glued-marker's
// third-level ones) that a rarer test takes, each with the run's lines next to it. The run was visited line by line
// on every keystroke, and a long report numbers half its lines; now a chunk where the rare test took nothing is passed
// by the run's last line in it.
import type { TextLine } from '../../parse/blocks.js';
import type { ChunkView } from '../../parse/chunks.js';
import { chunkPicks, type Visit } from '../../parse/picked-lines.js';

type LinePick = (chunks: readonly ChunkView[], visit: Visit<TextLine>) => void;

/**
 * Visits, in text order, the lines `rare` takes that start at `from` or after, each with the line `run` takes before it
 * and after it at `from` or after (undefined where there is none). `rare` picks among `run`'s lines (pickedLines' `among`).
 */
export function rareInRun(
  chunks: readonly ChunkView[],
  run: LinePick,
  rare: LinePick,
  from: number,
  visit: (line: TextLine, before: TextLine | undefined, after: TextLine | undefined) => void,
): void {
  const runOf = chunkPicks(run);
  const rareOf = chunkPicks(rare);
  let before: TextLine | undefined;
  /** A rare line whose next line of the run is not read yet. */
  let waiting: { line: TextLine; before: TextLine | undefined } | undefined;
  for (const chunk of chunks) {
    const picks = runOf(chunk);
    if (picks.length === 0) continue;
    const rares = rareOf(chunk);
    const lines = chunk.lines;
    if (rares.length === 0 && !waiting) {
      const last = lines[picks[picks.length - 1] as number] as TextLine;
      if (last.start >= from) before = last;
      continue;
    }
    // both in the chunk's order, the rare lines among the run's
    let r = 0;
    for (const i of picks) {
      const taken = rares[r] === i;
      if (taken) r++;
      const line = lines[i] as TextLine;
      if (line.start < from) continue;
      if (waiting) {
        visit(waiting.line, waiting.before, line);
        waiting = undefined;
      }
      if (taken) waiting = { line, before };
      before = line;
    }
  }
  if (waiting) visit(waiting.line, waiting.before, undefined);
}
