// A set phrase of the budget papers written with a slip of the hand inside it, the kinds set-phrase.ts (characters
// lost) does not read: a character typed into a word after the phrase's first two (绩效目x标), two neighbours swapped (预算行执率 for 预算执行率), or a
// character written as its neighbour's copy (退人人员 for 退休人员, 桃源公安 2022), or an earlier word written again
// between two of its words (人力资源社会资源保障, 泸西妇联 2021). The phrase's first and last characters
// stay as written, and the slip is inside the phrase: an insertion only inside a word (绩效|目标 takes a word between its
// words: 绩效总目标 is right), a swap only of two characters of which one is inside a word. A character replaced by
// another is read only where it copies its neighbour: a synonym one character off (资金使用状况 for 资金使用情况, 社会效果)
// is a word, not a slip; and the character it stood for is not certain (退役人员?), so that one is said, not fixed. The
// phrases are typo.json's `setPhrases` of five characters or more (four for a copy, whose doubled character marks it).
import list from '../data/typo.json' with { type: 'json' };
import type { Glued } from './glued-digits.js';
import { isHanCode } from '../../text/han.js';
import { CUT_FIRST, CUT_TAIL, pairKey, phraseCutAt, sameFrom, wordsPhrase, type Phrase } from './set-phrase.js';

/** Shortest phrase read for a character typed in or two swapped: a shorter one leaves too few characters standing. */
const SHORTEST = 5;
/** Shortest read for a character written as its neighbour's copy: the doubled character (人人) marks it. */
const SHORTEST_COPIED = 4;

const PHRASES: Phrase[] = list.setPhrases.map(wordsPhrase).filter((p) => p.text.length >= SHORTEST_COPIED);
/**
 * The phrases by their first two characters as a slip may leave them (the first kept; the second the phrase's second, or
 * its third or first where the slip is at the second: swapped or copied), longest first; FIRST marks the first
 * characters, so any other costs one array read and no string is cut.
 */
const BY_START = new Map<number, Phrase[]>();
const FIRST = new Uint8Array(0x10000);
/**
 * The characters that stand second in a pair either reading looks up (a cut phrase's first two, a slip's keys above): a
 * place whose next character is none of them is passed with one more array read, not two look-ups (two places in five).
 */
const SECOND = new Uint8Array(0x10000);
for (const spaced of list.setPhrases) SECOND[spaced.replace(/ /g, '').charCodeAt(1)] = 1;
for (const p of [...PHRASES].sort((a, b) => b.text.length - a.text.length)) {
  const t = p.text;
  FIRST[t.charCodeAt(0)] = 1;
  for (const second of new Set([t[1], t[2], t[0]])) {
    const key = pairKey((t[0] as string) + (second as string), 0);
    BY_START.set(key, [...(BY_START.get(key) ?? []), p]);
    SECOND[key & 0xffff] = 1;
  }
}

/** Where `text` at `i` first differs from `p`, comparing at most `p`'s length. */
function common(text: string, i: number, p: string): number {
  let k = 0;
  while (k < p.length && text.charCodeAt(i + k) === p.charCodeAt(k)) k++;
  return k;
}

/** Whether `text` from `from` holds `p` from `pFrom` to its end. */
function restMatches(text: string, from: number, p: string, pFrom: number): boolean {
  return sameFrom(text, from, p, pFrom);
}

/**
 * Whether the third and fourth characters written may stand in a slip of `t` whose first character stands (slipAt's cases
 * by where the text leaves the phrase): the third kept; the second and third swapped, or the second a copy of the third
 * (third t[1] or t[2]); the third and fourth swapped, or the third a copy of its neighbour (t[3] or t[1]); a character
 * typed in after two kept (the fourth t[2]). Of a report's ~1,400 phrases asked, few pass: slipAt is called for those.
 */
function maySlip(third: number, fourth: number, t: string): boolean {
  return third === t.charCodeAt(2) || third === t.charCodeAt(1) || third === t.charCodeAt(3) || fourth === t.charCodeAt(2);
}

interface Slip {
  length: number;
  kind: 'inserted' | 'again' | 'swapped' | 'copied';
}

