// Whether a Markdown file is a 绩效自评报告, and why: its title or first lines name one (read past the web
// page's furniture and a document-sharing site's banner, split over two lines, spaced out by a PDF, or in
// a table's first cell), or it opens with a report's header block. A notice, a 通报 or a 工作总结 says
// what it is in its own title, and that wins over report words in its body. The outline match
// (choose-template.ts) and, for a fragment with neither title nor outline, the body's own evidence
// (自评表 columns, 自评得分, 预算执行率 …, several of them) are the last witnesses, decided in report.ts.
import { lineMemo } from '../parse/line-memo.js';
import type { TextLine } from '../parse/blocks.js';
import { readingOf } from '../parse/blocks.js';
import { barSegments } from '../text/bar-segments.js';
import { foldWidth } from '../text/normalize.js';
import { GLOSS, hasTraditional, simplify, unglossed } from '../text/traditional.js';
import type { Localized } from '../types.js';
import { furnitureOf } from './furniture.js';
import WORDS from './recognition.json' with { type: 'json' };
import { clip } from '../text/clip.js';

export { WORDS as RECOGNITION };

/** Whether `text` names the self-evaluation itself (自评, 自我评价: `selfWords`). */
export const namesSelf = (text: string): boolean => WORDS.selfWords.some((w) => text.includes(w));

export type TitleEvidence = {
  kind: 'report' | 'notice' | 'news' | 'summary' | 'key' | 'campaign' | 'exAnte' | 'sample';
  text: string;
  start: number;
  end: number;
};

const SENTENCE_END = new Set([...'，,。；;：:！!？?']);
const SPACES = /[ \t\u00a0\u3000]/g;

/** The report word a piece of text names (自评报告, 绩效自评表, 绩效…评价报告 …), if any, as the text writes it. */
export function reportWord(text: string): string | undefined {
  return WORDS.reportTitles.find((w) => text.includes(w)) ?? gappedWord(text) ?? fundCheckWord(text);
}

/**
 * A 自查报告 on a fund (两馆一站: `关于…免费开放专项资金到位使用情况的自查报告`): a unit checking the arrival and use of its
 * own fund is its self-evaluation, under the name such reports had before 自评 became the word. A 自查报告 on anything else
 * (安全生产, 作风建设) is not one.
 */
function fundCheckWord(text: string): string | undefined {
  const { word, funds } = WORDS.fundCheckTitles;
  const at = text.indexOf(word);
  if (at <= 0) return undefined;
  const before = text.slice(0, at);
  return funds.some((f) => before.includes(f)) ? word : undefined;
}

/** A report word with other words inside it (绩效管理工作考核评价报告): from its first part to its last, as written. */
function gappedWord(text: string): string | undefined {
  for (const entry of WORDS.gappedTitles) {
    const { first, gap } = entry;
    // one entry may end in several words (自评…报告, 自评…说明, 自评…汇报): the same report under another name
    for (const last of typeof entry.last === 'string' ? [entry.last] : entry.last) {
      // by another name than 报告 (说明, 汇报, 总结), only what it says of the self-evaluation itself stands between: a
      // 说明 of a 自评 module, its scoring or its deadline is instructions (…绩效自评系统使用说明)
      const names = 'otherNames' in entry ? entry.otherNames : undefined;
      const other = names?.words.includes(last) ? names.between : undefined;
      const found = gappedAt(text, first, last, gap, entry.not, other);
      if (found !== undefined) return found || undefined;
    }
  }
  return undefined;
}

/** A title naming a campaign or work (`campaignTitles.words`) and none of the budget's words. */
const campaignTitle = (text: string): boolean =>
  WORDS.campaignTitles.words.some((w) => text.includes(w)) && !WORDS.campaignTitles.budget.some((w) => text.includes(w));

/**
 * `first` … `last` in `text`, at most `gap` characters apart, as written; '' when a word of `not` says it is no report;
 * with `between`, only where what stands between them is one of those.
 */
function gappedAt(
  text: string,
  first: string,
  last: string,
  gap: number,
  not: readonly string[] | undefined,
  between?: readonly string[],
): string | undefined {
  for (let at = text.indexOf(last); at >= 0; at = text.indexOf(last, at + 1)) {
    // only the window before it is searched: a long line with many 评价报告 is read once
    const window = Math.max(0, at - gap - first.length);
    const from = text.slice(window, at).lastIndexOf(first);
    if (from < 0 || (between && !between.includes(text.slice(window + from + first.length, at)))) continue;
    // a finance bureau's (全县) summary of others' self-evaluation work is not one unit's report on its own, nor is a
    // report on what was done after them (自评结果应用情况报告, 自评问题整改情况报告): read up to the last word
    const before = text.slice(0, at);
    if (not?.some((w) => before.includes(w))) return '';
    return text.slice(window + from, at + last.length);
  }
  return undefined;
}

/** What follows a report word in a sentence, not a title: the verb it is the object of (`objectOf`: …自评情况进行汇报). */
const objectOf = (tail: string): boolean => WORDS.objectOf.some((w) => tail.startsWith(w));

/** Furniture whose line names the page, not the report (an essay site's title line does name the text it wraps). */
const SKIPPED_FURNITURE = new Set(WORDS.furnitureSkipped);

/**
 * A short line of page furniture that recognition reads past (a long line is text, and is not searched for it). Kept
 * per line object: the title and the header are looked for in the first lines on every keystroke, and furnitureOf
 * reads every kind's words and patterns.
 */
export const isFurniture = lineMemo((line: TextLine) => furnitureLine(line.text));

function furnitureLine(text: string): boolean {
  if (text.length > WORDS.furnitureLine) return false;
  // a publication record's title field (标      题 …自评报告, 西藏残联 2020) holds the page's title: read as one
  if (WORDS.titleFields.some((f) => text.replace(SPACES, '').startsWith(f))) return false;
  return furnitureOf(text)?.kinds.some((k) => SKIPPED_FURNITURE.has(k.id)) ?? false;
}

/** The last step of a breadcrumb (首页 > 通知公告 > …绩效评价报告): the page's own title. */
function breadcrumbEnd(text: string): string | undefined {
  const at = Math.max(text.lastIndexOf('>'), text.lastIndexOf('》'), text.lastIndexOf('»'));
  const end = at >= 0 ? text.slice(at + 1).trim() : '';
  return end.length >= 6 ? end : undefined;
}

/**
 * A publication record's catalogue field that files the page under a self-evaluation column (保山 portals: `公开目录 |
 * 自评报告 | 发布日期 | …`, `公开目录 绩效自评报告 发布日期 …`): the site says what the page is, as a breadcrumb's last
 * step does, and an excerpt may keep no title of its own (保山地震局 2021 opens on this record, then 一、部门基本情况).
 * Only a column named by a report word; a 部门决算 or a notice is filed under its own column (部门预算, 财政预决算), and a
 * column named 绩效评价 may hold a finance bureau's evaluations too. Kept as the fallback a title found below overrides.
 */
function catalogued(line: TextLine): TitleEvidence | undefined {
  const text = line.text;
  for (const field of WORDS.catalogueFields) {
    const at = text.indexOf(field);
    if (at < 0) continue;
    let from = at + field.length;
    while (from < text.length && CATALOGUE_GAP.has(text[from] as string)) from++;
    let end = from;
    while (end < text.length && end - from < WORDS.longestCatalogue && !CATALOGUE_GAP.has(text[end] as string)) end++;
    const value = text.slice(from, end);
    if (judge(value, true) === 'report' && reportWord(titleReading(value)))
      return { kind: 'report', text: value, start: line.start + from, end: line.start + end };
  }
  return undefined;
}

/**
 * A report's title with a number after it, read as furniture (model/furniture.json `page`): a PDF's running header
 * (`绩效自评报告 3`), or an essay site's item label under its compilation's heading (长沙县 农产品 20xx, set 30:
 * `資金績效評價自評報告范文(精選13篇)`, its blurb, then `資金績效評價自評報告 1` over 一、項目概況). Either names the kind of
 * text that follows, as a breadcrumb's last step does: the fallback a title found below overrides. Only a title naming 自评:
 * an essay site files a county's 工作总结 under `人居环境整治绩效评价报告 1` too (某县 人居环境 20xx, a look-alike).
 */
function numberedTitle(line: TextLine): TitleEvidence | undefined {
  const m = NUMBERED_TITLE.exec(line.text);
  if (!m || !namesSelf(titleReading(m[1] as string)) || judge(m[1] as string, true) !== 'report') return undefined;
  return { kind: 'report', text: m[1] as string, start: line.start + m.index, end: line.start + m.index + (m[1] as string).length };
}
/**
 * A document-sharing site's label of the document's first page, its file name then `_第1页` (南通农职院 2009, set 34: the
 * only title of a flattened PDF, `项目绩效报告_第1页`): names the text as numberedTitle does, when the file's name is a
 * report's naming 自评 or its own performance report (绩效报告); a `…绩效评价报告.docx_第1页` may be a third party's (两癌筛查
 * 2022, 盐田 2022).
 */
function firstPageLabel(line: TextLine): TitleEvidence | undefined {
  const m = FIRST_PAGE.exec(line.text);
  if (!m) return undefined;
  const name = m[1] as string;
  const read = titleReading(name);
  if ((!namesSelf(read) && !read.endsWith(WORDS.ownReport)) || judge(name, true) !== 'report') return undefined;
  return { kind: 'report', text: name, start: line.start + m.index, end: line.start + m.index + name.length };
}
/** A file's name (no space, no _), its extension perhaps, then _第1页 (頁, a mirror's 頁(yè)); bounded: linear. */
const FIRST_PAGE = /^[ \t\u3000]*([^ \t\u3000_]{4,60}?)(?:\.(?:docx?|DOCX?|pdf|PDF|wps))?_第1[页頁](?:\(yè\))?[ \t\u3000]*$/;

/** A line's text, then spaces and a number of at most three digits ending it; the text has no space: linear. */
const NUMBERED_TITLE = /^[ \t\u3000]*([^ \t\u3000]{4,40})[ \t\u3000]{1,3}[0-9]{1,3}[ \t\u3000]*$/;

/** What stands between a record's field and its value, and after the value: a colon, a table's bar, spaces. */
const CATALOGUE_GAP = new Set([...':：| \t\u00a0\u3000']);

/** Whether a title-like piece of text is a notice, a 通报, a summary, a regulation or an indicator system: what it says it is. */
function noticeWord(text: string): string | undefined {
  const phrase = WORDS.noticePhrases.find((p) => text.includes(p));
  if (phrase) return phrase;
  // a breadcrumb (首页 > 通知公告) names a column of the site, not the page
  if (text.includes('>') || text.length < 6) return undefined;
  const trimmed = text.replace(/[\s。.:：]+$/u, '');
  const target = WORDS.targetTableEndings.find((e) => trimmed.endsWith(e));
  // a table of the targets as declared (申报表) is one whatever its year: a report's annex of targets is titled …绩效目标表
  // (南岳 青少年校外活动中心 2020, set 35: `专项资金预算绩效目标申报表` in a cell, its year on the line below)
  const declared = target !== undefined && WORDS.declaredTargetEndings.some((e) => trimmed.endsWith(e));
  if (target && (declared || YEAR.test(trimmed)) && !namesSelf(trimmed)) return target;
  return WORDS.noticeEndings.find((e) => trimmed.endsWith(e));
}

