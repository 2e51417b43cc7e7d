// Brackets left unbalanced in a citation: a 文号 with one round bracket (（湘财绩〔2022〕12号 …, 《…》阿州
// 财行〔2021〕15号)), a 《 or 》 of a title, a “ or ” of a quotation (三支一扶”高校毕业生). Brackets are
// matched within a paragraph, across its lines; a title or quotation a PDF split over two paragraphs
// is matched across them. Round brackets elsewhere are not judged: 1）-style list numbers and the
// brackets lost when a table is extracted (2021年度)) would drown the citations. The 〔〕 of a 文号 are
// doc-number's. A title or quotation still open where a text ends mid-sentence was cut, not left
// open. A missing （ before a 文号 that follows a title goes in front of its 机关代字: that fix is
// safe; others are the drafter's to place. One family of round brackets is judged: a paragraph that
// ends in ( and a unit (财政供养人员情况(人, 经费控制情况(万元) is a table's header cell whose ) was lost; and a list
// number k) whose next item is written (k+1) lost its ( (unbalanced-bracket/list-number.ts); a score (3分 after an
// indicator's name that lost its ) (unbalanced-bracket/score-open.ts); and a ) between two words of a phrase, closing a
// bracketed name whose ( was lost (…消防补助)救灾资金, unbalanced-bracket/gloss-close.ts); and a ) right after a word that ends a
// clause, with no ( since its sentence began (…结转148.44万元), unbalanced-bracket/lone-close.ts); and a （ opening a gloss
// (以下简称, 含, 包括…) never closed in its paragraph (unbalanced-bracket/gloss-open.ts); and a （ inside a cited title still
// open where the title closes (《质量发展纲要(20112020》, unbalanced-bracket/title-open.ts).
import type { Block } from '../parse/blocks.js';
import { scanBrokenYears, type DocNumber } from '../parse/doc-numbers.js';
import { blockMemo } from '../parse/line-memo.js';
import { pickedBlocks, pickedIndexes } from '../parse/picked-lines.js';
import data from './data/unbalanced-bracket.json' with { type: 'json' };
import { eq, zq } from './format.js';
import { defineRule, type RuleFinding } from './rule.js';
import { isHan } from '../text/han.js';
import { lostOpener } from './unbalanced-bracket/list-number.js';
import { scoreLeftOpen } from './unbalanced-bracket/score-open.js';
import { glossClosed } from './unbalanced-bracket/gloss-close.js';
import { closesClause } from './unbalanced-bracket/lone-close.js';
import { glossLeftOpen } from './unbalanced-bracket/gloss-open.js';
import { openInTitle } from './unbalanced-bracket/title-open.js';
import { isFurnitureLine } from '../model/furniture.js';
import debris from './pasted-debris.json' with { type: 'json' };

type Family = 'round' | 'title' | 'quote';
const FAMILIES: readonly Family[] = ['round', 'title', 'quote'];

/** The family of a bracket and whether it opens, or undefined for any other character (by char code, on every character of the text). */
function bracket(c: number): { family: Family; opens: boolean } | undefined {
  switch (c) {
    case 0xff08: // （
    case 0x28: // (
      return ROUND_OPEN;
    case 0xff09: // ）
    case 0x29: // )
      return ROUND_CLOSE;
    case 0x300a: // 《
      return TITLE_OPEN;
    case 0x300b: // 》
      return TITLE_CLOSE;
    case 0x201c: // “
      return QUOTE_OPEN;
    case 0x201d: // ”
      return QUOTE_CLOSE;
    default:
      return undefined;
  }
}
const ROUND_OPEN = { family: 'round', opens: true } as const;
const ROUND_CLOSE = { family: 'round', opens: false } as const;
const TITLE_OPEN = { family: 'title', opens: true } as const;
const TITLE_CLOSE = { family: 'title', opens: false } as const;
const QUOTE_OPEN = { family: 'quote', opens: true } as const;
const QUOTE_CLOSE = { family: 'quote', opens: false } as const;

