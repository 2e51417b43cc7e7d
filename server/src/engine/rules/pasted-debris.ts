// Text pasted from a web page or a PDF brings debris: site navigation, page tools, posting metadata,
// the markers a reposting site writes where it hides figures (点击查看>>, (略)),
// essay-site wrappers, paywall notices, document-sharing banners and abstracts, and PDF page numbers (words in
// model/furniture.json, which recognition reads past too), spam a mirror site injected, pinyin a converter glued after the characters,
// runs of empty cells, lost characters and spreadsheet errors, a PDF's table of contents with its page
// numbers, line breaks flattened into spaces (自 评) or kept inside paragraphs, characters spaced out
// one by one (绩 效 指 标), cited titles split by a space, Word's field codes (PAGE PAGE 3), the numbers a sharing site
// puts at the head of its chunks (洞里山工 / 2、区), and sentences broken across paragraphs; a PDF page number glued
// into a line (日-15-项目), a hijacked mirror's brand glued over the unit's name, an essay compilation's piece heading.
import type { TextLine } from '../parse/blocks.js';
import type { Report } from '../model/report.js';
import { lineMemo } from '../parse/line-memo.js';
import { pickedIndexes, pickedLines } from '../parse/picked-lines.js';
import type { RuleFinding } from './rule.js';
import { defineRule } from './rule.js';
import { formHeaderLine } from './form-header.js';
import { abstractFindings } from './debris/abstract.js';
import { brokenSentences } from './debris/broken.js';
import { straySpaces, strayFinding } from './debris/citation.js';
import { chunkCounterFindings } from './debris/chunk-counters.js';
import { contentsFindings, contentsTitle } from './debris/contents.js';
import { flattenedFindings, flattenedGaps, HAS_GAP, type FlattenedLine } from './debris/flattened.js';
import { fieldCodeFindings, fieldCodesIn, HAS_CODES, type CodedLine } from './debris/field-codes.js';
import { furnitureFindings, hiddenValue, type FurnitureLine } from './debris/furniture.js';
import { headlineLines } from './debris/headline.js';
import { leadingLines } from './debris/leading.js';
import { trailingLines } from './debris/trailing.js';
import { glossesIn, glossFindings, type GlossLine } from './debris/glosses.js';
import { lostCharacterFindings } from './debris/lost-character.js';
import { ANY_MARK, markFindings, marksIn, type Mark, type MarkedLine } from './debris/marks.js';
import { ANY_MASK, maskFindings, masksIn, type Mask, type MaskedLine } from './debris/masks.js';
import { pageCounterFindings } from './debris/page-counter.js';
import { spacedFinding, spacedRuns } from './debris/spaced.js';
import { tickedBoxFindings } from './debris/ticked-boxes.js';
import { cutTitleFindings, wrappedFindings } from './debris/wrapped.js';
import { gluedNote, gluedNoteFinding } from './debris/glued-note.js';
import { gluedPageFinding, gluedPages } from './debris/glued-page.js';
import { gluedAddress, gluedAddressFinding } from './debris/glued-address.js';
import { brandsIn, gluedBrands } from './debris/brand.js';
import { essayPieceFindings } from './debris/essay-pieces.js';
import { essayHeadLines } from './debris/essay-head.js';
import { furnitureOf, hasFurnitureWord, injectedAds, spamIn, type Furniture } from '../model/furniture.js';

const ENDS_IN_DIGIT = /[0-9]$/;
/**
 * A row of the report's indicator table, in cells or flattened: a target with its comparator (≥50万次) or a cell naming
 * an indicator's level (产出指标, 数量指标, 社会效益指标). Its indicator may be named in a web record's words (门户网站浏览量,
 * 信息时效性, 公开目录信息条数: session 22 red team), but no page's record holds a target or an indicator's level.
 */
const INDICATOR_ROW = /[≥≤＞＜]=?[ \t]*[0-9]|(?:^|[|｜ \t\u3000])[\u4e00-\u9fa5]{0,6}指标(?=[|｜ \t\u3000]|$)/;
/** The furniture kind of a document-sharing site's banner (model/furniture.json). */
const SHARING_SITE = 'doc-site';

