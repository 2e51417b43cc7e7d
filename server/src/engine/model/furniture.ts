// Web page furniture, read from furniture.json (data, not code): which lines are navigation, page tools,
// posting metadata, a document-sharing site's banner … and of what kind, and the spam mirror sites inject
// into sentences. In the model because two readers share it: the pasted-debris rule reports these lines,
// and recognition (recognise.ts) reads past them to the report's own first lines.
import data from './furniture.json' with { type: 'json' };
import type { Localized } from '../types.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { unconverted } from '../text/traditional.js';

interface KindData {
  id: string;
  zh: string;
  en: string;
  strong: string[];
  /** Strong words that open a breadcrumb (当前位置, 首页 >): quoted with the steps after them, as far as `crumbQuote` characters. */
  crumbs?: string[];
  weak?: string[];
  patterns?: string[];
  /** Quote a pattern's match as the whole phrase round it, to the marks that part the phrases (an ad banner's 精品水蜜桃久久久久久久). */
  quotePhrase?: boolean;
  /** Patterns that count as `weak` words (a record's label 标      题 before the title it holds). */
  weakPatterns?: string[];
  lines: string[];
  /** Lines that are furniture only before the report's title (a close button X, an empty 标题: field). */
  leading?: string[];
  prose: boolean;
  /** Where the kind comes from: a web page unless said (page numbers come from a PDF, sheet labels from a spreadsheet). */
  from?: FurnitureSource;
}

export type FurnitureSource = 'web' | 'pdf' | 'sheet';

export interface FurnitureKind {
  id: string;
  name: Localized;
  from: FurnitureSource;
}

/** What a line of furniture is: unmistakable (`strong`) or only next to other furniture (`weak`). */
export interface Furniture {
  strong: boolean;
  kinds: FurnitureKind[];
  /** The words that gave it away, quoted in the message: the unmistakable phrases first. */
  words: string[];
  /** How many of `words` are unmistakable phrases (the rest a pattern matched, or weak words). */
  phrases: number;
  /** Only a `leading` line gave it away: furniture before the report's title, report text after it. */
  leading: boolean;
  /** The posting time the line holds (2022-07-14 09:53), as written: it names the record to a reviewer. */
  stamp?: string;
  /** The first word each of `kinds` found, as written, in the same order (none: `words[0]` for each). */
  kindWords?: string[];
}

const KINDS = (data.kinds as KindData[]).map((k) => ({
  kind: { id: k.id, name: { zh: k.zh, en: k.en }, from: k.from ?? 'web' },
  strong: k.strong,
  crumbs: new Set(k.crumbs ?? []),
  weak: k.weak ?? [],
  patterns: (k.patterns ?? []).map((p) => new RegExp(p)),
  // one search for all of a kind's patterns before each is tried: most lines match none of them
  anyPattern: alternation((k.patterns ?? []).map((p) => `(?:${p})`)),
  weakPatterns: (k.weakPatterns ?? []).map((p) => new RegExp(p)),
  quotePhrase: k.quotePhrase ?? false,
  lines: new Set(k.lines),
  leading: new Set(k.leading ?? []),
  prose: k.prose,
}));
const STAMP = new RegExp(data.stamp);

/** A kind's strong or weak word, and its place in the kind's list (the order the kind's words are read in). */
interface Listed {
  word: string;
  kind: number;
  weak: boolean;
  order: number;
}
/**
 * Every kind's strong and weak words by their first character: a line is read once for all of them (276 words tested
 * one by one with `includes` were most of the time of furnitureOf, asked of every line with a furniture word).
 */
const LISTED = new Array<Listed[] | undefined>(0x10000);
KINDS.forEach((k, kind) => {
  const add = (word: string, weak: boolean, order: number): void => {
    if (word !== '') (LISTED[word.charCodeAt(0)] ??= []).push({ word, kind, weak, order });
  };
  k.strong.forEach((w, order) => add(w, false, order));
  k.weak.forEach((w, order) => add(w, true, order));
});
const NO_WORDS: readonly string[] = [];
const NO_PLACES: readonly [string, number][] = [];

