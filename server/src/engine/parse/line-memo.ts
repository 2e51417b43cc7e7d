// A per-line memo for rules that look at every line on every keystroke (pasted-debris,
// unfilled-blank). Lines outlive edits elsewhere (chunks.ts), so what a rule works out from a line's
// text alone is kept on the line: in a property (an array of slots), not a WeakMap, because this is
// read for every line of the report. Each user declares its own slot; parsing knows none of them.
import type { TextLine } from './blocks.js';

let slots = 0;

/**
 * Declares a slot: the returned function gives `compute(line)`, worked out once per line object.
 * `compute` depends on the line's text only (a moved line keeps its memo) and never returns undefined.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{} | null`: anything but undefined, which marks an empty slot
export function lineMemo<T extends {} | null>(compute: (line: TextLine) => T): (line: TextLine) => T {
  const slot = slots++;
  return (line) => {
    const memo = (line.memo ??= []);
    let value = memo[slot] as T | undefined;
    if (value === undefined) memo[slot] = value = compute(line);
    return value;
  };
}
