// A word or phrase written twice in a row (资金资金, 项目实施项目实施): a slip of copy and paste that
// reviewers return; also a mark written twice (≥≥98%, %%) and a year's 年 twice (2022年年度内). Only
// words of two to ten Chinese characters count, and only inside running text: a doubled single character
// is usually right (常常, 人人, 一一), and a run with no Chinese on either side is more likely two table
// cells pasted together (显著提升显著提升 between two scores). Also a clause pasted again right after itself
// (repeated-word/clauses.ts), a cited title's last word again after its 》 (《…的通知》通知, repeated-word/title-word.ts),
// one character of a word typed twice between two words (组织织开展, repeated-word/doubled-character.ts) and 共 written
// twice around one count (共接待各级领导共500多人次, repeated-word/count-twice.ts), and a place's level doubled before a
// body's name (开州区区民政局, repeated-word/place-level.ts), a doubled 的 or 了 (地方的的连续性, 开展了了, repeated-word/doubled-particle.ts)
// and an item listed twice in one 、 list (洲湖镇、洋门乡、寮塘乡、洲湖镇, repeated-word/listed-twice.ts), and a label written
// twice with its colon (其中:其中:, repeated-word/label-twice.ts).
import { lineMemo } from '../parse/line-memo.js';
import words from './data/repeated-word.json' with { type: 'json' };
import { eq, zq } from './format.js';
import { formHeaderLine } from './form-header.js';
import { defineRule, type RuleFinding } from './rule.js';
import { isHanCode } from '../text/han.js';
import { drafters } from './furniture-line.js';
import type { Repeat } from './repeated-word/repeat.js';
import { clauseRepeats } from './repeated-word/clauses.js';
import { titleWordRepeats } from './repeated-word/title-word.js';
import { doubledCharacters } from './repeated-word/doubled-character.js';
import { countTwice } from './repeated-word/count-twice.js';
import { wordAgain } from './repeated-word/word-again.js';
import { doubledLevels } from './repeated-word/place-level.js';
import { doubledParticles } from './repeated-word/doubled-particle.js';
import { listedTwice } from './repeated-word/listed-twice.js';
import { labelTwice } from './repeated-word/label-twice.js';
import { clip } from '../text/clip.js';
import { anyCharOf } from '../text/char-table.js';
import { glossAt, glossBefore, simplify } from '../text/traditional.js';

const ALLOWED = new Set(words.allowed);
const ONE_BY_ONE = new Set(words.oneByOne);
const SHORTEST = 2;
const NAME_SUFFIXES = new Set([...words.nameSuffixes].map((c) => c.charCodeAt(0)));
const LONGEST = 10;
/** Marks of a rate (每): a run of two ending on one, doubled, is 每X每Y read across a word's end (本科生每生每年). */
const PER = new Set([...words.perMarks].map((c) => c.charCodeAt(0)));
/** Words of the reports (data/repeated-word.json `words`): one that starts on a doubled run's last character reads on from it. */
const LISTED_WORDS = new Set(words.words);

function sameRun(text: string, a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k) || !isHanCode(text.charCodeAt(a + k))) return false;
  return true;
}

/**
 * A run's first two characters again after at most LONGEST - 2 more, all Chinese (isHanCode's range): what every doubled
 * run holds. Most lines hold none, and one native test of each replaces the loop below, interpreted in the CLI's engine
 * that never warms up.
 */
const TWO_AGAIN = new RegExp(`([\u4e00-\u9fa5]{2})[\u4e00-\u9fa5]{0,${LONGEST - SHORTEST}}\\1`);

