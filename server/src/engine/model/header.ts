// The header block of a report: title, 评价年度, 评价单位, 填报日期, and the notice it cites.
import type { TextLine } from '../parse/blocks.js';
import { scanDates, scanYears, type DateMention } from '../parse/dates.js';
import { scanDocNumbers, type DocNumber } from '../parse/doc-numbers.js';
import { issuesStandingRule } from './standing-rule.js';
import { unconverted } from '../text/traditional.js';

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
  /** A 填报日期 / 报告日期 label with nothing after it (徐闻 角尾乡 2024: `填报日期:`): the span of the label. */
  emptyDate?: { start: number; end: number; label: string };
  /** A 填报日期 written as bare digits (填报日期:202511): year and month are read, 年/月/日 are missing. */
  compactDate?: { year: number; month: number; day?: number; start: number; end: number; label: string };
  /** The notice the opening paragraph cites: its 《title》 and 文号. */
  notice?: { title?: Field; docNumber?: DocNumber; year?: number };
}

const REPORT_WORDS = /(自评报告|评价报告|自我评价报告|绩效报告)/;
/** A header field's label at the start of its line, perhaps with the seal's mark. */
const LABEL =
  /^(评价年度|评价单位|填报日期|报告日期|单位名称|项目名称)(?:[(（](?:公章|盖章)[)）])?[ \u00a0\u3000]{0,4}[:：][ \u00a0\u3000]{0,4}/;
/** How much of a line the label is read in (a glossed label is three times its length): a flattened page's line may be long. */
const LABEL_READ = 60;

/**
 * The last header read and the lines it read, each at the offset it had. A keystroke below the header leaves those
 * lines the same objects at the same offsets (their chunks were not parsed again, nor moved: chunks.ts), and the header
 * reads nothing of the text but theirs (and up to six characters before a 文号 in one of them, the line before's): the
 * header stands. Held strongly: one set of lines until the next check replaces it.
 */
let last: { read: TextLine[]; starts: number[]; bodyStart: number; header: Header } | undefined;

/** The lines readHeader reads: those above the body's start and the body's first block (readNotice's candidates). */
function linesRead(lines: TextLine[], bodyStart: number): TextLine[] {
  const firstBodyBlock = lines.find((x) => x.start >= bodyStart)?.block;
  const out: TextLine[] = [];
  for (const l of lines) {
    if (l.start < bodyStart || l.block === firstBodyBlock) out.push(l);
    else break;
  }
  return out;
}

export function readHeader(lines: TextLine[], bodyStart: number, text: string): Header {
  const read = linesRead(lines, bodyStart);
  if (last?.bodyStart === bodyStart && last.read.length === read.length) {
    const was = last;
    if (read.every((l, i) => l === was.read[i] && l.start === was.starts[i])) return was.header;
  }
  const header = readHeaderOf(lines, bodyStart, text);
  last = { read, starts: read.map((l) => l.start), bodyStart, header };
  return header;
}

/** A paragraph's first line, short, naming the report (not a sentence citing one: 根据…). */
const isTitleLine = (l: TextLine): boolean =>
  l.first && [...l.text].length <= 60 && REPORT_WORDS.test(l.text) && !l.text.startsWith('根据');

function readHeaderOf(lines: TextLine[], bodyStart: number, text: string): Header {
  const header: Header = {};
  const headLines: TextLine[] = [];
  for (const l of lines) {
    if (l.start >= bodyStart) break;
    headLines.push(l);
  }
  const title = headLines.find((l) => l.mdDepth === 1 && REPORT_WORDS.test(l.text)) ?? headLines.find(isTitleLine);
  if (title) {
    header.title = { value: title.text, start: title.start, end: title.end };
    // an attachment's caption over the title names no year (德钦图书馆 2022: 附件1:部门整体支出绩效评价报告, then
    // 德钦县图书馆2022年度部门整体支出绩效自评报告): the year is the next title line's
    const dated = [title, ...headLines.filter((l) => l.start > title.start && isTitleLine(l))];
    for (const l of dated) {
      const y = scanYears(text, l.start, l.end)[0];
      if (!y) continue;
      header.titleYear = { year: y.year, start: y.digits.start, end: y.digits.end };
      break;
    }
  }
  for (const l of headLines) {
    // the label may carry the seal's mark: 评价单位(公章):徐闻县前山镇人民政府 (徐闻 2024); a mirror writes it in
    // traditional script with pinyin glued on (遂溪 2022: 評價年度:2022, 填報(bào)日期:2023年4月25日), read simplified
    const reading = unconverted(l.text.slice(0, LABEL_READ));
    const m = LABEL.exec(reading.line);
    if (!m) continue;
    const labelLength = reading.at ? (reading.at[m[0].length] ?? Math.min(l.text.length, LABEL_READ)) : m[0].length;
    const valueStart = l.start + labelLength;
    const field: Field = { value: l.text.slice(labelLength).trim(), start: valueStart, end: l.end };
    if (m[1] === '评价年度') {
      const y = scanYears(text, valueStart, l.end)[0] ?? yearDigits(text, valueStart, l.end);
      if (y) header.evalYear = { year: y.year, start: y.digits.start, end: y.digits.end };
    } else if (m[1] === '评价单位' || m[1] === '单位名称') {
      if (field.value) header.unit = field;
    } else if (m[1] === '填报日期' || m[1] === '报告日期') {
      const d = scanDates(text, valueStart, l.end)[0];
      if (d) header.date = { ...d, field, label: m[1] };
      else if (field.value === '') {
        header.emptyDate = { start: l.start, end: l.start + l.text.slice(0, labelLength).trimEnd().length, label: m[1] };
      } else header.compactDate = compactDate(text, field, m[1]);
    }
  }
  header.notice = readNotice(lines, bodyStart, text);
  return header;
}

