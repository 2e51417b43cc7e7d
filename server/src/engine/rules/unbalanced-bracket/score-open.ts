// A score in round brackets after an indicator's name that lost its ) (枞阳 2021, a 自评表 flattened into prose: 项目预算
// 规范性(3分 :根据…, 资金落实(6分 资金到位率…, where its siblings write (2分) and (3分):): an unmatched ( right before a
// figure and 分 that no ) follows. The ) goes right after 分 (on request: the drafter may have meant more inside). Part of
// unbalanced-bracket.
import { eq, zq } from '../format.js';
import type { RuleFinding } from '../rule.js';

const SCORE = /^[(（]([0-9]{1,3}(?:\.[0-9]{1,2})?)分(?![)）])/;

/** The finding for an unmatched ( at `at` that opens a score, or undefined. */
export function scoreLeftOpen(text: string, at: number): RuleFinding | undefined {
  const m = SCORE.exec(text.slice(at, at + 8));
  if (!m) return undefined;
  const end = at + m[0].length;
  const close = text[at] === '(' ? ')' : '）';
  const written = m[0];
  return {
    span: { start: at, end },
    message: {
      zh: `分值${zq(written)}的括号没有右括号：应为${zq(written + close)}`,
      en: `The score ${eq(written)} has no closing bracket: write ${eq(written + close)}`,
    },
    fix: { title: { zh: `补上${zq(close)}`, en: `Add ${eq(close)}` }, edits: [{ start: end, end, newText: close }], safe: false },
  };
}
