// A function character written twice (从中央到地方的的连续性业务, 沅陵史志 2023, twice on one line): 的 is a word of its
// own that is never doubled, unlike a character doubled for emphasis (常常, 人人). The doubling is right only where
// the two copies belong to two words, or to one: a word that ends on the first copy (不以营利为目的的单位: 目的 + 的) or
// starts on the second (的的确确: 的确); data/repeated-word.json `particles` and `particleWords`. Other characters are
// not listed: 对对象 (对 + 对象), 是是非非, 等等 and 不了了之 are right in real reports.
import words from '../data/repeated-word.json' with { type: 'json' };
import type { Repeat } from './repeat.js';

const TWICE = words.particles.map((c) => c + c);
const PARTICLE_WORDS = words.particleWords;

export function doubledParticles(text: string): Repeat[] {
  let out: Repeat[] | undefined;
  for (const twice of TWICE) {
    for (let i = text.indexOf(twice); i >= 0; i = text.indexOf(twice, i + 2)) {
      // three in a row or more is not a slip of one key (的的的, a stutter written out)
      if (text.charCodeAt(i + 2) === twice.charCodeAt(0) || twoWords(text, i)) continue;
      (out ??= []).push({ at: i, length: 1, copies: 2, safe: true });
    }
  }
  return out ?? NONE;
}

/** A listed word ends on the first copy or starts on the second (目的的, 的的确确). */
function twoWords(text: string, i: number): boolean {
  for (const w of PARTICLE_WORDS) if (text.endsWith(w, i + 1) || text.startsWith(w, i + 1)) return true;
  return false;
}

const NONE: Repeat[] = [];