/**
 * The kinds' words a line holds, by kind and in each kind's order: the strong ones, and the weak ones each with where it
 * first stands (what `includes` and `indexOf` would give, word by word).
 */
function listedIn(line: string): { strong: string[][]; weak: [string, number][][] } {
  const found: [Listed, number][] = [];
  const seen = new Set<Listed>();
  for (let i = 0; i < line.length; i++) {
    const list = LISTED[line.charCodeAt(i)];
    if (list === undefined) continue;
    for (const l of list) {
      if (!seen.has(l) && line.startsWith(l.word, i)) {
        seen.add(l);
        found.push([l, i]);
      }
    }
  }
  const strong: string[][] = [];
  const weak: [string, number][][] = [];
  found.sort((a, b) => a[0].order - b[0].order);
  for (const [l, at] of found) {
    if (l.weak) (weak[l.kind] ??= []).push([l.word, at]);
    else (strong[l.kind] ??= []).push(l.word);
  }
  return { strong, weak };
}

const CJK = /[\u4e00-\u9fa5]/;
/** Sentence punctuation: a line with it is prose, where only the words of `prose` kinds give furniture away. */
const SENTENCE = /[，。；！？,;!?]/;

/**
 * The phrases by their first character: a line is read once, and at a character that starts a phrase only
 * the phrases starting so are compared (a megabyte of report text meets a few hundred phrases at every
 * character in an alternation of them all: a tenth of a 1 MB opening went there).
 */
function phraseIndex(phrases: readonly string[]): (string[] | undefined)[] {
  // by character code: a look-up by the character itself makes a string of every CJK character read
  const index = new Array<string[] | undefined>(0x10000);
  for (const p of phrases) if (p) (index[p.charCodeAt(0)] ??= []).push(p);
  return index;
}

function hasPhrase(text: string, index: readonly (readonly string[] | undefined)[]): boolean {
  for (let i = 0; i < text.length; i++) {
    const list = index[text.charCodeAt(i)];
    // a plain loop: a closure per character with a listed first character was most of this test's garbage
    if (list !== undefined) for (const p of list) if (text.startsWith(p, i)) return true;
  }
  return false;
}

/** The literal words of every kind and the gambling words, by first character. */
const PHRASES = phraseIndex([...KINDS.flatMap((k) => [...k.strong, ...k.weak]), ...data.gambling.strong, ...data.gambling.alone]);
/** Lines that are furniture as a whole. */
const WHOLE_LINES = new Set(KINDS.flatMap((k) => [...k.lines, ...k.leading]));
/** A lookbehind of plain characters opening a branch ((?<=内容由)…): the text before the match, not part of it. */
const LITERAL_BEHIND = /^\(\?<=([^\\()[\]{}|.*+?^$]+)\)/;
/**
 * The patterns of every kind and the spam texts, cut at their top-level `|`: the branches anchored at the line's start
 * (^发布日期…) are tried there alone, in an expression of their own; in one alternation with the rest they were tried
 * at every character of every line (the test was a twentieth of a 25 KB report's check). Each branch as a test (asTest).
 */
const BRANCHES = [...KINDS.flatMap((k) => [...k.patterns, ...k.weakPatterns].map((p) => p.source)), ...data.spam]
  .flatMap(topBranches)
  .map(asTest);
const AT_START = alternation(BRANCHES.filter((b) => b.startsWith('^')));
const ANYWHERE = alternation(BRANCHES.filter((b) => !b.startsWith('^')));
const anyWord = (text: string): boolean =>
  WHOLE_LINES.has(text) || hasPhrase(text, PHRASES) || AT_START.test(text) || ANYWHERE.test(text) || barOf(text) !== undefined;

/** The lines that are furniture anywhere (not the `leading` ones, which are so only above the title). */
const BAR_PIECES = new Set(KINDS.flatMap((k) => [...k.lines]));
const BAR_SEPARATOR = /[ \t\u00a0\u3000|｜]+/;
/** Characters of the longest bar of buttons read (返回 下载 相关 举报 收藏 分享 打印 关闭 is 20). */
const BAR = 40;
/**
 * A bar of buttons each of which is a line of furniture on its own (打印 | 关闭 | 收藏, 字体 打印 分享到): its pieces, or
 * undefined. A site that lays its buttons out otherwise than the lists hold is still read by what each says.
 */
