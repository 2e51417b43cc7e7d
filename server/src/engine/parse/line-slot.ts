// What a rule that scans every line found on one, kept on the line object: lines outlive edits
// elsewhere in the document (chunks.ts), so a keystroke rescans only the lines it touched. Each rule
// takes a slot when its module loads; positions kept in a slot are relative to the line's start,
// because a line is shifted in place when text before it changes.
import { memoOf, type Block, type TextLine } from './blocks.js';

let slotCount = 0;

/** A per-line memo: `read(line)` runs once per line object, later calls return what it returned. */
export function lineSlot<T>(read: (line: TextLine) => T): (line: TextLine) => T {
  const slot = slotCount++;
  return (line) => {
    const slots = (memoOf(line).slots ??= []);
    let value = slots[slot] as T | undefined;
    if (value === undefined) {
      value = read(line);
      slots[slot] = value;
    }
    return value;
  };
}

/**
 * A per-block memo, kept on the block's first line: a block is parsed again, every line of it new,
 * whenever any of its lines changes. Positions are kept relative to the first line's start.
 */
export function blockSlot<T>(read: (block: Block) => T): (block: Block) => T {
  const slot = slotCount++;
  return (block) => {
    const first = block.lines[0];
    if (!first) return read(block);
    const slots = (memoOf(first).slots ??= []);
    let value = slots[slot] as T | undefined;
    if (value === undefined) {
      value = read(block);
      slots[slot] = value;
    }
    return value;
  };
}
