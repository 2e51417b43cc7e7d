// The date a report was filed when no 填报日期 field gives it: a 填报日期 / 报告日期 label inside a
// flattened line (`预算编码302001报告日期:2023年5月10日`), or the 落款 — the date under or glued to the
// unit's name (`中江县水利局2022年12月30日`, or `固始县祖师庙镇人民政府` then `2025年12月30日` on the
// next line). And the evaluation year a 自评表 names in brackets (`绩效目标自评表(2022年度)`) or the
// opening names (`现将2024年…自评报告如下`) when the header gives none. An as-of date (`截至 2023 年 12 月 31日`) is neither: nothing precedes it but 截至.
import type { Report } from './report.js';
import { scanYears } from '../parse/dates.js';
import { unconverted } from '../text/traditional.js';
import { findTitle } from './recognise.js';

/** A date as the scanners give it: Arabic (parse/dates.ts) or in Chinese numerals (parse/chinese-dates.ts). */
export interface DateLike {
  start: number;
  end: number;
  year: number;
  month: number;
  day?: number;
}

export interface FiledDate {
  date: DateLike;
  /** How it was found, for the message: 填报日期 / 报告日期 or 落款. */
  label: string;
}

/**
 * Last character of a unit's name: 局, 委员会, 人民政府, 中心, 镇, …; a school, a kindergarten, a people's organisation, a
 * cooperative or a state farm (第二中学, 幼儿园, 妇联, 科协, 供销社, 林场: made up, red team s23, 云岭县第二中学 over its date).
 */
const UNIT_END = new Set([...'局委办院所站心府会队馆处室厅镇乡司部校学园联协社场']);
/** What opens the next document after a 落款 in a flattened text (the form, an attachment). */
const NEXT_DOCUMENT = /^[ \u3000]{0,2}(?:绩效|附件|项目支出|部门整体|[^\s，。,；;]{0,12}?(?:自评表|评价表))/;
/**
 * A filing date's label just before it, in the reading with a mirror's traditional script simplified and its
 * pinyin left out (岳阳县委宣传部 2021: `報告日期: 2021年5月20日`; `報(bào)告日期:`); 上报时间 and 填报时间 name
 * the same date (文昌 2017, 新疆 2024). Or the mark of a signature or a seal the date is written after, the
 * sign-off of a form (临沂 2018: `填报人(签字): 2018 年 12 月 28 日`, `评价部门(盖章): …`).
 */
const LABEL = /(填报日期|报告日期|填报时间|报告时间|上报时间|上报日期)[ \u3000]{0,2}[:：]?[ \u3000]{0,2}$/;
const SIGNED = /[(（][ \u3000]{0,2}(?:盖章|公章|签字|签章|签名)[ \u3000]{0,2}[)）][ \u3000]{0,2}[:：]?[ \u3000]{0,2}$/;
/** How many characters before a date its label is looked for (a glossed label is three times its length). */
const LABEL_WINDOW = 24;
/** The seal's mark after a unit's name on its 落款 line: 中江县水利局（盖章）. */
const SEAL = /[(（][ \u3000]{0,2}(?:盖章|公章|章|印章|签章)[ \u3000]{0,2}[)）]$/;
/** The label of a sign-off's unit line: 单位名称（盖章）：, 填报单位:, 评价单位（公章）：. */
const SIGN_OFF_LABEL =
  /^[^\s:：，。,；;]{0,4}(?:单位|部门)(?:名称)?[ \u3000]{0,2}(?:[(（][ \u3000]{0,2}(?:盖章|公章|章|印章|签章)[ \u3000]{0,2}[)）])?[ \u3000]{0,2}[:：][ \u3000]{0,2}/;
/** Longest unit name on a 落款 line of its own. */
const MAX_UNIT_LINE = 40;

/**
 * Dates that say when the report was filed, other than the header's 填报日期 field (Arabic ones first):
 * `dates` (the parser's) and `more` (dates in Chinese numerals, a 落款 style).
 */
