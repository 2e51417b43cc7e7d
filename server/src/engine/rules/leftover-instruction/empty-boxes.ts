// A form's field whose value is still the template's row of empty boxes, one per character to write (项目编码:
// □□□□□□□□□□□□□□□□□, 下花园 2019): the code or number was never filled in. Read only right after a label and its
// colon, and to the end of the cell: a run of boxes inside a sentence is a PDF's lost glyphs, not a form.
import words from '../data/leftover-instruction.json' with { type: 'json' };
import { isHanCode } from '../../text/han.js';

const EMPTY = new Set([...words.emptyBoxes]);
/** Fewest boxes read as a field: a choice's options carry one each (评价类型: □事前 □事后). */
const MIN_BOXES = 4;
/** The label's words before its colon are read back this far. */
const LABEL_WORD = 8;

export interface EmptyField {
  at: number;
  length: number;
}

/** The fields of a line left as empty boxes: the label and its boxes. */
export function emptyBoxFields(text: string): EmptyField[] {
  if (![...EMPTY].some((b) => text.includes(b + b))) return NONE;
  let out: EmptyField[] | undefined;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== ':' && text[i] !== '：') continue;
    let j = i + 1;
    while (text[j] === ' ' || text[j] === '\u3000') j++;
    const from = j;
    while (EMPTY.has(text[j] as string) || ((text[j] === ' ' || text[j] === '\u3000') && EMPTY.has(text[j + 1] as string))) j++;
    let boxes = 0;
    for (let k = from; k < j; k++) if (EMPTY.has(text[k] as string)) boxes++;
    // the boxes end the line or the cell (项目编码: □□□□ | 项目名称…); boxes a word follows are something else
    const next = text[j];
    if (boxes < MIN_BOXES || (next !== undefined && next !== ' ' && next !== '\u3000' && next !== '|' && next !== '\r')) {
      i = Math.max(i, j - 1);
      continue;
    }
    let at = i;
    while (at > 0 && i - at < LABEL_WORD && isHanCode(text.charCodeAt(at - 1))) at--;
    if (at < i) (out ??= []).push({ at, length: j - at });
    i = j - 1;
  }
  return out ?? NONE;
}

const NONE: EmptyField[] = [];