/** YYYYMM or YYYYMMDD alone in the field (a form filled from a date picker that lost its separators). */
const COMPACT = /^((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])?$/;

function compactDate(text: string, field: Field, label: string): Header['compactDate'] {
  const m = COMPACT.exec(field.value);
  if (!m) return undefined;
  const at = text.indexOf(m[0], field.start);
  const out: NonNullable<Header['compactDate']> = { year: Number(m[1]), month: Number(m[2]), start: at, end: at + m[0].length, label };
  if (m[3]) out.day = Number(m[3]);
  return out;
}

function yearDigits(text: string, from: number, to: number): { year: number; digits: { start: number; end: number } } | undefined {
  const m = /(?:19|20)\d{2}/.exec(text.slice(from, to));
  if (!m) return undefined;
  return { year: Number(m[0]), digits: { start: from + m.index, end: from + m.index + 4 } };
}

/**
 * The first paragraph that says 根据…要求 in the header or opening: the notice the report answers.
 * The opening often cites the policies first (《中共中央 国务院关于全面实施预算绩效管理的意见》（中发〔2018〕34号）):
 * a 意见 or 办法 is years older than the evaluation by nature, so the notice is the first 《…通知》, with
 * the 文号 that follows it; a line citing titles none of which is a 通知 names no notice. A 通知 that issues
 * such a standing rule (《…关于印发〈…推进方案〉的通知》, 开远 2023–2024 citing one of 2020) is read past the same way.
 */
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
    let docFrom = l.start;
    let docTo = l.end;
    const t = noticeTitle(l.text);
    if (t) {
      notice.title = { value: l.text.slice(t.open + 1, t.close), start: l.start + t.open + 1, end: l.start + t.close };
      const y = scanYears(text, notice.title.start, notice.title.end)[0];
      if (y) notice.year = y.year;
      docFrom = l.start + t.close;
      const next = l.text.indexOf('《', t.close);
      if (next >= 0) docTo = l.start + next;
    }
    // with no 通知 named, a 文号 in brackets right after another title is that title's, not the notice's
    const doc = scanDocNumbers(text, docFrom, docTo).find(
      (d) => t || !/》[ \u3000]{0,2}[（(]?[ \u3000]{0,2}$/.test(text.slice(Math.max(0, d.start - 6), d.start)),
    );
    if (doc) {
      notice.docNumber = doc;
      notice.year ??= doc.year;
    }
    if (notice.title || notice.docNumber) return notice;
  }
  return undefined;
}

/**
 * What a notice a report answers is about: its performance, evaluation, budget or funds. A notice that set up the unit
 * (郴州不动产登记中心 2018 of session 24's second set: 《关于郴州市区不动产登记职责整合和机构编制调整的通知》(郴编〔2016〕4号),
 * cited for its founding) answers nothing.
 */
const ANSWERED = /绩效|績效|评价|評價|自评|自評|预算|預算|决算|決算|资金|資金|考核|经费|經費/;

/** The first 《…》 of a line whose title is a 通知 opening a round, not issuing a standing rule (offsets of 《 and 》 in the line). */
function noticeTitle(line: string): { open: number; close: number } | undefined {
  // each search starts past the last 》: a line of unclosed 《 is read once, not once per 《
  for (let open = line.indexOf('《'); open >= 0;) {
    const close = line.indexOf('》', open);
    if (close < 0) return undefined;
    const inner = line.lastIndexOf('《', close);
    const title = line.slice(inner + 1, close);
    if (title.includes('通知') && ANSWERED.test(title) && !issuesStandingRule(title)) return { open: inner, close };
    open = line.indexOf('《', close + 1);
  }
  return undefined;
}