/** What a line is as debris. */
interface Debris {
  furniture: Furniture | undefined;
  /** An entry of a table of contents (部门概况3): its title, spaces removed. */
  entry: string | undefined;
  spam: [number, number][];
  /** Ad phrases a mirror wrote into a title or a sentence (手机购彩某县…): deleting them restores it. */
  ads: [number, number][];
  gaps: number[];
  marks: Mark[];
  /** Characters spaced out one by one inside the text (绩 效 指 标). */
  spaced: [number, number][];
  /** The stray spaces of each cited title split by one. */
  stray: number[][];
  glosses: [number, number][];
  /** What a reposting site wrote in place of what it hides (点击查看>>, (略)). */
  masks: Mask[];
  /** Word field codes and the page number they print (PAGE PAGE 3). */
  codes: [number, number][];
  /** A reposting site's note glued before the line's text (详情见附件(注:…)). */
  note: [number, number] | undefined;
  /** A PDF's page number glued between two pages' words (日-15-项目). */
  pages: [number, number][];
  /** A site's address in brackets glued after the line's text (…足额到位(https://www.daowen.com)). */
  address: [number, number] | undefined;
}

/**
 * Worked out once per line object (lines outlive edits elsewhere in the document), and only for the
 * lines a cheap test lets through: a debris word, a space between two characters, a final digit, a run
 * of a mark, a bracket.
 */
const debrisOf = lineMemo((line): Debris | null => {
  const { text } = line;
  const word = hasFurnitureWord(text);
  const gap = HAS_GAP.test(text);
  const digit = ENDS_IN_DIGIT.test(text);
  const mark = ANY_MARK.test(text);
  const paren = text.includes('(');
  const mask = ANY_MASK.test(text);
  const code = HAS_CODES(text);
  // anchored at the line's start: fails at once on most lines
  const note = gluedNote(text);
  // a PDF's page number glued between two pages' words (日-15-项目): one scan of the line, no backtracking
  const pages = gluedPages(text);
  // two substring tests fail at once on most lines
  const address = gluedAddress(text);
  if (!word && !gap && !digit && !mark && !paren && !mask && !code && !note && pages.length === 0 && !address) return null;
  const furniture = word && !INDICATOR_ROW.test(text) ? furnitureOf(text) : undefined;
  // a 自评表 flattened into the line keeps its narrow cells spaced (绩 效 指 标, 衡山商务 2020) and its
  // wrapped cells broken (财政 资金, 襄阳 2021): they are the form as extracted, which reviewers leave
  const form = gap && formHeaderLine(text);
  const masks = mask ? masksIn(text) : [];
  const d: Debris = {
    furniture,
    entry: digit ? contentsTitle(text)?.replace(/\s+/g, '') : undefined,
    spam: word ? spamIn(text) : [],
    ads: word ? injectedAds(text) : [],
    // the spaces a reposting site puts round its masks (资金 点击查看>> 万元) are its own, not a PDF's line breaks
    gaps: gap && !form ? flattenedGaps(masks.length > 0 ? blanked(text, masks) : text) : [],
    marks: mark ? marksIn(text) : [],
    // a line of furniture is deleted whole: what is spaced inside it does not matter
    spaced: gap && !furniture && !form ? spacedRuns(text) : [],
    stray: gap && text.includes('《') ? straySpaces(text) : [],
    glosses: paren ? glossesIn(text) : [],
    masks,
    codes: code ? fieldCodesIn(text) : [],
    note,
    // a page number on a furniture line goes with the line (a sharing site's 下载 相关 举报 第1页 / 共15页)
    pages: furniture ? [] : pages,
    // an address on a furniture line goes with the line
    address: furniture ? undefined : address,
  };
  // a line the cheap tests let through that holds nothing (most lines of a report with spaced figures, 2023 年): no item
  // for the pass over the picked lines to visit on every keystroke
  return isEmpty(d) ? null : d;
});

function isEmpty(d: Debris): boolean {
  return (
    d.furniture === undefined &&
    d.entry === undefined &&
    d.note === undefined &&
    d.address === undefined &&
    d.spam.length + d.ads.length + d.gaps.length + d.marks.length + d.spaced.length + d.stray.length === 0 &&
    d.glosses.length + d.masks.length + d.codes.length + d.pages.length === 0
  );
}

/** The lines the cheap test lets through, kept per chunk: a keystroke tests the chunks parsed again, not every line. */
const debrisLines = pickedLines((line) => debrisOf(line) !== null);

/** The text with each mask written over by marks that are not Chinese, at the same offsets. */
function blanked(text: string, masks: readonly Mask[]): string {
  let out = '';
  let at = 0;
  for (const m of masks) {
    out += text.slice(at, m.start) + '#'.repeat(m.end - m.start);
    at = m.end;
  }
  return out + text.slice(at);
}