/**
 * A headline naming the self-evaluation work being done (`activityHeadlines`: 临河区开展预算项目单位绩效自评“一体化”系统填报), with no
 * report word and no sentence in it: news of the work, not a report (a report titled 关于开展…自评工作的报告 has its word).
 */
function activityHeadline(text: string): boolean {
  // the verb and the work first: judge asks this of every title piece of the first lines, and most name neither
  return namesWorkDone(text) && wordlessTitle(text) && !gappedWord(text);
}

/** `verbs` then, within `gap` characters, one of `works` (开展…绩效自评). */
function namesWorkDone(text: string): boolean {
  const { verbs, works, gap } = WORDS.activityHeadlines;
  for (const verb of verbs) {
    const at = text.indexOf(verb);
    if (at < 0) continue;
    const from = at + verb.length;
    if (
      works.some((w) => {
        const to = text.indexOf(w, from);
        return to >= 0 && to - from <= gap;
      })
    )
      return true;
  }
  return false;
}

/** A short line with no sentence mark and no report word: a title that names the text as something else, or nothing. */
function wordlessTitle(text: string): boolean {
  return text.length <= WORDS.longestTitle && ![...text].some((c) => SENTENCE_END.has(c)) && !reportWord(text);
}

/** A year in a title (2017年财政支出项目绩效目标表). */
const YEAR = /(?:19|20)[0-9]{2}/;

type Piece = { text: string; from: number; whole: boolean };

/**
 * The pieces of a line that may be a title: the line, the cells of a table row (永德 2022:
 * `2022年度项目支出绩效自评表 | 部门:…`), or the head of a long (flattened) one and an attachment's name in it.
 */
function titlePieces(line: TextLine): Piece[] {
  const text = line.text;
  if (text.includes('|') && text.length <= 3 * WORDS.longestTitle) return cells(text);
  // UTF-16 length: a title is CJK text of the basic plane, and a megabyte line is not spread into an array
  if (titleWidth(text) <= WORDS.longestTitle) return [{ text, from: 0, whole: true }];
  const pieces = [{ text: head(text, 0), from: 0, whole: false }];
  // 附件：2022年财政衔接资金实施项目绩效自评表 inside a flattened cover note
  for (let at = text.indexOf('附件'); at >= 0 && at < 2000; at = text.indexOf('附件', at + 2)) {
    let i = at + 2;
    while (i < text.length && /[0-9０-９]/.test(text[i] as string)) i++;
    if (text[i] === ':' || text[i] === '：') pieces.push({ text: head(text, i + 1), from: i + 1, whole: false });
  }
  return pieces;
}

/** The non-empty cells of a table row, each read as a line of its own. */
function cells(text: string): Piece[] {
  return barSegments(text)
    .filter((seg) => seg.text.trim() !== '')
    .map((seg) => ({ text: seg.text, from: seg.from, whole: true }));
}

/**
 * A line's length as a title's: without the pinyin a mirror glued after its characters (兴宁 宁新街道 20xx: a title of 38
 * characters written in 87 with its glosses, `…資金績(jī)效評(píng)價(jià)報(bào)告`). Only a line short enough to be one is read so.
 */
function titleWidth(text: string): number {
  return text.length <= WORDS.longestTitle || text.length > 3 * WORDS.longestTitle || !text.includes('(')
    ? text.length
    : text.replace(GLOSS, '').length;
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
 * first 一、 heading (the body) or after the first lines; the page's furniture (navigation, 索引号 blocks,
 * a document-sharing banner) is read past and not counted, though a breadcrumb's last step is kept in
 * case the page repeats its title nowhere else. A title split over two short lines is read joined
 * (南县住建局 2018: `…2018年度整体支出` / `绩效评价报告`).
 */
export function findTitle(lines: readonly TextLine[]): TitleEvidence | undefined {
  let prev: TextLine | undefined;
  let seen = 0;
  let crumb: TitleEvidence | undefined;
  // a Markdown document titles itself with a heading: its long lines are prose, not a flattened page
  let markdown = false;
  let attachments = false;
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    if (isFurniture(line)) {
      const end = crumb ? undefined : breadcrumbEnd(line.text);
      const found = end === undefined ? undefined : judge(end, true);
      if (end && found) crumb = { kind: found, text: end, start: line.end - end.length, end: line.end };
      crumb ??= catalogued(line) ?? numberedTitle(line) ?? firstPageLabel(line);
      prev = undefined;
      continue;
    }
    if (++seen > WORDS.titleLines) break;
    const { head: h, titleLength } = readingOf(line);
    // a document-sharing site's file name (南宁 2018: `三、绩效分析及评价结论.doc`) names a file, not the body's first section
    if (h.marker?.level === 1 && !h.marker.broken && titleLength <= 30 && !FILE.test(line.text.trim())) break;
    // `附件:1.…报告` and the `2.…报告` lines after it list a cover note's attachments: none is its title
    const compact = line.text.replace(SPACES, '');
    if (ATTACHMENT_LIST.test(compact)) attachments = true;
    if (attachments && (ATTACHMENT_LIST.test(compact) || LIST_ITEM.test(compact))) {
      prev = undefined;
      continue;
    }
    const pieces = markdown && titleWidth(line.text) > WORDS.longestTitle ? [] : titlePieces(line);
    if (line.mdDepth > 0) markdown = true;
    const short = (l: TextLine): boolean => l.text.length <= 40 && ![...l.text].some((c) => SENTENCE_END.has(c));
    for (const p of pieces) {
      const found = judge(p.text, p.whole);
      if (!found) continue;
      const evidence: TitleEvidence = {
        kind: found,
        text: p.text.trim(),
        start: line.start + p.from,
        end: line.start + p.from + p.text.length,
      };
      // the report word alone (`• 自评报告`, a portal record's column under 公开目录, 保山图书馆 2021 of session 24's set) names
      // the kind of page, not the report: a title below it that names the unit and the year is the report's
      if (found === 'report' && bareWord(p.text)) {
        crumb ??= evidence;
        continue;
      }
      return evidence;
    }
    // two items of a bulleted menu (`• 扫黑除恶` / `• 实施方案`, an essay site's columns) are no title split over two lines
    if (prev && short(prev) && short(line) && !BULLET.test(line.text)) {
      const joined = prev.text.trim() + line.text.trim();
      const found = judge(joined, true);
      if (found) return { kind: found, text: joined, start: prev.start, end: line.end };
    }
    prev = line;
  }
  return crumb;
}

/** Whether a title piece is the report word and nothing else (bullets, spaces and a colon aside): 自评报告, 绩效自评报告. */
function bareWord(piece: string): boolean {
  const text = titleReading(piece).replace(/^[•·\-*\s]+|[\s:：]+$/gu, '');
  return reportWord(text) === text;
}

/**
 * A line of its own is a title when the report word ends it, but for brackets, 及…表, a file suffix or a
 * number (`…自评报告(通用9篇)`, `…自评报告及评分表(…)`, `…自评报告.pdf`): prose that starts
 * `自评报告常常…` and a README's `绩效自评报告检查` are not titles. A line of its own may also end in a
 * shorter word (`…部门整体支出绩效自评`), or run on into its form's first header field (`…基础数据表 填报单位:`). The
 * head of a flattened page runs on into its first sentence
 * (`…绩效自评报告为进一步规范…`). Spaces a PDF puts between characters (`绩 效 自 评 报 告`) are not read.
 */
function judge(piece: string, whole: boolean): TitleEvidence['kind'] | undefined {
  const text = runOnCut(titleReading(piece), whole);
  if (noticeWord(text)) return 'notice';
  if (whole && activityHeadline(text)) return 'news';
  const word = reportWord(text) ?? (whole ? WORDS.titleEndings.find((w) => text.includes(w)) : undefined);
  // a report's file name quoted in Markdown code (`examples/…自评报告.md`) is documentation, not a title
  if (!word || text.includes('`')) return undefined;
  // the head of a flattened page tagged as a sample (`附件 3 项目支出绩效自评表填写样例附件 3:样例项目…`, a ministry's worked example),
  // or naming a campaign or a work team's work up to its report word (石潭镇东联村 2023, set 30, one line of PDF text:
  // `第1页共10页石潭镇东联村…扶贫开发工作自评报告力促贫困村…`, its body naming money)
  // …对专项资金绩效自评情况进行汇报 (陕西中医药大学 2020, set 34, a news item's sentence): the object of a verb, not a title
  if (!whole && objectOf(text.slice(text.indexOf(word) + word.length))) return undefined;
  if (!whole) return sampleTitle(text) ? 'sample' : campaignTitle(text.slice(0, text.indexOf(word) + word.length)) ? 'campaign' : 'report';
  // `附件3:…绩效评价报告.pdf`: a link to a report file in a cover note or a list of them, not the report
  if (ATTACHMENT.test(text) && FILE.test(text)) return undefined;
  const at = text.lastIndexOf(word);
  const tail = text.slice(at + word.length);
  // `…绩效评价报告(摘要)`: the published summary of an evaluation the finance bureau had made, not a self-evaluation
  const self = namesSelf(text);
  if (WORDS.summaryMarks.some((m) => tail.includes(m)) && !self) return 'summary';
  const report = endsTitle(text, word);
  // `…改造项目 重点绩效评价报告`: a key evaluation a finance bureau organised over the unit's project (五华 住建 2023)
  if (report && !self && WORDS.keyEvaluations.some((w) => text.includes(w))) return 'key';
  // `…项目事前绩效评价报告`: a review of a project before its budget is set (金口河 2024), not a self-evaluation of money spent
  if (report && !self && WORDS.exAnteEvaluations.some((w) => text.includes(w))) return 'exAnte';
  // `【范本】…绩效评价报告`: a sharing site's tag on a model to follow, its unit and figures an example's (营养改善计划 2013)
  if (report && sampleTitle(text)) return 'sample';
  // `…创建国家食品安全示范城市工作自评报告`: a city's self-assessment in a national campaign, naming no money of its own; so is a
  // work team's of its work (石潭镇东联村 2023, set 30: `…扶贫开发工作自评报告`)
  if (report && campaignTitle(text)) return 'campaign';
  if (report) return 'report';
  // a shorter word inside a longer one that ends the title (`…绩效自评情况的报告`: 绩效自评情况, then 自评…报告)
  const gapped = gappedWord(text);
  return gapped !== undefined && gapped !== word && endsTitle(text, gapped) ? 'report' : undefined;
}

/**
 * The head of a flattened page up to its report word, when its first sentence runs on from there citing the notice it
 * answers (福建 改薄 2016 on a sharing site: `…专项资金绩效自评报告根据省财政厅关于开展…绩效自评工作的通知`): the notice is the
 * sentence's, not the title's. A line of its own is read whole.
 */