interface Unmatched {
  /** Offset from the block's first line's start (lines of a block shift together). */
  at: number;
  char: string;
  family: Family;
  opens: boolean;
}

function unmatched(block: Block): Unmatched[] {
  const first = block.lines[0];
  if (!first) return NONE;
  let open: Record<Family, Unmatched[]> | undefined; // made at the first bracket: most paragraphs have none
  let out: Unmatched[] | undefined;
  for (const line of block.lines) {
    const base = line.start - first.start;
    const text = line.text;
    for (let i = 0; i < text.length; i++) {
      const kind = bracket(text.charCodeAt(i));
      if (!kind) continue;
      const u: Unmatched = { at: base + i, char: text[i] ?? '', family: kind.family, opens: kind.opens };
      open ??= { round: [], title: [], quote: [] };
      if (kind.opens) open[kind.family].push(u);
      else if (!open[kind.family].pop()) (out ??= []).push(u);
    }
  }
  // one at a time: a megabyte of ( is too many arguments for one push
  if (open) for (const f of FAMILIES) for (const u of open[f]) (out ??= []).push(u);
  return out ? out.sort((a, b) => a.at - b.at) : NONE;
}

const NONE: Unmatched[] = [];
const NO_PAIRS: ReadonlySet<Unmatched> = new Set();

const unmatchedOf = blockMemo(unmatched);
/** The paragraphs with a bracket left unmatched. */
const unmatchedBlocks = pickedBlocks((block) => unmatchedOf(block).length > 0);

/** Unmatched brackets that a bracket of the neighbouring paragraph closes (a title or quotation split by a PDF break). */
function splitAcross(before: Unmatched[], after: Unmatched[]): ReadonlySet<Unmatched> {
  if (before.length === 0 || after.length === 0) return NO_PAIRS;
  const out = new Set<Unmatched>();
  for (const f of FAMILIES) {
    const opens = before.filter((u) => u.family === f && u.opens);
    const closes = after.filter((u) => u.family === f && !u.opens);
    for (let k = 0; k < Math.min(opens.length, closes.length); k++) {
      out.add(opens[opens.length - 1 - k] as Unmatched);
      out.add(closes[k] as Unmatched);
    }
  }
  return out;
}

/**
 * The text ends mid-sentence: an excerpt cut by its source, where what is open in its last sentence was closed in the
 * part cut off. A bracket left open sentences before the cut (a PDF's text in one paragraph, 南县自然资源局 2024:
 * (南财函〔202〕25号等文件精神,… on its second line) was not closed by the part cut off.
 */
function endsOpen(block: Block): boolean {
  const last = block.lines[block.lines.length - 1]?.text ?? '';
  // a closing round bracket ends a name, not a sentence (弥勒 2022's excerpt stops at `在“云南省公共资源交易中心(红河州)`)
  return !/[。！？!?；;：:”」》.]$/.test(last);
}

const SPACE = new Set([' ', '\u3000', '\u00a0']);
const SENTENCE_END = new Set([...'。！？!?；;']);

/** The offset of the block's last sentence end, or -1 (read back from its end once: linear). */
function lastSentenceEnd(text: string, block: Block): number {
  const start = block.lines[0]?.start ?? 0;
  for (let i = (block.lines[block.lines.length - 1]?.end ?? 0) - 1; i >= start; i--) if (SENTENCE_END.has(text[i] as string)) return i;
  return -1;
}

const FULL_STOP = new Set([...'。！？!?']);

/** The offset of the block's last full stop (not a clause's ；), or -1 (read back from its end once: linear). */
function lastFullStop(text: string, block: Block): number {
  const start = block.lines[0]?.start ?? 0;
  for (let i = (block.lines[block.lines.length - 1]?.end ?? 0) - 1; i >= start; i--) if (FULL_STOP.has(text[i] as string)) return i;
  return -1;
}

