// A table of contents copied from a PDF: its page numbers are glued to the titles (第一部分部门概况3,
// (三)年末结转和结余情况10). Lines ending in a page number are common enough alone; a run of them
// whose titles come back later as the document's own headings is a table of contents.
import type { TextLine } from '../../parse/blocks.js';
import type { Report } from '../../model/report.js';
import type { RuleFinding } from '../rule.js';
import { deleteLines } from './delete-lines.js';

/** Fewer entries than this are a list, not a table of contents. */
const MIN_ENTRIES = 3;
/** …of which this many come back later as headings (the text may be an excerpt cut before the rest). */
const MIN_FOUND = 2;
/** A table of contents is a few dozen lines: the titles looked for later are the first this many. */
const MAX_TITLES = 64;
const LONGEST_TITLE = 40;
const QUOTED = 2;
/** Dot leaders and spaces between a title and its page number (部门概况……3). */
const LEADER = new Set([' ', '\u3000', '\u00a0', '\t', '.', '．', '·', '…']);
const TITLE_END = /[\u4e00-\u9fa5。）)]$/;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** The title of a contents entry (部门概况 of 部门概况3), or undefined when the line is not one. */
export function contentsTitle(text: string): string | undefined {
  let e = text.length;
  while (e > 0 && isDigit(text[e - 1])) e--;
  if (e === text.length || text.length - e > 3) return undefined;
  let t = e;
  while (t > 0 && LEADER.has(text[t - 1] as string)) t--;
  const title = text.slice(0, t);
  if (title.length < 2 || title.length > LONGEST_TITLE || !TITLE_END.test(title)) return undefined;
  return title;
}

/**
 * `entries`: the indices in report.parsed.lines of the lines that are contents entries, ascending;
 * `entryOf` gives such a line's title, spaces removed (see contentsTitle).
 */
export function contentsFindings(report: Report, entries: number[], entryOf: (line: TextLine) => string | undefined): RuleFinding[] {
  const { lines } = report.parsed;
  const runs: [number, number][] = [];
  for (let i = 0; i < entries.length;) {
    let j = i + 1;
    while (j < entries.length && entries[j] === (entries[j - 1] as number) + 1) j++;
    if (j - i >= MIN_ENTRIES) runs.push([entries[i] as number, (entries[j - 1] as number) + 1]);
    i = j;
  }
  if (runs.length === 0) return [];
  const last = lastBeginning(lines, runs, entryOf);
  const out: RuleFinding[] = [];
  for (const [from, to] of runs) {
    let found = 0;
    for (let i = from; i < to && i < from + MAX_TITLES; i++) if ((last.get(entryOf(lines[i] as TextLine) ?? '') ?? -1) >= to) found++;
    if (found >= MIN_FOUND) out.push(finding(report, lines.slice(from, to)));
  }
  return out;
}

/** For each title of the runs' entries, the last line that begins with it: one pass, whatever the number of runs. */
function lastBeginning(
  lines: readonly TextLine[],
  runs: [number, number][],
  entryOf: (line: TextLine) => string | undefined,
): Map<string, number> {
  const last = new Map<string, number>();
  for (const [from, to] of runs) {
    for (let i = from; i < to && i < from + MAX_TITLES; i++) last.set(entryOf(lines[i] as TextLine) ?? '', -1);
  }
  const lengths = [...new Set([...last.keys()].map((t) => t.length))];
  for (let i = 0; i < lines.length; i++) {
    const head = squeeze((lines[i] as TextLine).text.slice(0, LONGEST_TITLE * 2));
    for (const n of lengths) {
      const key = head.slice(0, n);
      if (last.has(key)) last.set(key, i);
    }
  }
  return last;
}

function finding(report: Report, entries: TextLine[]): RuleFinding {
  const first = entries[0] as TextLine;
  const last = entries[entries.length - 1] as TextLine;
  const quoted = entries
    .slice(0, QUOTED)
    .map((l) => `“${l.text.trim()}”`)
    .join('');
  const n = entries.length;
  return {
    span: { start: first.start, end: last.end },
    message: {
      zh: `从 PDF 带入的目录（${n} 行），页码粘在了标题后（${quoted}）：报告正文不需要目录，请删除这段目录`,
      en:
        `A table of contents copied from a PDF (${n} lines), its page numbers glued to the titles (${quoted}): ` +
        'a report needs none, delete it',
    },
    fix: {
      title: { zh: '删除这段目录', en: 'Delete the table of contents' },
      edits: [deleteLines(report, first, last)],
      safe: false,
    },
  };
}
