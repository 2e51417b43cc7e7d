// What the model works out from one sentence, kept with the sentence across edits. An edit above a
// sentence moves it (chunks.ts shifts its start in place; its text never changes), but a value worked
// out from it holds absolute positions, which would then point at the wrong characters. So the value is
// kept with the start it was worked out at and worked out again once the sentence has moved — unless it
// holds no position (nothing found in the sentence: by far the common case), which stays right wherever
// the sentence goes, so a keystroke near the top does not send every sentence below it back to its regexes.
import type { Sentence } from './sentences.js';

interface Kept<T> {
  at: number;
  value: T;
}

/** `compute(s)` once per sentence object and position; `empty(value)` says the value holds no position. */
export function sentenceMemo<T>(compute: (s: Sentence) => T, empty: (value: T) => boolean): (s: Sentence) => T {
  const kept = new WeakMap<Sentence, Kept<T>>();
  return (s) => {
    const k = kept.get(s);
    if (k && (k.at === s.start || empty(k.value))) {
      k.at = s.start;
      return k.value;
    }
    const value = compute(s);
    if (k) {
      k.at = s.start;
      k.value = value;
    } else kept.set(s, { at: s.start, value });
    return value;
  };
}

/** For memos of lists: an empty list holds no position. */
export const noItems = (list: readonly unknown[]): boolean => list.length === 0;