export default defineRule({
  id: 'unbalanced-bracket',
  severity: 'warning',
  description: {
    zh: '引用中的括号、书名号或引号不成对（如“（湘财绩〔2022〕12号”“三支一扶”高校毕业生”）。',
    en: 'A bracket, title mark or quotation mark of a citation without its pair ((湘财绩〔2022〕12号, 三支一扶”).',
  },
  fixes: [
    { does: { zh: '在文号前补上缺少的左括号', en: 'Adds the missing opening bracket before the 文号' }, safe: true },
    { does: { zh: '补上表格栏目单位的右括号', en: 'Closes the unit brackets of table headers' }, safe: false },
  ],
  check({ report }) {
    const out: RuleFinding[] = [];
    const { text } = report;
    // where each 文号 begins and ends, to judge the round brackets next to one
    const starts = new Map<number, DocNumber>();
    const ends = new Map<number, DocNumber>();
    for (const d of report.docNumbers) {
      starts.set(d.start, d);
      ends.set(d.end, d);
    }
    const blocks = report.parsed.blocks;
    let excused: ReadonlySet<Unmatched> = NO_PAIRS;
    const units: number[] = [];
    // only the paragraphs with a bracket left unmatched, kept per chunk: a keystroke does not visit every paragraph
    let gapFrom = 0;
    for (const b of pickedIndexes(unmatchedBlocks, report.chunks, text)) {
      const block = blocks[b] as Block;
      const first = block.lines[0];
      const here = unmatchedOf(block);
      // a page's number or header between the two halves of a split paragraph keeps the later half's pairs excused; any
      // other paragraph between ends them
      if (excused.size > 0 && !blocks.slice(gapFrom, b).every(between)) excused = NO_PAIRS;
      gapFrom = b + 1;
      // the paragraph a PDF's page break split goes on after the page's number (…省级资金 / — 2 — / 100万元），…)
      const next = between(blocks[b + 1]) ? blocks[b + 2] : blocks[b + 1];
      const after = next ? unmatchedOf(next) : NONE;
      const split = splitAcross(here, after);
      const cut = !next && endsOpen(block);
      // where the block's last sentence ends: what opens after it is in the sentence the excerpt cut
      const lastStop = cut ? lastSentenceEnd(text, block) : -1;
      let fullStop: number | undefined;
      for (const u of here) {
        if (!first || excused.has(u) || split.has(u)) continue;
        const at = first.start + u.at;
        if (cut && u.opens && at >= lastStop) continue;
        if (u.family === 'quote' && u.opens && quoteGoesOn(text, at, first.start, next)) continue;
        if (!u.opens && u.family !== 'round' && GARBLED.test(text.slice(first.start, at))) continue;
        if (u.family === 'round' && u.opens && unitLeftOpen(text, at, block)) {
          units.push(at);
          continue;
        }
        const score = u.family === 'round' && u.opens ? scoreLeftOpen(text, at) : undefined;
        if (score) {
          out.push(score);
          continue;
        }
        if (u.family === 'round' && !u.opens) {
          const lost = lostOpener(text, at, block.lines[block.lines.length - 1]?.end ?? at);
          if (lost) {
            out.push({
              span: { start: lost.start, end: at + 1 },
              message: lost.message,
              fix: {
                title: { zh: `补上左括号${zq(lost.open)}`, en: `Add the opening bracket ${eq(lost.open)}` },
                edits: [
                  { start: lost.start, end: lost.start, newText: lost.open },
                  ...(lost.close ? [{ start: at, end: at + 1, newText: lost.close }] : []),
                ],
                safe: false,
              },
            });
            continue;
          }
        }
        const f = u.family === 'round' ? roundNextToDocNumber(u, at, text, starts, ends) : citationMark(u, at, text);
        if (f) out.push(f);
        else if (!u.opens && (glossClosed(text, at) || closesClause(text, at))) out.push(citationMark(u, at, text));
        // a gloss runs over clauses (（其中:…;…;…): in a text cut mid-sentence, one open in the last sentence may close in the
        // part cut off (宜章迎春镇学校 2017: …大型修缮44.3万元(其中:中学家属楼改造18万元;…;承启小)
        else if (
          u.opens &&
          u.family === 'round' &&
          !(cut && at >= (fullStop ??= lastFullStop(text, block))) &&
          (glossLeftOpen(text, at, block.lines[block.lines.length - 1]?.end ?? at) || openInTitle(text, at))
        )
          out.push(citationMark(u, at, text));
      }
      excused = split; // holds the next paragraph's brackets that close this one's
    }
    if (units.length > 0) out.push(unitsFinding(text, units));
    return out;
  },
});

