// 的 for 地 between an adverb and its verb (为更好的做好该项目, 保山驻沪联络处 2019 and 驻京 2021): 地 marks an
// adverbial, 的 an attribute. Only pairs that cannot be read otherwise are taken (data/typo.json `deForDi`): an
// adverb of the reports' language, then a verb with a result (做好, 落实好) or a verb with 了 (完成了) — a verb that
// cannot be a noun there, unlike 更好的服务 or 有效的推进 (the effective drive), which are right.
import type { Glued } from './glued-digits.js';
import list from '../data/typo.json' with { type: 'json' };

const ADVERBS = list.deForDi.adverbs.join('|');
const VERBS = list.deForDi.verbs.join('|');
/** The adverb, 的, then a listed verb with 好 or 了 after it (做好 and 抓好 are listed whole, with their 好). */
const PAIR = new RegExp(`(?:${ADVERBS})(的)(?=(?:${VERBS})(?:好|了)|${list.deForDi.whole.join('|')})`, 'g');

/** Each 的 that should be 地 in the line, left to right. */
export function deForDi(text: string): Glued[] {
  if (!text.includes('的')) return NONE;
  let out: Glued[] | undefined;
  for (const m of text.matchAll(PAIR)) {
    const start = m.index + m[0].length - 1;
    const adverb = m[0].slice(0, -1);
    (out ??= []).push({
      start,
      end: start + 1,
      right: '地',
      message: {
        zh: `「${adverb}的」后面是动词，状语后应用“地”：应为「${adverb}地」`,
        en: `“${adverb}的” comes before a verb: an adverbial takes 地, write “${adverb}地”`,
      },
    });
  }
  return out ?? NONE;
}

const NONE: Glued[] = [];
