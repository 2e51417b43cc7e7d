// Heading markers as drafts write them (GB/T 9704 §7.3.3): 一、 → （一） → 1. → （1）, in full- or
// half-width brackets, with the non-standard 1、 and the broken `)标题` seen in pasted text.
import { chineseNumeral } from '../text/normalize.js';

export type MarkerLevel = 1 | 2 | 3 | 4;

export interface Marker {
  level: MarkerLevel;
  /** The number (一 → 1); 0 for a broken marker. */
  value: number;
  /** Offsets relative to the line text. */
  start: number;
  end: number;
  text: string;
  open: string; // '(' or '（' or ''
  close: string; // ')' or '）' or ''
  sep: string; // '、', '.', '．' or ''
  /** `)标题`: a closing bracket with the number lost. */
  broken: boolean;
  /** One enclosed character (⑴ for （1）, ⒈ for 1.), as Word numbering pasted into PDF text gives. */
  enclosed?: boolean;
}

export interface LineHead {
  marker?: Marker;
  title: string;
  /** Offsets of the title relative to the line text. */
  titleStart: number;
  titleEnd: number;
  /** Body text follows the title on the same line (`(二)自评工作过程。根据…`). */
  runIn: boolean;
}

const OPEN = new Set(['(', '（']);
const CLOSE = new Set([')', '）']);
const CN_NUM = new Set([...'一二三四五六七八九十']);
const SPACES = new Set([' ', '\t', '\u00a0', '\u3000']);
const TITLE_END = new Set(['。', '；', ';', '！', '？', '：', ':']);

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９'));
}

/** A year written in figures at `at`: 19xx or 20xx, then 年. */
function yearAt(s: string, at: number): boolean {
  const c = s.slice(at, at + 5);
  return (c.startsWith('19') || c.startsWith('20')) && isDigit(c[2]) && isDigit(c[3]) && c[4] === '年';
}

function digitValue(s: string): number {
  let v = 0;
  for (const ch of s) v = v * 10 + (ch >= '０' ? ch.charCodeAt(0) - 0xff10 : ch.charCodeAt(0) - 48);
  return v;
}

/** Reads the marker at position `at` of `s`, if there is one. */
export function readMarker(s: string, at: number): Marker | undefined {
  const ch = s[at];
  if (ch === undefined) return undefined;
  if (OPEN.has(ch)) {
    // a PDF's text may space a numeral off its brackets (赫山城管 2024: `( 二) 人员编制`, 腾冲 2023: `( 一 )`): one space
    const from = s[at + 1] === ' ' ? at + 2 : at + 1;
    let j = from;
    while (j < s.length && j - from < 3 && CN_NUM.has(s[j] as string)) j++;
    const close = s[j] === ' ' && j > from ? j + 1 : j;
    if (j > from && CLOSE.has(s[close] as string)) {
      const value = chineseNumeral(s.slice(from, j));
      if (value > 0) return make(2, value, s, at, close + 1, ch, s[close] as string, '');
    }
    j = at + 1;
    while (j < s.length && j - at <= 2 && isDigit(s[j])) j++;
    if (j > at + 1 && CLOSE.has(s[j] as string)) {
      return make(4, digitValue(s.slice(at + 1, j)), s, at, j + 1, ch, s[j] as string, '');
    }
    return undefined;
  }
  if (CLOSE.has(ch)) {
    const next = s[at + 1];
    if (next !== undefined && !SPACES.has(next) && !CLOSE.has(next)) return make(2, 0, s, at, at + 1, '', ch, '', true);
    return undefined;
  }
  if (CN_NUM.has(ch)) {
    let j = at;
    while (j < s.length && j - at < 3 && CN_NUM.has(s[j] as string)) j++;
    if (s[j] === '、') {
      const value = chineseNumeral(s.slice(at, j));
      if (value > 0) return make(1, value, s, at, j + 1, '', '', '、');
    }
    return undefined;
  }
  if (isDigit(ch)) {
    let j = at;
    while (j < s.length && j - at < 2 && isDigit(s[j])) j++;
    const sep = s[j];
    // a digit after it is a figure (1.5, 1、2、3), save a year: an item that opens with its year (2、2019年预算下达…; 海南 医保
    // 2020, set 32: 1.2020年底,…参保人数…, no decimal before 年 has four places)
    if ((sep === '.' || sep === '．' || sep === '、') && (!isDigit(s[j + 1]) || yearAt(s, j + 1))) {
      return make(3, digitValue(s.slice(at, j)), s, at, j + 1, '', '', sep);
    }
  }
  return undefined;
}

/**
 * `1)` or `1）` with no opening bracket, before a title (云南应急管理厅 2020: 1)项目资金到位情况 under 1.资金投入情况; 江永
 * 2024: 1)贯彻执行… under 1职能职责): a number of its own form at the fourth level, as （1） is. Read only at a line's start:
 * inside a line `1)` closes a bracket more often than it numbers an item (（见附件1）, 表1）), save after a sentence end in a
 * line that a number of this form opens (parse/run-in.ts).
 */
export function closedNumber(s: string, at: number): Marker | undefined {
  let j = at;
  while (j < s.length && j - at < 2 && isDigit(s[j])) j++;
  const close = s[j];
  if (j === at || close === undefined || !CLOSE.has(close)) return undefined;
  let k = j + 1;
  while (k < s.length && SPACES.has(s[k] as string)) k++;
  // a title follows (`1) 数量指标` in PDF text has a space), not a figure or another bracket (`1)2)`, a cell `1)`)
  const next = s[k];
  if (next === undefined || CLOSE.has(next) || isDigit(next)) return undefined;
  return make(4, digitValue(s.slice(at, j)), s, at, j + 1, '', close, '');
}

