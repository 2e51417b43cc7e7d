// A reposting site's note glued before the text it introduces (南充林业 2023: `详情见附件(注:以下内容为附件图片识别,个别文字
// 可能不准确,请以附件为准)部门预算项目支出绩效自评表(2023年度)`): the note is the site's, the title after it the form's.
// Only the note is deleted; a note on a line of its own is furniture (model/furniture.json, attachment-note).
import data from '../../model/furniture.json' with { type: 'json' };
import type { TextLine } from '../../parse/blocks.js';
import type { RuleFinding } from '../rule.js';

/** The notes, each anchored at the line's start (bounded: no nested quantifier). */
const GLUED = new RegExp(`^(?:${data.gluedNotes.join('|')})`);

/** The note at the start of a line with text after it: [start, end) in the line's text, or undefined. */
export function gluedNote(text: string): [number, number] | undefined {
  const m = GLUED.exec(text);
  if (!m || text.slice(m[0].length).trim() === '') return undefined;
  return [0, m[0].length];
}

export function gluedNoteFinding(line: TextLine, [s, e]: [number, number]): RuleFinding {
  const note = line.text.slice(s, e);
  return {
    span: { start: line.start + s, end: line.start + e },
    message: {
      zh: `转载网站在正文前加的说明“${note}”粘在了这一行开头，不属于报告内容：请删除`,
      en: `A reposting site's note (“${note}”) is glued to the start of this line, not part of the report: delete it`,
    },
    fix: {
      title: { zh: '删除网站加的说明', en: "Delete the site's note" },
      edits: [{ start: line.start + s, end: line.start + e, newText: '' }],
      safe: true,
    },
  };
}