/**
 * An encoding mix-up's characters (pasted-debris `marks.garbled`) before a closing mark in its paragraph: the opening
 * mark may be lost with them (桃江 广电 20xx, set 30: `。ㄒ唬﹪栏癜凑铡吨腥A人民共和國政府采購法實施條例》`, its 严格按照《中华 garbled), and
 * pasted-debris tells the garbling.
 */
const GARBLED = new RegExp(debris.marks.garbled, 'u');

/** A paragraph that stands between a split paragraph's halves: a page's furniture, or a piece a page's entity broke off. */
const between = (block: Block | undefined): boolean => pageFurniture(block) || entityPiece(block);

/**
 * A short paragraph ending in an HTML entity the page did not decode (绩溪 养老 2017: `…纳入绩溪县&ldquo。` / `十三五&rdquo。` /
 * `养老服务业产业规划(2016-2020)》`): the converter broke the paragraph at each entity, its ; turned into 。, so a title opened
 * before the piece closes after it.
 */
function entityPiece(block: Block | undefined): boolean {
  const line = block?.lines.length === 1 ? block.lines[0] : undefined;
  return line !== undefined && line.text.length <= PAGE_LINE && ENTITY_END.test(line.text);
}
const ENTITY_END = /&(?:[lr]dquo|[lr]squo|quot|nbsp|mdash|hellip)[;；。]?\s*$/;

/** A paragraph of one line of page furniture: a page's number or header a PDF put between a paragraph's halves. */
function pageFurniture(block: Block | undefined): boolean {
  const line = block?.lines.length === 1 ? block.lines[0] : undefined;
  return line !== undefined && line.text.length <= PAGE_LINE && isFurnitureLine(line.text);
}
/** The longest line read as a page's number or header (第 12 页 共 30 页, a unit's running header). */
const PAGE_LINE = 40;

/**
 * A quotation of several paragraphs: each opens with “ and only the last closes with ” (GB/T 15834-2011 §4.1.3.5; 文件明确
 * 规定：/“一、各级财政部门要…/“二、…/“三、…。”: made up, session 22 red team). The “ opening a paragraph whose next
 * paragraph opens with “ again is that quotation's, not left open.
 */
function quoteGoesOn(text: string, at: number, blockStart: number, next: Block | undefined): boolean {
  if (!next || next.lines[0] === undefined) return false;
  if (text.slice(blockStart, at).trim() !== '') return false;
  return next.lines[0].text.trimStart().startsWith('“');
}

const UNITS = new Set(data.units);
/** The longest unit, in characters: what follows a ( is read no further. */
const LONGEST_UNIT = Math.max(...data.units.map((u) => u.length));

/**
 * The ( at `at` holds a unit and nothing after it to the end of its paragraph: a header cell's (万元 that lost its ). Or a
 * caption's (单位：万元 / （单位：分 alone at the end of its line, right before a table's row or a heading (表1 得分情况（单位：分
 * then | 指标 | 分值 |…): the ) was lost at the line's end, what the bracket holds is whole. Read to the line's end only,
 * within a few characters: bounded.
 */
