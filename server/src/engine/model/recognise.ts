// Whether a Markdown file is a 绩效自评报告, and why: its title or first lines name one (after the web
// page's furniture, or split over two lines), or it opens with a report's header block. A notice, a
// 通报 or a 工作总结 says what it is in its own title, and that wins over report words in its body. The
// outline match (choose-template.ts) is the last witness, decided in report.ts.
import type { TextLine } from '../parse/blocks.js';
import { readingOf } from '../parse/blocks.js';
import { foldWidth } from '../text/normalize.js';
import type { Localized } from '../types.js';
import WORDS from './recognition.json' with { type: 'json' };

export { WORDS as RECOGNITION };

export type TitleEvidence = { kind: 'report' | 'notice'; text: string; start: number; end: number };

const SENTENCE_END = new Set([...'，,。；;：:！!？?']);
const SPACES = /[ \t\u00a0\u3000]/g;

/** The report word a piece of text names (自评报告, 绩效自评表 …), if any. */
export function reportWord(text: string): string | undefined {
  return WORDS.reportTitles.find((w) => text.includes(w));
}

/** Whether a title-like piece of text is a notice, a 通报 or a summary: what it says it is. */
function noticeWord(text: string): string | undefined {
  const phrase = WORDS.noticePhrases.find((p) => text.includes(p));
  if (phrase) return phrase;
  // a breadcrumb (首页 > 通知公告) names a column of the site, not the page
  if (text.includes('>') || text.length < 6) return undefined;
  const trimmed = text.replace(/[\s。.:：]+$/u, '');
  return WORDS.noticeEndings.find((e) => trimmed.endsWith(e));
}

type Piece = { text: string; from: number; whole: boolean };

/** The pieces of a line that may be a title: the line, or the head of a long (flattened) one and an attachment's name in it. */
function titlePieces(line: TextLine): Piece[] {
  const text = line.text;
  // UTF-16 length: a title is CJK text of the basic plane, and a megabyte line is not spread into an array
  if (text.length <= WORDS.longestTitle) return [{ text, from: 0, whole: true }];
  const pieces = [{ text: head(text, 0), from: 0, whole: false }];
  // 附件：2022年财政衔接资金实施项目绩效自评表 inside a flattened cover note
  for (let at = text.indexOf('附件'); at >= 0 && at < 2000; at = text.indexOf('附件', at + 2)) {
    let i = at + 2;
    while (i < text.length && /[0-9０-９]/.test(text[i] as string)) i++;
    if (text[i] === ':' || text[i] === '：') pieces.push({ text: head(text, i + 1), from: i + 1, whole: false });
  }
  return pieces;
}

/** Text from `from` to the first sentence mark, at most the longest title. */
function head(text: string, from: number): string {
  let end = from;
  const limit = Math.min(text.length, from + WORDS.longestTitle);
  while (end < limit && !SENTENCE_END.has(text[end] as string)) end++;
  return text.slice(from, end);
}

/**
 * The first title-like text of the first lines that names a report or a notice. Reading stops at the
 * first 一、 heading (the body) or after the first lines; a title split over two short lines is read
 * joined (南县住建局 2018: `…2018年度整体支出` / `绩效评价报告`).
 */
export function findTitle(lines: readonly TextLine[]): TitleEvidence | undefined {
  let prev: TextLine | undefined;
  let seen = 0;
  // a Markdown document titles itself with a heading: its long lines are prose, not a flattened page
  let markdown = false;
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    if (++seen > WORDS.titleLines) break;
    const { head: h, titleLength } = readingOf(line);
    if (h.marker?.level === 1 && !h.marker.broken && titleLength <= 30) break;
    const pieces = markdown && line.text.length > WORDS.longestTitle ? [] : titlePieces(line);
    if (line.mdDepth > 0) markdown = true;
    const short = (l: TextLine): boolean => l.text.length <= 40 && ![...l.text].some((c) => SENTENCE_END.has(c));
    for (const p of pieces) {
      const found = judge(p.text, p.whole);
      if (found) return { kind: found, text: p.text.trim(), start: line.start + p.from, end: line.start + p.from + p.text.length };
    }
    if (prev && short(prev) && short(line)) {
      const joined = prev.text.trim() + line.text.trim();
      const found = judge(joined, true);
      if (found) return { kind: found, text: joined, start: prev.start, end: line.end };
    }
    prev = line;
  }
  return undefined;
}

/**
 * A line of its own is a title when the report word ends it, but for brackets, 及…表, a file suffix or a
 * number (`…自评报告(通用9篇)`, `…自评报告及评分表(…)`, `…自评报告.pdf`): prose that starts
 * `自评报告常常…` and a README's `绩效自评报告检查` are not titles. The head of a flattened page runs on
 * into its first sentence (`…绩效自评报告为进一步规范…`).
 */
function judge(text: string, whole: boolean): TitleEvidence['kind'] | undefined {
  if (noticeWord(text)) return 'notice';
  const word = reportWord(text);
  // a report's file name quoted in Markdown code (`examples/…自评报告.md`) is documentation, not a title
  if (!word || text.includes('`')) return undefined;
  if (!whole) return 'report';
  const tail = text.slice(text.lastIndexOf(word) + word.length).trim();
  return tail === '' || /^(?:[（(【[<《]|及|\.(?:pdf|docx?)$|\d{1,3}$)/i.test(tail) ? 'report' : undefined;
}

/** The header fields (评价年度, 填报日期, 预算编码 …) the first lines fill in, each once. */
export function headerFields(lines: readonly TextLine[]): string[] {
  const found = new Set<string>();
  let seen = 0;
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    if (++seen > WORDS.titleLines) break;
    if (line.text.length > WORDS.longestTitle) continue; // a field is a short line, not a flattened page
    // 预 算 编 码: and 部门(单位)名称 as forms print them
    const compact = foldWidth(line.text).replace(SPACES, '');
    const field = WORDS.headerFields.find((f) => compact.startsWith(f) && /^[:：]/.test(compact.slice(f.length)));
    if (field) found.add(field);
  }
  return [...found];
}

export type RecognisedBy = 'front-matter' | 'title' | 'header' | 'outline';

/** Whether a text is a report, and the reason in words a drafter reads. */
export interface Recognition {
  isReport: boolean;
  by?: RecognisedBy;
  reason: Localized;
}

const q = (s: string): string => `“${s.length > 40 ? `${s.slice(0, 40)}…` : s}”`;

export function byTitle(t: TitleEvidence): Recognition {
  return t.kind === 'report'
    ? {
        isReport: true,
        by: 'title',
        reason: { zh: `标题${q(t.text)}是绩效自评报告`, en: `the title ${q(t.text)} names a self-evaluation report` },
      }
    : {
        isReport: false,
        reason: {
          zh: `标题${q(t.text)}是通知、通报或总结，不是自评报告`,
          en: `the title ${q(t.text)} is a notice, a results notice or a summary, not a self-evaluation`,
        },
      };
}

export function byHeader(fields: string[]): Recognition {
  const list = fields.join('、');
  return {
    isReport: true,
    by: 'header',
    reason: { zh: `开头有报告封面栏目（${list}）`, en: `it opens with a report's header block (${list})` },
  };
}
