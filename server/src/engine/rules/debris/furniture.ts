// Web page furniture pasted with a report: navigation, page tools, posting metadata, an essay site's
// wrapper, a paywall notice, the footer. Adjacent furniture lines (blank lines and table rules between
// them) are one finding; a run is reported only when one of its lines is unmistakable.
import { readingOf, type TextLine } from '../../parse/blocks.js';
import type { Report } from '../../model/report.js';
import type { RuleFinding } from '../rule.js';
import { blurbEnd } from './blurb-end.js';
import { deleteLines } from './delete-lines.js';
import { masksIn } from './masks.js';
import { ESSAY_HEAD_ID, HEADLINE_ID } from './placed-kinds.js';
import { hanCount } from '../../text/han.js';
import { spamIn, type Furniture, type FurnitureKind, type FurnitureSource } from '../../model/furniture.js';
import type { Localized } from '../../types.js';

/** Where a block's furniture came from, as the message and the fix name it. */
const SOURCES: Record<FurnitureSource, { zh: string; en: string; fix: Localized }> = {
  web: { zh: '网页粘贴', en: 'a web page', fix: { zh: '删除这些网页残留', en: 'Delete this web page debris' } },
  pdf: { zh: ' PDF ', en: 'a PDF', fix: { zh: '删除这些页码', en: 'Delete the page numbers' } },
  sheet: { zh: '电子表格转换时', en: 'a spreadsheet', fix: { zh: '删除工作表名', en: 'Delete the sheet labels' } },
};
/** The kind of the lines above the title known by where they stand (leading.ts). */
export const MASTHEAD_ID = 'masthead';
/** The kind of a publication record's lines (model/furniture.json). */
const METADATA_ID = 'metadata';
/** A line that is a bare web address (model/furniture.json, kind `address`). */
const ADDRESS_ID = 'address';
/** A short line between two lines of furniture is the site's own banner (湛江市科学技术局), not report text. */
const BANNER = 12;
/** The separator row of a Markdown table (the 索引号 table of a 信息公开 page); a loop, as /^\|[\s:|-]*-[\s:|-]*$/ backtracks. */
function isTableRule(text: string): boolean {
  if (text.charCodeAt(0) !== 0x7c) return false;
  let dash = false;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d) dash = true;
    else if (c !== 0x7c && c !== 0x3a && c !== 0x20 && c !== 0x09) return false;
  }
  return dash;
}
const QUOTED = 5;
/** A record's date label quoted with its date (发布日期: 2024-03-20): the posting date of a page with no time. */
const POSTING_DATE = /^[\u4e00-\u9fa5]{2,6}[:：] ?[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$/;
/** The words a quote is looked for among. */
const POOL = 40;
/** More lines than this are named by their range. */
const LISTED = 4;

interface Run {
  lines: TextLine[];
  found: Furniture[];
  /** A line that is not furniture itself sits inside the run: the deletion is not certain. */
  banner: boolean;
  /** Titles inside the run: reported with it, kept by its fix. */
  kept: TextLine[];
}

/** A line of furniture: its index in report.parsed.lines and what it is. */
export interface FurnitureLine {
  at: number;
  found: Furniture;
}

/** `furniture`: the lines that are furniture, in order (the rule finds them in its one pass over the lines). */
export function furnitureFindings(report: Report, furniture: FurnitureLine[]): RuleFinding[] {
  const { lines } = report.parsed;
  const out: RuleFinding[] = [];
  let run: Run | undefined;
  let lastAt = -1;
  const titleAt = report.header.title?.start ?? report.outline.bodyStart;
  for (const { at, found } of furniture) {
    // a close button or an empty 标题: field stands before the report; after its title it is the report's own
    if (found.leading && (lines[at] as TextLine).start >= titleAt) continue;
    const gap = run ? between(lines, lastAt, at) : 'text';
    if (run && gap !== 'text') {
      if (gap) {
        if (gap.title) run.kept.push(gap.line);
        else run.lines.push(gap.line);
        run.banner = true;
      }
    } else {
      if (run?.found.some((f) => f.strong)) out.push(finding(report, withHidden(lines, run, lastAt, at)));
      run = { lines: [], found: [], banner: false, kept: [] };
    }
    run.lines.push(lines[at] as TextLine);
    run.found.push(found);
    lastAt = at;
  }
  if (run?.found.some((f) => f.strong)) out.push(finding(report, withHidden(lines, run, lastAt, lines.length)));
  return out;
}

/** Lines of a record whose values a site hides, read after its notice at most. */
const HIDDEN_LINES = 4;
/** Chinese characters a masked value shows besides its mask (公司企業信息); a masked title shows its whole name. */
const VALUE = 10;

/** A record's value the site masked: a mask and a few characters (not a title with its unit's name masked, 名山 2024). */
export function hiddenValue(text: string): boolean {
  const masks = masksIn(text).filter((m) => !m.notice);
  if (masks.length === 0) return false;
  let shown = 0;
  let from = 0;
  for (const m of masks) {
    shown += hanCount(text.slice(from, m.start));
    from = Math.max(from, m.end);
  }
  return shown + hanCount(text.slice(from)) <= VALUE;
}

/**
 * A run that holds a site's notice that it hides text for members (下文中****为隐藏内容…) goes on over the record
 * lines after it, up to `to`: a bare label (相關單位:) and a value the site masked (***********公司企業信息, 茂名
 * 2023). They are the site's as much as the notice.
 */
function withHidden(lines: readonly TextLine[], run: Run, last: number, to: number): Run {
  if (!run.found.some((f) => f.kinds.some((k) => k.id === 'paywall'))) return run;
  const more: TextLine[] = [];
  for (let i = last + 1; i < to && more.length < HIDDEN_LINES; i++) {
    const line = lines[i] as TextLine;
    const text = line.text.trim();
    if (text === '') continue;
    const label = hanCount(text) <= LABEL && /[:：]$/.test(text) && !SENTENCE.test(text);
    if (!label && !hiddenValue(text)) break;
    more.push(line);
  }
  return more.length === 0 ? run : { ...run, lines: [...run.lines, ...more] };
}

const CJK = /[\u4e00-\u9fa5]/;

/** A date at the start of a line, then spaces. */
const DATE_FIRST = /^(?:[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})[ \u3000]*/;

/** A posting date and who posted it (2023年10月27日  彰加镇, 仁寿 2022): a value of the publication record. */
function postingDate(text: string): boolean {
  const m = DATE_FIRST.exec(text);
  return m !== null && [...text.slice(m[0].length)].length <= BANNER && !SENTENCE.test(text);
}

/**
 * A page title: a line of no sentence, with at most this many Chinese characters (a joint title that names two issuers,
 * 攀枝花 2019: 攀枝花市财政局 攀枝花市文化广播电视和旅游局 关于…资金绩效评价的报告, has 46).
 */
const TITLE = 60;
const SENTENCE = /[，。；！？,;!?]/;

/**
 * What lies between two lines of furniture: nothing but table rules (null), one short line (a banner),
 * one title, or other text. A line without a Chinese character is the value of the label above it
 * (• 索引号 / 000014348/2021-03151 / • 发布机构, 泸西 2020; • 发布日期 / • 2023-04-17, 保山 2022), and a
 * posting date with its poster is one too: they go with the furniture, any number of them. A page
 * shows its title between its breadcrumb and its publication record (首页 >> … >> 正文 / 牟定县2020年…
 * 绩效自评报告 / 日期: 作者: 来源:, 牟定 2020): the furniture around it is one block for the reviewer, and
 * the title stays. A title is measured in Chinese characters: a mirror's pinyin glosses (衛(wèi)片) add none.
 */
function between(lines: readonly TextLine[], from: number, to: number): { line: TextLine; title: boolean } | null | 'text' {
  let other: TextLine | null = null;
  let value: TextLine | null = null;
  let labels: TextLine | null = null;
  for (let i = from + 1; i < to; i++) {
    const line = lines[i] as TextLine;
    if (isTableRule(line.text)) continue;
    if (!CJK.test(line.text) || postingDate(line.text)) value ??= line;
    else if (!other && bareLabel(line)) labels ??= line;
    // (spam only takes characters away: a line short enough as it stands is not read for spam)
    else if (other || SENTENCE.test(line.text) || (hanCount(line.text) > TITLE && hanCount(unspammed(line.text)) > TITLE)) return 'text';
    else other = line;
  }
  // a gap of bare labels holds nothing else: beside a title or a banner they are its own pieces (评报告)
  if (other) return labels ? 'text' : { line: other, title: other.text.length > 2 * BANNER || [...other.text].length > BANNER };
  value ??= labels;
  return value ? { line: value, title: false } : null;
}

/** The text without the spam a mirror wrote into it (雅安 2022: a title whose county's name is a gambling brand's). */
function unspammed(text: string): string {
  let out = '';
  let from = 0;
  for (const [s, e] of spamIn(text)) {
    out += text.slice(from, s);
    from = e;
  }
  return out + text.slice(from);
}

/** Chinese characters of a field's bare label (招标代理机构, 报名截止时间). */
const LABEL = 6;
/**
 * A field's bare label, its value hidden or empty: the fields of a bidding site's record between its 发布时间
 * and its members-only notice (招标单位 / 招标编号 / … / 招标详情, 茂名 2023), any number of them. No heading
 * (it has a marker), no figure, no sentence.
 */
function bareLabel(line: TextLine): boolean {
  const { text } = line;
  return hanCount(text) <= LABEL && !SENTENCE.test(text) && !/[0-9０-９]/.test(text) && readingOf(line).head.marker === undefined;
}

function finding(report: Report, run: Run): RuleFinding {
  const first = run.lines[0] as TextLine;
  const last = run.lines[run.lines.length - 1] as TextLine;
  const kinds = unique(
    run.found.flatMap((f) => f.kinds),
    (k: FurnitureKind) => k.id,
  );
  // the first phrase of each line, the other phrases, then the first word of each line and the rest:
  // the message shows what each line is, by the words that say most
  const { found } = run;
  // a run that starts at a line known by where it stands (leading.ts) is shown by that line first
  // and the others after the words that give furniture away
  // (a bare web address, www.fk.gov.cn, says where the page is from as the site's name does: it is shown after the words)
  const masthead = (f: Furniture): boolean => f.kinds.some((k) => k.id === MASTHEAD_ID || k.id === ADDRESS_ID);
  // a title struck as the page's by where it stands (a headline, an essay site's head)
  const placed = (f: Furniture | undefined): boolean => f?.kinds.some((k) => k.id === HEADLINE_ID || k.id === ESSAY_HEAD_ID) ?? false;
  // and so is one with no phrase of its own (丰泽: a file name a pattern knows by its VIP badge, `….DOCVIP`, above the site's terms)
  const opening = found[0] && (masthead(found[0]) || found[0].phrases === 0) ? found[0].words.slice(0, 1) : [];
  const known = found.filter((f) => !masthead(f));
  // the block's last line is named early too: a reviewer finds a long block by its two ends (呈贡 2018: the site's
  // head on line 1, its 发布时间:2019-05-27 14:57 on line 16)
  // (by where it starts too: 宁国 2023's 发布时间:2024-04-07 11:45 before its 浏览次数)
  const lastKnown = known.length > 1 ? (known[known.length - 1] as Furniture) : undefined;
  const lastWord = lastKnown
    ? [lastKnown.words[0] as string, ...leftmost(run.lines[found.indexOf(lastKnown)] as TextLine, lastKnown.words)]
    : [];
  // and each stretch after other text inside the block (a title, a line of the record no word gives away) by its first
  // line: a reviewer sees the stretches as blocks of their own (湖南检察院 2017: the breadcrumb above the title, 日期:
  // 2018-06-25 below it; 忠县 2024: 字号: 分享: below the page title)
  // (a stretch that opens with a bare posting time is named by the label after it too, its source: 广西文旅 2022's
  // `2023-12-15 17:18     来源:厅公共服务处     作者:` below the title, the toolbar above it)
  const stretches = run.lines.flatMap((line, i) => {
    const f = found[i];
    // (a headline struck between two stretches parts them as the title it is: 随州 司法局 2017's toolbar, headline, record;
    // 市总工会 20xx's essay site: 工作总结, its head's title, then 时间:… 阅读:)
    const parted = i > 0 && (!nothingBetween(report, run.lines[i - 1] as TextLine, line) || placed(found[i - 1]));
    if (!(parted && f && !masthead(f))) return [];
    const [first, second] = f.words as [string, string | undefined];
    return first === f.stamp && second !== undefined ? [first, second] : [first];
  });
  // and a publication record by its posting time (岳阳林业 2021: 來源:縣林業(yè)局   2022-07-14 09:53, session 13), or by its
  // posting date when it gives no time (红河 二院 2023: 发布日期: 2024-03-20 among 索引号, 发布机构, 文号, 时效性)
  const stamps = [
    ...found.flatMap((f) => (f.stamp === undefined ? [] : [f.stamp])),
    ...found.flatMap((f) => f.words.filter((w) => POSTING_DATE.test(w))),
  ];
  const words = unique(
    [
      ...opening,
      ...known.slice(0, 1).map((f) => f.words[0] as string),
      // and that line by where it starts too: a reviewer reads a block from its start (赫山 2019: 信息来源: before 浏览量)
      ...known.slice(0, 1).flatMap((f) => leftmost(run.lines[found.indexOf(f)] as TextLine, f.words)),
      ...lastWord,
      ...stretches,
      ...known.filter((f) => f.phrases > 0).map((f) => f.words[0] as string),
      ...stamps.slice(0, 1),
      ...known.flatMap((f) => f.words.slice(0, f.phrases)),
      ...known.map((f) => f.words[0] as string),
      ...known.flatMap((f) => f.words),
      ...found.flatMap((f) => f.words),
    ],
    (w: string) => w,
  );
  // 首页> says nothing 首页>> does not: a word is shown, in its place, as the longest quote that holds it (among the
  // first few: a run of a thousand lines, each quoted whole, is not compared line by line)
  const pool = words.slice(0, POOL);
  const top = unique(
    pool.map((w) => pool.reduce((best, o) => (o.length > best.length && o.includes(best) ? o : best), w)),
    (w: string) => w,
  ).slice(0, QUOTED);
  const shown = [...top, ...unshownKinds(run.found, top)];
  const n = run.lines.length;
  const quoted = shown.map((w) => `“${w}”`).join('');
  const bullet = bulletAbove(report, first);
  const where = lineNumbers([...(bullet === undefined ? [] : [first.line]), ...run.lines.map((l) => l.line + 1)]);
  // page numbers come from a PDF, sheet labels from a spreadsheet, everything else from a web page
  const from = kinds[0]?.from ?? 'web';
  const source = SOURCES[kinds.every((k) => k.from === from) ? from : 'web'];
  // Certain only before the title (or the body, when there is no title): there nothing of the report can be lost.
  const titleAt = report.header.title?.start ?? report.outline.bodyStart;
  const safe = !run.banner && run.found.every((f) => f.strong) && last.end <= titleAt && onlyRunBetween(report, run);
  const edits = pieces(run).map(([a, b]) => deleteLines(report, a, b));
  if (bullet !== undefined && edits[0]) edits[0] = { ...edits[0], start: bullet };
  // an essay site's blurb run into the report's title on its last line: the block ends with the blurb (blurb-end.ts)
  const cut = blurbEnd(last.text, found[found.length - 1] as Furniture);
  const end = cut === undefined ? last.end : last.start + cut;
  const lastEdit = edits[edits.length - 1];
  if (cut !== undefined && lastEdit) edits[edits.length - 1] = { ...lastEdit, end };
  return {
    span: { start: bullet ?? first.start, end },
    message: {
      zh: `从${source.zh}带入的${kinds.map((k) => k.name.zh).join('、')}（第 ${where.zh} 行：${quoted}），不属于报告内容，请删除`,
      en:
        `${capital(kinds.map((k) => k.name.en).join(', '))} pasted in from ${source.en} ` +
        `(line${n > 1 ? 's' : ''} ${where.en}: ${quoted}), not part of the report: delete ${n > 1 ? 'them' : 'it'}`,
    },
    fix: { title: source.fix, edits, safe },
  };
}

/** A list's bullet alone on its line: an empty item. */
const LONE_BULLET = /^[ \t]*[-*+•·][ \t]*$/;

/**
 * Where the line right above the block's first line starts, when it holds a bullet and nothing else: a portal that lays
 * its publication record out as a list (蒙自 地震局 2019, 屏边 2021, 蒙自 卫健 2024: `-` / 索引号… / `-` / 发布机构…, each
 * label a setext heading over the next `-`) opens it with an empty item, the block's as much as its fields.
 */
function bulletAbove(report: Report, first: TextLine): number | undefined {
  if (first.line === 0) return undefined;
  const start = report.index.lineStart(first.line - 1);
  return LONE_BULLET.test(report.text.slice(start, first.lineStart).replace(/\r?\n$/, '')) ? start : undefined;
}

/**
 * A word of each kind the message names that the quotes do not show yet, in the block's order: the message says 页面工具栏, so
 * it shows the toolbar (零陵 2022: 【字体: 打印 at the end of a record line whose 发布机构 and posting time fill the quotes;
 * 都昌 2021: 【字号: after 时间: 作者: 新闻来源:). A reviewer looks for each kind the message names.
 */
function unshownKinds(found: readonly Furniture[], shown: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const byKind = new Map<string, string[]>();
  for (const f of found) {
    f.kinds.forEach((k, i) => {
      const w = f.kindWords?.[i] ?? f.words[0];
      // a posting time shows the record as its labels do (湛江 2019: 时间:2020-09-02 17:57:06)
      const stamp = k.id === METADATA_ID && f.stamp !== undefined ? [f.stamp] : [];
      if (w !== undefined) byKind.set(k.id, [...(byKind.get(k.id) ?? []), w, ...stamp]);
    });
  }
  for (const [id, ws] of byKind) {
    if (id === MASTHEAD_ID || id === ADDRESS_ID || seen.has(id)) continue;
    seen.add(id);
    if (!ws.some((w) => shown.some((q) => q.includes(w)) || out.includes(w))) out.push(ws[0] as string);
  }
  return out;
}

/** The stretches of the run's lines the titles inside it divide: [first, last] of each. */
function pieces(run: Run): [TextLine, TextLine][] {
  const out: [TextLine, TextLine][] = [];
  let from: TextLine | undefined;
  let to: TextLine | undefined;
  let k = 0;
  for (const line of run.lines) {
    if (from && to && k < run.kept.length && (run.kept[k] as TextLine).line < line.line) {
      out.push([from, to]);
      from = undefined;
    }
    while (k < run.kept.length && (run.kept[k] as TextLine).line < line.line) k++;
    from ??= line;
    to = line;
  }
  if (from && to) out.push([from, to]);
  return out;
}

/**
 * Source line numbers as a reader finds them: lines that follow each other as a range, the rest each
 * (1—3、7—8: a title between them is not named); too many pieces as the whole range.
 */
function lineNumbers(lines: number[]): { zh: string; en: string } {
  const first = lines[0] as number;
  const last = lines[lines.length - 1] as number;
  const groups: [number, number][] = [];
  for (const n of lines) {
    const g = groups[groups.length - 1];
    if (g && g[1] + 1 === n) g[1] = n;
    else groups.push([n, n]);
  }
  if (groups.length > LISTED) return { zh: `${first}—${last}`, en: `${first}–${last}` };
  const show = (sep: string, dash: string): string => groups.map(([a, b]) => (a === b ? `${a}` : `${a}${dash}${b}`)).join(sep);
  return { zh: show('、', '—'), en: show(', ', '–') };
}

function unique<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => !seen.has(key(x)) && seen.add(key(x)));
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The word of `words` that starts first on the line, if it is not the line's first word already. */
function leftmost(line: TextLine, words: string[]): string[] {
  let best: string | undefined;
  let at = Infinity;
  for (const w of words) {
    const i = line.text.indexOf(w);
    if (i >= 0 && i < at) [best, at] = [w, i];
  }
  return best === undefined || best === words[0] ? [] : [best];
}

/** Only blank lines or table rules stand between two lines of a run. */
function nothingBetween(report: Report, a: TextLine, b: TextLine): boolean {
  for (let n = a.line + 1; n < b.line; n++) {
    const start = report.index.lineStart(n);
    const end = n + 1 < report.index.lineCount ? report.index.lineStart(n + 1) : report.text.length;
    const text = report.text.slice(start, end).trim();
    if (text !== '' && !isTableRule(text)) return false;
  }
  return true;
}

/**
 * Every source line from the run's first to its last is one of its lines, blank or a table rule:
 * deleting them loses nothing else (a comment, say).
 */
function onlyRunBetween(report: Report, run: Run): boolean {
  return run.lines.every((line, i) => i === 0 || nothingBetween(report, run.lines[i - 1] as TextLine, line));
}
