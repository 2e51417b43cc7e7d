// A place name written with one character wrong, where the report writes the right one elsewhere (宝垠区, 宝延区, 宝诋区
// for 宝坻区 in a PDF's OCR, 宝坻 2019; 湾址区 for 湾沚区, 芜湖 2022). Read: a word ending in 区/县/市/旗 that is no name
// of the national list (data/place-names.json) but differs by one character (neither the first nor the last) from a
// listed name of the same length, and that listed name is written in the same report. Two real counties that differ by
// one character (东城区, 西城区) are both listed, so neither is taken. Left alone: a word whose tail is a common word
// (确保全市: 保 ends 确保), and the tail of a longer listed name (防城港市 read from 城). Also a place under the level it
// no longer has (繁昌县, a 区 since 2020, where the report writes 繁昌区 too, 芜湖文旅 2022), unless named as the former one
// (原繁昌县), or opening an enterprise's registered name (弥勒县竹园镇白砂坡砂厂). The right name is looked for
// across the whole report, so the rule is not chunk-scoped; the lines with a candidate are kept per chunk.
import list from './data/place-names.json' with { type: 'json' };
import { lineMemo } from '../parse/line-memo.js';
import { chunkDiff, pickedLines } from '../parse/picked-lines.js';
import type { TextLine } from '../parse/blocks.js';
import type { ChunkView } from '../parse/chunks.js';
import type { Report } from '../model/report.js';
import { charTable } from '../text/char-table.js';
import { isHanCode } from '../text/han.js';
import { eq, zq } from './format.js';
import { furnitureLine } from './furniture-line.js';
import { defineRule, type RuleFinding } from './rule.js';

const NAMES = new Set(list.names.split(' '));
const COMMON_TAILS = new Set(list.commonTails);
const REGISTERED_TAILS: readonly string[] = list.registeredTails;
/** Grammar's characters, in no listed name: 健全了县 holds a phrase (全了县), not a misspelt 全南县. */
const PARTICLES = charTable(list.particles);
/** The levels a division's name ends in. */
const LEVELS = ['区', '县', '市', '旗'];
/**
 * The levels in a line, found in native code (lastIndex is where a word ends): an interpreted loop over every character
 * of every line cost the CLI's engine, which never warms up, more than the words read.
 */
const SUFFIX = /[区县市旗]/g;
/**
 * The names by their length, first and last characters (宝坻区: 3, 宝, 区), in the list's order: a word's neighbours
 * differ from it in one character inside (宝*区), so they are in its group. The first character is kept: a word whose
 * first character differs is as often read from the word before (粤港澳大湾区 is no misspelt 荔湾区, 中心城区 no 山城区).
 * Groups, not each name under each of its masks: a fresh engine (each CLI thread) made 8,000 masks as it loaded.
 */
const BY_ENDS = new Map<number, string[]>();
const endsKey = (n: string): number => n.length * 0x100000000 + n.charCodeAt(0) * 0x10000 + n.charCodeAt(n.length - 1);
/** The tails of the listed names (城港市 of 防城港市): a word read from inside a longer name. */
const TAILS = new Set<string>();
for (const n of NAMES) {
  const key = endsKey(n);
  const group = BY_ENDS.get(key);
  if (group) group.push(n);
  else BY_ENDS.set(key, [n]);
  for (let i = 1; i < n.length - 2; i++) TAILS.add(n.slice(i));
}
/** Lengths of the words read: 宝坻区, 扎兰屯市. */
const LENGTHS = [3, 4];

interface Candidate {
  at: number;
  written: string;
  /** Listed names one character away. */
  near: readonly string[];
}

