// Numbered items run into one line. Web pages and PDF extraction often give a whole report as one
// line or a few huge paragraphs: `…绩效自评报告一、部门概况(一)主要职能…二、…`. This finds where, inside
// a line, an item of the report's numbering begins, so the line can be read as the sequence of
// sections (or list items) it holds, each at its exact offsets.
//
// A marker inside a line is taken only when it is one in place: the numbering it belongs to goes on
// in order within the line (一、 then 二、, （一） after a 一、 …), or it starts a list after a colon or
// a sentence end; and its neighbours are not those of a number in prose: 如一、二季度 (a numeral
// after it), 第一、二批 (第 or a numeral before it), 第三条（一）项 (a citation), 1.5 or 2021.1 (a
// decimal or a date). One pass over the line, a few characters looked at around each candidate.
import { closedNumber, readMarker, type MarkerLevel } from './markers.js';
import { lastNonSpace } from '../text/last-non-space.js';

const CN_NUM = '一二三四五六七八九十';
/** Ends of a sentence or clause after which a list may start or an out-of-order item stand. */
const HARD_BOUNDARY = '。；;！？!?';
const LIST_OPENER = '：:';
/** Marks after which a new item may begin in text that lost its line breaks (`…100%三、`, `…情况,二、`). */
const SOFT_BOUNDARY = ',，、)）》”"\'%％';
/** Words ending in 一 that a 、 may follow in a list: 统一、 唯一、 同一、 之一、 第一、 */
const WORD_ENDING_IN_ONE = '统唯同之万单划专逐合归均第';
/** Characters that end a title or clause, or open another number (（一）（一）), so no title follows a marker they come right after. */
const NO_TITLE = ')）(（,，。；;、：:．.!！?？%％';

/**
 * Words opening with a numeral that open a title (怀集 2019's 决算 contents: `五、一般公共预算财政拨款支出决算表`), not a
 * second number of a list (一、二季度).
 */
const NUMERAL_WORDS: ReadonlySet<string> = new Set(['一般', '一体', '三公', '三农', '十四', '十三']);

const isDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
const isLatin = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The characters that may start a marker, by UTF-16 code: a bracket (a closing one is what is left of a
 * broken number), a numeral, a digit. Every character of every line is looked up here, so by a table,
 * not by taking it out of the line as a string (an allocation for each Chinese character).
 */
const MARKER_START = new Uint8Array(0x10000);
for (const ch of `()（）${CN_NUM}0123456789０１２３４５６７８９`) MARKER_START[ch.charCodeAt(0)] = 1;

function maybeMarker(s: string, i: number): boolean {
  return MARKER_START[s.charCodeAt(i)] === 1;
}

/** Whether the neighbours of a marker at [at, end) of the given level make it a number in prose. */
function inProse(s: string, at: number, end: number, level: MarkerLevel): boolean {
  const before = s[at - 1] as string;
  const b = s.charCodeAt(at - 1);
  const after = s[end];
  // a title follows a marker (PDF text may put a space between: `1、 强化…`)
  if (after === undefined || NO_TITLE.includes(after)) return true;
  const a = s.charCodeAt(end);
  // a table's cell, its row written as text (永善 2021's 决算 总表: `二、政府性基金…收入 | 2 | 二、外交支出 | 32 |`): the
  // cell's own numbering, each column's in turn, not an item of the line's
  let k = at - 1;
  while (k >= 0 && (s[k] === ' ' || s[k] === '\u3000')) k--;
  if (s[k] === '|') return true;
  switch (level) {
    case 1: // 如一、二季度 · 第一、二批 · 一、二、三产业 — but a title may open with a word that starts with a numeral (五、一般公共预算…)
      return (
        (CN_NUM.includes(after) && !NUMERAL_WORDS.has(s.slice(end, end + 2))) ||
        isDigit(a) ||
        before === '第' ||
        before === '、' ||
        CN_NUM.includes(before)
      );
    case 3: // 1.5 · 2021.1 · 图1. · v1.
      return isDigit(b) || isLatin(b) || '.．-/:'.includes(before) || before === '第' || isDigit(a);
    default: // 第三条（一）项 · 《办法》（一） · A(1)
      return (
        '第条款》〕'.includes(before) ||
        isDigit(b) ||
        isLatin(b) ||
        after === '款' ||
        after === '条' ||
        (after === '项' && s[end + 1] !== '目')
      );
  }
}

