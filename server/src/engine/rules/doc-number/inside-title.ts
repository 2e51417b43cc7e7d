// A 文号 put inside the book-title marks of the notice it numbers (《…资金的通知(财社〔2023〕63号)》, 明光民政 2023):
// the 文号 is not part of the title and follows its closing 》 (《…的通知》(财社〔2023〕63号)), as the same text's
// other citations write it. Read where the bracketed 文号 ends right before 》 and a title's words stand before its (.
import type { DocNumber } from '../../parse/doc-numbers.js';
import type { RuleFinding } from '../rule.js';
import { eq, zq } from '../format.js';
import { isHan } from '../../text/han.js';

const OPEN = new Set(['(', '（']);
const CLOSE = new Set([')', '）']);

/** The finding for a 文号 bracketed inside a title's 《》, or undefined. */
export function insideTitle(text: string, d: DocNumber): RuleFinding | undefined {
  let a = d.start - 1;
  while (a >= 0 && text[a] === ' ') a--;
  let b = d.end;
  while (b < text.length && text[b] === ' ') b++;
  if (!OPEN.has(text[a] ?? '') || !CLOSE.has(text[b] ?? '') || text[b + 1] !== '》' || !isHan(text[a - 1] ?? '')) return undefined;
  const cited = text.slice(a, b + 1);
  return {
    span: { start: a, end: b + 2 },
    message: {
      zh: `文号${zq(d.text)}写在了书名号里面：文号不是标题的一部分，应放在“》”之后，写作${zq(`》${cited}`)}`,
      en: `The 文号 ${eq(d.text)} is inside the title's 《》: it is no part of the title and follows the closing 》 (${eq(`》${cited}`)})`,
    },
    fix: {
      title: { zh: '把文号移到“》”之后', en: 'Move the 文号 after 》' },
      edits: [
        { start: a, end: a, newText: '》' },
        { start: b + 1, end: b + 2, newText: '' },
      ],
      safe: true,
    },
  };
}