function runOnCut(text: string, whole: boolean): string {
  if (whole) return text;
  const word = reportWord(text);
  if (!word) return text;
  const end = text.indexOf(word) + word.length;
  return RUN_ON.test(text.slice(end)) ? text.slice(0, end) : text;
}
const RUN_ON = /^(?:根据|按照|依据|依照|为进一步|为了|为加强|现将)/;

/**
 * A title tagged as a model (【范本】, 填写样例), or naming its unit by a placeholder (`2021年XX单位XX项目绩效自评表`, a blank
 * form on a sharing site): a model to follow, not a unit's report. A place masked by a site (XX县, ****部门整体…) is a unit's.
 */
const sampleTitle = (text: string): boolean =>
  WORDS.sampleMarks.some((w) => text.includes(w)) || WORDS.placeholderUnits.some((w) => text.includes(w));

/** Whether the report word ends the title, or all that follows it is what a title adds (a bracket, a file suffix, a field). */
function endsTitle(text: string, word: string): boolean {
  const at = text.lastIndexOf(word);
  const tail = text.slice(at + word.length);
  if (tail === '' || /^(?:[（(【[<《]|及|\.(?:pdf|docx?)$|\d{1,3}$)/i.test(tail)) return true;
  // an essay site's label on the report it reposts (图书馆免费开放 20xx: `专项资金自查报告范文 图书馆免费开放资金自查报告例文`), when
  // its word names the unit's own check (自评, 自查): a county's 工作总结 is filed under `人居环境整治绩效评价报告范文(精选11篇)`
  // too; a blank template so labelled fills in no figure (blankTemplate, read first)
  if (/^(?:范文|例文)/.test(tail) && (namesSelf(word) || word.endsWith(WORDS.fundCheckTitles.word))) return true;
  // 报告书, the formal name of a report (广东 2005: `广东省财政支出项目绩效评价自评报告书`)
  if (tail === '书' && word.endsWith('报告')) return true;
  // a page that runs the title on into the body's first heading (炎陵 2019 on a sharing site: `…绩效自评报告一、项目概况(一)…`)
  if (/^一[、．.]/.test(tail)) return true;
  // the word closes the title's own bracket (霍邱 2022: `…自评工作情况总结(绩效自评结果、绩效评价报告)`)
  if (/^[)）]$/.test(tail) && /[(（]/.test(text.slice(0, at))) return true;
  // a form's title with the first field of its header on the same line (a PDF's text)
  return WORDS.formFields.some((f) => tail.startsWith(f) && /^[:：]/.test(tail.slice(f.length)));
}

/**
 * A line as it is read for the report's words: no spaces (a PDF's `绩 效 自 评`), no pinyin a mirror glues
 * after characters, traditional characters of the report words simplified. Page furniture above a title is
 * told from the title by the same reading (rules/debris/leading.ts).
 */
export function titleReading(piece: string): string {
  return unglossed(piece.replace(SPACES, ''));
}

/** Letters of a pinyin gloss left in a title key, whose brackets the key drops (`績jī效目標biāo`). */
const GLOSS_LETTERS = /[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+/g;

/**
 * A heading's key as a mirror in traditional script with glued pinyin writes it (水稻集中育秧 2024:
 * `一、績(jī)效目標(biāo)分解下達(dá)情況`), read as the simplified title; the key itself when it has neither.
 */
export function keyReading(key: string): string {
  return hasTraditional(key) ? simplify(key.replace(GLOSS_LETTERS, '')) : key;
}

const ATTACHMENT = /^附件[0-9０-９]{0,3}[:：]/;
/** The first of a cover note's list of attached reports (广东科技厅 2020: `附 件:1.…自评报告`, then `2.…`). */
const ATTACHMENT_LIST = /^附件[:：][0-9０-９]{1,2}[.、．]/;
const LIST_ITEM = /^[0-9０-９]{1,2}[.、．]/;
const FILE = /\.(?:pdf|docx?|xlsx?|wps)$/i;
/** A list item's bullet at the start of a line (a page's menu). */
const BULLET = /^[ \t\u3000]*[•·●▪◆]/;

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

/**
 * The header line that says a third party evaluated the unit (`委托单位:昌都市财政局`, `评价机构:…会计师事务所`),
 * or the clause of the opening paragraphs where the writer speaks as one (浔阳 2024: `我们作为第三方绩效评价中介机构`)
 * or as the office that evaluated on top of the unit's self-evaluation (黑龙江 2016, the Ministry's resident office:
 * `在自评基础上开展绩效评价工作`, `自评和他评相结合`), if the first lines hold one: not the unit's self-evaluation. Under a
 * `title` that names 自评 only the voice is read, not a header field.
 */
export function commissionedBy(lines: readonly TextLine[], title?: TitleEvidence): string | undefined {
  let seen = 0;
  // the opening paragraphs end at the first 一、 heading: the body may quote a third party's words; the first section's
  // first paragraph, up to its next heading, is read for a firm's commission alone
  let stage: 'opening' | 'first' | 'body' = 'opening';
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    if (++seen > WORDS.titleLines) break;
    const facts = commissionFacts(line);
    if (stage === 'first' && facts.heading) stage = 'body';
    if (stage === 'opening' && facts.endsOpening) stage = 'first';
    if (stage === 'opening' && facts.voice !== null) return facts.voice;
    if (stage === 'first' && facts.firm !== null) return facts.firm;
    // a cover naming a firm under a title that says 自评 is the unit's self-evaluation drafted with a firm's help (湖北残联 2017:
    // `…2017年度绩效自评报告` / `项目单位:湖北省残疾人联合会` / `评价机构:湖北衡平楚天会计师事务有限公司`): no third party's
    // evaluation of the corpus titles itself 自评; its voice, read above, still tells
    if (facts.field !== null && !(title && namesSelf(titleReading(title.text))) && !evaluatesItself(facts.field, lines)) return facts.field;
  }
  return undefined;
}

/**
 * The unit named as the one evaluated is also the one evaluating (青岛文旅局 2020 on a sharing site: `被评价单位:青岛市文化和旅游局部门
 * 评价单位:青岛市文化和旅游局部门`): the cover of its own self-evaluation, not a third party's. Read only when a 被评价单位 field
 * was found (rare): the first lines, joined, for an 评价单位 field (not the 被评价单位's own 评价单位) with the same value.
 */
function evaluatesItself(field: string, lines: readonly TextLine[]): boolean {
  const colon = field.indexOf(':');
  if (!WORDS.evaluatedFields.includes(field.slice(0, colon))) return false;
  // a short cover line read whole runs on into the next field (`被评价单位:某局评价单位:某局2021年4月`): the unit ends before it
  let unit = field.slice(colon + 1);
  for (const label of WORDS.evaluatorFields.unit) if (unit.includes(label)) unit = unit.slice(0, unit.indexOf(label));
  if (unit.length < 2) return false;
  // the cover's first lines, each to commissionChars (a flattened page is one line of the whole report)
  const opening = foldWidth(
    lines
      .slice(0, WORDS.titleLines * 2)
      .map((l) => l.text.slice(0, WORDS.commissionChars))
      .join('\n'),
  );
  for (const label of WORDS.evaluatorFields.unit) {
    for (let at = opening.indexOf(label); at >= 0; at = opening.indexOf(label, at + label.length)) {
      if (opening[at - 1] === '被') continue;
      if (valueAfter(opening, at + label.length)?.value.startsWith(unit)) return true;
    }
  }
  return false;
}

/**
 * The value of a field whose label ends at `from` in a cover's text: after spaces and a colon (or, with no colon, a space at
 * least: `委托机构   某某厅`), to the next space, FIELD_VALUE characters after the colon at most; and whether a colon stood there.
 */
function valueAfter(text: string, from: number): { value: string; colon: boolean } | undefined {
  let i = from;
  while (text[i] === ' ' || text[i] === '\u3000') i++;
  const colon = text[i] === ':' || text[i] === '：';
  if (colon) i++;
  else if (i === from) return undefined;
  const after = i;
  while (i < text.length && (text[i] === ' ' || text[i] === '\u3000')) i++;
  let end = i;
  while (end < text.length && !/\s/.test(text[end] as string) && end - after < FIELD_VALUE) end++;
  return end > i ? { value: text.slice(i, end), colon } : undefined;
}
/** How much of a field's value a flattened cover is read for: a unit's or a firm's name. */
const FIELD_VALUE = 40;

/** What commissionedBy reads of one line, from its text alone: kept on the line (the opening is asked on every check). */
const commissionFacts = lineMemo((line) => {
  const { head, titleLength, key } = readingOf(line);
  const heading = head.marker !== undefined && !head.marker.broken && titleLength <= 30;
  return {
    endsOpening: heading && head.marker?.level === 1,
    heading,
    voice:
      thirdPartyVoice(line) ??
      reviewVoice(line.text) ??
      commissionedVoice(line.text) ??
      financeGroupVoice(line.text) ??
      financeEvaluates(line.text) ??
      null,
    firm: firmVoice(line.text) ?? null,
    field: commissionedField(line.text) ?? (heading && evaluatedHeading(key) ? line.text.trim() : undefined) ?? null,
  };
});

/**
 * A heading that names the unit as the one evaluated (汕头生态环境局 2021, an accounting firm's report for the finance bureau:
 * `一、评价概要` `(一)被评价单位` `汕头市生态环境局。`): the header field `被评价单位:` laid out as a section of the outline. A
 * unit's own report has no such section; a heading that goes on (被评价单位基本情况) is not read.
 */
function evaluatedHeading(key: string): boolean {
  return WORDS.evaluatedFields.includes(key.replace(/[:：。.]+$/u, ''));
}

/**
 * A header field that says someone other than the unit evaluated it: its client (委托单位:昌都市财政局), its evaluator when
 * that is a firm (评价机构:某某会计师事务所; 评价单位 only by a firm's kind, as it most often names the unit itself), the unit
 * as the one evaluated (潼南 2023: 被评价单位:重庆市潼南区发展和改革委员会), or a firm's report number, labelled
 * (报告编号:汇鼎会咨报字〔2024〕第0019号) or alone on its line (湘财正咨字〔2022〕第39号), or the firm's name alone on its line
 * (湖南诚悦达会计师事务所(普通合伙) |, 湘潭 2021). A web page may lay the cover
 * out with spaces for the colon (西藏社保局 2020: `委托机构   西藏自治区人力资源和社会保障厅`,
 * `评价机构   西藏方学会计师事务普通合伙`, its 所 lost).
 */
function commissionedField(text: string): string | undefined {
  if (text.length > WORDS.longestTitle) return flattenedField(text);
  const folded = foldWidth(text).trim();
  if (FIRM_NUMBER.test(folded)) return folded;
  const name = titleReading(folded.replace(CELL_BARS, ''));
  if (FIRM_NAME.test(name)) return name;
  const field = fieldOf(folded);
  if (field === undefined) return undefined;
  const { label, value } = field;
  const shown = `${label}:${value}`;
  if (WORDS.commissionedFields.includes(label) || WORDS.evaluatedFields.includes(label)) return shown;
  // 评价单位 is most often the unit itself (评价单位:海口市档案局), which may be a company: only a firm's kind is a third party there
  const { agency, unit, firms } = WORDS.evaluatorFields;
  if (agency.includes(label) && WORDS.commissionedAgents.some((w) => value.includes(w))) return shown;
  if (unit.includes(label) && firms.some((w) => value.includes(w))) return shown;
  // or a finance bureau with another body (通许 2023: 评价单位通许县财政局、通许县乡村振兴局, the county's key evaluation of a
  // town's project): a finance-led joint evaluation, as financeEvaluates.jointly reads one in a sentence; a finance bureau
  // alone may be evaluating its own funds
  if (unit.includes(label) && value.includes('、') && WORDS.financeBureaus.some((w) => value.includes(w))) return shown;
  if (WORDS.reportNumberFields.includes(label) && /[0-9０-９]/.test(value)) return shown;
  return undefined;
}

/** A firm's report number alone on its line (湘财正咨字〔2022〕第39号, 江永 农机 2020): the 报告编号 field without its label. */
const FIRM_NUMBER = new RegExp(WORDS.firmReportNumber, 'u');
/** A firm's name alone on its line (湖南诚悦达会计师事务所(普通合伙), 湘潭 2021): the evaluator's name in the cover. */
const FIRM_NAME = new RegExp(WORDS.firmNameLine, 'u');
const CELL_BARS = /\|/g;

/** The labels of a cover's evaluator, read with their value glued on when a form's cells lost the bar between them. */
const EVALUATOR_LABELS = [...WORDS.evaluatorFields.agency, ...WORDS.evaluatorFields.unit]
  // (评价方 is too short to stand glued: 评价方式, 评价方法 and 评价方案 start with it)
  .filter((l) => l.length >= 4)
  .sort((a, b) => b.length - a.length);

/** `评价单位通许县财政局、…` (通许 2023, a form's two cells run together): an evaluator's label and its value. */
function gluedField(line: string): { label: string; value: string } | undefined {
  const label = EVALUATOR_LABELS.find((l) => line.startsWith(l));
  const value = label === undefined ? '' : line.slice(label.length).replace(SPACES, '');
  return label === undefined || value === '' ? undefined : { label, value };
}

/** A short line read as a header field: its label and value, split at the first colon or, for a label alone, at a run of spaces. */
function fieldOf(line: string): { label: string; value: string } | undefined {
  const colon = line.search(/[:：]/);
  if (colon > 0) {
    const value = line.slice(colon + 1).replace(SPACES, '');
    return value === '' ? undefined : { label: line.slice(0, colon).replace(SPACES, ''), value };
  }
  // `委托机构   某某厅`: the label is the line's first word, the value the rest
  const gap = line.search(/[ \t\u00a0\u3000]/);
  if (gap <= 0) return gluedField(line);
  const value = line.slice(gap).replace(SPACES, '');
  return value === '' ? undefined : { label: line.slice(0, gap), value };
}

/**
 * The commissioning field in a PDF's cover flattened onto one line with its title (塘桥 2018: `…绩效评价报告 评价机构 : 上海…中心
 * 2019 年 6 月 14 日 … 委托单位:塘桥街道办事处 …`), read to `commissionChars`: the label and its colon, and what follows up to
 * the next space. A unit's own report has no client, and does not call itself the 被评价单位.
 */
/** The labels flattenedField looks for, in order: one list for every line, not a new one per line. */
const FIELD_LABELS = [...WORDS.commissionedFields, ...WORDS.evaluatedFields];

function flattenedField(text: string): string | undefined {
  const raw = text.length > WORDS.commissionChars ? text.slice(0, WORDS.commissionChars) : text;
  // the labels are all ideographs, which folding leaves as they are: a line naming none (nearly every long line) is not
  // folded, a copy built slice by slice around each full-width comma of a paragraph
  if (!FIELD_LABELS.some((label) => raw.includes(label))) return undefined;
  const head = foldWidth(raw);
  for (const label of FIELD_LABELS) {
    for (let at = head.indexOf(label); at >= 0; at = head.indexOf(label, at + label.length)) {
      const field = valueAfter(head, at + label.length);
      if (field?.colon) return `${label}:${field.value}`;
    }
  }
  return undefined;
}

/** The clause of a line (to `openingChars`) where the writer calls itself a third party evaluator, if any. */
function thirdPartyVoice(line: TextLine): string | undefined {
  // a mirror's traditional script and glued pinyin read as the words (绍兴 体育赛事 20xx: 評價機(jī)構(gòu)通過資料收集)
  const text = unglossed(line.text.length > WORDS.openingChars ? line.text.slice(0, WORDS.openingChars) : line.text);
  for (const voice of WORDS.thirdPartyVoices) {
    const at = text.indexOf(voice);
    if (at < 0) continue;
    let from = at;
    while (from > 0 && !CLAUSE_END.has(text[from - 1] as string)) from--;
    let to = at + voice.length;
    while (to < text.length && !CLAUSE_END.has(text[to] as string)) to++;
    return text.slice(from, to).trim();
  }
  return undefined;
}

const CLAUSE_END = new Set([...'，,。；;：:！!？?']);

/** The clause of `text` around [at, end): from the clause mark before it to the one after. */
function clauseAround(text: string, at: number, end: number): string {
  let from = at;
  while (from > 0 && !CLAUSE_END.has(text[from - 1] as string)) from--;
  let to = end;
  while (to < text.length && !CLAUSE_END.has(text[to] as string)) to++;
  return text.slice(from, to).trim();
}

/**
 * The writer reviewing others' self-evaluations (泗县 2019, the finance bureau: `在部门单位开展绩效自评的基础上,县财政局会同
 * 县扶贫局…对行业部门绩效进行抽查,现将抽查结果报告如下`), read to `openingChars` of a line: a clause putting the work on
 * top of a self-evaluation (自评 a few characters before 基础上) in a sentence that spot-checks, re-checks or verifies
 * (`reviewedVoice.review`). A unit summing up its own projects' self-evaluations (在各项目自评的基础上,形成本部门整体自评报告)
 * checks nothing.
 */
function reviewVoice(line: string): string | undefined {
  const { basis, self, gap, review } = WORDS.reviewedVoice;
  const { groups } = WORDS.financeGroupVoice;
  const text = line.length > WORDS.openingChars ? line.slice(0, WORDS.openingChars) : line;
  for (let at = text.indexOf(basis); at >= 0; at = text.indexOf(basis, at + basis.length)) {
    const on = text.lastIndexOf(self, at);
    if (on < 0 || at - on - self.length > gap || [...text.slice(on, at)].some((c) => CLAUSE_END.has(c))) continue;
    const rest = text.slice(at, sentenceEnd(text, at));
    // or an evaluation group works on it, the self-evaluation not named again (路灯 2017, session 24: `在x区城市管理局自评的
    // 基础上,评价小组对x区城市管理局…进行了绩效评价`); a unit's own group forming its self-evaluation names it (自评报告)
    const group = namesSelf(rest) ? undefined : groups.find((w) => rest.includes(w));
    const word = review.find((w) => rest.includes(w)) ?? group;
    if (word === undefined) continue;
    const w = at + rest.indexOf(word);
    return `${clauseAround(text, on, at + basis.length)}……${clauseAround(text, w, w + word.length)}`;
  }
  return undefined;
}

/**
 * The writer saying it evaluated on another's commission (隆回 2021, an accounting firm: `受隆回县财政局委托,我所成立绩效评价
 * 工作组对…实施绩效评价`), read to `commissionChars` of the line: 受, the client, 委托, and the sentence goes on to an
 * evaluation that names no self-evaluation. A firm that helped write the unit's own self-evaluation (湖北残联 2018:
 * `我公司接受委托成为绩效自评工作专班成员`) and a bureau that reports to the congress on the government's behalf
 * (`受县人民政府委托,向县人大常委会报告…`) are no evaluator.
 */
function commissionedVoice(line: string): string | undefined {
  const { by, verb, longestClient, work } = WORDS.commissionedVoice;
  const text = line.length > WORDS.commissionChars ? line.slice(0, WORDS.commissionChars) : line;
  for (let at = text.indexOf(verb); at >= 0; at = text.indexOf(verb, at + verb.length)) {
    const window = text.slice(Math.max(0, at - longestClient - by.length), at);
    const open = window.lastIndexOf(by);
    const client = open < 0 ? '' : window.slice(open + by.length);
    if (client === '' || [...client].some((c) => CLAUSE_END.has(c))) continue;
    const to = sentenceEnd(text, at + verb.length);
    const sentence = text.slice(at, to);
    if (sentence.includes(work) && !namesSelf(sentence)) {
      return text.slice(at - client.length - by.length, to).trim();
    }
  }
  return undefined;
}

/**
 * A firm evaluating on a client's commission, in the first paragraph of the first section (潼南 2023, under 一、基本情况:
 * `…受重庆市潼南区非税收入和预算绩效管理中心委托,重庆汇鼎会计师事务所(普通合伙)对…开展绩效评价`; 祁东 2022:
 * `湖南天行会计师事务所(普通合伙)受祁东县财政局委托,…开展绩效…`): commissionedVoice, and the evaluator named in its
 * sentence, before 受 or after 委托, is a firm (`commissionedAgents`) or a firm speaking of itself (`firmVoice.firstPerson`:
 * 我所, 我公司). A self-evaluation's first section describes the unit; a unit reporting that a firm evaluated it on
 * another's commission would say so later, in the body, which is not read.
 */
function firmVoice(line: string): string | undefined {
  const voice = commissionedVoice(line);
  if (voice === undefined) return undefined;
  const at = line.indexOf(voice);
  let from = at;
  while (from > 0 && !CLAUSE_END.has(line[from - 1] as string)) from--;
  const before = line.slice(from, at);
  const after = voice.slice(voice.indexOf(WORDS.commissionedVoice.verb) + WORDS.commissionedVoice.verb.length);
  const firms = [...WORDS.commissionedAgents, ...WORDS.firmVoice.firstPerson];
  return firms.some((w) => before.includes(w) || after.includes(w)) ? line.slice(from, at + voice.length).trim() : undefined;
}

/**
 * The finance bureau forming the group that evaluates (盐田 2022: `深圳市盐田区财政局组建评价小组对区城管局…项目实施了绩效评价`;
 * 方城 2021: `县财政局组成了绩效评价工作组`), read to `openingChars` of a line: a name ending in a finance bureau, then within
 * `gap` characters a verb of forming, and in that clause an evaluation group — the 财政评价组 of the form's 评价机构 boxes, not
 * the 部门(单位)评价组 of a self-evaluation. A sentence naming the self-evaluation (财政局成立绩效自评工作小组, a finance
 * bureau evaluating its own budget) is none, nor a group the bureau forms with others (由市财政局、…中心组成绩效考评组).
 */
function financeGroupVoice(line: string): string | undefined {
  const { verbs, gap, groups } = WORDS.financeGroupVoice;
  const text = line.length > WORDS.openingChars ? line.slice(0, WORDS.openingChars) : line;
  for (const bureau of WORDS.financeBureaus) {
    for (let at = text.indexOf(bureau); at >= 0; at = text.indexOf(bureau, at + bureau.length)) {
      const after = at + bureau.length;
      const verb = verbs.find((v) => {
        const v0 = text.indexOf(v, after);
        return v0 >= 0 && v0 - after <= gap && ![...text.slice(after, v0)].some((c) => CLAUSE_END.has(c) || c === '、');
      });
      if (verb === undefined) continue;
      let to = text.indexOf(verb, after) + verb.length;
      while (to < text.length && !CLAUSE_END.has(text[to] as string)) to++;
      if (!groups.some((g) => text.slice(after, to).includes(g))) continue;
      if (namesSelf(text.slice(sentenceStart(text, at), sentenceEnd(text, to)))) continue;
      return clauseAround(text, at, to);
    }
  }
  return undefined;
}

/**
 * The finance bureau evaluating another unit (村级组织活动场所 20xx, session 24: `…及单位自评情况,县财政局于2015年5月8日—13日对
 * 县委组织部“…项目”开展了绩效评价`), read to `openingChars` of a line: a finance bureau, then within `gap` characters of one
 * clause 对 and a unit not the writer's own (我, 本) nor the units a notice is written to (各), or anything when the bureau
 * acts with another (`jointly`), and in that clause an evaluation (`work`) that names no self-evaluation. A bureau
 * evaluating its own budget evaluates 本局.
 */
function financeEvaluates(line: string): string | undefined {
  const { object, gap, notObject, work } = WORDS.financeEvaluates;
  const text = line.length > WORDS.openingChars ? line.slice(0, WORDS.openingChars) : line;
  for (const bureau of WORDS.financeBureaus) {
    for (let at = text.indexOf(bureau); at >= 0; at = text.indexOf(bureau, at + bureau.length)) {
      const after = at + bureau.length;
      const on = text.indexOf(object, after);
      if (on < 0 || on - after > gap || [...text.slice(after, on)].some((c) => CLAUSE_END.has(c))) continue;
      if (notObject.some((w) => text.startsWith(w, on + object.length))) continue;
      // the one evaluated is a unit, named before its project (县委组织部“…项目”), not the bureau's own project (嵊泗 2017:
      // `舟山市嵊泗县财政局对“2016年至2017年…一事一议…”开展了绩效评价`, its own self-evaluation)
      // or, whatever it names, the bureau evaluates with another body (河北 就业补助 2018: `省财政厅、省人社厅联合对2016至2018年
      // 我省就业补助资金…开展了绩效评价`): a finance-led evaluation of others' money
      const jointly = WORDS.financeEvaluates.jointly.some((w) => text.slice(after, on).includes(w));
      if (!jointly && !evaluatedUnit(text, on + object.length)) continue;
      let to = on + object.length;
      while (to < text.length && !CLAUSE_END.has(text[to] as string)) to++;
      const clause = text.slice(after, to);
      if (!work.some((w) => clause.includes(w)) || namesSelf(clause)) continue;
      return clauseAround(text, at, to);
    }
  }
  return undefined;
}

/** How a unit's name ends: an evaluator's endings, and a party committee's 部 (县委组织部). */
const UNIT_ENDS = [...WORDS.namedEvaluator.suffixes, '部'];

/** Whether a unit's name starts at `at`: characters up to a quote, 的, a year or a clause mark, ending as units' names end (部, 局, 中心…). */
function evaluatedUnit(text: string, at: number): boolean {
  const { longest } = WORDS.namedEvaluator;
  let end = at;
  while (
    end < text.length &&
    end - at <= longest &&
    !CLAUSE_END.has(text[end] as string) &&
    !'“"《的0123456789'.includes(text[end] as string)
  )
    end++;
  const name = text.slice(at, end);
  return name.length >= 2 && UNIT_ENDS.some((x) => name.endsWith(x));
}

export function byCommission(line: string): Recognition {
  return {
    isReport: false,
    reason: {
      zh: `开头写明${q(line)}：这是委托第三方或由上级、监管机构所作的绩效评价（他评），不是单位的自评报告`,
      en: `it opens with ${q(line)}: an evaluation by a commissioned third party or a supervising office, not the unit's self-evaluation`,
    },
  };
}

/**
 * A top-level section of a larger document that is the self-evaluation (随州 2019's 决算公开报告:
 * `九、整体支出绩效自评报告`; 云南 决算: `十三、2023年度部门整体支出绩效自评情况`), if the first
 * `outlineLines` lines hold one: the document carries a report. A 决算 without one stays a 决算.
 */
export function selfEvaluationSection(lines: readonly TextLine[]): string | undefined {
  let seen = 0;
  // the lines under a 决算's part of attachments (第四部分 附件) are the titles its contents list, not its sections
  // (利州工商联 2024, set 23: 第四部分 附件 / 一、2024年部门整体支出绩效评价报告 / 二、…项目支出绩效自评表 / 第五部分 附表)
  let attachments = false;
  // the entries of a table of contents, from its 目录 to the line that gives its first entry again (the body's first
  // heading), are the titles it lists: one naming the self-evaluation's section is the document's (云南 决算: `十三、…部门整体支出
  // 绩效自评情况`, a partial report as 云县 2023), one naming its form is an attachment's (仁寿慈航镇小学 2024's 附表
  // `十四、部门预算项目支出绩效自评表(2024年度)`): the 决算's own tables, not a self-evaluation
  let contents: { first?: string } | undefined;
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    if (++seen > WORDS.outlineLines) break;
    const part = reportPart(line.text);
    if (part) return part;
    // (the line read without its spaces only where it may be 目录 or inside the contents: this runs on every keystroke)
    const compact = contents || line.text.includes('录') ? line.text.replace(SPACES, '') : '';
    if (compact === '目录') {
      contents = {};
      continue;
    }
    if (contents) {
      if (contents.first === undefined) contents.first = compact;
      else if (compact === contents.first) contents = undefined;
    }
    const partName = PART_START.exec(line.text)?.[1];
    if (partName !== undefined) attachments = partName.startsWith('附件');
    if (attachments) continue;
    const { head, titleLength } = readingOf(line);
    const level = head.marker?.level;
    if (!head.marker || head.marker.broken || head.runIn || titleLength > 30) continue;
    if (level === 2 && !contents && performanceSection(head.title)) return line.text.trim();
    if (level !== 1) continue;
    if (contents && FORM_ENTRY.test(head.title)) continue;
    if (judge(head.title, true) === 'report' || (head.marker.value > 1 && workSection(head.title))) return line.text.trim();
    if (performanceSection(head.title)) return line.text.trim();
  }
  return undefined;
}

/**
 * A top-level section that reports how the self-evaluation was done (`二、部门自评工作开展情况`, 葛店 2023, an excerpt with no
 * title): only a self-evaluation report has one, after the part on the unit or the project it evaluates. A notice asks for
 * the work (自评工作安排, 工作要求); it does not report it. First, it is one witness among others (杜集 2024, by its opening).
 */
const workSection = (title: string): boolean => WORDS.workSections.some((w) => title.includes(w));
/**
 * A section, top-level or one below, that gives the performance of the unit's whole spending (石峰疾控 2020, set 33, an
 * excerpt with no title on a mirror in traditional script: 三、資金使用及績效情況 / (一)整體支出績效情況; 中方文管所 2019:
 * 三、部门整体支出绩效情况): the part of a 部门整体 self-evaluation that evaluates; no look-alike of the corpus writes it, a
 * 决算 tells its spending and a notice asks for the evaluation.
 */
const performanceSection = (title: string): boolean => {
  const read = titleReading(title);
  return WORDS.performanceSections.some((w) => read.endsWith(w));
};
/** A contents entry naming the self-evaluation's form (…绩效自评表, …自评表(2024年度)); bounded classes: linear. */
const FORM_ENTRY = /自评表(?:[（(][^（）()]{0,12}[）)])?$/;
/** A line that opens on a part's number (第四部分 附件), and the part's name. */
const PART_START = /^[#\s\u3000]*第[一二三四五六七八九十]{1,3}部分[ \t\u3000]*(\S{0,4})/;
/** A part of a 决算 by its number (第五部分), in its table of contents or as its heading; bounded classes: linear. */
const PART = /第[一二三四五六七八九十]{1,3}部分[ \t\u3000]*([^ \t\u3000]{2,30})/g;

/**
 * A part of the document that is the self-evaluation, named in a line (怀集 2019's 决算, one line of PDF text whose
 * contents list `第五部分 绩效自评报告`): `第五部分 绩效自评报告`, or undefined. The part's name is read to the next space,
 * and must say 自评: a 决算's `第五部分2019年度部门整体支出绩效评价报告` (渌口 2019) may be another's evaluation, and its
 * reader took the contents list for the 决算's.
 */
function reportPart(text: string): string | undefined {
  if (!text.includes('部分')) return undefined;
  for (const m of text.matchAll(PART)) {
    const name = m[1] as string;
    if (name.includes('自评') && judge(name, true) === 'report') return m[0].trim();
  }
  return undefined;
}

/**
 * The first line, when it titles the text as a document of another kind (`otherDocuments`: `…2023年度部门决算公开说明`,
 * `…部门预算`): a short line with no sentence mark and no report word. A 决算 or a 预算 has a section on 预算绩效 whose
 * 绩效自评, 自评得分 and 预算执行率 are the body's signals of a report; a text that titles itself so is the 决算, unless a
 * section of it is the self-evaluation (随州 2019, read before this). A fragment without a title (大英 2021) is not one.
 */
export function otherDocumentTitle(lines: readonly TextLine[]): string | undefined {
  for (const line of lines) {
    if (line.text.trim() === '' || isFurniture(line)) continue;
    const text = titleReading(line.text.replace(SPACES, ''));
    if (!wordlessTitle(text)) return undefined;
    return WORDS.otherDocuments.some((w) => text.includes(w)) ? text : undefined;
  }
  return undefined;
}

export function byOtherDocument(title: string): Recognition {
  return {
    isReport: false,
    reason: {
      zh: `标题${q(title)}是部门决算或预算，文中没有自评报告一节`,
      en: `the title ${q(title)} names a final account or a budget, with no self-evaluation section in it`,
    },
  };
}

/** Characters a mirror lost to its encoding (`?????一、項目概況`), read past at a line's start. */
const LOST = /^[?？\s]+/;

/**
 * The first heading and the first sub-heading under it, when they open an outline only project self-evaluations follow and
 * no template holds (`openingPairs`: 一、项目概况 (一)项目单位基本情况, the outline 湖南 and others publish, 遵义 2020 on a
 * mirror in traditional script, its title lost to `?????`), as written; or the first heading and the second top-level one
 * after at most `openingParagraphs` lines of text (汨罗一中 20xx, set 30, an essay site's excerpt with no title: 一、项目基本概况,
 * its paragraph, 二、项目资金使用及管理情况). The sub-heading may run on into its paragraph. Reading stops at the first lines;
 * lines of lost characters alone are read past.
 */
export function openingPair(lines: readonly TextLine[]): string | undefined {
  let seen = 0;
  let top: { text: string; pairs: typeof WORDS.openingPairs; paragraphs: number } | undefined;
  for (const line of lines) {
    if (line.text.trim() === '' || isFurniture(line)) continue;
    if (++seen > WORDS.titleLines) break;
    // a heading's start is all that is read: a flattened page's megabyte line is not simplified whole
    const start = line.text.slice(0, WORDS.longestTitle).replace(LOST, '');
    const text = titleReading(start);
    if (text === '') continue;
    if (top) {
      const sub = /^[(（]一[)）]/.exec(text);
      const next = sub ? undefined : /^二[、.．]/.exec(text);
      // only the second top-level heading may have its first's paragraph before it; a sub-heading comes right after
      if (!sub && !next && top.pairs.some((p) => p.next) && ++top.paragraphs <= WORDS.openingParagraphs) continue;
      const rest = sub ? text.slice(sub[0].length) : next ? text.slice(next[0].length) : '';
      const right = top.paragraphs === 0;
      const opens = top.pairs.some((p) => {
        const second = sub ? (right ? p.sub : undefined) : p.next;
        return second !== undefined && rest.startsWith(second);
      });
      return opens ? `${top.text} ${clip(start, 20)}` : undefined;
    }
    const head = /^一[、.．]/.exec(text);
    if (!head) continue;
    const key = text.slice(head[0].length).replace(/[。.:：]+$/u, '');
    const pairs = WORDS.openingPairs.filter((p) => p.top.includes(key));
    if (pairs.length === 0) return undefined;
    top = { text: start.trim(), pairs, paragraphs: 0 };
  }
  return undefined;
}

export function byOpeningPair(headings: string): Recognition {
  return {
    isReport: true,
    by: 'outline',
    reason: {
      zh: `没有标题，但开头的标题${q(headings)}是项目支出自评报告提纲的开头`,
      en: `no title, but its first headings ${q(headings)} open a project self-evaluation's outline`,
    },
  };
}

export function bySection(heading: string): Recognition {
  return {
    isReport: true,
    by: 'section',
    reason: { zh: `文中有自评报告一节${q(heading)}`, en: `it holds a self-evaluation section ${q(heading)}` },
  };
}

/**
 * The opening sentence that says a self-evaluation follows (`现将…绩效自评情况报告如下:`), if the first lines
 * hold one: the form of a report sent to the finance bureau, whose title a page may leave out. A report addressed to
 * the finance bureau (福建住建厅 2018: `福建省财政厅:`, then `…我厅委托第三方机构开展…绩效评价…现将有关情况报送如下:`)
 * may say so in its paragraph rather than its last sentence: a unit writes up to its finance bureau on the performance
 * of its own funds; a notice is written down to `各…财政局:`, and a finance bureau reports to the congress.
 */
export function openingSentence(lines: readonly TextLine[]): string | undefined {
  let seen = 0;
  let addressee: string | undefined;
  // the opening paragraphs end at the first 一、 heading: the body may tell of any self-evaluation
  let opening = true;
  let done: string | undefined;
  // a cover note listing its attached reports (广东科技厅 2020: `附 件:1.…自评报告`) tells of self-evaluations it does not hold
  let attached = false;
  let accounts = false;
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    if (++seen > WORDS.titleLines) break;
    if (commissionFacts(line).endsOpening) opening = false;
    if (opening && ATTACHMENT_LIST.test(line.text.replace(SPACES, ''))) attached = true;
    // a mirror's traditional script with glued pinyin (临河 2023: 現(xiàn)將自評情況報告如下) read as the words it carries
    const text = titleReading(line.text.length > WORDS.openingChars ? line.text.slice(0, WORDS.openingChars) : line.text);
    addressee ??= financeAddressee(text);
    for (const ending of [...WORDS.openingEndings, ...WORDS.disclosureEndings]) {
      const at = text.indexOf(ending);
      if (at < 0) continue;
      // the sentence it ends: from the mark before it
      const from = sentenceStart(text, at);
      const sentence = text.slice(from, at + ending.length).trim();
      // a sentence quoted in Markdown code is documentation about reports (a rule page), not an opening
      if (sentence.includes('`')) continue;
      // the results of the writer's own targets, reported or made public (三峡后续 2021: 现将…基金绩效完成情况公示如下); not of
      // several units listed (庆阳 彩票公益金 2024: 现将环县、庆城县和合水县…绩效目标完成情况…公告如下, a city's notice)
      const results = Math.min(...WORDS.openingResults.map((w) => sentence.indexOf(w)).filter((i) => i >= 0), Infinity);
      if (results !== Infinity && !sentence.slice(0, results).includes('、')) return sentence;
      // one fund's self-evaluation report made public (尖扎 2020: 现将…开放补助资金使用和管理自评报告公示如下) is that report
      if (WORDS.disclosureEndings.includes(ending) && fundReportDisclosed(sentence)) return sentence;
      // the writer's own performance report made public (贵州住建厅 2020: 现将我厅…彩票公益金…项目支出绩效报告公告如下)
      if (WORDS.disclosureEndings.includes(ending) && ownReportDisclosed(sentence)) return sentence;
      // a self-evaluation made public may be a finance bureau's list of many units' results
      if (WORDS.disclosureEndings.includes(ending)) continue;
      if (WORDS.openingWords.some((w) => sentence.includes(w))) return sentence;
      if (ownEvaluation(sentence)) return sentence;
      const named = namedOwnEvaluation(text.slice(0, from), sentence) ?? ownSelfEvaluationBefore(text.slice(0, from), sentence);
      if (named) return named;
      if (addressee && WORDS.addressedWords.some((w) => text.slice(0, from).includes(w))) return `${addressee}……${sentence}`;
      // the paragraph that cites the notice asking for the self-evaluation ends by saying the report follows: that report,
      // whoever its subject (教育部 2020 on a mirror, the ministry's name replaced by a betting site's: no 我部 to read)
      const asked = citedNotice(text.slice(0, from), true);
      if (asked) return `${asked}……${sentence}`;
    }
    const cited = citedNotice(text);
    if (cited) return cited;
    // a 决算's own section above (四川 乡镇 决算: （三）国有资产占有使用情况, then （四）预算绩效管理情况 …开展了绩效自评): the
    // accounts tell of the self-evaluations done, and are none
    if (WORDS.finalAccountSections.some((w) => text.includes(w))) accounts = true;
    if (opening && !accounts) done ??= doneSelfEvaluation(text) ?? ownFundsEvaluated(text);
  }
  return attached ? undefined : done;
}

/**
 * A sentence making public the self-evaluation report (a report word naming 自评) of a fund it names before it (资金, 经费):
 * the report of one fund. A finance bureau making 各 units' reports or results public names no fund of its own before them.
 */
function fundReportDisclosed(sentence: string): boolean {
  const word = reportWord(sentence);
  if (word === undefined || !namesSelf(word) || sentence.includes('各')) return false;
  const before = sentence.slice(0, sentence.indexOf(word));
  return WORDS.fundCheckTitles.funds.some((f) => before.includes(f));
}

/**
 * A sentence making public, in the first person, the writer's own performance report (贵州住建厅 2020: `…要求,现将我厅2020年彩票
 * 公益金支持…项目支出绩效报告公告如下`): 我厅, then a report of performance (`ownDisclosure.words`). From the writer on, the
 * sentence evaluates no other unit (对), no 各 units, names no 结果 (a finance bureau's list of results), no 重点 evaluation
 * and nothing on commission (`ownDisclosure.not`), no whole county (`doneSelfEvaluation.not`) and no spot-check of others'
 * self-evaluations (`reviewedVoice.review`). A fund's 使用情况 made public with no 绩效 and no writer (大英 2022's
 * 体彩公益金使用情况公告) is a notice of its spending, not read here.
 */
function ownReportDisclosed(sentence: string): boolean {
  const { words, not } = WORDS.ownDisclosure;
  const me = Math.min(...WORDS.firstPerson.map((w) => sentence.indexOf(w)).filter((at) => at >= 0), Infinity);
  if (me === Infinity) return false;
  const rest = sentence.slice(me);
  if (!words.some((w) => rest.includes(w))) return false;
  // nor a whole county's self-evaluations, nor a spot-check of others' (我局组织的全县绩效自评抽查情况)
  return ![...not, ...WORDS.doneSelfEvaluation.not, ...WORDS.reviewedVoice.review].some((w) => rest.includes(w));
}

/**
 * A sentence of the opening paragraphs where the writer, in the first person, says it did its self-evaluation (陕西应急管理厅
 * 2022: `…要求,我厅认真开展了2022年度部门预算绩效自评工作`): 我厅 …了 … 自评 in one sentence, the 了 of a thing done. A plan
 * (我局将开展自评) has no 了; a finance bureau that had 各 units or the whole county evaluate themselves
 * (`doneSelfEvaluation.not`: 我局组织开展了全县绩效自评工作), a 重点 evaluation, one on commission (`ownEvaluation.not`),
 * or a notice passing the work on, is not the unit's own.
 */
function doneSelfEvaluation(text: string): string | undefined {
  let from = 0;
  while (from < text.length) {
    const to = sentenceEnd(text, from);
    const sentence = text.slice(from, to);
    from = to + 1;
    const me = WORDS.firstPerson.map((w) => sentence.indexOf(w)).filter((at) => at >= 0);
    if (me.length === 0) continue;
    const at = Math.min(...me);
    const self = Math.min(...WORDS.selfWords.map((w) => sentence.indexOf(w, at)).filter((i) => i >= 0), Infinity);
    if (self === Infinity || !sentence.slice(at, self).includes('了') || arranged(sentence, self + selfWordAt(sentence, self))) continue;
    if (sentence.includes('`') || WORDS.doneSelfEvaluation.not.some((w) => sentence.includes(w))) continue;
    if (WORDS.ownEvaluation.not.some((w) => sentence.includes(w))) continue;
    if (WORDS.noticePhrases.some((p) => sentence.includes(p))) continue;
    return sentence.trim();
  }
  return undefined;
}

/**
 * Whether the words at `at` name what was arranged for an evaluation, not the evaluation (陕西中医药大学 2020, set 34, a news
 * item: `…对我校2020年度专项资金绩效评价工作安排进行了详细说明,…明确了…评价程序自评要求`): its 要求, 安排, 方案, 会.
 */
const arranged = (sentence: string, at: number): boolean => WORDS.arrangedAfter.some((w) => sentence.startsWith(w, at));
/** The length of the self-evaluation word (`selfWords`) at `at`. */
const selfWordAt = (sentence: string, at: number): number => WORDS.selfWords.find((w) => sentence.startsWith(w, at))?.length ?? 0;

/**
 * A sentence of the opening paragraphs where the writer evaluates its own unit's funds (硚口交警 2017, no title: `…文件要求,对我单位
 * 2017年道路交通管理项目经费…进行绩效评价。`): 对 right before the writer in the first person, an evaluation (`ownEvaluation.words`)
 * after it, and before 对 no finance bureau and no firm (市财政局对我单位…进行绩效评价 is the bureau's evaluation, reported by
 * the unit); nothing key, on commission, of 各 units or of a whole county in the sentence.
 */
function ownFundsEvaluated(text: string): string | undefined {
  for (const me of WORDS.firstPerson) {
    const by = text.indexOf(`对${me}`);
    if (by < 0) continue;
    const from = sentenceStart(text, by);
    const sentence = text.slice(from, sentenceEnd(text, by));
    const at = by - from;
    if (!WORDS.ownEvaluation.words.some((w) => sentence.indexOf(w, at) > at && !arranged(sentence, sentence.indexOf(w, at) + w.length)))
      continue;
    const before = sentence.slice(0, at);
    if ([...WORDS.financeBureaus, ...WORDS.commissionedAgents].some((w) => before.includes(w))) continue;
    if ([...WORDS.ownEvaluation.not, ...WORDS.doneSelfEvaluation.not].some((w) => sentence.includes(w))) continue;
    return sentence.trim();
  }
  return undefined;
}

/**
 * The writer evaluating in the first person, in the sentence that says the report follows (漳平 2017: `…我局对2017年度道路清扫
 * 保洁项目资金实施了绩效评价,形成本报告如下`): a unit that evaluated its own funds and reports on them. A finance bureau's
 * 重点评价, an evaluation of 各 units, one made on another's commission (`ownEvaluation.not`) are not the unit's own; a
 * third party's voice and a finance bureau's evaluation group are read before this (commissionedBy).
 */
function ownEvaluation(sentence: string): boolean {
  const { words, not } = WORDS.ownEvaluation;
  if (not.some((w) => sentence.includes(w))) return false;
  for (const me of WORDS.firstPerson) {
    const at = sentence.indexOf(me);
    if (at < 0) continue;
    const by = sentence.indexOf('对', at + me.length);
    if (by >= 0 && words.some((w) => sentence.indexOf(w, by) > by)) return true;
  }
  return false;
}

/**
 * The sentence right before a bare `现将有关情况报告如下` where the writer, in the first person, gives its own self-evaluation
 * (怀化特教 2022: `经全面综合评价,我校2022年度部门整体支出绩效自评得分84分。现将有关情况报告如下:`): 我校 and a
 * self-evaluation word in one sentence, of no 各 unit and no whole county, nothing key or on commission.
 */
function ownSelfEvaluationBefore(before: string, ending: string): string | undefined {
  const previous = sentenceBefore(before);
  if (previous === undefined) return undefined;
  if (!WORDS.firstPerson.some((w) => previous.includes(w)) || !WORDS.openingWords.some((w) => previous.includes(w))) return undefined;
  if ([...WORDS.doneSelfEvaluation.not, ...WORDS.ownEvaluation.not].some((w) => previous.includes(w))) return undefined;
  return `${previous}。${ending}`;
}

/**
 * The sentence before the one saying the report follows, where a unit named in the third person evaluated something (池州人社局
 * 2022: `池州市人社局对2022年度城乡居保市级补贴使用情况开展了财政绩效评价工作。现将绩效评价情况报告如下`): its subject, the
 * clause's words before 对, is one body by its name (an agency's name ending in one of `namedEvaluator.suffixes`, no 、 of
 * several; not 我局, which may be a finance bureau reporting on another's fund) that is neither a finance bureau
 * (`financeBureaus`: its evaluation of another unit is a 财政评价) nor a firm (`commissionedAgents`); and the sentence
 * evaluates no 各 units, no whole county and nothing on commission (`ownEvaluation.not`, `doneSelfEvaluation.not`).
 */
function namedOwnEvaluation(before: string, ending: string): string | undefined {
  const { suffixes, longest } = WORDS.namedEvaluator;
  const sentence = sentenceBefore(before);
  if (sentence === undefined) return undefined;
  const by = sentence.indexOf('对');
  if (by <= 0 || !WORDS.ownEvaluation.words.some((w) => sentence.indexOf(w, by) > by)) return undefined;
  // the subject is the clause's head before 对 (为进一步加强预算绩效管理,…,池州市人社局对…)
  let start = by;
  while (start > 0 && !CLAUSE_END.has(sentence[start - 1] as string)) start--;
  const subject = sentence.slice(start, by).trim();
  if (subject.length > longest || !suffixes.some((x) => subject.endsWith(x)) || subject.includes('、')) return undefined;
  // 我局 may be the finance bureau reporting its evaluation of another's fund (to the congress): only a name says who
  if (WORDS.firstPerson.some((w) => subject.includes(w))) return undefined;
  if (WORDS.financeBureaus.some((b) => subject.includes(b)) || WORDS.commissionedAgents.some((a) => subject.includes(a))) return undefined;
  if ([...WORDS.ownEvaluation.not, ...WORDS.doneSelfEvaluation.not].some((w) => sentence.includes(w))) return undefined;
  return `${sentence}……${ending}`;
}

/**
 * A notice's salutation on a line of its own among the first lines (昌江 2023: `各乡镇街道、区直各部门:`; 湛江农业局 2010:
 * `各县(市、区)农业局、…:`): a text written down to many units asks for their work, it reports none of its own. A speech's
 * `各位领导:` addresses people (`noticeSalutation.not`). Reading stops at the first 一、 heading.
 */
export function noticeSalutation(lines: readonly TextLine[]): string | undefined {
  const { first, not, longest, under, longestIssuer } = WORDS.noticeSalutation;
  // or the issuer's own units (校属各单位, 局属各单位, 市直各部门): its word for them just before 各, read simplified
  const addressed = (compact: string): boolean => {
    if (compact.startsWith(first)) return true;
    const lead = simplify(compact.slice(0, longestIssuer + 2));
    const at = lead.indexOf(first);
    return at >= 2 && under.includes(lead[at - 1] as string);
  };
  let seen = 0;
  // the lines read before, for a salutation under a notice's title that a report's title came before
  const before: string[] = [];
  for (const line of lines) {
    if (line.text.trim() === '' || isFurniture(line)) continue;
    if (++seen > WORDS.titleLines) break;
    const { head, titleLength } = readingOf(line);
    if (head.marker?.level === 1 && !head.marker.broken && titleLength <= 30) break;
    const compact = line.text.replace(SPACES, '');
    before.push(compact);
    if (compact.length > longest || !addressed(compact) || not.some((w) => compact.startsWith(w))) continue;
    const colon = compact.at(-1);
    if ((colon === ':' || colon === '：') && ![...compact.slice(0, -1)].some((c) => SENTENCE_END.has(c)) && !enclosed(before))
      return compact;
  }
  return undefined;
}

/**
 * Whether the salutation last in `read` heads a notice the report encloses (湘西民院 2015, set 34: the report's title, its
 * cover, then `关于成立…绩效评价领导小组的通知` / `各科室:`, the notice that formed its evaluation group): the line right above it
 * is a notice's title, and a report's title came before that.
 */
function enclosed(read: readonly string[]): boolean {
  const above = read[read.length - 2];
  if (above === undefined || judge(above, true) !== 'notice') return false;
  return read.slice(0, -2).some((line) => line.length <= WORDS.longestTitle && judge(line, true) === 'report');
}

export function bySalutation(line: string): Recognition {
  return {
    isReport: false,
    reason: {
      zh: `开头称呼${q(line)}：这是写给各单位的通知，不是自评报告`,
      en: `it opens by addressing ${q(line)}: a notice to many units, not a self-evaluation`,
    },
  };
}

/**
 * The sentence of the opening paragraphs (before the first 一、) where the writer issues a notice (湖南 债券 20xx, on an essay
 * site under the heading `债券绩效评价报告1`: `…对拟申请我县新增政府债券资金的项目进行事前绩效评估,现就…有关事项通知如下:`):
 * whatever heading a page gives it, a text that says 通知如下 of itself is a notice. A report cites notices by their titles
 * (《…的通知》), and never notifies.
 */
export function noticeOpening(lines: readonly TextLine[]): string | undefined {
  let seen = 0;
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    if (++seen > WORDS.titleLines || commissionFacts(line).endsOpening) break;
    const text = line.text.length > WORDS.openingChars ? line.text.slice(0, WORDS.openingChars) : line.text;
    for (const phrase of WORDS.noticePhrases) {
      const at = text.indexOf(phrase);
      if (at < 0) continue;
      // a rule page quoting a notice in Markdown code is documentation
      const sentence = text.slice(sentenceStart(text, at), at + phrase.length);
      if (!sentence.includes('`')) return clauseAround(text, at, at + phrase.length);
    }
  }
  return undefined;
}