/**
 * The most items read out of one line. A whole report flattened to a line holds a few hundred; a line
 * of a hundred thousand (`。1.完成。1.完成…`) is no report, and reading each item as a line of its
 * own would cost as much as a report of a hundred thousand lines.
 */
const MAX_ITEMS = 2000;
/** Markers read ahead of the items taken (a number is taken when the next of its level follows later). */
const MAX_CANDIDATES = 4 * MAX_ITEMS;

interface Candidate {
  at: number;
  end: number;
  level: MarkerLevel;
  /** 0 for a broken number (a closing bracket against a title). */
  value: number;
}

/** Markers in `s` from `from` on whose neighbours are not those of a number in prose. */
function candidates(s: string, from: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i < s.length && out.length < MAX_CANDIDATES; i++) {
    if (!maybeMarker(s, i)) continue;
    // inside a figure (3232.51): no marker starts here, and no marker is read for each of its digits
    const c = s.charCodeAt(i);
    if (isDigit(c) && (isDigit(s.charCodeAt(i - 1)) || s[i - 1] === '.')) continue;
    const m = readMarker(s, i);
    if (!m) continue;
    if (m.broken) {
      out.push({ at: i, end: m.end, level: 2, value: 0 });
      continue;
    }
    // a numeral or a digit run is read from its first character only (十一、 is not 一、)
    if (m.level === 1 ? CN_NUM.includes(s[i - 1] as string) : m.level === 3 && isDigit(s.charCodeAt(i - 1))) continue;
    if (m.level === 1 && m.value === 1 && WORD_ENDING_IN_ONE.includes(s[i - 1] as string)) continue;
    if (inProse(s, i, m.end, m.level)) continue;
    out.push({ at: i, end: m.end, level: m.level, value: m.value });
    i = m.end - 1;
  }
  return out;
}

/**
 * In a line a `1)` opens (closedNumber: a number with its closing bracket only), the numbers of that form right after a
 * sentence end (望岳路 2021: `1)加强党的建设。2)统筹社区发展。`, two items to a line): the line's own list. Elsewhere in a line
 * such a number closes a bracket (（见附件1）), and is not read.
 */
function closedItems(s: string, from: number, close: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i < s.length && out.length < MAX_CANDIDATES; i++) {
    if (!HARD_BOUNDARY.includes(s[i] as string)) continue;
    let j = i + 1;
    while (j < s.length && (s[j] === ' ' || s[j] === '\u3000')) j++;
    const m = isDigit(s.charCodeAt(j)) ? closedNumber(s, j) : undefined;
    if (m && m.close === close) out.push({ at: j, end: m.end, level: m.level, value: m.value });
  }
  return out;
}

/** Two lists of candidates, each in the line's order, as one (a line led by `1)` holds few of either). */
function withClosed(found: Candidate[], closed: Candidate[]): Candidate[] {
  return closed.length === 0 ? found : [...found, ...closed].sort((a, b) => a.at - b.at);
}

/**
 * Offsets (in `s`) where numbered items run in after the line's start: each one a marker that the
 * numbering of the line (from its own leading marker on) reads as the next item, a list started after
 * a colon or a sentence end, or — after a sentence end — an item numbered out of order (a repeat or a
 * skip of up to three), which the numbering rule then judges. A marker right after a word
 * (`…绩效自评报告一、部门概况`) is taken only when the next number of its level follows later in the
 * line, or it comes after a sentence end or a space: 构建标准统一、布局合理 has no 二、 after it.
 * Empty for most lines.
 */
