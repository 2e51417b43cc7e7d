// A word written again after an adverb put before it (包括主要包括, 固始 野菊花 2025: the drafter wrote 包括, then
// 主要包括, and kept both): a listed word of the reports, one of a few adverbs that go before a verb (data/repeated-word.json
// `againAdverbs`: 主要, 具体, 也, 还 …), and the same word. Not 又 or 再, which repeat a word on purpose (研究再研究, 一年又一年).
import words from '../data/repeated-word.json' with { type: 'json' };
import type { Repeat } from './repeat.js';
import { anyCharOf } from '../../text/char-table.js';

const WORDS = new Set([...words.words, ...words.againWords].filter((w) => w.length >= 2));
const LENGTHS = [...new Set([...WORDS].map((w) => w.length))];
const ADVERBS: readonly string[] = words.againAdverbs;
/**
 * The adverbs' first characters, found in native code (lastIndex is one past): an interpreted loop over every character
 * of every line cost the CLI's engine, which never warms up, more than the adverbs read.
 */
const ADVERB_FIRST = new RegExp(anyCharOf(ADVERBS.map((a) => a[0]).join('')).source, 'g');

/** word, adverb, word: looked for at each adverb only, the word read back and forth by the listed lengths. */
export function wordAgain(text: string): Repeat[] {
  let out: Repeat[] | undefined;
  ADVERB_FIRST.lastIndex = 2;
  while (ADVERB_FIRST.test(text)) {
    const i = ADVERB_FIRST.lastIndex - 1;
    const adverb = adverbAt(text, i);
    if (!adverb) continue;
    const after = i + adverb.length;
    const n = wordBefore(text, i, after);
    if (n === undefined) continue;
    const at = i - n;
    // the first copy goes: the adverb and the word after it are what the drafter meant (主要包括)
    (out ??= []).push({ at, length: n, copies: 2, end: after + n, cut: [at, i], word: text.slice(at, i) });
    ADVERB_FIRST.lastIndex = after + n;
  }
  return out ?? NONE;
}

const NONE: Repeat[] = [];

/** The listed adverb written at `i` (plain loops: this runs at every 也, 还, 都 and 已 of a report). */
function adverbAt(text: string, i: number): string | undefined {
  for (const a of ADVERBS) if (text.startsWith(a, i)) return a;
  return undefined;
}

/** The length of the first listed word (by LENGTHS' order) that ends at `i` and is written again at `after`. */
function wordBefore(text: string, i: number, after: number): number | undefined {
  for (const k of LENGTHS) if (k <= i && sameAt(text, i - k, after, k) && WORDS.has(text.slice(i - k, i))) return k;
  return undefined;
}

/** The `n` characters at `a` are those at `b` (compared in place: no string cut per adverb and length). */
function sameAt(text: string, a: number, b: number, n: number): boolean {
  if (b + n > text.length) return false;
  for (let k = 0; k < n; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}
