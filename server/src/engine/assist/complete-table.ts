// Completion in a 自评表 (issue 15 §3): in the 三级指标 column, the indicator names real tables write
// under the row's 二级指标 (template data `selfEvalTable.indicatorNames`); at the start of the
// 年度指标值 or 指标性质 cell, the direction ≥ / ≤ / =, ≤ first under a 成本指标. Read from the pipe
// rows around the cursor alone: a table the drafter is still writing has no figures to type it by.
import WORDS from '../model/self-eval-table.json' with { type: 'json' };
import { headerKey } from '../model/self-eval-table.js';
import type { Report } from '../model/report.js';
import type { Template } from '../template/template.js';
import { lineAt, type LineSpan } from '../text/line-at.js';
import type { Localized, Span } from '../types.js';
import type { Suggestion } from './complete.js';
import { tableTemplate } from './insert-table.js';
import { isDelimiterRow, pipeRow, rowCells } from './pipe-rows.js';

/** Rows read up from the cursor to the header: a 自评表's indicator block is never this long. */
const MAX_ROWS = 200;
/** What may already be typed in the cell: a few characters of a name, never a sentence. */
const MAX_TYPED = 16;

type Column = 'level2' | 'level3' | 'target' | 'nature';
const COLUMNS: [Column, string[]][] = [
  ['level2', WORDS.indicatorColumns.level2],
  ['level3', WORDS.indicatorColumns.level3],
  ['target', WORDS.indicatorColumns.target],
  ['nature', WORDS.indicatorColumns.nature],
];
const COST = new Set(WORDS.costLevel2);

interface Row {
  line: LineSpan;
  /** Each cell's text between its pipes, and where that text starts and ends. */
  cells: { text: string; start: number; end: number }[];
  delimiter: boolean;
}

export function tableCompletionsAt(report: Report, offset: number, templates: readonly Template[]): Suggestion[] {
  if (!report.isReport) return [];
  const text = report.text;
  const row = rowAt(text, lineAt(text, offset));
  if (!row) return [];
  const col = row.cells.findIndex((c) => c.start <= offset && offset <= c.end);
  const cell = row.cells[col];
  if (!cell) return [];
  const typed = text.slice(cell.start, offset).trimStart();
  const typedStart = offset - typed.length;
  if (typed.length > MAX_TYPED || /\s/.test(typed.trimEnd())) return [];
  const above = rowsAbove(text, row.line.start);
  const header = above.length >= 2 && (above[above.length - 2] as Row).delimiter ? above[above.length - 1] : undefined;
  if (!header) return [];
  const columns = columnsOf(header);
  const body = above.slice(0, -2); // the rows between the delimiter and the cursor's, nearest first
  const replace = { start: typedStart, end: offset };
  const level2 = columns.level2 === undefined ? undefined : level2Of([row, ...body], columns.level2);
  if (col === columns.level3) {
    if (!level2) return [];
    const written = new Set(body.map((r) => r.cells[col]?.text.trim()).filter((t): t is string => !!t));
    return indicatorNames(report, templates, level2, written, replace);
  }
  if ((col === columns.target || col === columns.nature) && typed === '') {
    const cost = level2 !== undefined && [...COST].some((c) => level2.includes(c.replace(/指标$/, '')));
    return comparators(cost, replace);
  }
  return [];
}

/** The row on `line` when it is a pipe row: its cells between unescaped pipes. */
function rowAt(text: string, line: LineSpan): Row | undefined {
  const row = pipeRow(text, line.start, line.end);
  if (!row) return undefined;
  const cells = rowCells(text, row).map((t, i) => ({ text: t, start: (row.pipes[i] as number) + 1, end: row.pipes[i + 1] as number }));
  return { line, cells, delimiter: isDelimiterRow(text, row) };
}

/** The pipe rows above `lineStart`, nearest first, up to the first line that is not one. */
function rowsAbove(text: string, lineStart: number): Row[] {
  const out: Row[] = [];
  for (let end = lineStart - 1; end >= 0 && out.length < MAX_ROWS;) {
    const line = lineAt(text, end);
    const row = rowAt(text, line);
    if (!row) break;
    out.push(row);
    end = line.start - 1;
  }
  return out;
}

function columnsOf(header: Row): Partial<Record<Column, number>> {
  const out: Partial<Record<Column, number>> = {};
  header.cells.forEach((c, i) => {
    const key = headerKey(c.text.trim());
    for (const [col, names] of COLUMNS) if (out[col] === undefined && names.includes(key)) out[col] = i;
  });
  return out;
}

/** The row's 二级指标: its own cell, or the nearest one written above (a merged cell is written once). */
function level2Of(rows: readonly Row[], col: number): string | undefined {
  for (const r of rows) {
    const t = r.cells[col]?.text.replace(/[\s\u3000]/g, '');
    if (t) return t;
  }
  return undefined;
}

function indicatorNames(report: Report, templates: readonly Template[], level2: string, written: Set<string>, replace: Span): Suggestion[] {
  const names = tableTemplate(report.template, templates)?.selfEvalTable?.indicatorNames ?? nationalNames(templates);
  if (!names) return [];
  const stem = (s: string): string => s.replace(/指标$/, '');
  const own = stem(level2);
  // 满意度指标 is the form's 服务对象满意度指标; 产出指标 written in the wrong column is no 二级指标
  const under = Object.keys(names).filter((k) => k === level2 || (own.length >= 2 && (k.includes(own) || own.includes(stem(k)))));
  const detail = (k: string): Localized => ({ zh: `${k}：真实自评表常用的三级指标`, en: `A common indicator under ${k} in real tables` });
  return under.flatMap((k) =>
    (names[k] ?? [])
      .filter((n) => !written.has(n.name))
      .map((n, i) => ({
        kind: 'indicator' as const,
        label: n.name,
        insertText: n.name,
        replace,
        detail: detail(k),
        documentation: `见于 / seen in: ${n.seenIn.join('；')}`,
        sortText: `i${String(i).padStart(3, '0')}`,
      })),
  );
}

/** A province's skeleton without its own names falls back on the national form's. */
function nationalNames(templates: readonly Template[]) {
  return templates.find((t) => t.provinces.length === 0 && t.selfEvalTable?.indicatorNames)?.selfEvalTable?.indicatorNames;
}

const DIRECTIONS: { sign: string; detail: Localized; doc: string }[] = [
  {
    sign: '≥',
    detail: { zh: '正向指标：完成值不低于指标值', en: 'Higher is better: the actual should reach the target' },
    doc: '数量、质量、时效、效益、满意度指标 / quantity, quality, timeliness, benefit, satisfaction',
  },
  {
    sign: '≤',
    detail: { zh: '反向指标：完成值不高于指标值', en: 'Lower is better: the actual should stay within the target' },
    doc: '成本指标（财预〔2020〕10号）/ cost indicators',
  },
  {
    sign: '=',
    detail: { zh: '等于：定额或固定值', en: 'Equal: a fixed quota or value' },
    doc: '补助标准、定额 / a fixed rate or quota',
  },
];

function comparators(cost: boolean, replace: Span): Suggestion[] {
  return DIRECTIONS.map((d) => ({
    kind: 'comparator' as const,
    label: d.sign,
    insertText: d.sign,
    replace,
    detail: d.detail,
    documentation: d.doc,
    sortText: cost && d.sign === '≤' ? 'c0' : `c${DIRECTIONS.indexOf(d) + 1}`,
  }));
}
