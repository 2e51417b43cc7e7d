// A page a mirror site converted to traditional script, often with pinyin glued after the characters
// (根據(jù)), read as the simplified text it carries: the characters of traditional.json (data) one for one,
// the glosses left out. Recognition, the furniture reader and the result reader read such a page so.
import data from './traditional.json' with { type: 'json' };

const MAP: ReadonlyMap<string, string> = new Map(Object.entries(data.map));
/**
 * The table's characters marked by their UTF-16 code (all are single code units): a loop over a line's codes
 * is several times faster than a regex class of 999 characters, and every paragraph is tested, mostly for nothing.
 */
const TRADITIONAL = new Uint8Array(0x10000);
for (const ch of MAP.keys()) TRADITIONAL[ch.charCodeAt(0)] = 1;
const anyTraditional = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) if (TRADITIONAL[text.charCodeAt(i)] === 1) return true;
  return false;
};

/** Pinyin a mirror glues after a character, in brackets (發(fā)布時間, 項(xiàng)目). */
export const GLOSS = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/g;
const HAS_GLOSS = new RegExp(GLOSS.source);
const PINYIN = new Uint8Array(0x250);
for (const c of 'abcdefghijklmnopqrstuvwxyzāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü') PINYIN[c.charCodeAt(0)] = 1;
const isPinyin = (c: number): boolean => c < PINYIN.length && PINYIN[c] === 1;
const LONGEST_GLOSS = 6;

/** The length of a gloss GLOSS reads that opens at `i` ((fā) after 發), or 0. */
export function glossAt(text: string, i: number): number {
  if (text.charCodeAt(i) !== 40) return 0;
  let k = i + 1;
  while (k - i - 1 < LONGEST_GLOSS && isPinyin(text.charCodeAt(k))) k++;
  return k > i + 1 && text.charCodeAt(k) === 41 ? k + 1 - i : 0;
}

/** The length of a gloss GLOSS reads that closes right before `end`, or 0. */
export function glossBefore(text: string, end: number): number {
  if (text.charCodeAt(end - 1) !== 41) return 0;
  let k = end - 2;
  while (end - 2 - k < LONGEST_GLOSS && isPinyin(text.charCodeAt(k))) k--;
  return k < end - 2 && text.charCodeAt(k) === 40 ? end - k : 0;
}

/**
 * MAP read backwards, in MAP's order, made on the first call: readers ask for a few dozen characters as the engine
 * loads, and a pass over all of MAP for each cost every fresh engine (a CLI thread) milliseconds.
 */
let writers: Map<string, string[]> | undefined;
function byTarget(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [from, to] of MAP) {
    const list = out.get(to);
    if (list) list.push(from);
    else out.set(to, [from]);
  }
  return out;
}

/** The traditional characters the table reads as `simplified` (製 for 制). */
export function writtenAs(simplified: string): string[] {
  return [...((writers ??= byTarget()).get(simplified) ?? [])];
}

/** Whether the text holds a character the table reads as a simplified one (the cheap test before folding). */
export const hasTraditional = anyTraditional;

/** The text with each traditional character of the table written simplified: one character for one. */
export function simplify(text: string): string {
  return anyTraditional(text) ? fold(text) : text;
}

/** Text as a mirror writes it, read as plain text: its pinyin glosses left out, its traditional characters simplified. */
export function unglossed(text: string): string {
  return simplify(text.includes('(') ? text.replace(GLOSS, '') : text);
}

function fold(text: string): string {
  // the runs between traditional characters copied whole: a megabyte line of mostly simplified text is a few slices, not
  // a string built one character at a time (its garbage was most of a hostile line's check)
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (TRADITIONAL[text.charCodeAt(i)] !== 1) continue;
    out += text.slice(from, i) + (MAP.get(text[i] as string) as string);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * The text simplified and without its glosses, and `at[i]`: where character i of the reading stands in
 * the text (undefined when nothing was left out and every character stands in its place).
 */
export function unconverted(text: string): { line: string; at?: number[] } {
  const traditional = anyTraditional(text);
  const glossed = HAS_GLOSS.test(text);
  if (!traditional && !glossed) return { line: text };
  const simple = traditional ? fold(text) : text;
  if (!glossed) return { line: simple };
  let line = '';
  const at: number[] = [];
  let from = 0;
  for (const m of simple.matchAll(GLOSS)) {
    for (let i = from; i < m.index; i++) at.push(i);
    line += simple.slice(from, m.index);
    from = m.index + m[0].length;
  }
  for (let i = from; i < simple.length; i++) at.push(i);
  return { line: line + simple.slice(from), at };
}
