// A report's numbered items, each as one integer: its number's level, value, and whether it is broken or enclosed. The readings of
// heading-numbering that walk every item (2,200 in the generated 1 MB report, on every keystroke) test this first and
// read an item's objects only where the integer leaves the question open: a walk over a typed array stays in the cache,
// one over the items and their markers reads two objects an item.
import type { Marker } from '../parse/markers.js';

/** What is read of an item (own-numbering's NumberedItem): its number. */
interface Numbered {
  marker: Marker;
}

const BROKEN = 8;
const ENCLOSED = 16;

/**
 * By the list (a new one each check): the first reading to ask builds it. Only the marker's own fields are kept, which
 * never change: an item's `level` differs from its marker's only where the marker is broken (readRuns gives a broken
 * number the level of the run it joins), and a broken item is read from its objects.
 */
const codes = new WeakMap<readonly Numbered[], Int32Array>();

export function itemCodes(items: readonly Numbered[]): Int32Array {
  let out = codes.get(items);
  if (!out) {
    out = new Int32Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const m = (items[i] as Numbered).marker;
      out[i] = m.level | (m.broken ? BROKEN : 0) | (m.enclosed ? ENCLOSED : 0) | (m.value << 5);
    }
    codes.set(items, out);
  }
  return out;
}

/** The level of an unbroken number, or 0 for a broken one (whose item is read whole). */
export const levelOf = (code: number): number => (code & BROKEN ? 0 : code & 7);

/** The value of the number (0 for a broken one). */
export const valueOf = (code: number): number => code >> 5;

/** Whether the number is one enclosed character (⑴, ⒈). */
export const enclosedCode = (code: number): boolean => (code & ENCLOSED) !== 0;