/** The doubled runs of a line, left to right; at most LONGEST² comparisons per character. */
function repeats(text: string): Repeat[] {
  if (!TWO_AGAIN.test(text)) return NONE;
  let out: Repeat[] | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isHanCode(c)) continue;
    // i + 2n ≤ the length: read once per character, not per width
    const widest = Math.min(LONGEST, (text.length - i) >> 1);
    for (let n = SHORTEST; n <= widest; n++) {
      if (c !== text.charCodeAt(i + n) || !sameRun(text, i, i + n, n)) continue;
      let copies = 2;
      while (i + (copies + 1) * n <= text.length && sameRun(text, i, i + copies * n, n)) copies++;
      const word = text.slice(i, i + n);
      const end = i + copies * n;
      const before = i > 0 && isHanCode(text.charCodeAt(i - 1));
      const after = end < text.length && isHanCode(text.charCodeAt(end));
      const oneByOne = n === 2 && word[0] === '一' && ONE_BY_ONE.has(word[1] ?? '');
      // one character over and over (久久久久久久, a spam site's keywords; 常常常常) is a single character
      // doubled, which is never flagged, not a word of two written again
      const oneCharacter = word.charCodeAt(1) === word.charCodeAt(0) && sameRun(text, i, i + 1, n);
      // a list of names sharing a stem, run together (图书馆文化馆文化站: 馆文化 twice, between 图书馆 and 文化站)
      const names = NAME_SUFFIXES.has(c) && NAME_SUFFIXES.has(text.charCodeAt(end));
      // a rate per one thing per another (本科生每生每年: 生 + 每生每年), not 生每 twice
      const rate = n === 2 && copies === 2 && PER.has(text.charCodeAt(i + 1)) && after;
      // the second copy's last character starts the next word (委员会委员会议: 委员会 + 委员 + 会议, a body, its members and
      // their meeting; 理事会理事会议): a word of three or more read on into a listed word, no word twice
      const overlap = n >= 3 && copies === 2 && after && LISTED_WORDS.has(text.slice(end - 1, end + 1));
      if ((before || after) && !ALLOWED.has(word + word) && !oneByOne && !oneCharacter && !names && !rate && !overlap)
        (out ??= []).push({ at: i, length: n, copies });
      i = end - 1; // past the last copy: 资金资金资金 is one finding
      break;
    }
  }
  return out ?? NONE;
}

const NONE: Repeat[] = [];

/** Figures (runs of digits) with Chinese right before them: a flattened table row has one per cell of figures. */
function figuresAfterWords(text: string): number {
  let n = 0;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && isHanCode(text.charCodeAt(i - 1))) n++;
  }
  return n;
}

/** Sentence punctuation: a line with none of it is a heading, a title or a table's cells, not running text. */
const SENTENCE_MARKS = /[，。；：、！？]/;
/**
 * A figure and a space, or a figure ending the line: cells of a PDF table extracted side by side
 * (3 2 ( 特性指标70 分)项目完成完成数量), or a form row ending in its scores (档案管理有效性有效有效55).
 */
const CELL_FIGURE = /[0-9](?: |$)/;

/** A 自评表's indicator label run into the next cell at the line's start (产出指标数量指标…, 社会效益指标提升彩票销量). */
const FORM_ROW = new RegExp(`^(?:${words.formRowLabels.join('|')})[\u4e00-\u9fa5]`);
/** A clause mark, half- or full-width: a long line with none is cells side by side, not prose. */
const CLAUSE_MARK = /[，,。；;！？!?]/;

function tableRow(text: string): boolean {
  if (!SENTENCE_MARKS.test(text) && CELL_FIGURE.test(text)) return true;
  if (formHeaderLine(text)) return true;
  if (text.length >= words.unpunctuatedRow && !CLAUSE_MARK.test(text)) return true;
  if (text.includes('。')) return false;
  if (FORM_ROW.test(text.trimStart())) return true;
  const n = figuresAfterWords(text);
  return n >= words.tableRowFigures && n * words.tableRowCharsPerFigure >= text.length;
}

/**
 * A word written this many times or more in a line with no full stop (临湘 2021: 省财政省财政省财政省财政 in a form flattened
 * into one line, the cells of a merged column) is the table's cells, not a slip typed again and again.
 */
const CELL_COPIES = 3;

/**
 * A line of no full stop in which `MERGED_RUNS` runs or more are each written twice in a row (海南研究室 20xx: its form
 * flattened into one line, 其中:中央财政其中:中央财政省财政144省财政144142市县财政市县财政其他其他, every merged cell twice): the
 * table's cells, not slips. A drafter doubles one word, rarely two, in a line. Asked only of a line with two repeats or more,
 * and of at most `MERGED_LINE` characters (a longer line of cells is told by tableRow and inLongClause).
 */
function mergedCells(text: string): boolean {
  if (text.length > MERGED_LINE || text.includes('。')) return false;
  let n = 0;
  for (let i = 0; i < text.length;) {
    let step = 1;
    for (let k = MERGED_LONGEST; k >= 2; k--) {
      if (i + 2 * k <= text.length && writtenAgain(text, i, k) && holdsWord(text, i, k)) {
        n++;
        step = 2 * k;
        break;
      }
    }
    if (n >= MERGED_RUNS) return true;
    i += step;
  }
  return false;
}

/** Whether the `k` characters at `i`, whatever they are (a label's colon, a figure), are written again right after them. */
function writtenAgain(text: string, i: number, k: number): boolean {
  for (let j = 0; j < k; j++) if (text.charCodeAt(i + j) !== text.charCodeAt(i + k + j)) return false;
  return true;
}