/**
 * The notice a report with no 绩效 in its title answers, cited before the first 一、, when it orders a rectification and names
 * no performance (遂昌 电商进农村 2021, set 36: `遂昌县电子商务进农村综合示范项目自评报告` answering 商务部办公厅《关于开展电子商务进农村
 * 综合示范专项整改工作的通知》, its body the programme's organisation and rules, no money): the 自纠自查 the rectification asked
 * for, not a budget-performance self-evaluation. A notice on self-evaluations and their rectification names 绩效 or 自评.
 */
export function rectificationAnswered(lines: readonly TextLine[], title: string): string | undefined {
  const { word, not, titleNot } = WORDS.rectification;
  if (titleNot.some((w) => titleReading(title).includes(w))) return undefined;
  let seen = 0;
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    if (++seen > WORDS.titleLines) break;
    if (readingOf(line).head.marker?.level === 1) break;
    const text = titleReading(line.text.length > WORDS.openingChars ? line.text.slice(0, WORDS.openingChars) : line.text);
    for (const { name } of citedNotices(text)) {
      if (name.includes(word) && !not.some((w) => name.includes(w))) return `《${name}》`;
    }
  }
  return undefined;
}

/** The notices `text` cites by their titles (《…通知》), in order, each with its marks' offsets; none after a 《 left open. */
function* citedNotices(text: string): Generator<{ name: string; at: number; close: number }> {
  for (let at = text.indexOf('《'); at >= 0; at = text.indexOf('《', at + 1)) {
    const close = text.indexOf('》', at);
    if (close < 0) return;
    const name = text.slice(at + 1, close);
    if (name.endsWith('通知')) yield { name, at, close };
  }
}