function unitLeftOpen(text: string, at: number, block: Block): boolean {
  const last = block.lines[block.lines.length - 1];
  if (!last) return false;
  let end = last.end;
  while (end > at && SPACE.has(text[end - 1] ?? '')) end--;
  if (end - at - 1 <= LONGEST_UNIT && UNITS.has(text.slice(at + 1, end))) return true;
  return captionUnitLeftOpen(text, at, last.end);
}

/** Characters of a caption's 单位： and its unit, at most. */
const CAPTION_REACH = LONGEST_UNIT + 5;
/** A caption's unit: 单位 and a unit of UNITS, or 分 (a score table's 单位：分). */
const CAPTION = /^单位[:：][ \u3000]?(\S+)$/;

function captionUnitLeftOpen(text: string, at: number, blockEnd: number): boolean {
  if (text[at + 1] !== '单') return false; // most unmatched ( hold no caption: one character read
  let end = at + 1;
  while (end < text.length && end - at <= CAPTION_REACH && text[end] !== '\n') end++;
  if (end < text.length && text[end] !== '\n') return false; // the line goes on
  let inner = end;
  while (inner > at && SPACE.has(text[inner - 1] ?? '')) inner--;
  const unit = CAPTION.exec(text.slice(at + 1, inner))?.[1];
  if (unit === undefined || (!UNITS.has(unit) && unit !== '分')) return false;
  if (end >= blockEnd) return true;
  // the next line: a pipe table's row or a heading (a caption above its table)
  let next = end + 1;
  while (next < text.length && SPACE.has(text[next] ?? '')) next++;
  return text[next] === '|' || text[next] === '#';
}

/**
 * The header cells of one extracted table lose their ) together (财政供养人员情况(人 … 经费控制情况(万元 …
 * 批复规模(㎡): one finding on the first, the others related, and a fix (on request) closing each.
 */
function unitsFinding(text: string, units: number[]): RuleFinding {
  const cell = (at: number): { span: { start: number; end: number }; quoted: string } => {
    let start = at;
    while (start > 0 && at - start < 12 && text[start - 1] !== '\n') start--;
    let end = at + 1;
    while (end < text.length && text[end] !== '\n' && !SPACE.has(text[end] ?? '')) end++;
    return { span: { start: at, end }, quoted: text.slice(start, end) };
  };
  const first = cell(units[0] as number);
  const closing = (at: number): string => (text[at] === '(' ? ')' : '）');
  const more = units.length - 1;
  const finding: RuleFinding = {
    span: first.span,
    message: {
      zh:
        `表格栏目或表题${zq(first.quoted)}的单位括号没有右括号（表格提取时丢失）` +
        `${more > 0 ? `，本文另有 ${more} 处` : ''}：请补上${zq(closing(units[0] as number))}`,
      en:
        `The unit bracket of the table header or caption ${eq(first.quoted)} has no closing bracket (lost in extraction)` +
        `${more > 0 ? `, and ${more} more in the text` : ''}: add ${eq(closing(units[0] as number))}`,
    },
    fix: {
      title: { zh: '补上单位的右括号', en: 'Close the unit brackets' },
      edits: units.map((at) => ({ start: cell(at).span.end, end: cell(at).span.end, newText: closing(at) })),
      safe: false,
    },
  };
  if (more > 0)
    finding.related = units.slice(1).map((at) => {
      const c = cell(at);
      return {
        span: c.span,
        message: { zh: `单位括号${zq(c.quoted)}没有右括号`, en: `The unit bracket ${eq(c.quoted)} has no closing bracket` },
      };
    });
  return finding;
}

