// A 填报日期 (报告日期) left empty in a form flattened to one line: the label is followed at once by the next cell's
// (长江禁捕 2020: `单位名称:农业工作科填报日期:项目名称渔业成品油价格改革补贴`). The header reads a label that starts
// its line (model/header.ts); this one is read inside the form's first lines. Part of year-consistency.
import type { Report } from '../../model/report.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import WORDS from './empty-date.json' with { type: 'json' };

const EMPTY = new RegExp(`(填报日期|报告日期)[:：][ \\u3000]{0,2}(?:${WORDS.next.map(escapeRegExp).join('|')})`);
/** How far into the text the form's header is looked for (a page flattened to one line included). */
const HEAD = 2000;

/** The empty label's span and name, when the head of the text holds one. */
export function inlineEmptyDate(report: Report): { start: number; end: number; label: string } | undefined {
  const from = report.frontMatter.end;
  const head = report.text.slice(from, from + HEAD);
  // (a native test first: most reports write no such label)
  if (!head.includes('日期')) return undefined;
  const m = EMPTY.exec(head);
  if (!m?.[1]) return undefined;
  const start = from + m.index;
  return { start, end: start + m[1].length + 1, label: m[1] };
}