export function runInStarts(s: string): number[] {
  let i = 0;
  while (i < s.length && (s[i] === ' ' || s[i] === '\u3000' || s[i] === '*' || s[i] === '_')) i++;
  const read = readMarker(s, i);
  const closed = read ? undefined : closedNumber(s, i);
  const lead = read ?? closed;
  const from = lead && !lead.broken ? lead.end : i;
  const found = closed ? withClosed(candidates(s, from), closedItems(s, from, closed.close)) : candidates(s, from);
  // most lines run no number in: nothing more is made for them (this reads every line of every block)
  if (found.length === 0) return [];
  const out: number[] = [];
  // the last number taken at each level (index 1 to 4), deeper levels reset when a shallower one is taken
  const last = [0, 0, 0, 0, 0];
  const take = (level: MarkerLevel, value: number): void => {
    last[level] = value;
    for (let l = level + 1; l <= 4; l++) last[l] = 0;
  };
  if (lead && !lead.broken) take(lead.level, lead.value);
  // for each candidate, whether one with the next number of its level comes after it (read from the end)
  const followed: boolean[] = new Array<boolean>(found.length).fill(false);
  const later = new Set<number>();
  for (let k = found.length - 1; k >= 0; k--) {
    const c = found[k] as Candidate;
    followed[k] = later.has(c.level * 1000 + c.value + 1);
    later.add(c.level * 1000 + c.value);
  }
  found.forEach((c, k) => {
    if (out.length >= MAX_ITEMS) return;
    const prev = lastNonSpace(s, c.at);
    const expected = last[c.level] as number;
    const afterWord =
      prev !== '' && !HARD_BOUNDARY.includes(prev) && !LIST_OPENER.includes(prev) && !SOFT_BOUNDARY.includes(prev) && s[c.at - 1] !== ' ';
    const inOrder = c.value === expected + 1 && (!afterWord || followed[k] === true || expected > 0);
    const listStart = c.value === 1 && (LIST_OPENER.includes(prev) || HARD_BOUNDARY.includes(prev));
    if (c.value === 0) {
      // `。)年度总体工作`: a （三） that lost all but its bracket, where a （二） stands open
      if (HARD_BOUNDARY.includes(prev) && expected > 0) {
        out.push(c.at);
        take(c.level, expected + 1);
      }
      return;
    }
    // a repeat, a skip or a number going back: after a sentence end, or for 一、 and （一）, whose shape
    // is an item's, after any mark
    const outOfOrder = expected > 0 && c.value <= expected + 4 && (HARD_BOUNDARY.includes(prev) || (c.level <= 2 && !afterWord));
    if (!inOrder && !listStart && !outOfOrder) return;
    out.push(c.at);
    take(c.level, c.value);
  });
  return out;
}

/**
 * The top-level numbers (二、) run into a line after its start, after a sentence end or a space, that the
 * line's own numbering does not take (runInStarts reads each line alone: `…达90%以上。 二、项目资金管理…`
 * on a line of no 一、 starts nothing it can count on). Their values, in order; the numbering of the report
 * reads them in the gap between two of its top-level numbers (model/own-numbering.ts). One pass over the line.
 */
export function runInTopNumbers(s: string): number[] {
  const out: number[] = [];
  for (const c of candidates(s, 0)) {
    if (c.level !== 1 || c.value === 0 || lastNonSpace(s, c.at) === '') continue;
    const space = s[c.at - 1] === ' ' || s[c.at - 1] === '\u3000';
    if (space || HARD_BOUNDARY.includes(lastNonSpace(s, c.at))) out.push(c.value);
  }
  return out;
}

/** What a title glued after a number starts with: words, or a year (2024年度…), not a figure. */
const GLUED_TITLE = /^(?:[一-龥]|(?:19|20)[0-9]{2}年)/u;

/**
 * The top-level numbers glued straight after a title's words on a numbered line (耿马 2024's 目录:
 * `十三、2024年度部门整体支出绩效自评情况十四、2024年度部门整体支出绩效自评表`, two entries that lost the break between
 * them): their values, in order, not after 第 (第十四、十五条). Read only on the line of the number before a skip, for the
 * numbers the skip left out (model/own-numbering.ts).
 */
export function gluedTopNumbers(s: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < s.length; i++) {
    const before = s[i - 1] as string;
    if (!CN_NUM.includes(s[i] as string) || CN_NUM.includes(before) || '第、 \u3000'.includes(before)) continue;
    const m = readMarker(s, i);
    if (!m || m.broken || m.level !== 1 || m.value === 0) continue;
    // a title after it, not another numeral (一、二季度)
    const title = s.slice(m.end, m.end + 5);
    if (GLUED_TITLE.test(title) && !CN_NUM.includes(title[0] as string)) out.push(m.value);
    i = m.end - 1;
  }
  return out;
}

/** Whether a line holds a run-in outline (a 一、 or two （一） inside it), not only a list run into a paragraph. */
export function holdsOutline(s: string, starts: readonly number[]): boolean {
  let level2 = 0;
  for (const at of starts) {
    const m = readMarker(s, at);
    if (m?.level === 1) return true;
    if (m?.level === 2 && ++level2 >= 2) return true;
  }
  return false;
}
