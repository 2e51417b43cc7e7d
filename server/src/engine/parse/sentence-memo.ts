// What the model and the rules work out from one sentence, kept with the sentence across edits, in a
// slot of the sentence (an array read, not a WeakMap: several rules ask for every sentence of the report
// on every keystroke, and a weak map lookup over tens of thousands of keys cost more than the work it saved).
//
// An edit above a sentence moves it (chunks.ts shifts its start in place; its text never changes), but a
// value worked out from it may hold absolute positions, which would then point at the wrong characters.
// So a value is kept with the start it was worked out at and worked out again once the sentence has
// moved — unless it holds no position of its own (nothing found in the sentence, by far the common case,
// or only references to the sentence's own amounts, which move with it), so a keystroke near the top
// does not send every sentence below it back to its regexes.
import type { Sentence } from './sentences.js';

/** A value kept with the start it was worked out at: one that holds positions of its own. */
class Kept<T> {
  constructor(
    public at: number,
    public value: T,
  ) {}
}

/** One empty list for every memo that found nothing (most sentences, tens of thousands of them). */
const EMPTY: readonly never[] = Object.freeze([]);

let slots = 0;

/**
 * Declares a slot: the returned function gives `compute(s)`, worked out once per sentence object and
 * position. `movable(value)` says the value is right wherever the sentence goes (it holds no absolute
 * offset of its own): such a value is kept as it is, the others with the start they were worked out at.
 * An empty list found is kept as one shared, frozen list: a memo's value is never changed by its reader.
 */
export function sentenceMemo<T>(compute: (s: Sentence) => T, movable: (value: T) => boolean): (s: Sentence) => T {
  const slot = slots++;
  return (s) => {
    const memo = (s.memo ??= new Array<unknown>(slots)); // every slot declared so far, and no more
    const k = memo[slot] as Kept<T> | T | undefined;
    if (k instanceof Kept) {
      if (k.at === s.start) return k.value;
    } else if (k !== undefined) return k;
    let value = compute(s);
    if (Array.isArray(value) && value.length === 0) value = EMPTY as T;
    memo[slot] = movable(value) ? value : new Kept(s.start, value);
    return value;
  };
}

/** For memos of lists: an empty list holds no position. */
export const noItems = (list: readonly unknown[]): boolean => list.length === 0;

/** For values that hold no offsets of their own (only the sentence's amounts, which move with it). */
export const always = (): boolean => true;