export function byRectification(notice: string): Recognition {
  return {
    isReport: false,
    reason: {
      zh: `开头依据${q(notice)}：这是按整改通知所作的自查，不是预算绩效自评报告`,
      en: `it answers ${q(notice)}: the self-check a rectification notice asked for, not a budget-performance self-evaluation`,
    },
  };
}

export function byNoticeOpening(sentence: string): Recognition {
  return {
    isReport: false,
    reason: {
      zh: `开头一句${q(sentence)}是通知的用语：这是通知，不是自评报告`,
      en: `its opening sentence ${q(sentence)} issues a notice: a notice, not a self-evaluation`,
    },
  };
}

/** A salutation to the finance bureau on a line of its own (`福建省财政厅:`, `省乡村振兴局、省财政厅:`), not a notice's `各…财政局:`. */
function financeAddressee(text: string): string | undefined {
  const compact = text.trim();
  if (compact.length > WORDS.longestSalutation || compact.startsWith('各')) return undefined;
  const colon = compact.at(-1);
  if (colon !== ':' && colon !== '：') return undefined;
  const name = compact.slice(0, -1);
  return WORDS.financeBureaus.some((b) => name.endsWith(b)) ? compact : undefined;
}

const SENTENCE_STOP = '。；;！!？?';

/** Where the sentence holding `at` starts: right after the last stop before it, or the text's start. */
function sentenceStart(text: string, at: number): number {
  let from = at;
  while (from > 0 && !SENTENCE_STOP.includes(text[from - 1] as string)) from--;
  return from;
}

