// One X standing where a figure belongs (全县辖x个乡、X个镇, 总户数X户X人, 资金X万元, 占总资金的X。: 沙县 2021), a template's
// placeholder written with a single letter where most write XX. A single X is also a word's letter (X光机, X射线, a model's
// X型), so it is read only between a word and the measure that ends its figure, or after a word that introduces one
// (为X%, 的X。), and the rule counts it only in a text with another mask or a second such X (leftover-instruction.ts).
// The characters read round it are the lone star's (leftover-instruction.json `starFigure`).
import words from '../data/leftover-instruction.json' with { type: 'json' };
import { isHanCode } from '../../text/han.js';
import { FIGURE_AFTER } from './star-masks.js';

const LETTERS = new Set([...'XxＸｘ'].map((c) => c.charCodeAt(0)));
const FIGURE_BEFORE = new Set([...words.starFigure.before, '的'].map((c) => c.charCodeAt(0)));
/** A digit or a Latin letter: a file name's or a code's character, which no year or mask follows (leftover-instruction.ts's too). */
export const isAsciiWord = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** A single X at `at`, not part of a Latin word or a figure, after Chinese and before a measure or a figure's end. */
export function letterMask(text: string, at: number): boolean {
  if (!LETTERS.has(text.charCodeAt(at))) return false;
  const b = text.charCodeAt(at - 1);
  const a = text.charCodeAt(at + 1);
  if (isAsciiWord(a) || LETTERS.has(a) || !isHanCode(b)) return false;
  // 辖x个乡, 总户数X户 (a measure of Chinese), or 的X。 (a word that introduces a figure, then the sentence's mark)
  return (isHanCode(a) && FIGURE_AFTER.has(a)) || (FIGURE_BEFORE.has(b) && FIGURE_AFTER.has(a));
}