/** A round bracket with no pair right before a 文号's 机关代字 or right after its 号. */
function roundNextToDocNumber(
  u: Unmatched,
  at: number,
  text: string,
  starts: Map<number, DocNumber>,
  ends: Map<number, DocNumber>,
): RuleFinding | undefined {
  if (u.opens) {
    let s = at + 1;
    while (SPACE.has(text[s] ?? '')) s++;
    const end = starts.get(s)?.end ?? brokenDocNumberEnd(text, s);
    if (end === undefined) return undefined;
    return {
      span: { start: at, end },
      message: {
        zh: `文号${zq(text.slice(at, end))}前有“${u.char}”，后面没有对应的右括号：请在“号”后补上`,
        en: `The 文号 ${eq(text.slice(at, end))} has an opening ${u.char} but no closing bracket: add it after 号`,
      },
    };
  }
  let e = at;
  while (e > 0 && SPACE.has(text[e - 1] ?? '')) e--;
  const d = ends.get(e);
  if (!d) return undefined;
  const quoted = text.slice(d.start, at + 1);
  const finding: RuleFinding = {
    span: { start: d.start, end: at + 1 },
    message: {
      zh: `文号${zq(quoted)}后有“${u.char}”，前面没有对应的左括号：请在文号前补上`,
      en: `The 文号 ${eq(quoted)} has a closing ${u.char} but no opening bracket: add it before the 文号`,
    },
  };
  // the 机关代字 begins right after a title or a punctuation mark: the bracket goes there, for certain
  if (!isHan(text[d.start - 1] ?? '')) {
    const opening = u.char === ')' ? '(' : '（';
    finding.fix = {
      title: { zh: `在文号前补上“${opening}”`, en: `Add ${opening} before the 文号` },
      edits: [{ start: d.start, end: d.start, newText: opening }],
      safe: true,
    };
  }
  return finding;
}

/** How far after a ( a 文号 whose year is broken is looked for (its 机关代字, brackets, year, serial and 号). */
const BROKEN_REACH = 24;

/**
 * Where a 文号 whose year lost a digit (南财函〔202〕25号, 南县自然资源局 2024) ends when it starts at `s`: no 文号 of
 * the report's list, but doc-number's broken year, read on the few characters after the (.
 */
function brokenDocNumberEnd(text: string, s: number): number | undefined {
  let e = s;
  while (e < text.length && e - s < BROKEN_REACH && text[e] !== '\n') e++;
  const b = scanBrokenYears(text.slice(s, e))[0];
  return b && b.at === 0 && b.hao ? s + b.text.length : undefined;
}

function citationMark(u: Unmatched, at: number, text: string): RuleFinding {
  const what =
    u.family === 'title'
      ? { zh: '书名号', en: 'title mark' }
      : u.family === 'quote'
        ? { zh: '引号', en: 'quotation mark' }
        : { zh: '括号', en: 'bracket' };
  const pair = { '《': '》', '》': '《', '“': '”', '”': '“', ')': '(', '）': '（', '(': ')', '（': '）' }[u.char] ?? '';
  const around = context(text, at, u.opens);
  return {
    span: { start: at, end: at + 1 },
    message: u.opens
      ? {
          zh: `${what.zh}「${u.char}」（${zq(around)}）在本段中没有对应的「${pair}」：请补上或删去`,
          en: `The ${what.en} ${u.char} (${eq(around)}) has no ${pair} in this paragraph: add it or delete this one`,
        }
      : {
          zh: `${what.zh}「${u.char}」（${zq(around)}）前面没有对应的「${pair}」：请补上或删去`,
          en: `The ${what.en} ${u.char} (${eq(around)}) has no ${pair} before it: add it or delete this one`,
        },
  };
}

/** A few characters of the line on the side where the pair is missing, with the mark. */
function context(text: string, at: number, opens: boolean): string {
  const CONTEXT = 8;
  if (opens) {
    let end = at + 1;
    while (end < text.length && end - at <= CONTEXT && text[end] !== '\n') end++;
    return text.slice(at, end);
  }
  let start = at;
  while (start > 0 && at - start < CONTEXT && text[start - 1] !== '\n' && !SPACE.has(text[start - 1] ?? '')) start--;
  return text.slice(start, at + 1);
}
