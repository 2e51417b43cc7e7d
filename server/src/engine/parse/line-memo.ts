// A per-line memo for rules that look at every line on every keystroke (pasted-debris,
// unfilled-blank, the surface rules). Lines outlive edits elsewhere (chunks.ts), so what a rule works out from a line's
// text alone is kept on the line: in a property (an array of slots), not a WeakMap, because this is
// read for every line of the report. Each user declares its own slot; parsing knows none of them.
import type { Block, TextLine } from './blocks.js';

let slots = 0;
/** One empty list for every memo that found nothing (most lines, tens of thousands of them). */
const EMPTY: readonly never[] = Object.freeze([]);
/** Holds every slot declared so far, at the size it needs (an array grown by its first write holds room for half as many more). */
const newMemo = (): unknown[] => new Array<unknown>(slots);
/** `value`, or the shared empty list when it is an empty one: a memo's value is never changed by its reader. */
const kept = <T>(value: T): T => (Array.isArray(value) && value.length === 0 ? (EMPTY as T) : value);
/** The slots of block memos (kept on a block's first line, worked out from the whole block). */
const blockSlots: number[] = [];

/**
 * Declares a slot: the returned function gives `compute(line)`, worked out once per line object.
 * `compute` depends on the line's text only (a moved line keeps its memo) and never returns undefined.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{} | null`: anything but undefined, which marks an empty slot
export function lineMemo<T extends {} | null>(compute: (line: TextLine) => T): (line: TextLine) => T {
  const slot = slots++;
  return (line) => {
    const memo = (line.memo ??= newMemo());
    let value = memo[slot] as T | undefined;
    if (value === undefined) memo[slot] = value = kept(compute(line));
    return value;
  };
}

/**
 * Declares a slot for what a rule works out from a whole block (a paragraph), kept on its first line:
 * a block is parsed again, every line of it new, whenever any of its lines changes. What `compute`
 * returns must hold positions relative to the first line's start (lines are shifted in place).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- as lineMemo
export function blockMemo<T extends {} | null>(compute: (block: Block) => T): (block: Block) => T {
  const slot = slots++;
  blockSlots.push(slot);
  return (block) => {
    const first = block.lines[0];
    if (!first) return compute(block);
    const memo = (first.memo ??= newMemo());
    let value = memo[slot] as T | undefined;
    if (value === undefined) memo[slot] = value = kept(compute(block));
    return value;
  };
}

/**
 * Gives `to`, a new line with the same text as `from` (the chunk was parsed again), what was worked out
 * from `from`'s text: every line slot, none of the block slots (its block may have changed).
 */
export function carryLineMemo(from: TextLine, to: TextLine): void {
  if (!from.memo) return;
  const memo = from.memo.slice();
  for (const slot of blockSlots) memo[slot] = undefined;
  to.memo = memo;
}
