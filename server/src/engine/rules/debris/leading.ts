// A page's furniture starts at the page's first line, not at its first furniture word: above a portal's
// publication record stand its link bar (中国政府网 | 重庆市人民政府网 …, 登录 | 注册, | 无障碍浏览 | …), the
// site's or the column's name, a date widget (今天是:), a document-sharing site's file name (….docx) or
// button (下载本文档), an item of the site's list (• …). No list of words names them all, so they are read
// by where they stand: the lines above the report's own title that are neither a title, a header block
// (单位名称:, 评价年度: …, 附件3) nor prose. They are furniture only next to furniture that is
// unmistakable (the run in furniture.ts needs a strong line), and a short plain line right above the
// title is left alone: it may be the title's first half (西藏昌都市宗教事务局2022年1-9月 / 部门整体…报告).
import { readingOf, type TextLine } from '../../parse/blocks.js';
import type { Report } from '../../model/report.js';
import type { Furniture, FurnitureKind } from '../../model/furniture.js';
import { RECOGNITION, reportWord, titleReading } from '../../model/recognise.js';
import { hanCount } from '../../text/han.js';
import { foldWidth } from '../../text/normalize.js';
import { MASTHEAD_ID, type FurnitureLine } from './furniture.js';
import { HEAD_LINES, inHead, nextNonBlank, previousNonBlank } from './page-head.js';

const MASTHEAD: FurnitureKind = { id: MASTHEAD_ID, name: { zh: '网站页头', en: 'site header' }, from: 'web' };

/** Chinese characters of the longest line of a link bar or a site's name (中国政府网 | 重庆市人民政府网 区政府 … 网站专栏: 25). */
const LONGEST = 30;
const LONGEST_TITLE = RECOGNITION.longestTitle;
/** A bullet of a site's list (• 索引号, • 开远市人民政府办公室): reports number their items, they do not bullet them. */
const BULLET = /^[•●▪◦·]/;
/** An attachment's file name, the headline of a sharing site or a link on a portal (蚕茶卫生院整体支出绩效自评表.docx). */
const FILE = /\.(?:docx?|pdf|xlsx?|wps|et)$/i;
/** Prose: a sentence mark, or a comma of Chinese text. */
const PROSE = /[。；;，]/;
/** What a document's title ends with, a report's or another's (…部门决算, …的通知, 公示公告): the page's headline, kept. */
const DOCUMENT = /(?:报告|自评|自评表|评价表|决算|预算|通知|通报|公告|公示|总结|方案|办法|说明|批复|意见|情况)[)）]?$/;
/**
 * A portal's column named by the kinds of notice it lists (公告公示, 舟曲 2024; 通知公告, 公示公告): two such words
 * and nothing else, where a document's title names what it announces. An essay site's column is one word, 报告
 * (六安 20xx: `報(bào)告` between the mirror's banner and the compilation's headline), or the genre it files the text under
 * (市总工会 2020: 工作总结; 工作计划, 心得体会, 述职报告): a title names what it reports on or sums up.
 */
const COLUMN =
  /^(?:(?:通知|公告|公示|通报|动态|文件)(?:通知|公告|公示|通报|动态|文件)|(?:工作)?(?:报告|总结|计划)|心得体会|述职报告|范文)$/;
/** A 文号 (百财办〔2021〕4号) heads a document's own first lines. */
const DOC_NUMBER = /[〔[【(（][0-9]{4}[〕\]】)）][0-9]{0,4}[号號]/;
/** A table cell holding a figure (| 100 |, | 95% |): a form's row, not a link bar. */
const FIGURE_CELL = /[|｜][ \t]*[0-9][0-9.,]*[ \t]*%?[ \t]*(?:[|｜]|$)/;
/** A small figure standing alone in a line of text (5 5 合理性, 20 分)项目决策): a form's cells, not a site's. */
const FIGURE = /(?:^|[ \t(（)）])[0-9]{1,3}(?:\.[0-9]{1,2})?[ \t]*(?:分|%|[ \t)）]|$)/;
/** A year, and more Chinese characters than a banner has: the page's headline, not its furniture. */
const YEAR = /(?:19|20)[0-9]{2}年/;
const HEADLINE = 12;
/** The body's addressee (市财政局:, 郑州市财政局、郑州市农业农村工作委员会:): a report submitted without its title. */
const ADDRESSEE = /(?:局|委|厅|府|会|部|院|办|室|中心|组|处|科)[:：]$/;

/** Nothing but the characters a title is written in: such a line right above the title may be its first half. */
const PLAIN = /^[\u4e00-\u9fa50-9０-９（）()《》“”、—·-]+$/;

/**
 * The lines above the title that are furniture by where they stand, as weak furniture for furniture.ts
 * to join to the run that follows them. `furniture`: the lines found by their words, in order.
 */
