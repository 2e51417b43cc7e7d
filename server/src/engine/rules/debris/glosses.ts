// A mirror site that converts a page to traditional characters glues a pinyin gloss after many of them
// (項(xiàng)目, 結(jié)轉(zhuǎn)): the words are garbled on every line. One gloss may be a drafter's note on a rare
// character; several on neighbouring lines are the converter's. The toned vowels are data.
import data from '../pasted-debris.json' with { type: 'json' };
import type { TextLine } from '../../parse/blocks.js';
import type { RuleFinding } from '../rule.js';

const TONED = data.glosses.toned;
/** A CJK character, then a bracketed syllable with a tone mark (bounded, no nested quantifier). */
export const GLOSS = new RegExp(`[\\u4e00-\\u9fff]\\([a-zü]{0,5}[${TONED}][a-zü]{0,5}\\)`, 'g');
const HAS_GLOSS = new RegExp(GLOSS.source);
/** Fewer glosses than this in a stretch of lines may be the drafter's own. */
const MIN = data.glosses.min;
/** Lines without a gloss allowed inside one stretch (a line of figures has nothing to gloss). */
const GAP = 3;
/**
 * Short lines between two glossed ones go with them however many (一、基本情况 / （一）… / 1.政策背景,
 * 教育部 2020 mirror): a heading may have no character the converter glosses.
 */
const SHORT = 40;
/** Glossed characters quoted, each once: enough to show the reviewer the lines they stand on. */
const QUOTED = 8;
/** The character after a gloss, quoted with it: 養(yǎng)護 shows the word the gloss broke. */
const HAN = /[\u4e00-\u9fff]/;
/** Glosses read in one line, at most: a converted line holds a few dozen, a hostile megabyte line 100,000. */
const MAX_PER_LINE = 1000;

/** The glosses of a line, [start, end) of the bracket in its text, or [] (tested cheaply first). */
export function glossesIn(text: string): [number, number][] {
  if (!HAS_GLOSS.test(text)) return [];
  const out: [number, number][] = [];
  for (const m of text.matchAll(GLOSS)) {
    out.push([m.index + 1, m.index + m[0].length]);
    if (out.length === MAX_PER_LINE) break;
  }
  return out;
}

export interface GlossLine {
  line: TextLine;
  /** Its index in the report's lines. */
  at: number;
  glosses: [number, number][];
}

/**
 * One finding for all the glosses of the text, `glossed` in document order, naming each stretch of neighbouring lines
 * that holds them, when a stretch holds enough of them to be the converter's. The converter went over the whole page:
 * the few glosses of a stretch too small to count alone are its too, and go with the stretch before them, or the first
 * one after (岳阳县 2020: 養(yǎng)護 on lines 2–3, then 聯(lián) … from line 13). The stretches are one defect, whatever report
 * text lies between them: one cause, one fix (delete the pinyin, check the words against the source), and the reviewer
 * who reads 岳阳林业 2021 (glosses on lines 1–39, 43–147 and 177–183) notes one point for lines 1–187 (session 13; the
 * annotators who noted a point per stretch, 临河 2023, are answered by the same finding, which spans them all). With no
 * such stretch, a few glosses may be the drafter's own notes on rare characters.
 */
export function glossFindings(glossed: GlossLine[], lines: readonly TextLine[]): RuleFinding[] {
  const stretches: GlossLine[][] = [];
  for (const l of glossed) {
    const current = stretches[stretches.length - 1];
    const prev = current?.[current.length - 1];
    if (current && prev && (l.line.line - prev.line.line <= GAP || shortBetween(lines, prev.at, l.at))) current.push(l);
    else stretches.push([l]);
  }
  const enough = (st: GlossLine[]): boolean => st.reduce((n, l) => n + l.glosses.length, 0) >= MIN;
  if (!stretches.some(enough)) return [];
  const blocks: GlossLine[][] = [];
  let before: GlossLine[] = [];
  for (const st of stretches) {
    const last = blocks[blocks.length - 1];
    if (enough(st)) blocks.push([...before, ...st]);
    else if (last) last.push(...st);
    else before = [...before, ...st];
    if (enough(st)) before = [];
  }
  return blocks.length === 0 ? [] : [finding(blocks)];
}

/** The lines strictly between `from` and `to` hold no more than SHORT characters in all. */
function shortBetween(lines: readonly TextLine[], from: number, to: number): boolean {
  let n = 0;
  for (let i = from + 1; i < to && n <= SHORT; i++) n += (lines[i] as TextLine).text.length;
  return n <= SHORT;
}

function finding(blocks: GlossLine[][]): RuleFinding {
  const stretch = blocks.flat();
  const first = stretch[0] as GlossLine;
  const last = stretch[stretch.length - 1] as GlossLine;
  const all = stretch.flatMap(({ line, glosses }) => glosses.map(([s, e]) => ({ line, s, e })));
  // each glossed character once (區(qū) on every line says no more the second time), with the character after it
  const seen = new Set<string>();
  const unique = all.filter(({ line, s, e }) => {
    const key = line.text.slice(s - 1, e);
    return !seen.has(key) && seen.add(key);
  });
  // the first of each stretch, then the first ones of the text: each stretch shown where it lies, in the text's order
  const blockOf = new Map(blocks.flatMap((b, i) => b.map((l) => [l.line, i] as const)));
  const shown = new Set<number>();
  const firsts = new Set(unique.filter((g) => !shown.has(blockOf.get(g.line) ?? -1) && shown.add(blockOf.get(g.line) ?? -1)));
  const rest = unique.filter((g) => !firsts.has(g)).slice(0, Math.max(0, QUOTED - firsts.size));
  const quoted = unique
    .filter((g) => firsts.has(g) || rest.includes(g))
    .map(({ line, s, e }) => `“${line.text.slice(s - 1, e + (HAN.test(line.text.charAt(e)) ? 1 : 0))}”`)
    .join('');
  const lines = blocks
    .map((b) => {
      const [a, z] = [(b[0] as GlossLine).line.line + 1, (b[b.length - 1] as GlossLine).line.line + 1];
      return a === z ? `${a}` : `${a}—${z}`;
    })
    .join('、');
  return {
    span: {
      start: first.line.start + (first.glosses[0] as [number, number])[0] - 1,
      end: last.line.start + (last.glosses.at(-1) as [number, number])[1],
    },
    message: {
      zh: `转载网站在汉字后插入了拼音（第 ${lines} 行，${all.length} 处，如${quoted}），文字已被打乱：请删去这些拼音，并对照原文件核对文字`,
      en:
        `A mirror site glued pinyin after the characters (lines ${lines.replace(/—/g, '–').replace(/、/g, ', ')}, ${all.length}, e.g. ${quoted}), ` +
        'garbling the words: delete the pinyin and check the wording against the source document',
    },
    fix: {
      title: { zh: '删去插入的拼音', en: 'Delete the inserted pinyin' },
      edits: all.map(({ line, s, e }) => ({ start: line.start + s, end: line.start + e, newText: '' })),
      safe: false,
    },
  };
}