/** The sentence a text ends with, at its stop (spaces after it aside), without the stop; undefined when no stop ends it. */
function sentenceBefore(text: string): string | undefined {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1] as string)) end--;
  if (end === 0 || !SENTENCE_STOP.includes(text[end - 1] as string)) return undefined;
  return text.slice(sentenceStart(text, end - 1), end - 1).trim();
}

/** Where the sentence holding `at` ends: at its stop, or the text's end. */
function sentenceEnd(text: string, at: number): number {
  let to = at;
  while (to < text.length && !SENTENCE_STOP.includes(text[to] as string)) to++;
  return to;
}

/**
 * The sentence that cites the notice asking for the self-evaluation and speaks as the unit doing it (承德 2023:
 * `根据承德市财政局《关于开展2023年度市级预算部门预算项目绩效自评工作的通知》…要求,我局组织人员力量对…`), if the text
 * holds one: the writer is the unit that evaluated itself. A news item cites the same notice in the third person
 * (甘肃环科院 2018: `…省环保厅高度重视`), a notice passes it on (`…现将有关事项通知如下`): neither is a report. When the
 * paragraph goes on to say the report follows (`reportFollows`: `现将有关情况报告如下`), no news item writes that, and the
 * subject, however named, is the writer.
 */
function citedNotice(text: string, reportFollows = false): string | undefined {
  for (const { name, at, close } of citedNotices(text)) {
    if (!WORDS.openingWords.some((w) => name.includes(w))) continue;
    const sentence = text.slice(sentenceStart(text, at), sentenceEnd(text, close)).trim();
    if (sentence.includes('`') || WORDS.noticePhrases.some((p) => sentence.includes(p))) continue;
    if (reportFollows || WORDS.firstPerson.some((w) => sentence.includes(w))) return sentence;
  }
  return undefined;
}

