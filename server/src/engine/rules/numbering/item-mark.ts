// Whether a number stands where a list's item starts: after a mark (；，。：、), not after a word — (2) after a word is a
// reference (附表(2)), not an item. Read by inline-first.ts and circled-bare.ts.
import { lastNonSpace } from '../../text/last-non-space.js';

const ITEM_BEFORE = new Set([...'；;，,。：:、']);

/** Whether a mark (spaces between) stands before `at`; `orStart`: the line's start counts as one. */
export function afterItemMark(text: string, at: number, orStart = false): boolean {
  const c = lastNonSpace(text, at);
  return c === '' ? orStart : ITEM_BEFORE.has(c);
}
