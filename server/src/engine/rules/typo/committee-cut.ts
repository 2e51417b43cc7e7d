// A committee's name written without its last 会 (市卫生健康委员、市财政局联合印发, 六安妇幼 2021; 人民调解委员10万元,
// 六安信访 2023). 委员 alone is a member, not a body, so a name cut there is no short name in use, as 发展改革委员会 is
// of 发展和改革委员会. Only the listed committees are read (typo.json `committeeNames`): a member's title looks the same
// (政协委员, 常务委员, 专职委员进行…), and so does a committee whose member is called by its name (人民调解委员3名:
// `members`, read only before an amount of money, which a body's project has and a count of members has not).
import list from '../data/typo.json' with { type: 'json' };
import type { Glued } from './glued-digits.js';
import { execAll } from '../../text/exec-all.js';

const { bodies, members } = list.committeeNames;
/** A listed committee's stem and 委员, then no 会 (nor a space or the line's end, where a break may stand before it). */
const CUT = new RegExp(`(${[...bodies, ...members].join('|')})委员(?=[^会\\s])`, 'g');
const MEMBERS = new Set(members);
/** An amount of money: digits (a decimal point, thousands' commas) and 元 or 万元. */
const MONEY = /^[0-9０-９][0-9０-９.,]*(?:万|亿)?元/;

/** Each listed committee's name in the line that lost its last 会. */
export function committeeCuts(text: string): Glued[] {
  if (!text.includes('委员')) return NONE;
  let out: Glued[] | undefined;
  for (const m of execAll(CUT, text)) {
    const end = m.index + m[0].length;
    const member = MEMBERS.has(m[1] as string);
    if (member && !MONEY.test(text.slice(end, end + 16))) continue;
    const written = m[0];
    const g: Glued = {
      start: m.index,
      end,
      message: {
        zh: `机构名称「${written}」少了“会”字：应为「${written}会」（“委员”指人）`,
        en: `The body's name “${written}” lost its 会: it is “${written}会” (委员 alone is a member)`,
      },
    };
    // a member's stem before an amount may still be the members' pay (人民调解委员补贴): said, not fixed
    if (!member) g.right = `${written}会`;
    (out ??= []).push(g);
  }
  return out ?? NONE;
}

const NONE: Glued[] = [];
