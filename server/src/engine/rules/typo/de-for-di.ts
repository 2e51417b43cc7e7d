// 的 for 地 between an adverb and its verb (为更好的做好该项目, 保山驻沪联络处 2019 and 驻京 2021): 地 marks an
// adverbial, 的 an attribute. Only pairs that cannot be read otherwise are taken (data/typo.json `deForDi`): an
// adverb of the reports' language, then a verb with a result (做好, 落实好) or a verb with 了 (完成了) — a verb that
// cannot be a noun there, unlike 更好的服务 or 有效的推进 (the effective drive), which are right. And the adverb opening a
// clause with 的, then a verb that takes an object and its object (支持公安机关开展禁毒业务工作,…,有效的打击毒品犯罪, 宣城禁毒
// 2021): nothing before it in the clause can take 有效的打击 as its object, so the verb is the clause's own (data `clauseVerbs`,
// verbs with no noun reading there; 服务 and 保障 are not listed: 更好的服务群众, 有效的保障措施 read either way).
import type { Glued } from './glued-digits.js';
import list from '../data/typo.json' with { type: 'json' };
import { execAll } from '../../text/exec-all.js';

const ADVERBS = list.deForDi.adverbs.join('|');
const VERBS = list.deForDi.verbs.join('|');
/** The adverb, 的, then a listed verb with 好 or 了 after it (做好 and 抓好 are listed whole, with their 好). */
const PAIR = new RegExp(`(?:${ADVERBS})(的)(?=((?:${VERBS})(?:好|了)|${list.deForDi.whole.join('|')}))`, 'g');

/** A clause's start (the line's, after a comma, a stop or a cell's space), the adverb, 的, a listed verb and a Han character. */
const OPENING = new RegExp(
  `(?:^|[，,；;。：: \u3000])[ \u3000]*(?:${ADVERBS})(的)(?=(${list.deForDi.clauseVerbs.join('|')})[\u4e00-\u9fa5])`,
  'g',
);

/** Each 的 that should be 地 in the line (the pairs', then the clause openings': the typo rule sorts every shape's findings). */
export function deForDi(text: string): Glued[] {
  if (!text.includes('的')) return NONE;
  let out: Glued[] | undefined;
  const seen = new Set<number>();
  for (const m of [...execAll(PAIR, text), ...execAll(OPENING, text)]) {
    const start = m.index + m[0].length - 1;
    if (seen.has(start)) continue;
    seen.add(start);
    const adverb = m[0].slice(0, -1).replace(/^[，,；;。：: \u3000]*/, '');
    const verb = (m[2] as string).replace(/了$/, '');
    (out ??= []).push({
      start,
      end: start + 1,
      right: '地',
      message: {
        zh: `「${adverb}的${verb}」中“${verb}”是动词，状语后应用“地”：应为「${adverb}地${verb}」`,
        en: `In “${adverb}的${verb}” ${verb} is a verb: an adverbial takes 地, write “${adverb}地${verb}”`,
      },
    });
  }
  return out ?? NONE;
}

const NONE: Glued[] = [];
