// 我 alone as the subject of a clause, where the unit's short name was lost (我对2022年度部门整体支出开展绩效自评, 临沧红十字会
// 2022: 我会对, 我单位对). A self-evaluation speaks as its unit (我局, 我单位, 我县), never as a person, so 我 opening a
// clause right before a preposition or an adverb of the subject (data/typo.json `selfLostBefore`: 对, 按照, 根据, 严格…)
// lost what followed it. Which name was lost is the drafter's to say: no fix. 我们, 我国 and 自我 are not read (only 我
// after a mark or at the line's start, and only before a listed word).
import list from '../data/typo.json' with { type: 'json' };
import type { Glued } from './glued-digits.js';
import { execAll } from '../../text/exec-all.js';

const BARE = new RegExp(`(?:^|(?<=[，,。；;：:]))[ \\u3000]*我(?=${list.selfLostBefore.join('|')})`, 'g');

/** Each 我 opening a clause before a listed word, with no unit's name after it. */
export function bareSelf(text: string): Glued[] {
  if (!text.includes('我')) return NONE;
  let out: Glued[] | undefined;
  for (const m of execAll(BARE, text)) {
    const at = m.index + m[0].length - 1;
    if (spoken(text, at)) continue;
    const next = list.selfLostBefore.find((w) => text.startsWith(w, at + 1)) as string;
    const written = `我${next}`;
    (out ??= []).push({
      start: at,
      end: at + 1,
      message: {
        zh: `「${written}」中“我”后面少了单位的简称：请写明主体，如「我局${next}」「我单位${next}」`,
        en: `In “${written}” the unit's short name after 我 is lost: name the body, as in “我局${next}” or “我单位${next}”`,
      },
    });
  }
  return out ?? NONE;
}

/**
 * A speech verb ending the clause before, and its mark (群众所说，我对…); or any colon: what follows a colon with 我 is a
 * speaker's words, whoever is named before it (一位家长留言：我对…, 受助学生小李：我按照…; made up, session 22 round 2). No
 * report's unit was seen opening its own clause after a colon with a bare 我.
 */
const SAID = /(?:(?:说|表示|反映|认为|谈到|讲|称)[，,]|[：:])[ \u3000]*$/;

/**
 * Whether the 我 at `at` is a person's own word, not the unit's: inside a quotation the line opened before it
 * (“我对补贴发放很满意”), or right after a speech verb (正如群众所说，我对这项政策非常满意: made up, session 22 red team).
 */
function spoken(text: string, at: number): boolean {
  const before = text.slice(0, at);
  if (before.lastIndexOf('“') > before.lastIndexOf('”') || before.lastIndexOf('「') > before.lastIndexOf('」')) return true;
  return SAID.test(before.slice(-6));
}

const NONE: Glued[] = [];