function barOf(text: string): string[] | undefined {
  if (text.length > BAR) return undefined;
  // most lines fail on their first piece, before any split
  const first = text.search(BAR_SEPARATOR);
  if (first <= 0 || !BAR_PIECES.has(text.slice(0, first))) return undefined;
  const pieces = text.split(BAR_SEPARATOR).filter((p) => p !== '');
  return pieces.length >= 2 && pieces.every((p) => BAR_PIECES.has(p)) ? pieces : undefined;
}

/**
 * A branch as a test, which asks whether it matches, not what: a lookbehind of plain characters opening it is read as
 * those characters (内容由…, 《…), which a search finds by its first character, not looked behind at every character.
 */
function asTest(branch: string): string {
  return branch.replace(LITERAL_BEHIND, '$1');
}

/** The branches of a pattern's top-level alternation (a|b(c|d)|[|]e → a, b(c|d), [|]e): outside groups and classes. */
function topBranches(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** One expression matching where any of `branches` does; none matches nothing (an empty source would match everywhere). */
function alternation(branches: readonly string[]): RegExp {
  return branches.length === 0 ? /(?!)/ : new RegExp(branches.join('|'));
}
const SPAM = new RegExp(data.spam.join('|'), 'g');

/** The cheap test every line gets (the rest only on a hit): a word of furniture or spam, in either script. */
export function hasFurnitureWord(text: string): boolean {
  if (anyWord(text)) return true;
  const { line } = unconverted(text);
  return line !== text && anyWord(line);
}

/**
 * Whether a line is page furniture by its own words: unmistakable (a strong phrase, a pattern, a posting time, two
 * labels of a record), not a weak word that is furniture only beside other furniture. What surface rules (typo's
 * doubled marks, 丰泽's `…侵权必究。。` in a sharing site's terms) leave to pasted-debris, which strikes the line whole.
 */
export function isFurnitureLine(text: string): boolean {
  return hasFurnitureWord(text) && (furnitureOf(text)?.strong ?? false);
}

/** Empty table cells before a line's text (a loop is not needed: the class is anchored and cannot backtrack across itself). */
const LEADING_BARS = /^[|\s]+/;
/** A posting time's label just before it (发布时间: , 時間:). */
const STAMP_LABEL = /[\u4e00-\u9fa5]{2,6}[:：] ?$/;
/** The posting time of a line, with its label when one stands just before it (发布时间: 2023-07-24 16:47, 海口 2022). */
function stampOf(line: string): string | undefined {
  const m = STAMP.exec(line);
  if (!m) return undefined;
  const label = STAMP_LABEL.exec(line.slice(Math.max(0, m.index - 8), m.index));
  return label ? label[0] + m[0] : m[0];
}

const TRAILING = new Set([' ', '\t', '\u00a0', '\u3000', '|']);
/** Trailing spaces and empty table cells (浏览量:1 | | | |) are not part of what a line says (a loop: /[\s|]+$/ backtracks). */
function bare(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.has(text[end - 1] as string)) end--;
  return text.slice(0, end).trim();
}

/** Record labels a report's own names hold (门户网站浏览量): read as the record's only where runInLabel says. */
const RUN_IN = new Set<string>(data.runIn);
/** What follows a record's label: a colon, or a bare figure (浏览次数 1597), not a count with its unit (120万次). */
const LABEL_AFTER = /^(?:[ \u00a0]*[:：]|[ \u00a0]*[0-9]+(?![0-9.]|[ \u00a0]*[\u4e00-\u9fa5]))/;

/**
 * Some copy of `word` in `line` is a publication record's label: at the line's start or after no Chinese character, or,
 * run into the words before it (…文化和旅游局浏览量:), with a colon or a bare figure after it. Run into a name and followed by
 * more of it or a count with its unit (| 门户网站浏览量 | ≥50万次 |, 公开目录信息条数, 总浏览量120万次), it is the report's.
 */
