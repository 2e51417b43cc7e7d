// A fixed name of the budget's economic classes that lost its last character before its figure (基本支989312.11元, 施甸
// 图书馆 2023: 基本支出 with 出 lost, the line going on 其中工资福利支出958359.61元): the classes (工资福利支出,
// 商品和服务支出, 对个人和家庭的补助, 资本性支出, 基本支出, 项目支出: data/typo.json `budgetClasses`) are names no
// drafter shortens, and no word of a report ends on 基本支 or 资本性支, so the name cut before a digit is read as the name.
import list from '../data/typo.json' with { type: 'json' };
import type { Glued } from './glued-digits.js';
import { anyCharOf } from '../../text/char-table.js';

/** Each class without its last character, and the class. */
const CUTS = list.budgetClasses.map((name) => ({ cut: name.slice(0, -1), name }));
/**
 * A cut's last character before a digit: a line without one holds no cut, and one native test of it replaces a search
 * per class (most lines hold none; the CLI's engine runs the searches interpreted, never warmed up).
 */
const CUT_END = new RegExp(`${anyCharOf(CUTS.map((c) => c.cut.slice(-1)).join('')).source}[0-9０-９]`);

/** Each class name cut before a figure in the line, class by class (the typo rule sorts every shape's findings). */
export function budgetClassCuts(text: string): Glued[] {
  if (!CUT_END.test(text)) return NONE;
  let out: Glued[] | undefined;
  for (const { cut, name } of CUTS) {
    for (let at = text.indexOf(cut); at >= 0; at = text.indexOf(cut, at + cut.length)) {
      const next = text.charCodeAt(at + cut.length);
      if (!((next >= 0x30 && next <= 0x39) || (next >= 0xff10 && next <= 0xff19))) continue;
      let end = at + cut.length;
      while (end < text.length && /[0-9０-９.,]/.test(text[end] as string)) end++;
      const written = text.slice(at, end);
      (out ??= []).push({
        start: at,
        end: at + cut.length,
        right: name,
        message: {
          zh: `「${written}」中支出科目名称少了字：应为「${name}${text.slice(at + cut.length, end)}」`,
          en: `“${written}”: the economic class's name lost a character: write “${name}${text.slice(at + cut.length, end)}”`,
        },
      });
    }
  }
  return out ?? NONE;
}

const NONE: Glued[] = [];
