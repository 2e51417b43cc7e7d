// The header block of a report: title, 评价年度, 评价单位, 填报日期, and the notice it cites.
import type { TextLine } from '../parse/blocks.js';
import { scanDates, scanYears, type DateMention } from '../parse/dates.js';
import { scanDocNumbers, type DocNumber } from '../parse/doc-numbers.js';

export interface Field {
  value: string;
  start: number;
  end: number;
}

export interface Header {
  title?: Field;
  /** Year named in the title (2019年度整体绩效自评报告). */
  titleYear?: { year: number; start: number; end: number };
  evalYear?: { year: number; start: number; end: number };
  unit?: Field;
  /** 填报日期, or 报告日期 (the same date under another name); `label` is the name written. */
  date?: DateMention & { field: Field; label: string };
  /** The notice the opening paragraph cites: its 《title》 and 文号. */
  notice?: { title?: Field; docNumber?: DocNumber; year?: number };
}

const REPORT_WORDS = /(自评报告|评价报告|自我评价报告|绩效报告)/;

export function readHeader(lines: TextLine[], bodyStart: number, text: string): Header {
  const header: Header = {};
  const headLines: TextLine[] = [];
  for (const l of lines) {
    if (l.start >= bodyStart) break;
    headLines.push(l);
  }
  const title =
    headLines.find((l) => l.mdDepth === 1 && REPORT_WORDS.test(l.text)) ??
    headLines.find((l) => l.first && [...l.text].length <= 60 && REPORT_WORDS.test(l.text) && !l.text.startsWith('根据'));
  if (title) {
    header.title = { value: title.text, start: title.start, end: title.end };
    const y = scanYears(text, title.start, title.end)[0];
    if (y) header.titleYear = { year: y.year, start: y.digits.start, end: y.digits.end };
  }
  for (const l of headLines) {
    const m = /^(评价年度|评价单位|填报日期|报告日期|单位名称|项目名称)[ \u00a0\u3000]{0,4}[:：][ \u00a0\u3000]{0,4}/.exec(l.text);
    if (!m) continue;
    const valueStart = l.start + m[0].length;
    const field: Field = { value: l.text.slice(m[0].length).trim(), start: valueStart, end: l.end };
    if (m[1] === '评价年度') {
      const y = scanYears(text, valueStart, l.end)[0] ?? yearDigits(text, valueStart, l.end);
      if (y) header.evalYear = { year: y.year, start: y.digits.start, end: y.digits.end };
    } else if (m[1] === '评价单位' || m[1] === '单位名称') {
      if (field.value) header.unit = field;
    } else if (m[1] === '填报日期' || m[1] === '报告日期') {
      const d = scanDates(text, valueStart, l.end)[0];
      if (d) header.date = { ...d, field, label: m[1] };
    }
  }
  header.notice = readNotice(lines, bodyStart, text);
  return header;
}

function yearDigits(text: string, from: number, to: number): { year: number; digits: { start: number; end: number } } | undefined {
  const m = /(?:19|20)\d{2}/.exec(text.slice(from, to));
  if (!m) return undefined;
  return { year: Number(m[0]), digits: { start: from + m.index, end: from + m.index + 4 } };
}

/** The first paragraph that says 根据…要求 in the header or opening: the notice the report answers. */
function readNotice(lines: TextLine[], bodyStart: number, text: string): Header['notice'] {
  const firstBodyBlock = lines.find((x) => x.start >= bodyStart)?.block;
  const candidates: TextLine[] = [];
  for (const l of lines) {
    if (l.start < bodyStart || l.block === firstBodyBlock) candidates.push(l);
    else break;
  }
  for (const l of candidates) {
    if (!/根据|按照/.test(l.text)) continue;
    const notice: NonNullable<Header['notice']> = {};
    const open = l.text.indexOf('《');
    const close = open >= 0 ? l.text.indexOf('》', open) : -1;
    if (open >= 0 && close > open) {
      notice.title = { value: l.text.slice(open + 1, close), start: l.start + open + 1, end: l.start + close };
      const y = scanYears(text, notice.title.start, notice.title.end)[0];
      if (y) notice.year = y.year;
    }
    const doc = scanDocNumbers(text, l.start, l.end)[0];
    if (doc) {
      notice.docNumber = doc;
      notice.year ??= doc.year;
    }
    if (notice.title || notice.docNumber) return notice;
  }
  return undefined;
}