/** Whether the `k` characters at `i` hold a Chinese character or a figure: spaces or dashes written on are no cell. */
function holdsWord(text: string, i: number, k: number): boolean {
  for (let j = i; j < i + k; j++) {
    const c = text.charCodeAt(j);
    if (isHanCode(c) || (c >= 48 && c <= 57)) return true;
  }
  return false;
}

const MERGED_RUNS = 3;
const MERGED_LINE = 500;
/** The longest cell read: a merged cell holds a label, a name or a figure. */
const MERGED_LONGEST = 12;

/** Clause marks, half- and full-width: what ends a clause round a doubled word. */
const CLAUSE_END = new Set([...'，,。；;！？!?'].map((c) => c.charCodeAt(0)));

/**
 * The doubled word is the last of a report's title, right before its report word (张家口 公路 2014, set 23: a flattened cover
 * `…路面養護工程項目項目績效評價報告(2014 年度)評價類型:…`): a slip in the title, whatever the cells around it; no cell of
 * a form ends in a report word.
 */
function titleWord(text: string, r: Repeat): boolean {
  const after = r.end ?? r.at + r.length * r.copies;
  return REPORT_WORD.test(simplify(text.slice(after, after + 8)));
}
const REPORT_WORD = /^(?:绩效(?:自评|评价)报告|绩效自评|自评报告)/;

/**
 * The doubled word at `at` stands in a stretch of `unpunctuatedClause` characters or more with no clause mark: a form's
 * cells side by side in a line that also holds a sentence (海南 林业 2017). Read no further than that either way. A mirror's
 * pinyin glosses count none: they tripled the length of 沅陵 2022's clause round 等文件文件精神.
 */
function inLongClause(text: string, at: number): boolean {
  const longest = words.unpunctuatedClause;
  let n = 0;
  for (let from = at; from > 0 && n < longest && !CLAUSE_END.has(text.charCodeAt(from - 1));) {
    const gloss = glossBefore(text, from);
    from -= gloss > 0 ? gloss : 1;
    if (gloss === 0) n++;
  }
  for (let to = at; to < text.length && n < longest && !CLAUSE_END.has(text.charCodeAt(to));) {
    const gloss = glossAt(text, to);
    to += gloss > 0 ? gloss : 1;
    if (gloss === 0) n++;
  }
  return n >= longest;
}

/**
 * Marks that are never written twice in a row: a comparator (≥≥98%), a per cent sign, ？ and ！. Wrong in a
 * table's cell as much as in prose. (…… and —— are one mark of two halves; two clause marks together, ，，, are typo's.)
 */
const MARKS = new Set([...words.neverDoubled].map((c) => c.charCodeAt(0)));

/**
 * A year's 年 written again before 年度 (2022年年度内, 大英 2022: 2022年度 or 2022年, doubled). 2022年年初,
 * 年末, 年底 are right (the start of 2022); 年度 is read only before 内/中 or a non-Chinese character, where no
 * longer word (2022年 年度目标) can begin. Between two figures, 年年 is always one 年 too many (已在2021年年1231日之前,
 * 同德镇 2021): no word starts with 年 and a figure.
 */
const YEAR_TWICE = /(?<=\d)年年(?:度(?=[内中]|[^\u4e00-\u9fa5]|$)|(?=\d))/g;

/** A mark of MARKS twice in a row: the line's test before its loop (most lines hold none). */
const MARK_TWICE = new RegExp(`(${anyCharOf(words.neverDoubled).source})\\1`);

/** Doubled marks and a year's doubled 年, left to right. */
function doubledSigns(text: string): Repeat[] {
  let out: Repeat[] | undefined;
  if (MARK_TWICE.test(text)) {
    for (let i = 1; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // the neighbour first: a Set look-up per character of every line was most of this pass
      if (text.charCodeAt(i - 1) === c && MARKS.has(c)) {
        let copies = 2;
        while (text.charCodeAt(i - 1 + copies) === c) copies++;
        (out ??= []).push({ at: i - 1, length: 1, copies });
        i += copies - 2;
      }
    }
  }
  if (text.includes('年年')) {
    YEAR_TWICE.lastIndex = 0;
    for (let m = YEAR_TWICE.exec(text); m; m = YEAR_TWICE.exec(text)) (out ??= []).push({ at: m.index, length: 1, copies: 2 });
  }
  return out ?? NONE;
}

