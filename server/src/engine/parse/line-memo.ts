// A per-line memo for rules that look at every line on every keystroke (pasted-debris,
// unfilled-blank, the surface rules). Lines outlive edits elsewhere (chunks.ts), so what a rule works out from a line's
// text alone is kept on the line: in a property (an array), not a WeakMap, because this is read for every line of the
// report. Each user declares its own slot; parsing knows none of them.
//
// Most slots of most lines hold nothing (null, or an empty list): of seventy slots, a line of a real report holds
// something in five to ten. An array of one place per slot cost 600 bytes a line, a third of what a megabyte report
// keeps, and the collector copied it all (a megabyte of nested lists: 1.0 s checked, 1.2–1.8 s with three times as
// many places). So a line's memo is a few words of bits, one per slot, set where the slot found its nothing, then the
// slots that found something, each followed by its value: [bits × WORDS, slot, value, slot, value, …].
import type { Block, TextLine } from './blocks.js';

/** Bits per word of the memo's head (a small integer on every platform). */
const BITS = 30;
/** Words of bits at the head of a memo: slots up to WORDS × BITS. */
const WORDS = 4;
let slots = 0;
/** One empty list for every memo that found nothing (most lines, tens of thousands of them). */
const EMPTY: readonly never[] = Object.freeze([]);
/** `value`, or the shared empty list when it is an empty one: a memo's value is never changed by its reader. */
const kept = <T>(value: T): T => (Array.isArray(value) && value.length === 0 ? (EMPTY as T) : value);
/** By slot, what its bit stands for: the nothing it found first (null or EMPTY); another nothing is kept as a value. */
const nothings: unknown[] = [];
/** By word, the bits of the block memos' slots (kept on a block's first line, worked out from the whole block). */
const blockBits = new Array<number>(WORDS).fill(0);
const blockSlots = new Set<number>();

function newSlot(): number {
  if (slots === WORDS * BITS) throw new Error(`line-memo: more than ${WORDS * BITS} slots: raise WORDS`);
  return slots++;
}

/** The slot's value on `line`, or undefined when it was never worked out there. */
function read(line: TextLine, slot: number): unknown {
  const memo = line.memo;
  if (memo === undefined) return undefined;
  if (((memo[(slot / BITS) | 0] as number) & (1 << (slot % BITS))) !== 0) return nothings[slot];
  for (let i = WORDS; i < memo.length; i += 2) if (memo[i] === slot) return memo[i + 1];
  return undefined;
}

/** Keeps `value` as the slot's on `line` (read again: working it out may have kept other slots' values there). */
function write(line: TextLine, slot: number, value: unknown): void {
  const memo = line.memo ?? (line.memo = new Array<unknown>(WORDS).fill(0));
  if (nothings[slot] === undefined && (value === null || value === EMPTY)) nothings[slot] = value;
  if (value === nothings[slot]) {
    memo[(slot / BITS) | 0] = (memo[(slot / BITS) | 0] as number) | (1 << (slot % BITS));
    return;
  }
  // an array of its own size: one grown by push holds room for sixteen more
  const next = new Array<unknown>(memo.length + 2);
  for (let i = 0; i < memo.length; i++) next[i] = memo[i];
  next[memo.length] = slot;
  next[memo.length + 1] = value;
  line.memo = next;
}

/**
 * Declares a slot: the returned function gives `compute(line)`, worked out once per line object.
 * `compute` depends on the line's text only (a moved line keeps its memo) and never returns undefined.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{} | null`: anything but undefined, which marks an empty slot
export function lineMemo<T extends {} | null>(compute: (line: TextLine) => T): (line: TextLine) => T {
  const slot = newSlot();
  return (line) => {
    let value = read(line, slot) as T | undefined;
    if (value === undefined) write(line, slot, (value = kept(compute(line))));
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
  const slot = newSlot();
  blockSlots.add(slot);
  blockBits[(slot / BITS) | 0] = (blockBits[(slot / BITS) | 0] as number) | (1 << (slot % BITS));
  return (block) => {
    const first = block.lines[0];
    if (!first) return compute(block);
    let value = read(first, slot) as T | undefined;
    if (value === undefined) write(first, slot, (value = kept(compute(block))));
    return value;
  };
}

/**
 * Gives `to`, a new line with the same text as `from` (the chunk was parsed again), what was worked out
 * from `from`'s text: every line slot, none of the block slots (its block may have changed).
 */
export function carryLineMemo(from: TextLine, to: TextLine): void {
  const memo = from.memo;
  if (!memo) return;
  const out: unknown[] = [];
  for (let w = 0; w < WORDS; w++) out.push((memo[w] as number) & ~(blockBits[w] as number));
  for (let i = WORDS; i < memo.length; i += 2) if (!blockSlots.has(memo[i] as number)) out.push(memo[i], memo[i + 1]);
  to.memo = out.slice();
}
