// Traditional characters in a simplified text (漳平 2017: 负責承包, 分片區管理, 《關于环卫保洁…》): an input method or a
// pasted phrase left them, and a simplified report writes every character simplified. The table is generated from
// OpenCC's (traditional-chars.json, scripts/gen-traditional-chars.mjs): characters outside GB 2312 only, so a form a
// simplified text also writes (著, 乾, 於) is never read. A page a mirror converted to traditional script is not a
// simplified text with slips: where traditional characters are a large share of the Chinese ones (a mirror's page holds
// a third of them so; 漳平 three of six hundred), nothing is said character by character (pasted-debris reads the pinyin
// such a mirror glues on).
import data from './traditional-chars.json' with { type: 'json' };
import { isHanCode } from '../../text/han.js';

const MAP: ReadonlyMap<string, string> = new Map(Object.entries(data.map));
/** The table's characters by their UTF-16 code (all single code units): one array read per character. */
const MARK = new Uint8Array(0x10000);
for (const ch of MAP.keys()) MARK[ch.charCodeAt(0)] = 1;

/**
 * Largest share of traditional characters among the Chinese ones of a page's opening or a long paragraph (MAX_PASSAGE_SHARE),
 * or of a line (MAX_LINE_SHARE), for them to be a simplified text's slips: a mirror's converted page holds 28–50 % (the
 * corpus), a simplified report with slips under 1 %.
 */
export const MAX_PASSAGE_SHARE = 0.1;
export const MAX_LINE_SHARE = 0.25;

export interface TraditionalRun {
  /** [start, end) in the line's text. */
  start: number;
  end: number;
  /** The simplified form, when each character has one. */
  right: string | undefined;
  /** Each character's simplified forms, for the message when some have more than one. */
  forms: string[];
}

export interface LineTraditional {
  runs: TraditionalRun[];
  /** How many traditional characters the line holds, and how many Chinese characters in all. */
  count: number;
  han: number;
}

const NONE: LineTraditional = { runs: [], count: 0, han: 0 };

/** The runs of traditional characters in a line, with its counts (`han` only when there is a run: a cheap test first). */
export function traditionalIn(text: string): LineTraditional {
  let i = 0;
  while (i < text.length && MARK[text.charCodeAt(i)] !== 1) i++;
  if (i === text.length) return NONE;
  const runs: TraditionalRun[] = [];
  let count = 0;
  let han = 0;
  for (let k = 0; k < text.length; k++) if (isHanCode(text.charCodeAt(k))) han++;
  for (; i < text.length; i++) {
    if (MARK[text.charCodeAt(i)] !== 1) continue;
    let end = i;
    const forms: string[] = [];
    while (end < text.length && MARK[text.charCodeAt(end)] === 1) forms.push(MAP.get(text[end++] as string) as string);
    count += end - i;
    runs.push({ start: i, end, right: forms.every((f) => f.length === 1) ? forms.join('') : undefined, forms });
    i = end - 1;
  }
  return { runs, count, han };
}

/** How many Chinese characters a line holds (for a chunk's share, on lines with no traditional one). */
export function hanIn(text: string): number {
  let n = 0;
  for (let k = 0; k < text.length; k++) if (isHanCode(text.charCodeAt(k))) n++;
  return n;
}
