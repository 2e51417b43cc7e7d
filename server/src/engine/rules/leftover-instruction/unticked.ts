// A form's choice left unanswered: a label such as 评价类型: followed by options each with an empty box and none
// ticked (評價類型:項目實施過程評價□項目完成結果評價□, 岳阳县 2020, a mirror's traditional script). A group with a
// tick anywhere in it (事后评价□√, 横县 2017; 项目完成结果评价■, 南湖 2016; 县直专项 ☑; a font's tick given as R, 事前评价R,
// 渑池 2019) is answered. Only boxes after
// a label with its colon are read: a run of boxes elsewhere is a PDF's lost glyphs, not a form.
import words from '../data/leftover-instruction.json' with { type: 'json' };
import { isHanCode } from '../../text/han.js';

const LABEL = new RegExp(`(?:${words.choiceLabels.join('|')})[ \\u3000]*[:：]`, 'g');
const EMPTY = new Set([...words.emptyBoxes]);
const TICKS = new Set([...words.ticks]);
/** The label's own word before 类型 (评价类型, 项目属性) is read back this far. */
const LABEL_WORD = 4;
/** Boxes a choice has at least: one box alone may be a lost glyph. */
const MIN_BOXES = 2;

/**
 * A Word font's checked box given as a Latin letter (Wingdings 2's ☑ is R: 渑池 2019, 事前评价R 事中评价□): right after an
 * option's last character and before a space, a box or the group's end.
 */
function fontTick(text: string, i: number, stop: number): boolean {
  if (!FONT_TICKS.has(text[i] as string) || !isHanCode(text.charCodeAt(i - 1))) return false;
  const next = text[i + 1];
  return i + 1 >= stop || next === ' ' || next === '\u3000' || EMPTY.has(next as string);
}
const FONT_TICKS = new Set([...words.fontTicks]);

export interface Unticked {
  at: number;
  length: number;
}

/** The unanswered choice groups of a line, left to right. */
export function untickedChoices(text: string): Unticked[] {
  if (![...EMPTY].some((b) => text.includes(b))) return NONE;
  const labels = [...text.matchAll(LABEL)];
  let out: Unticked[] | undefined;
  labels.forEach((m, k) => {
    const start = m.index;
    const stop = labels[k + 1]?.index ?? text.length;
    let boxes = 0;
    let last = -1;
    for (let i = start + m[0].length; i < stop; i++) {
      const c = text[i] as string;
      if (TICKS.has(c) || fontTick(text, i, stop)) return;
      if (EMPTY.has(c)) {
        boxes++;
        last = i;
      }
    }
    if (boxes < MIN_BOXES) return;
    let at = start;
    while (at > 0 && start - at < LABEL_WORD && isHanCode(text.charCodeAt(at - 1))) at--;
    (out ??= []).push({ at, length: last + 1 - at });
  });
  return out ?? NONE;
}

const NONE: Unticked[] = [];