export function byOpening(sentence: string): Recognition {
  return {
    isReport: true,
    by: 'opening',
    reason: {
      zh: `开头一句${q(sentence)}说明下文是自评报告`,
      en: `its opening sentence ${q(sentence)} says a self-evaluation report follows`,
    },
  };
}

/** A kind of evidence the body gives (a 自评表 column, a phrase only a self-evaluation writes), named for the reason. */
export interface BodySignal {
  id: string;
  zh: string;
  en: string;
  /** The words of the text that showed it (none for the outline, which the label describes). */
  words: string[];
  filled: boolean;
  /** Kinds of evidence it is worth: 1 unless said. */
  counts: number;
}

interface SignalData {
  id: string;
  zh: string;
  en: string;
  words: string[];
  /** Distinct words of the signal the text must hold (一级指标 alone may be a notice's prose). */
  min?: number;
  /** Only a self-evaluation that was done writes it: a blank 评价指标体系 has indicator columns, not results. */
  filled?: boolean;
  /** Regular expressions whose matches count as the signal's words, each distinct match once (自评得2分, 自评得3分). */
  patterns?: string[];
  /** Kinds of evidence the signal is worth (a score the writer gives itself item by item is the self-evaluation and its result). */
  counts?: number;
}

/**
 * What the body of a text without a title says of itself: headings of a template's outline (too few to
 * make a report alone) and the signals of recognition.json it holds, each counted once, read over the
 * first `bodyChars` characters (a fragment shows them early; a megabyte line is not searched to its
 * end). Lines with Markdown code are documentation quoting a report, not one.
 */