export function filedDates(report: Report, more: readonly DateLike[] = []): FiledDate[] {
  const { text } = report;
  const out: FiledDate[] = [];
  for (const d of report.dates) read(d);
  for (const d of more) read(d);
  return out;

  function read(d: DateLike): void {
    if (d.start === report.header.date?.start || text[d.start + 4] === '-') return;
    // only the few characters around the date are read: a page flattened to one line may hold thousands of dates
    const before = text.slice(Math.max(0, d.start - LABEL_WINDOW), d.start);
    const onLine = unconverted(before.slice(before.lastIndexOf('\n') + 1)).line;
    const label = LABEL.exec(onLine);
    // a labelled date may name the month alone (填报日期：2022年12月)
    if (label) {
      out.push({ date: d, label: label[1] ?? '填报日期' });
      return;
    }
    if (d.day !== undefined && SIGNED.test(onLine)) {
      out.push({ date: d, label: '落款' });
      return;
    }
    if (d.day === undefined) return;
    const ahead = text.slice(d.end, d.end + 24);
    const after = ahead.slice(0, ahead.includes('\n') ? ahead.indexOf('\n') : ahead.length);
    const atEnd = after.trim() === '' && (ahead.includes('\n') || d.end + 24 >= text.length);
    // the unit's name glued to the date, or a space or two apart on the sign-off line (`中江县水利局 2022年12月30日`)
    if (UNIT_END.has(text[skipSpaces(text, d.start)] ?? '') && (atEnd || NEXT_DOCUMENT.test(after))) out.push({ date: d, label: '落款' });
    else if (atEnd) {
      const lineStart = startOfBlankRun(text, d.start);
      if (lineStart !== undefined && unitLineBefore(text, lineStart)) out.push({ date: d, label: '落款' });
    }
  }
}

/** The offset of the last character before `at` that is no space, at most four spaces back (`at - 1` when none is skipped). */
function skipSpaces(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && i >= at - 4 && (text[i] === ' ' || text[i] === '\u3000' || text[i] === '\t')) i--;
  return i;
}

/** Where the line holding `at` starts when only spaces precede `at` on it; undefined otherwise. */
function startOfBlankRun(text: string, at: number): number | undefined {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u3000' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n' ? i : undefined;
}

/** The non-empty line before `lineStart` is a unit's name alone, perhaps with its seal's mark (a 落款 over its date). */
function unitLineBefore(text: string, lineStart: number): boolean {
  let end = lineStart - 1;
  while (end > 0 && /[\n\r \t\u3000]/.test(text[end - 1] ?? '')) end--;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  const written = text.slice(start, end).trim();
  // a sign-off's label (`单位名称（盖章）：`, `填报单位:`), left blank for the seal or followed by the unit's name
  const label = SIGN_OFF_LABEL.exec(written);
  if (label && written.length === label[0].length) return true;
  const line = written
    .slice(label ? label[0].length : 0)
    .trim()
    .replace(SEAL, '');
  return line.length > 1 && line.length <= MAX_UNIT_LINE && UNIT_END.has(line[line.length - 1] ?? '') && !/[，。,:：；;]/.test(line);
}

/**
 * The year of the title recognition reads when the header names none: a page title in a mirror's traditional
 * script (岳陽縣2021年度宣傳部整體支出績效評價自評報告), or a title split over two lines whose year is on the
 * first (岳阳楼区2021年度部门(单位)整体支出 / 绩效评价自评报告; 某县2019年农村饮水安全巩固提升工程 / 项目支出绩效自评报告).
 * Only the filing date is judged against it.
 */
export function recognisedTitleYear(report: Report): number | undefined {
  const title = findTitle(report.parsed.lines);
  if (title?.kind !== 'report') return undefined;
  const own = scanYears(report.text, title.start, title.end)[0];
  if (own) return own.year;
  const lines = report.parsed.lines;
  const at = lines.findIndex((l) => l.start <= title.start && title.start <= l.end);
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    const prev = lines[i];
    if (!prev || prev.text.trim() === '') continue;
    // the first half of a split title: short, no sentence mark, naming its year as 某年度, or as the one 某年 before a
    // project's name, as a title on one line does (赣源县水利局 2019 年农村饮水安全巩固提升工程 / 项目支出绩效自评报告:
    // made up, s23 blind set), not a date's (2020年3月)
    if (prev.text.length > 40 || /[。，,；;：:！？]/.test(prev.text)) return undefined;
    const years = scanYears(report.text, prev.start, prev.end);
    const y = years.find((m) => m.nian_du) ?? (years.length === 1 ? years[0] : undefined);
    if (y && !y.nian_du && /^[ \u3000]{0,2}\d/.test(report.text.slice(y.end, y.end + 3))) return undefined;
    return y?.year;
  }
  return undefined;
}

