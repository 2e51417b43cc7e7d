// The reviewer's summary page (--format html): one self-contained HTML file, a row per submission (unit, year,
// kind and template, recognised or not and why, counts by severity, score and grade as stated and recomputed, the
// execution rate, the office file), the files that could not be read as rows too; a click on a row opens its
// findings with the source lines around each. The data goes in as JSON in a <script type="application/json">
// (every `<`, `>`, `&` and line separator escaped, so no text can close it) and the page's script writes it with
// textContent only: a file name or a report's text is never markup.
import type { Lang } from '../../engine/index.js';
import { countFindings, locate, officePlace, type FileResult, type Unreadable } from '../result.js';
import { severityName, t } from '../strings.js';
import { PAGE, PAGE_STRINGS } from './html-page.js';

/**
 * Lines quoted on each side of a finding, and the most of a line quoted (a pasted table can be one huge line: the part
 * around the span).
 */
const CONTEXT = 2;
const MAX_LINE = 400;

interface ExcerptLine {
  n: number;
  text: string;
  /** The finding's span on this line: [from, to) in the line's characters. */
  mark?: [number, number];
}

export function formatHtml(results: FileResult[], unreadable: Unreadable[], lang: Lang): string {
  const rows = [
    ...results.map((r) => fileRow(r, lang)),
    ...unreadable.map((u) => ({ path: u.path, status: 'unreadable', reason: u.reason[lang], counts: zero(), findings: [], batch: [] })),
  ];
  const c = countFindings(results);
  const data = {
    lang,
    strings: PAGE_STRINGS[lang],
    severities: {
      error: severityName(lang, 'error'),
      warning: severityName(lang, 'warning'),
      information: severityName(lang, 'information'),
      hint: severityName(lang, 'hint'),
    },
    totals: {
      files: results.length + unreadable.length,
      reports: results.filter((r) => r.isReport).length,
      notRecognised: results.filter((r) => !r.isReport).length,
      unreadable: unreadable.length,
      ...c,
      batch: results.filter((r) => (r.batch?.length ?? 0) > 0).length,
    },
    rows,
  };
  return PAGE.replace('__LANG__', lang === 'zh' ? 'zh-CN' : 'en')
    .replaceAll('__TITLE__', PAGE_STRINGS[lang].title)
    .replace('__DATA__', () => scriptJson(data));
}

function fileRow(r: FileResult, lang: Lang) {
  const f = r.facts;
  const counts = countFindings([r]);
  return {
    path: r.path,
    status: r.isReport ? 'report' : r.notChecked ? 'not-checked' : 'not-report',
    reason: r.recognition[lang],
    unit: f?.unit ?? '',
    year: f?.year ?? null,
    // a text that is no report has no kind, whatever template it was held against
    kind: f && r.isReport ? f.kind[lang] : '',
    template: r.isReport ? r.template : '',
    templateReason: r.templateChoice.reason[lang],
    office: r.office?.kind ?? '',
    counts,
    score: f?.score ?? {},
    grade: f?.grade ?? {},
    execution: f?.execution ?? {},
    batch: (r.batch ?? []).map((b) => ({ kind: b.kind, other: b.other, message: b.message[lang] })),
    findings: r.findings.map((finding) => {
      const { start, end } = locate(r, finding);
      const place = officePlace(r, finding);
      return {
        line: start.line + 1,
        column: start.character + 1,
        place: place ? ('paragraph' in place ? t(lang, 'paragraph', place) : t(lang, 'pageLine', place)) : '',
        severity: finding.severity,
        rule: finding.ruleId,
        message: finding.message[lang],
        excerpt: r.text === undefined ? [] : excerpt(r, start.line, end.line, start.character, end.character),
      };
    }),
  };
}

/** The lines from CONTEXT before the span to CONTEXT after, the span marked on its lines. */
function excerpt(r: FileResult, first: number, last: number, startChar: number, endChar: number): ExcerptLine[] {
  const text = r.text as string;
  const lines: ExcerptLine[] = [];
  const count = r.index.lineCount;
  for (let n = Math.max(0, first - CONTEXT); n <= Math.min(count - 1, last + CONTEXT); n++) {
    const from = r.index.offsetAt({ line: n, character: 0 });
    const next = n + 1 < count ? r.index.offsetAt({ line: n + 1, character: 0 }) : text.length;
    const full = text.slice(from, next).replace(/\r?\n$/, '');
    const marked = n >= first && n <= last;
    const a = marked && n === first ? startChar : 0;
    const b = marked && n === last ? endChar : full.length;
    const shown = window(full, marked ? a : 0);
    const line: ExcerptLine = { n: n + 1, text: shown.text };
    if (marked) line.mark = [Math.max(0, a - shown.shift), Math.max(0, Math.min(Math.max(a, b) - shown.shift, shown.text.length))];
    lines.push(line);
  }
  return lines;
}

/** A line of at most MAX_LINE characters (and the ellipses) around `at`; `shift` maps the line's offsets to the text's. */
function window(full: string, at: number): { text: string; shift: number } {
  if (full.length <= MAX_LINE) return { text: full, shift: 0 };
  const from = Math.max(0, Math.min(at - MAX_LINE / 4, full.length - MAX_LINE));
  const head = from > 0 ? '…' : '';
  const tail = from + MAX_LINE < full.length ? '…' : '';
  return { text: head + full.slice(from, from + MAX_LINE) + tail, shift: from - head.length };
}

function zero() {
  return { error: 0, warning: 0, information: 0, hint: 0 };
}

/** JSON that can stand inside a <script> element: nothing in it can close the element or open a comment. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
