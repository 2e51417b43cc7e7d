// A function character written twice (从中央到地方的的连续性业务, 沅陵史志 2023, twice on one line): 的 is a word of its
// own that is never doubled, unlike a character doubled for emphasis (常常, 人人). The doubling is right only where
// the two copies belong to two words, or to one: a word that ends on the first copy (不以营利为目的的单位: 目的 + 的) or
// starts on the second (的的确确: 的确; 为了了解: 了解; 不了了之), unless a longer word ends on the first copy and takes it
// from the listed word (绩效目标的的可衡量性: 目标 + 的, not 标的 + 的; session 23 blind set); the longest match wins
// (采购项目标的的金额: 项目 + 标的 + 的). data/repeated-word.json `particles`, `particleWords` and `particleSlips`. Other
// characters are not listed: 对对象 (对 + 对象), 是是非非 and 等等 are right in real reports; a 文号's 号 after its serial
// number is (DOUBLED_HAO).
import words from '../data/repeated-word.json' with { type: 'json' };
import type { Repeat } from './repeat.js';

const TWICE = words.particles.map((c) => c + c);
const PARTICLE_WORDS = words.particleWords;
const PARTICLE_SLIPS = words.particleSlips;

/**
 * A 文号's 号 written twice (湘财社指〔2023〕8号号, 怀化 血站 2023): after a serial number, 号号 is never two words (a word
 * starting on the second copy, 号源, 号码, 号牌, 号楼, is left alone).
 */
const DOUBLED_HAO = /[0-9０-９]号号(?![源码碼牌楼樓号])/g;

export function doubledParticles(text: string): Repeat[] {
  let out: Repeat[] | undefined;
  if (text.includes('号号'))
    for (const m of text.matchAll(DOUBLED_HAO)) (out ??= []).push({ at: m.index + 1, length: 1, copies: 2, safe: true });
  for (const twice of TWICE) {
    for (let i = text.indexOf(twice); i >= 0; i = text.indexOf(twice, i + 2)) {
      // three in a row or more is not a slip of one key (的的的, a stutter written out)
      if (text.charCodeAt(i + 2) === twice.charCodeAt(0) || twoWords(text, i)) continue;
      // 的的 is deleted on save; a 了了 is offered only: 了了 is a word of its own in a few idioms (了了分明, 小时了了)
      (out ??= []).push({ at: i, length: 1, copies: 2, safe: twice === '的的' });
    }
  }
  return out ?? NONE;
}

/**
 * A listed word starts on the second copy (的的确确, 为了了解), or ends on the first (目的的) and no longer slip word
 * ends there (目标的的: 目标 + 的).
 */
function twoWords(text: string, i: number): boolean {
  let word = 0;
  for (const w of PARTICLE_WORDS) {
    if (text.startsWith(w, i + 1)) return true;
    if (w.length > word && text.endsWith(w, i + 1)) word = w.length;
  }
  if (word === 0) return false;
  for (const w of PARTICLE_SLIPS) if (w.length > word && text.endsWith(w, i + 1)) return false;
  return true;
}

const NONE: Repeat[] = [];
