// Blanks the outline's skeleton leaves for the drafter (`jixiao init`, an inserted section): two or
// more ideographic spaces after some text on a line, as in 年收入总预算　　万元. A report sent with one
// still in it is returned. Leading ideographic spaces are a paragraph indent, not a blank, and spaces between a filled
// field and the next field's label (单位名称：某局　　　　填报日期：…) set the fields apart.
import { lineMemo } from '../parse/line-memo.js';
import { defineRule, type RuleFinding } from './rule.js';

const IDEOGRAPHIC_SPACE = 0x3000;

/** The common case, natively, and once per line object (lines outlive edits elsewhere). */
const mayHaveBlank = lineMemo((line) => line.text.indexOf('\u3000\u3000') !== -1);

/**
 * A field's label (填报日期：, 联系电话:) right where a run of spaces ends: a header line that spaces its fields apart
 * (made up, red team: 单位名称：某县林业局　　　　填报日期：2024年3月1日). The run is then a blank only when the field before
 * it is empty (it follows a ：).
 */
const NEXT_FIELD = /[^\s\u3000：:，,。；;、（）()]{1,12}[：:]/y;
const LABEL_END = new Set([0xff1a, 58]);

/** The run at [at, end) separates a filled field from the next field's label. */
function fieldSeparator(text: string, at: number, end: number): boolean {
  if (at === 0 || LABEL_END.has(text.charCodeAt(at - 1))) return false;
  NEXT_FIELD.lastIndex = end;
  return NEXT_FIELD.test(text);
}

/** The runs of two or more ideographic spaces in a line's text that follow other text: [start, end) pairs. */
function blanks(text: string): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === IDEOGRAPHIC_SPACE || text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  for (let at = text.indexOf('\u3000\u3000', i); at !== -1; at = text.indexOf('\u3000\u3000', at)) {
    let end = at;
    while (end < text.length && text.charCodeAt(end) === IDEOGRAPHIC_SPACE) end++;
    if (!fieldSeparator(text, at, end)) out.push([at, end]);
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
