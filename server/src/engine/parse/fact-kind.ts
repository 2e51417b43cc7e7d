// What the incremental parser (chunks.ts) needs to know of one kind of fact: how to read it from a
// chunk's text and how to move it when the chunk moves. Each kind keeps these next to its scanner, so
// a new kind of fact is one entry in chunks.ts, and no one lists another kind's offset fields.

/** How far a chunk moved: characters, lines and block indexes. */
export interface Shift {
  chars: number;
  lines: number;
  blocks: number;
}

/** A kind of fact read per block of a chunk (offsets relative to the chunk's text). */
export interface FactKind<T> {
  scan(text: string, blocks: readonly { start: number; end: number }[]): T[];
  /** Moves every fact of the list in place (a loop per kind: one call per chunk, not per fact). */
  shift(facts: readonly T[], by: Shift): void;
}