export default defineRule({
  id: 'pasted-debris',
  severity: 'warning',
  description: {
    zh:
      '从网页或 PDF 粘贴带入的残留：网站导航、发布信息、页面工具栏、范文网站、会员提示和文档分享网站的横幅、植入的广告和拼音、' +
      '成串的空单元格、乱码和电子表格错误值、带页码的目录和页码、文档分享网站的段号、丢了字的单元格、拆成单字或被空格断开的文字，以及被压成空格、' +
      '留在段内或截断句子的换行。',
    en:
      'Debris from pasting a web page or PDF: navigation, posting metadata, page tools, essay-site, paywall and document-sharing ' +
      'notices, injected spam and pinyin, runs of empty cells, lost characters and spreadsheet errors, a table of contents and page ' +
      "numbers, a sharing site's chunk numbers, a cell that lost a character, characters spaced out or titles split by a space, " +
      'and line breaks flattened into ' +
      'spaces, kept inside paragraphs or cutting sentences.',
  },
  fixes: [
    {
      does: {
        zh: '删除标题前整行都是网页导航、工具栏、发布信息或文档分享网站横幅的行，以及粘在行首的转载网站说明（详情见附件(注:…)）',
        en:
          'Deletes lines before the title that are web page navigation, tools, posting metadata or a sharing site banner ' +
          "from end to end, and a reposting site's note glued to the start of a line (详情见附件(注:…))",
      },
      safe: true,
    },
    {
      does: {
        zh: '删除其他网页残留、目录、页码、截断的标题和整行的空单元格，删去词中和文件名中的空格、插入的拼音和植入的广告，补上单元格丢失的字，合并被截断的段落和行',
        en:
          'Deletes other web debris, a table of contents, page numbers, a cut title and lines of empty cells, ' +
          'removes spaces inside words and cited titles ' +
          'and inserted pinyin and ads, puts back a lost first character, joins cut paragraphs and lines',
      },
      safe: false,
    },
  ],
  check({ report }) {
    const { lines } = report.parsed;
    const { furniture, entries, inline, flattened, glossed, marked, masked, coded, spam } = readDebrisLines(report);
    flattened.push(...flattenedAcrossPieces(report.text, lines, report.chunks));
    // a mirror's brand its record names as the publisher, glued over the unit's name elsewhere (pg电子福运象财神…)
    const brands = furniture.flatMap((f) => brandsIn((lines[f.at] as TextLine).text));
    const onRecord = new Set(furniture.map((f) => lines[f.at] as TextLine));
    for (const [line, s, e] of gluedBrands(report, brands, (l) => onRecord.has(l))) spam.push({ line, s, e, injected: false });
    const entryOf = (line: TextLine): string | undefined => debrisOf(line)?.entry;
    const onFurniture = new Map(furniture.map((f) => [f.at, f.found]));
    const blocks = furnitureFindings(report, withLeading(report, furniture));
    // a record's labels spaced by its layout (金凤 2017: 索 引 号 … 文  号 …) are no PDF line breaks: the block is deleted whole
    inline.push(...flattenedFindings(report.text, flattened).filter((f) => !within(f, blocks)));
    inline.push(...spamFindings(spam, blocks));
    inline.push(...fieldCodeFindings(coded, lines, blocks));
    const contents = contentsFindings(report, entries, entryOf);
    return [
      // a contents entry that reads as a PDF's running head (以工代赈项目2020年绩效评价报告 27, 旺苍 2020) is the contents'
      ...blocks.filter((b) => !within(b, contents)),
      ...contents,
      ...inline,
      ...lostCharacterFindings(report),
      ...pageCounterFindings(report),
      ...essayPieceFindings(
        report,
        furniture.map((f) => f.at),
      ),
      ...chunkCounterFindings(report, (at) => afterSharingBanner(lines, at, onFurniture)),
      ...tickedBoxFindings(report),
      ...abstractFindings(report),
      ...glossFindings(glossed, lines),
      ...markFindings(marked, lines, report.text, new Set(glossed.map((g) => g.at))).filter((f) => !within(f, blocks)),
      ...maskFindings(masked, (line) => debrisOf(line)?.furniture !== undefined || recordValue(blocks, line)),
      ...wrappedFindings(report).filter((f) => !within(f, blocks)),
      ...cutTitleFindings(report),
      ...brokenSentences(report, (line) => debrisOf(line)?.furniture !== undefined || entryOf(line) !== undefined),
    ].sort((a, b) => a.span.start - b.span.start);
  },
});

