// Blanks the outline's skeleton leaves for the drafter (`jixiao init`, an inserted section): two or
// more ideographic spaces after some text on a line, as in 年收入总预算　　万元. A report sent with one
// still in it is returned. Leading ideographic spaces are a paragraph indent, not a blank. Ideographic spaces also lay
// out a form's header line: between a filled value and the next field (联系人：张三　　联系电话：…, 某县统计局　　2024年3月15日)
// they part two fields, and after a stamp's or a signature's label (单位（盖章）：　　) they keep room for ink on paper.
// A date whose month and day were left blank with the spaces squeezed out (2014年月) is such a blank too (dates/unfilled-date.ts).
import { lineMemo } from '../parse/line-memo.js';
import { defineRule, type RuleFinding } from './rule.js';
import { eq, zq } from './format.js';
import { unfilledDates, type UnfilledDate } from './dates/unfilled-date.js';
import type { TextLine } from '../parse/blocks.js';

const IDEOGRAPHIC_SPACE = 0x3000;

/** The common case, natively, and once per line object (lines outlive edits elsewhere). */
const mayHaveBlank = lineMemo((line) => line.text.indexOf('\u3000\u3000') !== -1);
/** A date's month and day left blank with no space kept (2014年月), once per line object. */
const squeezedDates = lineMemo((line) => unfilledDates(line.text));

/**
 * What follows a run that parts two fields: the next field's label (联系电话：, 负责人（签字）：; no 为 or 是, which end a
 * sentence's lead-in, 目标为：) or a whole date (2024年3月15日, 2024-03-15). A template's blank is followed by its unit or
 * the rest of its sentence (　　万元, 　　年　　月).
 */
const NEXT_FIELD =
  /^(?:[\u4e00-\u9fa5（）()]{1,8}[:：]|[0-9]{4}(?:年[0-9]{1,2}月(?:[0-9]{1,2}日|$|\s)|[-./][0-9]{1,2}[-./][0-9]{1,2})|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月)/;
/**
 * A form's label written without a colon, its value a run of spaces away (a table's row as PDF text gives it: 项目名称　　　　农村
 * 饮水安全巩固提升工程, 主管部门　　某县水利局　　　　实施单位　　某县水利工程建设中心; made up, red team s23): a few characters
 * ending in a field's name.
 */
const LABEL = /^[\u4e00-\u9fa5（）()]{0,8}(?:名称|部门|单位|负责人|联系人|电话|日期|时间|地点|地址|类型|类别|性质|级次|年度|编号)$/;
const LONGEST_LABEL = 12;
/** What a blank's unit or a date's part begins with (　　万元, 　　年　　月): the rest of a template's blank, not a value. */
const UNIT_START = new Set([...'年月日时万亿元个项人户次%％份件名家所座处台套亩吨米'].map((c) => c.charCodeAt(0)));
/** A short text after a label's run is its value: two characters or more, not a unit, not another label. */
const isValue = (after: string): boolean =>
  after.length >= 2 && !UNIT_START.has(after.charCodeAt(0)) && !isLabel(after) && !LABEL_COLON.test(after);
/** The next field's label and its colon (填报日期：): a field, not a value. */
const LABEL_COLON = /^[\u4e00-\u9fa5（）()]{1,8}[:：]/;
/** The text between two runs (or a run and the line's end or start) is a label without a colon. */
const isLabel = (segment: string): boolean => segment.length <= LONGEST_LABEL && LABEL.test(segment);
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
  // the text before the run (since the line's start or the last run) and after it (to the next run or the line's end)
  let from = i;
  for (let at = text.indexOf('\u3000\u3000', i); at !== -1;) {
    let end = at;
    while (end < text.length && text.charCodeAt(end) === IDEOGRAPHIC_SPACE) end++;
    const next = text.indexOf('\u3000\u3000', end);
    const to = next === -1 ? text.length : next;
    const before = at - from <= LONGEST_LABEL ? text.slice(from, at).trim() : '';
    const after = to - end <= LONGEST_LABEL ? text.slice(end, to).trim() : undefined;
    // a label, then its value (not another label: 项目负责人　　联系电话　　 is a form not filled in); a value, then a label
    const labelled = isLabel(before) && end < to && isValue(after ?? text.slice(end, end + LONGEST_LABEL));
    const filledBefore = at - from > LONGEST_LABEL || before !== '';
    const valueThenLabel = filledBefore && !isLabel(before) && after !== undefined && next !== -1 && isLabel(after);
    // a label with nothing after it but the next field (联系电话　　　　填报日期：…) is an empty field, though layout() reads a value
    const parts = labelled || valueThenLabel || (!isLabel(before) && layout(text, at, end));
    if (!parts) out.push([at, end]);
    from = end;
    at = next;
  }
  return out;
}

export default defineRule({
  id: 'unfilled-blank',
  severity: 'warning',
  scope: 'chunk',
  description: {
    zh: '模板留下的空白（连续的全角空格“　　”）还没有填写；日期只填了年份（2014年月）。',
    en: 'A blank the template left (ideographic spaces “　　”) has not been filled in; a date has its year only (2014年月).',
  },
  check({ report }) {
    const out: RuleFinding[] = [];
    for (const line of report.parsed.lines) {
      const dates = squeezedDates(line);
      if (dates.length > 0) out.push(squeezedFinding(line, dates));
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

/** One finding over a line's dates that have their year only (2014年月, 2016年月日). */
function squeezedFinding(line: TextLine, dates: readonly UnfilledDate[]): RuleFinding {
  const first = dates[0] as UnfilledDate;
  const last = dates[dates.length - 1] as UnfilledDate;
  return {
    span: { start: line.start + first.at, end: line.start + last.at + last.text.length },
    message:
      dates.length === 1
        ? {
            zh: `日期${zq(first.text)}只填了年份，月和日还空着：请填上完整日期`,
            en: `The date ${eq(first.text)} has its year only; the month and day are blank: write the full date`,
          }
        : {
            zh: `本行有 ${dates.length} 个日期只填了年份（如${zq(first.text)}），月和日还空着：请逐一填上完整日期`,
            en: `${dates.length} dates on this line have their year only (e.g. ${eq(first.text)}): write each in full`,
          },
  };
}