function runInLabel(line: string, word: string): boolean {
  for (let at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + 1)) {
    if (!CJK.test(line[at - 1] ?? '') || LABEL_AFTER.test(line.slice(at + word.length, at + word.length + 24))) return true;
  }
  return false;
}

/** The furniture a line is, or undefined. Weak words count only where no CJK character runs into them (评价时间： is report wording). */
export function furnitureOf(text: string): Furniture | undefined {
  const raw = bare(text);
  const { line, at } = unconverted(raw);
  const kinds: FurnitureKind[] = [];
  const strongWords: string[] = [];
  const patternWords: string[] = [];
  const weakWords: string[] = [];
  const weakAt: [number, number][] = [];
  const kindWords: string[] = [];
  let leading = false;
  const prose = SENTENCE.test(line);
  const bar = prose ? undefined : barOf(line);
  const present = listedIn(line);
  for (const [ki, k] of KINDS.entries()) {
    if (prose && !k.prose) continue;
    // an ad written into a title or a sentence is spam in it (injectedAds), not a line to strike
    if (k.kind.id === AD_KIND && !adLine(line)) continue;
    const [s0, p0, w0] = [strongWords.length, patternWords.length, weakWords.length];
    const before = s0 + p0 + w0;
    if (k.lines.has(line) || (bar?.some((p) => k.lines.has(p)) && !strongWords.includes(line))) strongWords.push(line);
    else if (k.leading.has(line)) {
      strongWords.push(line);
      leading = true;
    }
    for (const w of present.strong[ki] ?? NO_WORDS) {
      if (RUN_IN.has(w) && !runInLabel(line, w)) continue;
      strongWords.push(k.crumbs.has(w) ? crumbFrom(line, w, crumbEnd(line, k)) : w);
    }
    if (k.anyPattern.test(line))
      for (const p of k.patterns) {
        const m = p.exec(line);
        if (m) patternWords.push(k.quotePhrase ? phraseAround(line, m.index, m.index + m[0].length) : m[0]);
      }
    for (const [w, at] of present.weak[ki] ?? NO_PLACES) {
      if (!CJK.test(line[at - 1] ?? '')) {
        weakWords.push(withValue(line, at, w));
        weakAt.push([at, at + w.length]);
      }
    }
    for (const p of k.weakPatterns) {
      const m = p.exec(line);
      if (m) {
        weakWords.push(m[0].trim());
        weakAt.push([m.index, m.index + m[0].length]);
      }
    }
    if (strongWords.length + patternWords.length + weakWords.length > before) {
      kinds.push(k.kind);
      kindWords.push((strongWords[s0] ?? patternWords[p0] ?? weakWords[w0]) as string);
    }
  }
  if (kinds.length === 0) return undefined;
  // for the message: the phrases that make the line unmistakable first, then what a pattern matched
  // (13.28 KB says less than 淘文库), each group in the line's order
  // a cut crumb is placed by what it shows
  const place = (w: string): number => line.indexOf(w.endsWith('…') ? w.slice(0, -1) : w);
  const inOrder = (ws: string[]): string[] => ws.sort((a, b) => place(a) - place(b));
  const words = [...inOrder(strongWords), ...inOrder(patternWords), ...inOrder(weakWords)].map((w) => asWritten(raw, line, at, w));
  const stamp = stampOf(line);
  return {
    ...(stamp === undefined ? {} : { stamp: asWritten(raw, line, at, stamp) }),
    kindWords: kindWords.map((w) => asWritten(raw, line, at, w)),
    strong: strongWords.length + patternWords.length > 0 || stamp !== undefined || apart(weakAt) >= 2,
    kinds,
    // quoted as the line writes them: folding keeps every character in its place
    // a short line is quoted whole, a label with its value (文章来源:红河州财政局, 发布时间:2019-05-27 14:57): the reviewer finds it so
    // (a layout table's cell bars before it are not: `| 无障碍浏览 | 打开适老化模式`, 昌宁 2022)
    words: !prose && raw.length <= data.lineQuote ? [raw.replace(LEADING_BARS, '')] : words,
    phrases: strongWords.length,
    // a line is one of the lists, so a leading line is nothing else
    leading,
  };
}