/** What the lines with debris hold, by detector. */
interface DebrisLines {
  furniture: FurnitureLine[];
  entries: number[];
  inline: RuleFinding[];
  flattened: FlattenedLine[];
  glossed: GlossLine[];
  marked: MarkedLine[];
  masked: MaskedLine[];
  coded: CodedLine[];
  spam: Spam[];
}

/**
 * One pass over the lines a debris test took; each detector then reads only the lines its cheap test let through. A
 * function of its own, apart from the check's gathering of the detectors' findings: the loop is what V8 optimises on
 * the first keystrokes, and with the gathering (twenty calls, inlined) in the same function that compile was the
 * largest of a 1 MB report's first keystrokes, on a background thread whose time the keystrokes it runs beside pay.
 */
function readDebrisLines(report: Report): DebrisLines {
  const { lines } = report.parsed;
  const furniture: FurnitureLine[] = [];
  const entries: number[] = [];
  const inline: RuleFinding[] = [];
  const flattened: FlattenedLine[] = [];
  const glossed: GlossLine[] = [];
  const marked: MarkedLine[] = [];
  const masked: MaskedLine[] = [];
  const coded: CodedLine[] = [];
  const spam: Spam[] = [];
  for (const at of pickedIndexes(debrisLines, report.chunks)) {
    const line = lines[at] as TextLine;
    const d = debrisOf(line);
    if (!d) continue;
    if (d.furniture) furniture.push({ at, found: d.furniture });
    if (d.entry !== undefined) entries.push(at);
    for (const [s, e] of d.spam) spam.push({ line, s, e, injected: false });
    for (const [s, e] of d.ads) spam.push({ line, s, e, injected: true });
    if (d.gaps.length > 0 && !splitFromOneLine(lines, at)) flattened.push({ line, gaps: d.gaps });
    if (d.marks.length > 0) marked.push({ line, at, marks: d.marks });
    for (const run of d.spaced) inline.push(spacedFinding(line, run));
    for (const stray of d.stray) inline.push(strayFinding(line, stray));
    if (d.glosses.length > 0) glossed.push({ line, at, glosses: d.glosses });
    if (d.masks.length > 0) masked.push({ line, masks: d.masks });
    if (d.codes.length > 0) coded.push({ line, at, codes: d.codes });
    if (d.note) inline.push(gluedNoteFinding(line, d.note));
    for (const page of d.pages) inline.push(gluedPageFinding(line, page));
    if (d.address) inline.push(gluedAddressFinding(line, d.address));
  }
  return { furniture, entries, inline, flattened, glossed, marked, masked, coded, spam };
}

/**
 * The finding lies inside a block of furniture, which is deleted whole: the empty cells of a layout table among the
 * page's lines (巴彦淖尔 2023: `|` / `||||…` / `|` / 发布时间 / 来源, one block for the reviewer) are the block's.
 */
function within(f: RuleFinding, blocks: readonly RuleFinding[]): boolean {
  return blocks.some((b) => b.span.start <= f.span.start && f.span.end <= b.span.end);
}

/**
 * The furniture lines with the lines above the title that are the page's by where they stand, the page's headline
 * above its publication record (headline.ts) and the page's foot below the signature (trailing.ts), in order.
 */
function withLeading(report: Report, furniture: FurnitureLine[]): FurnitureLine[] {
  const leading = leadingLines(report, furniture);
  const known = new Set(leading.map((l) => l.at));
  const headlines = headlineLines(report, furniture).filter((l) => !known.has(l.at));
  // and the lines of the page's foot between the signature's date and the footer (trailing.ts)
  const more = [...leading, ...headlines, ...trailingLines(report, furniture)];
  // and the head of an essay compilation's page above its blurb (essay-head.ts)
  const taken = new Set(more.map((l) => l.at));
  more.push(...essayHeadLines(report, furniture).filter((l) => !taken.has(l.at)));
  return more.length === 0 ? furniture : [...furniture, ...more].sort((a, b) => a.at - b.at);
}

/**
 * The line before `at`, blank lines passed over, is a document-sharing site's banner (由会员分享…请在优知文库上搜索), and
 * the line at `at` is none: the site's own numbered terms (1、本文档由用户上传…) are its banner, not a chunk.
 */
function afterSharingBanner(lines: readonly TextLine[], at: number, furniture: ReadonlyMap<number, Furniture>): boolean {
  if (furniture.has(at)) return false;
  let i = at - 1;
  while (i >= 0 && (lines[i] as TextLine).text.trim() === '') i--;
  return furniture.get(i)?.kinds.some((k) => k.id === SHARING_SITE) ?? false;
}

