// 共 (in all) written twice around one count in a clause (共接待各级领导共500多人次, 保山驻京联络处 2022): once before
// the verb, once before the figure; one of them has to go. Read only where the first 共 stands before a verb that
// counts (data/repeated-word.json `countVerbs`: 接待, 发放, 完成…) and is no part of a longer word (公共, 中共, 总共,
// 一共), and the second stands right before a figure, in the same clause.
import words from '../data/repeated-word.json' with { type: 'json' };
import type { Repeat } from './repeat.js';

/** 共 and a verb that counts, not after 公/中/总/一, then no clause mark up to 共 before a digit (linear: no mark in either run). */
const TWICE = new RegExp(`(?<![公中总一])共(?=${words.countVerbs.join('|')})[^，,；;。！？!?：:共]{1,30}共(?=[0-9])`, 'g');

export function countTwice(text: string): Repeat[] {
  if (!text.includes('共')) return NONE;
  let out: Repeat[] | undefined;
  for (const m of text.matchAll(TWICE)) {
    const second = m.index + m[0].length - 1;
    (out ??= []).push({ at: m.index, length: 1, copies: 2, end: second + 1, cut: [second, second + 1], word: '共' });
  }
  return out ?? NONE;
}

const NONE: Repeat[] = [];