/**
 * A breadcrumb from the word that opens it to the end of its line (丽水 2018: `当前位置:首页`; 福田 2021: `首页 > 区部门网站 > 区民政局 >
 * 通知公告`): the steps say which page it is, the word alone does not. A long one is cut `crumbQuote` characters after
 * the line's first crumb word, every crumb of the line at the same place, so the one that starts first holds the others
 * (红河 2022: `首页>政府信息公开>法定主动公开内容>…`; 丰都 2024: `您当前所在位置：首页>…`).
 */
function crumbFrom(line: string, word: string, end: number): string {
  const crumb = line.slice(line.indexOf(word), end).trim();
  return end < line.length ? `${crumb}…` : crumb;
}

/** Where the crumbs of a line are cut: `crumbQuote` characters after its first crumb word, or its end. */
function crumbEnd(line: string, k: { crumbs: Set<string> }): number {
  let first = line.length;
  for (const w of k.crumbs) {
    const at = line.indexOf(w);
    if (at >= 0 && at < first) first = at;
  }
  return Math.min(line.length, first + data.crumbQuote);
}

// a mirror's banner parts its titles with _ too (无码中文字幕系列久久_av中文字幕在线亚洲_…, 岳阳县委宣传部 2021)
const PHRASE_END = new Set([...',，、;；。 \t|｜_']);
/** A longer phrase is a run of them with no mark between (成人国产免费在线视频-国产又爽…): the match alone is quoted. */
const PHRASE = 16;
/** The phrase of a line round [start, end): to the marks that part phrases on either side. */
function phraseAround(line: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !PHRASE_END.has(line[s - 1] as string)) s--;
  let e = end;
  while (e < line.length && !PHRASE_END.has(line[e] as string)) e++;
  return e - s <= PHRASE ? line.slice(s, e) : line.slice(start, end);
}

/** A word found in the folded line, as the line itself writes it (小編 for 小编, 發(fā)布時間 for 发布时间). */
function asWritten(raw: string, line: string, at: number[] | undefined, word: string): string {
  if (raw === line) return word;
  const i = line.indexOf(word);
  if (i < 0) return word;
  return at ? raw.slice(at[i], (at[i + word.length - 1] as number) + 1) : raw.slice(i, i + word.length);
}

/** Characters of a label's value quoted with it (楼区财政局, 2022-11-29, 共青团武威市委). */
const VALUE = 20;
const VALUE_END = new Set([' ', '\t', '\u00a0', '\u3000', '|', '｜', '【', '[', '】', ']']);

/**
 * A record's label quoted with its value, as a reviewer finds it on the line (来源:楼区财政局, 发布时间:2022-11-29,
 * 信息来源: 共青团武威市委): the label, its colon, at most one space, and the value up to the next space or bracket. A label
 * whose value is empty or is the next label (作者: 发布时间:…) is quoted alone; so is a word that is no label.
 */
function withValue(line: string, at: number, word: string): string {
  let end = at + word.length;
  const colon = (c: string | undefined): boolean => c === ':' || c === '：';
  if (!colon(word[word.length - 1])) {
    if (!colon(line[end])) return word;
    end++;
  }
  let from = end;
  if (line[from] === ' ') from++;
  let to = from;
  while (to < line.length && to - from < VALUE && !VALUE_END.has(line[to] as string)) {
    // another label starts here (作者: 发布时间:…): the value is empty
    if (colon(line[to]) && CJK.test(line[to - 1] ?? '')) return line.slice(at, end);
    to++;
  }
  return to > from ? line.slice(at, to) : line.slice(at, end);
}

/**
 * How many weak words stand apart on the line (信息来源: is one, though 来源: is in it too). Two labels
 * of a publication record on one line of no sentence are unmistakable (发布时间:2020-04-27 发布者:admin,
 * 历城 2019), where one alone may be a report's own header.
 */