/** `自评表(2022年度)`: the year a form names in brackets after its own name, or on the line under it (阜康 统计 2023). */
const FORM_YEAR =
  /(?:自评表|评价表|自评报告|评价报告)[ \u3000]{0,2}\n?[ \u3000]{0,2}[(（][ \u3000]{0,2}((?:19|20)\d{2})[ \u3000]{0,2}年度?[)）]/;

/**
 * `现将2024年…项目绩效目标自评报告如下`: the opening that names the year the report evaluates, also with the unit as its
 * subject before the year (现将我局2024年度…, 现将本单位…; a unit's word, not a verb: 现将我局落实2022年度审计整改…)
 * and a PDF's line break after 现将 (现将 / 我会 2019 年度部门整体支出绩效自评情况报告如下: made up, s23 blind set).
 */
const REPORTED_YEAR =
  /现将[ \u3000]{0,2}\n?[ \u3000]{0,2}(?:[我本](?:单位|部门|中心|街道|[局会委办院校馆站所镇乡厅队园社室处科])[ \u3000]{0,2})?((?:19|20)\d{2})[ \u3000]{0,2}年度?[^。\n《》]{0,60}?(?:自评|评价)(?:报告|情况)/;

/** How far into the text a form's title or the opening sentence is looked for (a page flattened to one line included). */
const HEAD = 2000;

/** The year of the opening `现将2024年…自评报告如下`, with the span of its digits. */
export function openingYear(report: Report): { year: number; start: number; end: number } | undefined {
  const from = report.frontMatter.end;
  const m = REPORTED_YEAR.exec(report.text.slice(from, from + HEAD));
  if (!m?.[1]) return undefined;
  // two years before the report's name (2022年度和2023年度…对比): the opening names no one year
  if (/(?:19|20)\d{2}[ \u3000]{0,2}年/.test(m[0].slice(m[0].indexOf(m[1]) + 4))) return undefined;
  const start = from + m.index + m[0].indexOf(m[1]);
  return { year: Number(m[1]), start, end: start + 4 };
}

/**
 * The evaluation year: the header's 评价年度, the title's year, the year a form names in brackets, the year the opening
 * 现将…自评报告如下 names, or the one calendar year the project ran (项目起止时间).
 */
export function evaluationYear(report: Report): { year: number; source: { zh: string; en: string } } | undefined {
  const { header } = report;
  if (header.evalYear) return { year: header.evalYear.year, source: { zh: '评价年度', en: 'the evaluation year' } };
  if (header.titleYear) return { year: header.titleYear.year, source: { zh: '标题', en: 'the title' } };
  const from = report.frontMatter.end;
  const form = FORM_YEAR.exec(report.text.slice(from, from + HEAD));
  if (form?.[1]) return { year: Number(form[1]), source: { zh: '表名', en: 'the form’s title' } };
  const opening = openingYear(report);
  if (opening) return { year: opening.year, source: { zh: '开头“现将…报告如下”', en: 'the opening sentence' } };
  const span = WHOLE_YEAR.exec(report.text.slice(from, from + HEAD));
  return span?.[1] ? { year: Number(span[1]), source: { zh: '项目起止时间', en: 'the project’s period' } } : undefined;
}

/**
 * `项目起止时间 2018 年 1 月 2018 年 12 月` (临沂 2018): a project that ran one whole calendar year, and is evaluated for it.
 * Read last, when nothing else names the year.
 */
const WHOLE_YEAR = /项目(?:起止|实施)(?:时间|期限|周期)[:：]?[ \u3000]{0,2}((?:19|20)\d{2}) ?年 ?0?1 ?月[^\n\d]{0,6}\1 ?年 ?12 ?月/;
