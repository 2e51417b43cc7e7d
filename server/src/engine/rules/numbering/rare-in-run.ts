// The lines of a run (the numbered lines a check reads in order: lost-close's second-level numbers, glued-marker's
// third-level ones) that a rarer test takes, each with the run's lines next to it. The run was visited line by line
// on every keystroke, and a long report numbers half its lines; now a chunk where the rare test took nothing is passed
// by the run's last line in it.
import type { TextLine } from '../../parse/blocks.js';
import type { ChunkView } from '../../parse/chunks.js';
import { chunkPicks, pickedChunks, type Visit } from '../../parse/picked-lines.js';

type LinePick = (chunks: readonly ChunkView[], visit: Visit<TextLine>) => void;

/**
 * Visits, in text order, the lines `rare` takes that start at `from` or after, each with the line `run` takes before it
 * and after it at `from` or after (undefined where there is none). `rare` picks among `run`'s lines (pickedLines' `among`).
 * Only the chunks where `rare` took a line are walked: the run's lines next to them are found in the nearest chunks
 * with a line of the run (a long report has hundreds of chunks and a rare line in a few, read on every keystroke).
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
  /** The chunk walked last: the chunks after it up to the next one walked hold no rare line. */
  let walked = -1;
  for (const c of pickedChunks(rare, chunks)) {
    // the run's first line after the rare line waiting, in a chunk between (every line there starts after `from`)
    if (waiting) {
      const next = firstOfRun(chunks, runOf, walked + 1, c);
      if (next) {
        visit(waiting.line, waiting.before, next);
        waiting = undefined;
      }
    }
    // the run's last line before this chunk, in a chunk between
    const last = lastOfRun(chunks, runOf, walked, c);
    if (last && last.start >= from) before = last;
    const chunk = chunks[c] as ChunkView;
    const rares = rareOf(chunk);
    const lines = chunk.lines;
    // both in the chunk's order, the rare lines among the run's
    let r = 0;
    for (const i of runOf(chunk)) {
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
    walked = c;
  }
  if (waiting) visit(waiting.line, waiting.before, firstOfRun(chunks, runOf, walked + 1, chunks.length));
}

/** The first line of the run in the chunks from `from` up to (not with) `to`. */
function firstOfRun(
  chunks: readonly ChunkView[],
  runOf: (chunk: ChunkView) => readonly number[],
  from: number,
  to: number,
): TextLine | undefined {
  for (let k = from; k < to; k++) {
    const chunk = chunks[k] as ChunkView;
    const picks = runOf(chunk);
    if (picks.length > 0) return chunk.lines[picks[0] as number];
  }
  return undefined;
}

/** The last line of the run in the chunks after `after` up to (not with) `to`. */
function lastOfRun(
  chunks: readonly ChunkView[],
  runOf: (chunk: ChunkView) => readonly number[],
  after: number,
  to: number,
): TextLine | undefined {
  for (let k = to - 1; k > after; k--) {
    const chunk = chunks[k] as ChunkView;
    const picks = runOf(chunk);
    if (picks.length > 0) return chunk.lines[picks[picks.length - 1] as number];
  }
  return undefined;
}
