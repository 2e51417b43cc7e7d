// What a rule that scans every line found on one, kept on the line object: lines outlive edits
// elsewhere in the document (chunks.ts), so a keystroke rescans only the lines it touched. Each rule
// takes a slot when its module loads; positions kept in a slot are relative to the line's start,
// because a line is shifted in place when text before it changes.
import { memoOf, type TextLine } from './blocks.js';

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