/** The line is one of the pieces parsing cut a source line into (items run in: run-in.ts). */
function splitFromOneLine(lines: readonly TextLine[], at: number): boolean {
  const { line } = lines[at] as TextLine;
  return lines[at - 1]?.line === line || lines[at + 1]?.line === line;
}

/** The pieces after the first of a source line parsing cut at run-in items (blocks.ts splitRunIn), kept per chunk. */
const laterPieces = pickedLines((line) => line.inLine);

/**
 * Flattened spaces stand a PDF line apart across the whole source line, so a source line cut into
 * pieces at run-in items is judged as written: its gaps go with the lines round it into one finding (flattenedFindings).
 * A source line's pieces are its first line (not `inLine`) and the `inLine` lines right after it: only the lines before
 * a later piece picked are read, not every line of the report.
 */
function flattenedAcrossPieces(text: string, lines: readonly TextLine[], chunks: Report['chunks']): FlattenedLine[] {
  const out: FlattenedLine[] = [];
  let done = -1;
  for (const later of pickedIndexes(laterPieces, chunks)) {
    if (later <= done) continue;
    let i = later;
    while (i > 0 && (lines[i] as TextLine).inLine) i--;
    const first = lines[i] as TextLine;
    let j = i;
    while (j + 1 < lines.length && (lines[j + 1] as TextLine).line === first.line) j++;
    done = j;
    if (j > i) {
      const source = { start: first.start, text: text.slice(first.start, (lines[j] as TextLine).end) };
      const gaps = HAS_GAP.test(source.text) && !formHeaderLine(source.text) ? flattenedGaps(source.text) : [];
      if (gaps.length > 0) out.push({ line: source, gaps });
    }
  }
  return out;
}

/**
 * Spam in a sentence is a finding of its own; spam inside a furniture block, in the title it keeps (雅安 2022: 政府信息公开 /
 * 澳门金沙城中心_欧洲杯足球网-【投注官网平台】2022年度…自评报告 / 发布单位:… 浏览次数:) is the block's, which the
 * reviewer strikes as one: the block's finding names it and points at it.
 */
/** A masked value of a record a furniture block spans (茂名 2023: ***********公司企業信息), not a masked title it keeps. */
function recordValue(blocks: readonly RuleFinding[], line: TextLine): boolean {
  return hiddenValue(line.text) && blocks.some((b) => b.span.start <= line.start && line.end <= b.span.end);
}

/** Spam in a line: what a mirror wrote in place of a word (the word is lost), or an ad it `injected` (deleting restores the line). */
interface Spam {
  line: TextLine;
  s: number;
  e: number;
  injected: boolean;
}

function spamFindings(spam: readonly Spam[], blocks: RuleFinding[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const { line, s, e, injected } of [...spam].sort((a, b) => a.line.start + a.s - (b.line.start + b.s))) {
    const block = blocks.find((b) => b.span.start <= line.start && line.end <= b.span.end);
    if (!block) {
      out.push(spamFinding(line, s, e, injected));
      continue;
    }
    const text = line.text.slice(s, e);
    const n = line.line + 1;
    block.message = {
      zh: `${block.message.zh}；第 ${n} 行混入了转载网站植入的广告文字“${text}”：请对照原文件改回原来的文字`,
      en: `${block.message.en}; line ${n} carries spam a mirror site injected (“${text}”): restore the original wording`,
    };
    (block.related ??= []).push({
      span: { start: line.start + s, end: line.start + e },
      message: { zh: '转载网站植入的广告文字', en: 'spam a mirror site injected' },
    });
  }
  return out;
}

function spamFinding(line: TextLine, s: number, e: number, injected: boolean): RuleFinding {
  const spam = line.text.slice(s, e);
  const span = { start: line.start + s, end: line.start + e };
  if (injected) {
    return {
      span,
      message: {
        zh: `转载网站在文字中植入了广告“${spam}”，不属于报告内容：请删去`,
        en: `An ad a mirror site wrote into the text (“${spam}”), not part of the report: delete it`,
      },
      fix: { title: { zh: '删去植入的广告', en: 'Delete the injected ad' }, edits: [{ ...span, newText: '' }], safe: false },
    };
  }
  return {
    span: { start: line.start + s, end: line.start + e },
    message: {
      zh: `句中混入了转载网站植入的广告文字“${spam}”，不属于报告内容：请对照原文件改回原来的文字`,
      en:
        `Spam a mirror site injected into the sentence (“${spam}”), not part of the report: ` +
        'restore the original wording from the source document',
    },
  };
}