/** The words of the line that are no listed name but one character away from some. */
function candidates(text: string): Candidate[] {
  let out: Candidate[] | undefined;
  SUFFIX.lastIndex = 0;
  while (SUFFIX.test(text)) {
    const end = SUFFIX.lastIndex;
    for (const length of LENGTHS) {
      const at = end - length;
      if (at < 0) break;
      if (!allHan(text, at, end) || hasParticle(text, at, end)) continue;
      const written = text.slice(at, end);
      if (NAMES.has(written) || TAILS.has(written)) continue;
      if (COMMON_TAILS.has(written.slice(-2)) || NAMES.has(written.slice(1)) || NAMES.has(text.slice(at - 1, end))) continue;
      // 原繁昌县: the former county, named as it was
      if (text[at - 1] === '原') continue;
      const near = neighbours(written);
      if (near.length > 0) (out ??= []).push({ at, written, near });
    }
  }
  return out ?? NONE;
}

function hasParticle(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (PARTICLES[text.charCodeAt(i)] === 1) return true;
  return false;
}

function allHan(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isHanCode(text.charCodeAt(i))) return false;
  return true;
}

function neighbours(written: string): string[] {
  const out: string[] = [];
  const group = BY_ENDS.get(endsKey(written)) ?? NO_NAMES;
  // by the character that may differ, then in the list's order
  for (let i = 1; i < written.length - 1; i++) for (const n of group) if (sameBut(n, written, i)) out.push(n);
  // the same place under the level it no longer has (繁昌县, a 区 since 2020, beside the report's own 繁昌区)
  for (const level of LEVELS) {
    const other = written.slice(0, -1) + level;
    if (other !== written && NAMES.has(other)) out.push(other);
  }
  return out;
}

const NONE: Candidate[] = [];
const NO_NAMES: readonly string[] = [];

/** Whether `a` and `b` (of one length) are the same but for the character at `i`. */
function sameBut(a: string, b: string, i: number): boolean {
  for (let k = 0; k < a.length; k++) if (k !== i && a.charCodeAt(k) !== b.charCodeAt(k)) return false;
  return true;
}

/** How far a registered name runs after the place it opens with (弥勒县|竹园镇白砂坡砂厂). */
const REGISTERED_RUN = 16;
/** The characters at least between the place and the registered name's tail (竹园镇白砂坡, 习岗哨): its own name. */
const REGISTERED_OWN = 2;

/**
 * A registered name's tail stands in the Chinese characters after `end` (up to a mark or REGISTERED_RUN of them), a
 * few characters on: the place opens the name of an enterprise or licence holder (弥勒 2022: 弥勒县竹园镇白砂坡砂厂、
 * 弥勒县习岗哨砂场管理情况), which keeps the county's name as it was registered.
 */
function opensRegisteredName(text: string, end: number): boolean {
  let to = end;
  while (to < text.length && to - end < REGISTERED_RUN && isHanCode(text.charCodeAt(to))) to++;
  const run = text.slice(end, to);
  return REGISTERED_TAILS.some((tail) => run.indexOf(tail, REGISTERED_OWN) >= 0);
}

/**
 * Which of the names asked (`key`: them joined) a chunk's text holds, kept per chunk object (a chunk that outlives an edit
 * keeps its text): a keystroke in a long report reads the chunks parsed again, while the names asked stay the same (the
 * lines with a candidate rarely change). The chunks cover the text end to end, each starting a line, and a name holds no
 * line break: no name stands across two of them.
 */
const writtenIn = new WeakMap<ChunkView, { key: string; names: readonly string[] }>();

function namesIn(chunk: ChunkView, text: string, key: string, asked: readonly string[]): readonly string[] {
  let kept = writtenIn.get(chunk);
  if (kept?.key !== key) {
    const own = text.slice(chunk.start, chunk.end);
    writtenIn.set(chunk, (kept = { key, names: asked.filter((n) => own.includes(n)) }));
  }
  return kept.names;
}

/**
 * For the last list of chunks asked: how many of its chunks write each name asked. The next list (a keystroke: the
 * chunks parsed again between runs kept at both ends, chunkDiff) takes the counts over, less the chunks it lost and
 * plus those it gained, not a visit of every chunk (about 2,200 in the generated 1 MB report). Held strongly, as
 * picked-lines' lists are: one list until the next check replaces it.
 */
let counted: { key: string; chunks: readonly ChunkView[]; counts: Map<string, number> } | undefined;

