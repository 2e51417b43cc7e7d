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
  const quotes = new Quotes(text);
  for (const m of execAll(BARE, text)) {
    const at = m.index + m[0].length - 1;
    if (quotes.openAt(at) || SAID.test(text.slice(Math.max(0, at - 6), at))) continue;
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
 * Before 我, what makes it a person's word, not the unit's: a speech verb ending the clause before, and its mark
 * (正如群众所说，我对…: made up, session 22 red team); or any colon: what follows a colon with 我 is a speaker's words,
 * whoever is named before it (一位家长留言：我对…, 受助学生小李：我按照…; made up, session 22 round 2). No report's unit
 * was seen opening its own clause after a colon with a bare 我.
 */
const SAID = /(?:(?:说|表示|反映|认为|谈到|讲|称)[，,]|[：:])[ \u3000]*$/;

/**
 * Whether a quotation the line opened is still open at a place (“我对补贴发放很满意”: a person's own words), asked at
 * places left to right: the marks are read once, from the last place asked (a line of many clauses costs one pass).
 */
class Quotes {
  private readonly text: string;
  /** Where the last of each mark stands among the characters read: “ ” 「 」. */
  private lastOpen = -1;
  private lastClose = -1;
  private lastOpenCorner = -1;
  private lastCloseCorner = -1;
  private read = 0;
  constructor(text: string) {
    this.text = text;
  }
  openAt(at: number): boolean {
    for (; this.read < at; this.read++) {
      const c = this.text.charCodeAt(this.read);
      if (c === 0x201c) this.lastOpen = this.read;
      else if (c === 0x201d) this.lastClose = this.read;
      else if (c === 0x300c) this.lastOpenCorner = this.read;
      else if (c === 0x300d) this.lastCloseCorner = this.read;
    }
    return this.lastOpen > this.lastClose || this.lastOpenCorner > this.lastCloseCorner;
  }
}

const NONE: Glued[] = [];