/**
 * Whether a line is a table row is asked only of the few lines with a repeated word; a doubled sign is wrong in a table too.
 * A line of page furniture or spam (精品水蜜桃久久久久久久, 湘阴 2023) is deleted whole (pasted-debris): nothing in it is repeated.
 */
const repeatsOf = lineMemo((line) => {
  const runs = repeats(line.text);
  const clauses = clauseRepeats(line.text);
  const titles = titleWordRepeats(line.text);
  const doubled = doubledCharacters(line.text);
  const twice = countTwice(line.text);
  const again = wordAgain(line.text);
  const listed = listedTwice(line.text);
  // (most lines have none of them: no list spread five times per line)
  const others =
    clauses.length + titles.length + doubled.length + twice.length + again.length + listed.length === 0
      ? NONE
      : [...clauses, ...titles, ...doubled, ...twice, ...again, ...listed];
  const found = others.length === 0 ? runs : [...runs, ...others].sort((a, b) => a.at - b.at);
  // (whether the line has a full stop, asked once: a megabyte's line of repeats would ask it of each)
  let stop: boolean | undefined;
  const cells = (r: Repeat): boolean => r.copies >= CELL_COPIES && !(stop ??= line.text.includes('。'));
  const words =
    found.length === 0 || tableRow(line.text) || (found.length >= 2 && mergedCells(line.text))
      ? NONE
      : found.filter((r) => (!inLongClause(line.text, r.at) || titleWord(line.text, r)) && !cells(r));
  // a doubled sign, a place's level doubled before a body's name, a doubled 的 or 了, or a label twice with its colon (其中:其中:
  // in a line of amounts a flattened table may also hold, 保山广电台 2017), is wrong in a table's cell too
  const levels = doubledLevels(line.text);
  const marks = doubledSigns(line.text);
  const particles = doubledParticles(line.text);
  const labels = labelTwice(line.text);
  const signs = levels.length + particles.length + labels.length === 0 ? marks : [...marks, ...levels, ...particles, ...labels];
  const all = signs.length === 0 ? words : [...words, ...signs].sort((a, b) => a.at - b.at);
  // (an essay site's blurb run into the report's title: the rest of the line is the report's, furniture-line.ts)
  return drafters(line.text, all);
});

export default defineRule({
  id: 'repeated-word',
  severity: 'warning',
  scope: 'chunk',
  description: {
    zh: '同一个词或短语紧挨着写了两遍（如“资金资金”“项目实施项目实施”），符号重复（“≥≥98%”“%%”），年份的“年”重复（“2022年年度内”）。',
    en: 'A word or phrase written twice in a row (资金资金, 项目实施项目实施), a mark twice (≥≥98%, %%), a year’s 年 twice (2022年年度内).',
  },
  fixes: [
    { does: { zh: '删去重复的一遍', en: 'Deletes the second copy' }, safe: false },
    {
      does: { zh: '删去连写的“的的”（或文号后连写的“号号”）中的一个', en: 'Deletes one 的 of a doubled 的的 (or one 号 of a 文号’s 号号)' },
      safe: true,
    },
  ],
  check({ report }) {
    const out: RuleFinding[] = [];
    for (const line of report.parsed.lines) {
      for (const r of repeatsOf(line)) {
        const start = line.start + r.at;
        const end = line.start + (r.end ?? r.at + r.copies * r.length);
        const [cutFrom, cutTo] = r.cut ?? [r.at + r.length, r.at + r.copies * r.length];
        const word = r.word ?? line.text.slice(r.at, r.at + r.length);
        const written = line.text.slice(r.at, end - line.start);
        const shown = clip(written, 40);
        const times = r.copies === 2 ? { zh: '两', en: 'twice' } : { zh: String(r.copies), en: `${r.copies} times` };
        const message = r.listed
          ? {
              zh: `${zq(word)}在同一列举里写了两遍（${zq(shown)}）：请删去重复的一项，或改成漏列的那一项`,
              en: `${eq(word)} is listed twice in one enumeration (${eq(shown)}): delete the repeat, or name the item that was meant`,
            }
          : {
              zh: `${zq(word)}连写了${times.zh}遍（${zq(shown)}）：请删去重复的部分`,
              en: `${eq(word)} is written ${times.en} in a row (${eq(shown)}): keep one`,
            };
        out.push({
          span: { start, end },
          message,
          fix: {
            title: { zh: `删去重复的${zq(word)}`, en: `Delete the repeated ${eq(word)}` },
            edits: [{ start: line.start + cutFrom, end: line.start + cutTo, newText: '' }],
            safe: r.safe === true,
          },
        });
      }
    }
    return out;
  },
});