export function leadingLines(report: Report, furniture: readonly FurnitureLine[]): FurnitureLine[] {
  const { lines } = report.parsed;
  const first = furniture[0];
  // no furniture in the page's head: nothing to join to
  const opening = firstNonBlank(lines);
  // a file's name on the page's first line is the page's, whether or not other furniture follows
  const named = opening >= 0 && isFileName((lines[opening] as TextLine).text.trim());
  if (!named && (!first || !inHead(lines, first.at))) return [];
  const known = new Set(furniture.map((f) => f.at));
  const out: FurnitureLine[] = [];
  let seen = 0;
  let lastKnown = named ? opening : -1;
  // the loop ended at the report's own title: what stands above it is no first line of a report whose title was lost
  let titled = false;
  for (let at = 0; at < lines.length && seen < HEAD_LINES; at++) {
    const line = lines[at] as TextLine;
    const text = line.text.trim();
    if (text === '') continue;
    seen++;
    if (known.has(at)) {
      lastKnown = at;
      continue;
    }
    // a file's name is one even when a section's number opens it (三、绩效分析及评价结论.doc, 南宁 2018)
    const kind = readingOf(line).head.marker && !isFileName(text) ? 'stop' : leadingKind(text);
    if (kind === 'stop' && (compilationHeadline(lines, furniture, at, text) || listedHeadline(lines, furniture, at, text))) {
      out.push({ at, found: masthead(text, false) });
      continue;
    }
    if (kind === 'stop') {
      // the title or a line of the report: a plain short line right above it may be the title's first half
      const last = out[out.length - 1];
      const above = last && last.at === previousNonBlank(lines, at) ? (lines[last.at] as TextLine).text.trim() : '';
      if (PLAIN.test(above) && firstHalf(above) && !wholeTitle(text)) out.pop();
      titled = titleLine(text);
      break;
    }
    out.push({ at, found: masthead(text, named && at === opening) });
  }
  // after the last line of known furniture only what a publication record holds goes with it (a value, a
  // bare label, 主题词, [ 有效性 ]); a longer line there may be the report's own first line, its title lost
  // (阜康 2023: the portal's name and address; 岐山 2023: its column 政府信息 / 公开指南 — above the title, before any
  // furniture a word gives away, and joined to the record under the title by furniture.ts)
  if (titled) return out;
  const trailing = out.findIndex((l) => l.at > lastKnown && !recordLike((lines[l.at] as TextLine).text.trim()));
  return trailing < 0 ? out : out.slice(0, trailing);
}

/** An essay site's count of the texts it collects (残联项目绩效自评报告(精选6篇), 范文(精選12篇)). */
const COLLECTED = /[（(](?:精选|精選)?[0-9]{1,3}篇[）)]/;
/**
 * An essay site's headline: a line the site's posting record follows (时间:… 我要投稿) and its wrapper repeats with the
 * count of the texts it collects (眉山残联: 残联项目绩效自评报告 / 时间:… 我要投稿 / 残联项目绩效自评报告(精选6篇)). It
 * names the page, not the report, which follows as the site's first text. A single essay's title (横县 2017, 小编为大家
 * 整理的…) is kept, and so is a title the wrapper's welcome sentence follows (多美网: 欢迎阅读…(精选4篇)), as annotated.
 * A site that numbers its pieces (…自评报告1) counts them as surely (儋州, session 12).
 */
function compilationHeadline(lines: readonly TextLine[], furniture: readonly FurnitureLine[], at: number, text: string): boolean {
  const title = titleReading(foldWidth(text));
  if (hanCount(title) < 4 || hanCount(title) > LONGEST) return false;
  const next = furniture.find((f) => f.at > at);
  if (!next || next.at !== nextNonBlank(lines, at) || !next.found.kinds.some((k) => k.id === 'metadata')) return false;
  const counted = furniture.some((f) => {
    if (f.at <= at || !f.found.kinds.some((k) => k.id === 'essay-site')) return false;
    const wrapper = titleReading(foldWidth((lines[f.at] as TextLine).text));
    return COLLECTED.test(wrapper) && wrapper.includes(title);
  });
  return counted || numberedPiece(lines, at, title);
}

/**
 * A mirror's headline cut from its list of titles, the list's 、 still after it (文昌 2015: `(进修学校)2015年度财政支出项目
 * 绩效评价报告、`, then `更新时间:… 阅读量: 综合文库`): no title ends in an enumeration comma, and the site's posting record
 * right under it says whose line it is. The report's own title, further down, is kept.
 */
function listedHeadline(lines: readonly TextLine[], furniture: readonly FurnitureLine[], at: number, text: string): boolean {
  if (!/[、､]$/.test(text) || !titleLine(text.slice(0, -1))) return false;
  const next = furniture.find((f) => f.at > at);
  return next !== undefined && next.at === nextNonBlank(lines, at) && next.found.kinds.some((k) => k.id === 'metadata');
}

/** Lines after the headline read for the site's numbered first piece. */
const PIECE_LINES = 12;

/**
 * The headline again with the site's number of its first piece (儋州: 农村项目绩效自评报告 / 时间:… 我要投稿 / … /
 * 农村项目绩效自评报告1), within the next lines: a compilation that counts its pieces, as (精选6篇) does.
 */