/** The slip of `p` written at `i`, or undefined (the phrase itself, another text, or a slip not read). */
function slipAt(text: string, i: number, p: Phrase): Slip | undefined {
  const t = p.text;
  const n = t.length;
  const k = common(text, i, t);
  if (k === n || k === 0) return undefined;
  const c = text.charCodeAt(i + k);
  if (!isHanCode(c)) return undefined;
  const long = n >= SHORTEST;
  // a character typed inside a word: the phrase goes on after it (a character typed twice, 农农村, is repeated-word's)
  if (long && k >= 2 && !p.bounds.has(k) && c !== t.charCodeAt(k - 1) && c !== t.charCodeAt(k) && restMatches(text, i + k + 1, t, k))
    return { length: n + 1, kind: 'inserted' };
  // two neighbours swapped, neither the phrase's last, one of them inside a word
  if (long && k + 2 < n && c === t.charCodeAt(k + 1) && text.charCodeAt(i + k + 1) === t.charCodeAt(k)) {
    if ((!p.bounds.has(k) || !p.bounds.has(k + 1) || !p.bounds.has(k + 2)) && restMatches(text, i + k + 2, t, k + 2))
      return { length: n, kind: 'swapped' };
  }
  // an earlier word of the phrase written again between two of its words (人力资源社会资源保障, 泸西妇联 2021), not the
  // word right before (资金资金 is repeated-word's)
  if (long && p.bounds.has(k)) {
    const again = wordAgainAt(text, i, p, k);
    if (again > 0) return { length: n + again, kind: 'again' };
  }
  // a character written as its neighbour's copy (退人人员): the phrase's next or previous character, inside the phrase
  if (k + 1 < n && (c === t.charCodeAt(k + 1) || c === t.charCodeAt(k - 1)) && restMatches(text, i + k + 1, t, k + 1))
    return { length: n, kind: 'copied' };
  return undefined;
}

/**
 * The length of a word of `p` that ends before the word ending at `k` (two characters or more), written again at `k`
 * with the phrase going on after it, or 0.
 */
function wordAgainAt(text: string, i: number, p: Phrase, k: number): number {
  const t = p.text;
  let from = 0;
  for (let b = 1; b < k; b++) {
    if (!p.bounds.has(b)) continue;
    const w = b - from;
    if (w >= 2 && sameFrom(text, i + k, t, from, b) && restMatches(text, i + k + w, t, k)) return w;
    from = b;
  }
  return 0;
}

const MESSAGE = {
  inserted: { zh: '多了一个字', en: 'has a character too many' },
  again: { zh: '多写了一个词', en: 'has a word written again' },
  swapped: { zh: '两个字颠倒了', en: 'has two characters swapped' },
  copied: { zh: '有一个字写错了', en: 'has a character mistyped' },
} as const;

/**
 * The line's set phrases written with characters lost (set-phrase.ts) and with a slip, each kind left to right, in one
 * pass over the line, not two: both are asked at each character that opens a set phrase (a sixth of a report's), and
 * the CLI's cold engine pays for every loop. Each kind keeps its own place: after a phrase found, the next of its kind
 * is looked for past it, and one of the other kind may overlap it (each list is what a pass of its own gives).
 */
export function phraseReadings(text: string): { cuts: Glued[]; slips: Glued[] } {
  let cuts: Glued[] | undefined;
  let slips: Glued[] | undefined;
  let nextCut = 0;
  let nextSlip = 0;
  const cutsTo = text.length - CUT_TAIL;
  const slipsTo = text.length - SHORTEST_COPIED;
  for (let i = 0; i <= cutsTo || i <= slipsTo; i++) {
    const c = text.charCodeAt(i);
    // the phrases read here are set-phrase's of four characters or more: their first characters are among its
    if (CUT_FIRST[c] !== 1 || SECOND[text.charCodeAt(i + 1)] !== 1) continue;
    if (i >= nextCut && i <= cutsTo) {
      const cut = phraseCutAt(text, i);
      if (cut) {
        (cuts ??= []).push(cut);
        nextCut = cut.end;
      }
    }
    if (i >= nextSlip && i <= slipsTo && FIRST[c] === 1) {
      const slip = slipFoundAt(text, i);
      if (slip) {
        (slips ??= []).push(slip);
        nextSlip = slip.end;
      }
    }
  }
  return { cuts: cuts ?? NONE, slips: slips ?? NONE };
}

/** The first phrase (longest first) written at `i` with a slip, as its finding; `i`'s character is in FIRST. */
function slipFoundAt(text: string, i: number): Glued | undefined {
  const phrases = BY_START.get(pairKey(text, i)) ?? NO_PHRASES;
  const third = text.charCodeAt(i + 2);
  const fourth = text.charCodeAt(i + 3);
  // a plain loop: no iterator per place read (a twentieth of a report's characters)
  for (let k = 0; k < phrases.length; k++) {
    const p = phrases[k] as Phrase;
    if (!maySlip(third, fourth, p.text)) continue;
    const slip = slipAt(text, i, p);
    if (!slip) continue;
    const written = text.slice(i, i + slip.length);
    const m = MESSAGE[slip.kind];
    const found: Glued = {
      start: i,
      end: i + slip.length,
      message: {
        zh: `「${written}」${m.zh}：固定说法是「${p.text}」`,
        en: `“${written}” ${m.en}: the set phrase is “${p.text}”`,
      },
    };
    // a copy replaced a character the phrase list alone names (退人人员: 退休 or 退役?): said, not fixed
    if (slip.kind === 'copied') {
      found.message = {
        zh: `「${written}」${m.zh}：疑为「${p.text}」，请核对`,
        en: `“${written}” ${m.en}: “${p.text}”? Check`,
      };
    } else found.right = p.text;
    return found;
  }
  return undefined;
}

const NONE: Glued[] = [];
const NO_PHRASES: Phrase[] = [];