/**
 * `四 、国有资本经营预算支出情况` (城陵矶 2023, beside `四、 社会保险…`): a top-level number with a space before its 、, as a
 * PDF's text spaces out what it set apart. Read only at a line's start, where a numeral, a space and a 、 are nothing else.
 */
function spacedTopNumber(s: string, at: number): Marker | undefined {
  let j = at;
  while (j < s.length && j - at < 3 && CN_NUM.has(s[j] as string)) j++;
  if (j === at) return undefined;
  let k = j;
  while (k < s.length && k - j < 2 && SPACES.has(s[k] as string)) k++;
  if (k === j || s[k] !== '、') return undefined;
  const value = chineseNumeral(s.slice(at, j));
  return value > 0 ? make(1, value, s, at, k + 1, '', '', '、') : undefined;
}

/**
 * Every marker made here, with all its fields in one order: one shape for the markers every reader of the outline and
 * the numbering reads on each keystroke (the broken and enclosed ones were spread copies with a field added).
 */
function make(
  level: MarkerLevel,
  value: number,
  s: string,
  start: number,
  end: number,
  open: string,
  close: string,
  sep: string,
  broken = false,
  enclosed = false,
): Marker {
  return { level, value, start, end, text: s.slice(start, end), open, close, sep, broken, enclosed };
}

/** ⑴ … ⒇ (U+2474–U+2487) are （1）…（20）; ⒈ … ⒛ (U+2488–U+249B) are 1. … 20. */
const PAREN_ONE = 0x2474;
const STOP_ONE = 0x2488;
const ENCLOSED_MAX = 20;

/**
 * An enclosed number at the start of a line (after its indent), read only where a line's numbering is
 * judged on its own sequence: the outline does not take such lines for headings.
 */
export function readEnclosedMarker(s: string): Marker | undefined {
  let at = 0;
  while (at < s.length && (s[at] === ' ' || s[at] === '\u3000' || s[at] === '*' || s[at] === '_')) at++;
  const c = s.charCodeAt(at);
  const level: MarkerLevel | undefined =
    c >= PAREN_ONE && c < PAREN_ONE + ENCLOSED_MAX ? 4 : c >= STOP_ONE && c < STOP_ONE + ENCLOSED_MAX ? 3 : undefined;
  if (level === undefined) return undefined;
  const value = c - (level === 4 ? PAREN_ONE : STOP_ONE) + 1;
  return make(level, value, s, at, at + 1, '', '', '', false, true);
}

/** The enclosed character for a number in the form of `m` (undefined past ⒇ / ⒛). */
export function enclosedNumber(m: Marker, n: number): string | undefined {
  if (n < 1 || n > ENCLOSED_MAX) return undefined;
  return String.fromCharCode((m.level === 4 ? PAREN_ONE : STOP_ONE) + n - 1);
}

/** Where the title of an item run into a line ends besides TITLE_END: text that lost its line breaks has no 。 there. */
const RUN_IN_TITLE_END = new Set([',', '，', ' ', '\u3000']);

/**
 * Splits a line into its marker (if any), its title, and whether a body follows on the same line.
 * An item run into a line (`runIn`) ends its title at a comma or a space too (`(一)部门职能 我局负责…`),
 * a space only after two characters and not between a figure and its unit (`2021 年`).
 */
export function readLineHead(s: string, runIn = false): LineHead {
  let at = 0;
  while (at < s.length && at < 3 && (s[at] === '*' || s[at] === '_')) at++; // **一、标题**
  const marker = readMarker(s, at) ?? closedNumber(s, at) ?? spacedTopNumber(s, at);
  let t = marker ? marker.end : at;
  while (t < s.length && SPACES.has(s[t] as string)) t++;
  let e = t;
  while (e < s.length && !TITLE_END.has(s[e] as string) && !(runIn && endsRunInTitle(s, t, e))) e++;
  const afterTitle = e;
  if (e < s.length) e++; // the terminator
  let rest = e;
  while (rest < s.length && (SPACES.has(s[rest] as string) || s[rest] === '*' || s[rest] === '_')) rest++;
  let titleEnd = afterTitle;
  while (titleEnd > t && (SPACES.has(s[titleEnd - 1] as string) || s[titleEnd - 1] === '*' || s[titleEnd - 1] === '_')) titleEnd--;
  // the marker field on every head, undefined when there is none: one shape for every line's head (a field added to
  // some gave two, and the readers optimised on lines without one threw their code away at the first numbered line)
  return { marker, title: s.slice(t, titleEnd), titleStart: t, titleEnd, runIn: rest < s.length };
}

function endsRunInTitle(s: string, titleStart: number, at: number): boolean {
  const c = s[at] as string;
  if (!RUN_IN_TITLE_END.has(c)) return false;
  if (c === ',' || c === '，') return true;
  return at - titleStart >= 2 && !isDigit(s[at - 1]) && !isDigit(s[at + 1]);
}

/** The canonical marker text for a level and number, in the given bracket and separator style. */
export function formatMarker(
  level: MarkerLevel,
  value: number,
  style: { halfWidth: boolean; sep?: string },
  cn: (n: number) => string,
): string {
  const [o, c] = style.halfWidth ? ['(', ')'] : ['（', '）'];
  switch (level) {
    case 1:
      return `${cn(value)}、`;
    case 2:
      return `${o}${cn(value)}${c}`;
    case 3:
      return `${value}${style.sep ?? '.'}`;
    case 4:
      return `${o}${value}${c}`;
  }
}