function numberedPiece(lines: readonly TextLine[], at: number, title: string): boolean {
  let seen = 0;
  for (let i = at + 1; i < lines.length && seen < PIECE_LINES; i++) {
    const text = (lines[i] as TextLine).text.trim();
    if (text === '') continue;
    seen++;
    const read = titleReading(foldWidth(text));
    if (read.startsWith(title) && /^[0-9]{1,2}$/.test(read.slice(title.length))) return true;
  }
  return false;
}

/** Chinese characters of a record's bare label or short value (主题词, 有效, 县财政局, 文档简介). */
const RECORD = 6;
function recordLike(text: string): boolean {
  return BULLET.test(text) || /^[[【]/.test(text) || hanCount(text) <= RECORD;
}

/**
 * A title that names its unit's place (岳阳市南湖新区财政支出项目绩效评价自评报告) is whole: the plain line
 * above it is not its first half (预算绩效管理, the site's column, 南湖新区 2017). One that does not
 * (部门整体支出绩效评价报告, 2023年度部门整体支出绩效自评报告) may go on from a unit's name above it.
 */
function wholeTitle(text: string): boolean {
  const compact = text.replace(/[ \t\u00a0\u3000]/g, '');
  return PLACE.test(text) && (reportWord(compact) !== undefined || REPORTED.test(compact));
}
const PLACE = /[省市县区州盟旗镇乡]/;

/**
 * What a title's first half names: a place, a year or a unit (西藏昌都市宗教事务局2022年1-9月). A portal's column (岐山
 * 2023: 政府信息 / 公开制度 above the title) names none of them.
 */
function firstHalf(text: string): boolean {
  return PLACE.test(text) || /[0-9０-９]{4}/.test(text) || UNIT.test(text);
}
const UNIT = /(?:局|委|厅|府|会|部|院|办|室|中心|站|所|队|馆|校|社)$/;

/** A report's title: a line of no sentence naming a report (…绩效自评报告, …自评表), which a lost title's first line is not. */
function titleLine(text: string): boolean {
  const compact = titleReading(foldWidth(text));
  return !PROSE.test(text) && (reportWord(compact) !== undefined || REPORTED.test(compact));
}
/** A title that ends as a report's does in other words (攀枝花 2019: …资金绩效评价的报告). */
const REPORTED = /(?:报告|自评|自评表|评价表)[)）]?$/;

function firstNonBlank(lines: readonly TextLine[]): number {
  return lines.findIndex((l) => l.text.trim() !== '');
}

function isFileName(text: string): boolean {
  return FILE.test(text) && text.length <= LONGEST_TITLE && !PROSE.test(text);
}

/** Whether a line above the title may be the site's (`line`), or ends the page's head (`stop`). */
function leadingKind(text: string): 'line' | 'stop' {
  if (text.length > LONGEST_TITLE || PROSE.test(text)) return 'stop';
  // a list item of the site, or a file's name, even when it names the report (• 海林市…自评报告, 海林 2024)
  if (BULLET.test(text) || FILE.test(text)) return 'line';
  const compact = titleReading(foldWidth(text));
  if (/^附[件表]/.test(compact) || RECOGNITION.headerFields.some((f) => compact.includes(f)) || ADDRESSEE.test(compact)) return 'stop';
  if (COLUMN.test(compact)) return 'line';
  if (reportWord(compact) !== undefined || DOCUMENT.test(compact) || DOC_NUMBER.test(compact)) return 'stop';
  if (FIGURE_CELL.test(text) || FIGURE.test(text) || hanCount(text) > LONGEST) return 'stop';
  // the page's headline (2020年云南省級自然資源衛片執法補助經費, 古城 2020): a title, which furniture.ts keeps
  if (YEAR.test(compact) && hanCount(text) > HEADLINE) return 'stop';
  return 'line';
}

/** Quoted in the message: the line's first segment (中国政府网 of 中国政府网 | 重庆市人民政府网 …). */
const QUOTE = 30;
/**
 * A file's name is what the drafter looks for to delete: quoted whole up to a long report title's length and its
 * extension (雨花区统计局2019年度部门整体支出绩效评价自评报告.docx, 31 characters), by its end past that.
 */
const FILE_QUOTE = 40;
function masthead(text: string, strong: boolean): Furniture {
  const bare = text.replace(/^[•●▪◦·|｜ \t]+/, '');
  const segment = FILE.test(bare) ? bare : (bare.split(/[ \t\u3000]*[|｜][ \t\u3000]*|[ \t\u3000]{2,}/)[0] ?? bare);
  const chars = [...segment];
  // a file's name by its end (…自評(píng)報(bào)告.pdf), anything else by its start
  const quote =
    chars.length <= (FILE.test(segment) ? FILE_QUOTE : QUOTE)
      ? segment
      : FILE.test(segment)
        ? `…${chars.slice(-QUOTE).join('')}`
        : `${chars.slice(0, QUOTE).join('')}…`;
  // quoted after the words that give furniture away, but for the run's first line (furniture.ts)
  return { strong, kinds: [MASTHEAD], words: [quote], phrases: 0, leading: false };
}
