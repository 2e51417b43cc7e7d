// Where a missing section goes: after the content of the previous sibling that is present, else
// before the next one, else at the end of its parent; with blank lines around it and nothing else
// touched.
import type { Report } from '../model/report.js';
import type { Section } from '../model/outline.js';
import type { TextEdit } from '../types.js';
import { siblingsOf, templateNumber, type TemplateSection } from '../template/template.js';
import { renderSection } from './section-text.js';

export function insertionOffset(report: Report, tsec: TemplateSection): number {
  const at = naturalOffset(report, tsec);
  // never inside a code fence or an HTML block (an unclosed one runs to the end of the text): a
  // section written there would not be read as one, and the fix would insert it again and again
  const inside = report.parsed.opaque.find((o) => o.start < at && at <= o.end);
  return inside ? report.index.lineStart(report.index.lineOf(inside.start)) : at;
}

function naturalOffset(report: Report, tsec: TemplateSection): number {
  const present = report.outline.byTemplateId;
  const siblings = siblingsOf(report.template, tsec);
  const before = siblings
    .slice(0, tsec.index)
    .reverse()
    .find((s) => present.has(s.id));
  if (before) return (present.get(before.id) as Section).end;
  const after = siblings.slice(tsec.index + 1).find((s) => present.has(s.id));
  if (after) return (present.get(after.id) as Section).start;
  const parent = tsec.parent ? present.get(tsec.parent.id) : undefined;
  return parent ? parent.end : report.text.length;
}

export function insertSectionEdit(report: Report, tsec: TemplateSection): TextEdit {
  const { text } = report;
  const eol = report.index.eol();
  const offset = insertionOffset(report, tsec);
  const body = renderSection(report.outline.style, tsec, templateNumber(report.template, tsec, report.outline.byTemplateId), eol);
  let newlinesBefore = 0;
  for (let i = offset; i > 0 && newlinesBefore < 2;) {
    if (text.endsWith('\r\n', i)) i -= 2;
    else if (text[i - 1] === '\n' || text[i - 1] === '\r') i -= 1;
    else break;
    newlinesBefore++;
  }
  const lead = offset === 0 ? '' : eol.repeat(2 - newlinesBefore);
  const trail = offset >= text.length ? eol : eol + eol;
  return { start: offset, end: offset, newText: lead + body + trail };
}