function apart(spans: [number, number][]): number {
  // the most that do not overlap, taken by where they end: a shape matching the whole line (a bar of short words,
  // 首页 政务公开 互动交流) does not hide the words inside it
  let count = 0;
  let end = -1;
  for (const [s, e] of [...spans].sort((a, b) => a[1] - b[1])) {
    if (s >= end) {
      count++;
      end = e;
    }
  }
  return count;
}

const AD_KIND = 'ad';
/** The ad phrases of every kind that has them, found anywhere in a line. */
const AD = new RegExp(
  KINDS.filter((k) => k.kind.id === AD_KIND)
    .flatMap((k) => k.patterns.map((p) => p.source))
    .join('|'),
  'g',
);
const AD_ANY = new RegExp(AD.source);
const HAN = /[\u4e00-\u9fa5]/g;

/** The ad phrases a line holds: [start, end) of each match. */
function adsIn(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(AD)) if (m[0].length > 0) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * A banner of ads, struck whole: several of its phrases (久久精品99久久|国产剧情网站91|…, 六安 20xx), or one with at most
 * `adLeft` Chinese characters besides (手机购彩 on a line of its own, 枞阳 2021). One phrase in a title or a sentence
 * (手机购彩某县…自评报告) leaves the report's words: the phrase is spam in them.
 */
function adLine(text: string): boolean {
  const ads = adsIn(text);
  if (ads.length !== 1) return ads.length > 1;
  const [s, e] = ads[0] as [number, number];
  return ((text.slice(0, s) + text.slice(e)).match(HAN)?.length ?? 0) <= data.adLeft;
}

/** The ad phrases a mirror wrote into a title or a sentence, which deleting restores: [start, end) in the text, or []. */
export function injectedAds(text: string): [number, number][] {
  if (!AD_ANY.test(text)) return [];
  return adLine(unconverted(text).line) ? [] : adsIn(text);
}

/** The spam texts in a line: [start, end) in the line's text, in order. */
export function spamIn(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(SPAM)) if (m[0].length > 0) out.push([m.index, m.index + m[0].length]);
  if (GAMBLING_ANY.test(text)) out.push(...gamblingIn(text));
  return out.sort((a, b) => a[0] - b[0]);
}

const { gambling } = data;
const GAMBLING_STRONG = new Set(gambling.strong);
const GAMBLING_ALONE = new Set(gambling.alone);
/** The words longest first, so 官网平台 is read before 官网 and 博彩平台 before 博彩. */
const GAMBLING = new RegExp(
  [...gambling.strong, ...gambling.weak, ...gambling.alone]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|'),
  'g',
);
const GAMBLING_ANY = new RegExp([...gambling.strong, ...gambling.alone].map(escapeRegExp).join('|'));

/**
 * A gambling site's name a mirror wrote in place of a place name (雅安 2022: 澳门金沙城中心_欧洲杯足球网-【投注官网平台】):
 * its words one after another, a few characters apart at most, with `minStrong` words no report writes among them.
 * One such word alone is a report's (体育彩票投注站, 金沙江): it takes two, or one of the words that are the advertising
 * itself (三峡后续 2021: 全球最大的博彩平台, with its boast).
 */
function gamblingIn(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  let end = -1;
  let strong = new Set<string>();
  let alone = false;
  const flush = (): void => {
    if (alone || strong.size >= gambling.minStrong) out.push([start, closing(text, start, end)]);
  };
  for (const m of text.matchAll(GAMBLING)) {
    if (start < 0 || m.index - end > gambling.gap) {
      if (start >= 0) flush();
      start = m.index;
      strong = new Set();
      alone = false;
    }
    end = m.index + m[0].length;
    if (GAMBLING_STRONG.has(m[0])) strong.add(m[0]);
    if (GAMBLING_ALONE.has(m[0])) alone = true;
  }
  if (start >= 0) flush();
  return out;
}

/** The end of a spam text, past the closing bracket of one it opened (【投注官网平台】). */
function closing(text: string, start: number, end: number): number {
  const open = text.lastIndexOf('【', end);
  return open >= start && text[end] === '】' ? end + 1 : end;
}
