// Blanks the outline's skeleton leaves for the drafter (`jixiao init`, an inserted section): two or
// more ideographic spaces after some text on a line, as in 年收入总预算　　万元. A report sent with one
// still in it is returned. Leading ideographic spaces are a paragraph indent, not a blank. Ideographic spaces also lay
// out a form's header line: between a filled value and the next field (联系人：张三　　联系电话：…, 某县统计局　　2024年3月15日)
// they part two fields, and after a stamp's or a signature's label (单位（盖章）：　　) they keep room for ink on paper.
import { lineMemo } from '../parse/line-memo.js';
import { defineRule, type RuleFinding } from './rule.js';

const IDEOGRAPHIC_SPACE = 0x3000;

/** The common case, natively, and once per line object (lines outlive edits elsewhere). */
const mayHaveBlank = lineMemo((line) => line.text.indexOf('\u3000\u3000') !== -1);

/**
 * What follows a run that parts two fields: the next field's label (联系电话：, 负责人（签字）：; no 为 or 是, which end a
 * sentence's lead-in, 目标为：) or a whole date (2024年3月15日, 2024-03-15). A template's blank is followed by its unit or
 * the rest of its sentence (　　万元, 　　年　　月).
 */
const NEXT_FIELD = /^(?:[\u4e00-\u9fa5（）()]{1,8}[:：]|[0-9]{4}(?:年[0-9]{1,2}月[0-9]{1,2}日|[-./][0-9]{1,2}[-./][0-9]{1,2}))/;
const LEAD_IN = /[为是]/;
/** A value ends before the run: not a label's colon, an opening bracket or a word that asks for what follows. */
const VALUE_END = /[^:：（(《“为是于在至和及、，,]$/;
/** A label whose blank is filled by ink on paper: a stamp or a signature (单位（盖章）：, 负责人签字：). */
const BY_HAND = /(?:盖章|签章|公章|签字|签名)[）)]?[:：]$/;
/** How far back from a run its field's label is looked for. */
const LABEL_REACH = 40;

/**
 * The run [at, end) parts two filled fields, or is the room a stamp or a signature takes on paper: the field it stands in
 * (after the last colon before it) is a stamp's or a signature's, its date with it (签字：　　年　　月　　日).
 */
function layout(text: string, at: number, end: number): boolean {
  // the field's label is looked for a short way back: a megabyte line of runs with no colon is not read back to its start
  const near = text.slice(Math.max(0, at - LABEL_REACH), at);
  const colon = Math.max(near.lastIndexOf('：'), near.lastIndexOf(':'));
  if (colon >= 0 && BY_HAND.test(near.slice(Math.max(0, colon - 8), colon + 1))) return true;
  const before = text.slice(Math.max(0, at - 12), at);
  if (!VALUE_END.test(before)) return false;
  const m = NEXT_FIELD.exec(text.slice(end, end + 20));
  return m !== null && !LEAD_IN.test(m[0]);
}

/** The runs of two or more ideographic spaces in a line's text that follow other text and are blanks: [start, end) pairs. */
function blanks(text: string): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === IDEOGRAPHIC_SPACE || text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  for (let at = text.indexOf('\u3000\u3000', i); at !== -1; at = text.indexOf('\u3000\u3000', at)) {
    let end = at;
    while (end < text.length && text.charCodeAt(end) === IDEOGRAPHIC_SPACE) end++;
    if (!layout(text, at, end)) out.push([at, end]);
    at = end;
  }
  return out;
}

export default defineRule({
  id: 'unfilled-blank',
  severity: 'warning',
  scope: 'chunk',
  description: {
    zh: '模板留下的空白（连续的全角空格“　　”）还没有填写。',
    en: 'A blank the template left (ideographic spaces “　　”) has not been filled in.',
  },
  check({ report }) {
    const out: RuleFinding[] = [];
    for (const line of report.parsed.lines) {
      if (!mayHaveBlank(line)) continue;
      const found = blanks(line.text);
      const first = found[0];
      const last = found[found.length - 1];
      if (!first || !last) continue;
      out.push({
        span: { start: line.start + first[0], end: line.start + last[1] },
        message:
          found.length === 1
            ? { zh: '此处空白“　　”还没有填写：请填上内容', en: 'This blank (“　　”) has not been filled in: fill it in' }
            : {
                zh: `本行有 ${found.length} 处空白“　　”还没有填写：请逐一填上内容`,
                en: `${found.length} blanks (“　　”) on this line have not been filled in: fill each in`,
              },
      });
    }
    return out;
  },
});