/** The names of `asked` the report writes. */
function writtenNames(report: Report, asked: readonly string[]): Set<string> {
  const { chunks, text } = report;
  // a report checked once (the CLI) is searched whole: the counts per chunk serve the keystrokes that follow
  if (!report.editable) return new Set(asked.filter((n) => text.includes(n)));
  const key = asked.join(' ');
  const add = (chunk: ChunkView, counts: Map<string, number>, by: number): void => {
    for (const n of namesIn(chunk, text, key, asked)) counts.set(n, (counts.get(n) ?? 0) + by);
  };
  if (counted?.key !== key) counted = { key, chunks: [], counts: new Map() };
  if (counted.chunks !== chunks) {
    const { same, tail } = chunkDiff(counted.chunks, chunks);
    for (let c = same; c < counted.chunks.length - tail; c++) add(counted.chunks[c] as ChunkView, counted.counts, -1);
    for (let c = same; c < chunks.length - tail; c++) add(chunks[c] as ChunkView, counted.counts, 1);
    counted.chunks = chunks;
  }
  const out = new Set<string>();
  for (const [n, count] of counted.counts) if (count > 0) out.add(n);
  return out;
}

const candidatesOf = lineMemo((line) => candidates(line.text));
/** The lines with a candidate, kept per chunk: asked on every keystroke. */
const candidateLines = pickedLines((line) => candidatesOf(line).length > 0);

export default defineRule({
  id: 'place-name',
  severity: 'warning',
  description: {
    zh: '地名错了一个字（宝垠区→宝坻区）：不是行政区划名称，而报告别处写的是正确的名称。',
    en: 'A place name with one character wrong (宝垠区→宝坻区): no division is so named, and the report writes the right name elsewhere.',
  },
  fixes: [{ does: { zh: '改为报告别处写的名称', en: 'Writes the name the report writes elsewhere' }, safe: false }],
  check({ report }) {
    const found: [TextLine, Candidate][] = [];
    const asked = new Set<string>();
    candidateLines(report.chunks, (line) => {
      for (const c of candidatesOf(line)) {
        found.push([line, c]);
        for (const n of c.near) asked.add(n);
      }
    });
    const out: RuleFinding[] = [];
    if (found.length === 0) return out;
    // whether the report writes a name, asked of each chunk once for all of them
    const written = writtenNames(report, [...asked]);
    for (const [line, c] of found) {
      const right = c.near.filter((n) => written.has(n));
      if (right.length !== 1) continue;
      const name = right[0] as string;
      const start = line.start + c.at;
      const end = start + c.written.length;
      const level = name.slice(0, -1) === c.written.slice(0, -1);
      // a former name kept in a registered name holds; a misspelt name is wrong wherever it stands
      if (level && opensRegisteredName(line.text, c.at + c.written.length)) continue;
      // a line of page furniture is deleted whole (pasted-debris): a site's record naming the county by its old name (长泰
      // 2024: `| 所在地区: | 福建-漳州-长泰县 | 发布日期: | …`, a district since 2021) is no slip of the drafter's. Asked only
      // of a line with a finding, as typo asks
      if (furnitureLine(line.text)) continue;
      out.push({
        span: { start, end },
        message: level
          ? {
              zh:
                `地名${zq(c.written)}与报告别处的${zq(name)}不一致：现行行政区划是${zq(name)}` + '（撤县设区、设市后旧名不再使用），请核对',
              en:
                `The place name ${eq(c.written)} differs from ${eq(name)} elsewhere in the report: ` +
                `the division today is ${eq(name)}; check`,
            }
          : {
              zh: `地名${zq(c.written)}疑有错字：没有这个行政区划，报告别处写的是${zq(name)}，请核对`,
              en: `The place name ${eq(c.written)} looks mistyped: no division is so named, and the report writes ${eq(name)} elsewhere`,
            },
        fix: { title: { zh: `改为${zq(name)}`, en: `Change to ${eq(name)}` }, edits: [{ start, end, newText: name }], safe: false },
      });
    }
    return out;
  },
});