/** The signals' patterns, compiled once (global: every distinct match is a word). */
const PATTERNS = new Map((WORDS.bodySignals as SignalData[]).map((sig) => [sig.id, (sig.patterns ?? []).map((p) => new RegExp(p, 'g'))]));

export function bodySignals(lines: readonly TextLine[], outline?: { sections: number; template: Localized }): BodySignal[] {
  const signals = WORDS.bodySignals as SignalData[];
  const seen = new Map<string, Set<string>>();
  const found: BodySignal[] = [];
  if (outline && outline.sections >= WORDS.bodyOutlineSections) {
    found.push({
      id: 'outline',
      zh: `${outline.sections} 个标题合于模板“${outline.template.zh}”的提纲`,
      en: `${outline.sections} headings of the outline of “${outline.template.en}”`,
      words: [],
      filled: false,
      counts: 1,
    });
  }
  const wanted = found.length + signals.length;
  let budget = WORDS.bodyChars;
  for (const line of lines) {
    if (budget <= 0 || found.length === wanted) break;
    const cut = line.text.length > budget ? line.text.slice(0, budget) : line.text;
    budget -= cut.length;
    // read as a mirror in traditional script writes it, too (腾冲 2024: 部門整體績效自評得分)
    const text = titleReading(cut);
    if (text.includes('`')) continue;
    for (const sig of signals) {
      if (found.some((f) => f.id === sig.id)) continue;
      const words = seen.get(sig.id) ?? new Set<string>();
      seen.set(sig.id, words);
      for (const w of sig.words) if (text.includes(w)) words.add(w);
      for (const p of PATTERNS.get(sig.id) ?? []) for (const m of text.matchAll(p)) words.add(m[0]);
      if (words.size >= (sig.min ?? 1)) {
        const shown = [...words].slice(0, sig.min ?? 1);
        found.push({ id: sig.id, zh: sig.zh, en: sig.en, words: shown, filled: sig.filled ?? false, counts: sig.counts ?? 1 });
      }
    }
  }
  return found;
}

export type RecognisedBy = 'front-matter' | 'title' | 'header' | 'opening' | 'outline' | 'section' | 'body';

/** Whether a text is a report, and the reason in words a drafter reads. */
export interface Recognition {
  isReport: boolean;
  by?: RecognisedBy;
  reason: Localized;
}

const q = (s: string): string => `“${clip(s, 40)}”`;

/** Why a title makes the text no self-evaluation, by what it names (the title quoted as `q` gives it). */
const NOT_A_REPORT: Record<Exclude<TitleEvidence['kind'], 'report'>, (title: string) => Localized> = {
  summary: (title) => ({
    zh: `标题${title}是绩效评价报告的摘要（公开的评价结果），不是单位的自评报告`,
    en: `the title ${title} is the summary of an evaluation report (published results), not the unit's self-evaluation`,
  }),
  campaign: (title) => ({
    zh: `标题${title}是创建活动或某项工作的自评，未涉及预算资金的绩效，不是绩效自评报告`,
    en:
      `the title ${title} is a self-assessment of a campaign or of work done, about no budget's performance: ` +
      'not a performance self-evaluation',
  }),
  exAnte: (title) => ({
    zh: `标题${title}是事前绩效评价（预算安排前对项目的评估），不是单位对已用资金的自评报告`,
    en:
      `the title ${title} names an ex-ante evaluation (a project reviewed before its budget is set), ` +
      'not a self-evaluation of money spent',
  }),
  sample: (title) => ({
    zh: `标题${title}标明是范本（供参照的样本），不是单位的自评报告`,
    en: `the title ${title} marks the text as a sample to follow, not a unit's self-evaluation`,
  }),
  key: (title) => ({
    zh: `标题${title}是重点绩效评价报告（财政部门组织的重点评价），不是单位的自评报告`,
    en: `the title ${title} names a key performance evaluation (organised by a finance bureau), not the unit's self-evaluation`,
  }),
  news: (title) => ({
    zh: `标题${title}是报道自评工作开展情况的新闻，不是自评报告`,
    en: `the title ${title} is news of self-evaluation work being done, not a self-evaluation report`,
  }),
  notice: (title) => ({
    zh: `标题${title}是通知、通报、批复、总结、整改报告、监控报告、办法、指标体系或绩效目标表，不是自评报告`,
    en:
      `the title ${title} is a notice, a results notice, a reply, a summary, a rectification report, a monitoring report, ` +
      'a regulation, an indicator system or a target table, not a self-evaluation',
  }),
};

export function byTitle(t: TitleEvidence): Recognition {
  return t.kind === 'report'
    ? {
        isReport: true,
        by: 'title',
        reason: { zh: `标题${q(t.text)}是绩效自评报告`, en: `the title ${q(t.text)} names a self-evaluation report` },
      }
    : { isReport: false, reason: NOT_A_REPORT[t.kind](q(t.text)) };
}

export function byHeader(fields: string[]): Recognition {
  const list = fields.join('、');
  return {
    isReport: true,
    by: 'header',
    reason: { zh: `开头有报告封面栏目（${list}）`, en: `it opens with a report's header block (${list})` },
  };
}

/**
 * A Markdown document that titles itself with a `#` heading (not a numbered section) names what it is
 * there: when that title names no report (a README, a rule page), the report words of its body are
 * quotes, and are not evidence.
 */
export function hasOwnTitle(lines: readonly TextLine[]): boolean {
  for (const line of lines) {
    if (line.text.trim() === '' || isFurniture(line)) continue;
    return line.mdDepth === 1 && readingOf(line).head.marker === undefined;
  }
  return false;
}

/** Enough signals of the body to make a report: several kinds of evidence, never a single mention, some of a done self-evaluation. */
export function byBody(signals: BodySignal[]): Recognition | undefined {
  const kinds = signals.reduce((n, x) => n + x.counts, 0);
  if (kinds < WORDS.minBodySignals || signals.filter((x) => x.filled).length < WORDS.minFilledSignals) return undefined;
  const quoted = (x: BodySignal): string => x.words.map((w) => `“${w}”`).join('');
  const zh = signals.map((x) => (x.words.length > 0 ? `${x.zh}（${quoted(x)}）` : x.zh)).join('、');
  const en = signals.map((x) => (x.words.length > 0 ? `${x.en} (${quoted(x)})` : x.en)).join(', ');
  return {
    isReport: true,
    by: 'body',
    reason: { zh: `没有标题，但正文有自评报告的特征：${zh}`, en: `no title, but its body is a self-evaluation's: ${en}` },
  };
}
