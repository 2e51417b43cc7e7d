// A set phrase of the budget papers written with characters lost inside it (城乡义务教保障机制 for 城乡义务教育经费保障机制,
// 大足土门 2021): the phrase's start and its end, with one to three characters between them gone, and the cut inside a
// word (教|育), so the text as written is no word. A cut between words (城乡居民医疗保险 of 城乡居民基本医疗保险) is a
// shorter name and is left alone. The phrases are data (typo.json `setPhrases`, words separated by spaces).
import list from '../data/typo.json' with { type: 'json' };
import type { Glued } from './glued-digits.js';

export interface Phrase {
  text: string;
  /** Offsets in `text` where a word starts (and its length). */
  bounds: ReadonlySet<number>;
}

/** A phrase of the data, its words separated by spaces, as its text and the offsets of its words' bounds. */
export function wordsPhrase(spaced: string): Phrase {
  const words = spaced.split(' ');
  const bounds = new Set<number>();
  let at = 0;
  for (const w of words) {
    bounds.add(at);
    at += w.length;
  }
  bounds.add(at);
  return { text: words.join(''), bounds };
}

/** Characters of the start kept at least: fewer may be another word that begins the same. */
const SHORTEST_START = 3;
/** Fewer kept at the start (现将 of 现将自评情况汇报如下, 枞阳 2021: 现将评情况汇报如下) where this many are kept at the end. */
const SHORT_START = 2;
const LONG_END = 5;
/** Characters of the end kept at least. */
const SHORTEST_END = 2;
/** Characters lost at most. */
const MOST_LOST = 3;

const PHRASES: Phrase[] = list.setPhrases.map(wordsPhrase);
/**
 * The phrases by their first two characters, longest first (自评材料报送时间及质量 before 自评材料报送时间): each position of
 * a line costs one map look-up.
 */
const BY_START = new Map<number, Phrase[]>();
for (const p of [...PHRASES].sort((a, b) => b.text.length - a.text.length)) {
  const key = pairKey(p.text, 0);
  BY_START.set(key, [...(BY_START.get(key) ?? []), p]);
}
/** The phrases' first characters: any other costs one array read, and no string is cut. */
const FIRST = new Uint8Array(0x10000);
for (const p of PHRASES) FIRST[p.text.charCodeAt(0)] = 1;

/**
 * The length of `p` as written from `i` with one to MOST_LOST characters lost inside a word, or undefined: at least
 * `startAtLeast` characters of its start kept, and at least `endAtLeast(kept)` of its end.
 */
export function lostInside(
  text: string,
  i: number,
  p: Phrase,
  startAtLeast: number,
  endAtLeast: (kept: number) => number,
): number | undefined {
  let a = 0;
  while (a < p.text.length && text.charCodeAt(i + a) === p.text.charCodeAt(a)) a++;
  if (a === p.text.length || a < startAtLeast) return undefined;
  const least = endAtLeast(a);
  for (let d = 1; d <= MOST_LOST; d++) {
    const endLength = p.text.length - a - d;
    if (endLength < least) break;
    if (!(p.bounds.has(a) && p.bounds.has(a + d)) && sameFrom(text, i + a, p.text, a + d)) return a + endLength;
  }
  return undefined;
}

/** Characters of a set phrase's end kept at least, by how many of its start are: a short start needs a long end. */
const endAtLeast = (kept: number): number => (kept < SHORTEST_START ? LONG_END : SHORTEST_END);

/** The characters a cut phrase may start with: typo/phrase-slip.ts's phraseReadings reads the cuts and the slips in one pass. */
export const CUT_FIRST: Readonly<Uint8Array> = FIRST;
/** Characters a line holds at least after a cut phrase's start: the scan stops that far from the end. */
export const CUT_TAIL = SHORT_START + SHORTEST_END;

/** The first phrase (longest first) written from `i` with characters lost, as its finding; `i`'s character is in FIRST. */
export function phraseCutAt(text: string, i: number): Glued | undefined {
  const candidates = BY_START.get(pairKey(text, i));
  if (!candidates) return undefined;
  // the third character first, in place: of a report's ~1,400 phrases asked, ~100 pass it (a call each was most of the cost)
  const third = text.charCodeAt(i + 2);
  // a plain loop: no iterator per place read (a twentieth of a report's characters)
  for (let k = 0; k < candidates.length; k++) {
    const p = candidates[k] as Phrase;
    if (!mayBeCut(third, p.text)) continue;
    const length = lostInside(text, i, p, SHORT_START, endAtLeast);
    if (length === undefined) continue;
    const written = text.slice(i, i + length);
    return {
      start: i,
      end: i + length,
      right: p.text,
      message: {
        zh: `「${written}」少了字：固定说法是「${p.text}」`,
        en: `“${written}” lost characters: the set phrase is “${p.text}”`,
      },
    };
  }
  return undefined;
}

/**
 * Whether the third character written, `third`, may stand in a cut of `t` whose first two characters stand: the third
 * kept, or (only two kept) the first after one to MOST_LOST lost.
 */
function mayBeCut(third: number, t: string): boolean {
  for (let d = 0; d <= MOST_LOST; d++) if (third === t.charCodeAt(SHORT_START + d)) return true;
  return false;
}

/** The two characters at `i` as one int32, a small integer to V8 (c * 0x10000 + d passed 2³¹ at 耀 and was a heap number). */
export function pairKey(text: string, i: number): number {
  return (text.charCodeAt(i) << 16) | text.charCodeAt(i + 1);
}

/** Whether `text` at `at` holds `t` from `from` to `to` (its end unless given), compared in place (no string cut). */
export function sameFrom(text: string, at: number, t: string, from: number, to = t.length): boolean {
  if (at + to - from > text.length) return false;
  for (let j = from; j < to; j++) if (text.charCodeAt(at + j - from) !== t.charCodeAt(j)) return false;
  return true;
}
