// Inserting a 自评表 skeleton (issue 15 §3): the template's form as GFM tables — its money rows with the
// rate's 分值, its 一级/二级 indicators with their weights, the 总分 — cells empty where the drafter
// fills them, pipes lined up for CJK width. Offered as a command at the cursor, and as a quick fix on
// a report that has no 自评表 yet. The rows and weights are template data (`selfEvalTable`), not code.
import type { Report } from '../model/report.js';
import { sectionAt } from '../model/locate.js';
import { selfEvalTables } from '../model/self-eval-table.js';
import type { SelfEvalTableSkeleton } from '../template/schema.js';
import type { Template } from '../template/template.js';
import { lineAt } from '../text/line-at.js';
import type { Fix, TextEdit } from '../types.js';
import { renderTable } from './table-align.js';

/**
 * The template whose skeleton is inserted: the report's own, else the first national one that has a
 * skeleton (the 项目支出绩效自评表 of 财预〔2020〕10号, which a 部门整体 report also attaches for its projects).
 */
export function tableTemplate(own: Template, templates: readonly Template[]): Template | undefined {
  if (own.selfEvalTable) return own;
  return templates.find((t) => t.selfEvalTable && t.provinces.length === 0);
}

/** The skeleton as Markdown: its title in bold, then each table, a blank line between. */
export function skeletonMarkdown(s: SelfEvalTableSkeleton): string {
  return [`**${s.title}**`, ...s.tables.map((t) => renderTable(t.header, t.rows))].join('\n\n');
}

/**
 * The edit that inserts the skeleton at `offset`: on a blank line, in its place; on a line with text,
 * after that line (a table never splits a sentence). A blank line is kept before and after it, so
 * Markdown reads it as tables.
 */
export function insertTableEdit(text: string, offset: number, s: SelfEvalTableSkeleton): TextEdit {
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  const { start: lineStart, end: contentEnd } = lineAt(text, offset);
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  const blank = text.slice(lineStart, contentEnd).trim() === '';
  const body = skeletonMarkdown(s).replaceAll('\n', nl);
  if (!blank) {
    // after the line's text: the line ends, a blank line, the tables, and a blank line before any text below
    const more = lineEnd < text.length && !isBlankLineAt(text, lineEnd + 1);
    return { start: contentEnd, end: contentEnd, newText: `${nl}${nl}${body}${more ? nl : ''}` };
  }
  const before = lineStart > 0 && !isBlankLineAt(text, text.lastIndexOf('\n', lineStart - 2) + 1) ? nl : '';
  const after = lineEnd < text.length && !isBlankLineAt(text, lineEnd + 1) ? `${nl}` : '';
  return { start: lineStart, end: contentEnd, newText: `${before}${body}${after}` };
}

function isBlankLineAt(text: string, start: number): boolean {
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  return text.slice(start, end).trim() === '';
}

const TITLE = (s: SelfEvalTableSkeleton) => ({ zh: `插入${s.title}`, en: `Insert the self-evaluation table (${s.title})` });

/** The insert as a fix (the command's edit). */
export function insertTableFix(report: Report, offset: number, templates: readonly Template[]): Fix | undefined {
  const s = tableTemplate(report.template, templates)?.selfEvalTable;
  return s ? { title: TITLE(s), edits: [insertTableEdit(report.text, offset, s)], safe: false } : undefined;
}

/** The longest line taken for a caption or heading that names the table; prose says 填写自评表格 too. */
const CAPTION = 30;
/** The sections a 自评表 is attached to: the result (评分表 with the score) and the indicators' analysis. */
const TABLE_ROLES = new Set(['result', 'indicators']);

/**
 * The quick fix on a report that has no 自评表, offered where a drafter would put the table and not on
 * every blank line: a short line that names it (`附件：项目支出绩效自评表`), or a blank line in the
 * template's result or indicators section, or after the report's last text (where 附表 go).
 */
export function missingTableFix(report: Report, offset: number, templates: readonly Template[]): Fix | undefined {
  if (!report.isReport) return undefined;
  const text = report.text;
  const { start, end } = lineAt(text, offset);
  const line = text.slice(start, end).trim();
  const placed =
    line === '' ? inTableSection(report, start) || text.slice(end).trim() === '' : line.length <= CAPTION && line.includes('自评表');
  if (!placed || selfEvalTables(report).length > 0) return undefined;
  return insertTableFix(report, offset, templates);
}

function inTableSection(report: Report, offset: number): boolean {
  for (let s = sectionAt(report, offset); s; s = s.parent) if (s.tsec?.role && TABLE_ROLES.has(s.tsec.role)) return true;
  return false;
}
