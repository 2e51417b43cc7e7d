// A document-sharing site shows a text cut into chunks of 300 characters and numbers them at their heads
// (1、 … 2、 … 3、): the numbers land inside words (新邵 2017: 洞里山工 / 2、区; 森林防火 2018: 2、项 / 2、目绩效目标). They are
// told from a drafter's 1、 2、 items by running 1, 2, 3 … over paragraphs of the site's length one after another, one of them cut
// mid-sentence. The site's 1、 opens the text, glued before its title (1、2018年度裕安区…自评报告按照…): it is the site's as much as
// the others, and reviewers strike it too (session 18: 裕安 2018, 新邵 2017). A page
// that dropped the site's first chunk starts the run past 1 (两馆一站: the title and the uploader's record, then `2、放专项资金…`,
// `3、套07万元…`, `4、图书阅读…`): read when it has `pastFirst` chunks or more and every chunk but the last is cut mid-sentence, and
// then its first counter breaks the text too. A text the site showed as one chunk has a 1、 and no 2、 (洞井 2021): read when
// the line before it is the site's banner (由会员分享…请在优知文库上搜索), where a report's first line is its title, not an item.
import data from '../pasted-debris.json' with { type: 'json' };
import type { TextLine } from '../../parse/blocks.js';
import type { Report } from '../../model/report.js';
import { pickedIndexes, pickedLines } from '../../parse/picked-lines.js';
import { GLOSS } from '../../text/traditional.js';
import type { RuleFinding } from '../rule.js';

const COUNTER = /^([0-9]{1,3})、/;
/** A paragraph ending so ends its sentence: the break after it may be the drafter's. */
const STOP = /[。！？；：!?;:）)】》”」]$/;
const { shortest, longest, pastFirst } = data.chunkCounters;
/** Characters quoted on each side of a cut. */
const SIDE = 4;
/** How many cut counters a message quotes with the words they cut. */
const CUTS_QUOTED = 3;

interface Chunk {
  line: TextLine;
  /** Its index in report.parsed.lines. */
  at: number;
  n: number;
  /** Offset of the end of its source line, trailing spaces left out. */
  end: number;
}

/** Source lines opening with a number and 、: kept per chunk, a keystroke reads the chunks parsed again. */
const counterLines = pickedLines((l) => !l.inLine && COUNTER.test(l.text));

/**
 * One finding for the site's counters (1、 2、 3、 …), or none. `afterBanner`: the line at that index comes right after a
 * document-sharing site's banner.
 */
export function chunkCounterFindings(report: Report, afterBanner: (at: number) => boolean): RuleFinding[] {
  const counters = readCounters(report, afterBanner);
  return counters.length === 0 ? [] : [finding(report.text, counters)];
}

/**
 * The lines a sharing site's counter opens, in runs read as the site's chunks (the one chunk under a banner is not asked):
 * heading-numbering leaves them out of the report's own numbering, where a 2、 cutting 项目起止时间 in two is no item.
 */
export function chunkCounterLines(report: Report): Set<TextLine> {
  return new Set(readCounters(report, () => false).map((c) => c.chunk.line));
}

function readCounters(report: Report, afterBanner: (at: number) => boolean): Counter[] {
  const counters: Counter[] = [];
  for (const { run, cut } of runsOf(report)) {
    const first = run[0] as Chunk;
    if (!cut) {
      // the text the site showed as one chunk: its 1、 right below the banner
      if (first.n === 1 && afterBanner(first.at)) counters.push({ chunk: first });
      continue;
    }
    // the site's first counter, 1、 before the title or a later one whose chunk before was dropped, deleted alone
    counters.push({ chunk: first });
    for (let i = 1; i < run.length; i++) counters.push({ chunk: run[i] as Chunk, before: run[i - 1] });
  }
  return counters;
}

/** The report's runs of counter lines (1、 2、 3、 one paragraph after another), each with whether it reads as the site's chunks. */
interface Run {
  run: Chunk[];
  cut: boolean;
}

/** Read once per report: pasted-debris and heading-numbering both ask on every keystroke. */
const runsMemo = new WeakMap<Report, Run[]>();

function runsOf(report: Report): Run[] {
  const kept = runsMemo.get(report);
  if (kept) return kept;
  const { lines } = report.parsed;
  const { text } = report;
  const read: Run[] = [];
  let run: Chunk[] = [];
  const flush = (): void => {
    if (run.length > 0) read.push({ run, cut: chunked(text, run) });
  };
  for (const at of pickedIndexes(counterLines, report.chunks)) {
    const line = lines[at] as TextLine;
    const n = Number((COUNTER.exec(line.text) as RegExpExecArray)[1]);
    const chunk = { line, at, n, end: sourceEnd(text, line.lineStart) };
    const prev = run[run.length - 1];
    if (prev && n === prev.n + 1 && text.slice(prev.end, line.lineStart).trim() === '') run.push(chunk);
    else {
      flush();
      run = [chunk];
    }
  }
  flush();
  runsMemo.set(report, read);
  return read;
}

const BREAK = /[\r\n]/g;

/** The end of the source line starting at `start` (a line may end in CR, LF or both), trailing spaces left out. */
function sourceEnd(text: string, start: number): number {
  BREAK.lastIndex = start;
  const nl = BREAK.exec(text)?.index ?? text.length;
  return start + text.slice(start, nl).trimEnd().length;
}

interface Counter {
  chunk: Chunk;
  /** The chunk before it, whose end the counter cut from its text (none for a run's first, past 1). */
  before?: Chunk;
}

/**
 * Two chunks or more from 1、, all but the last of a chunk's length, one of them cut mid-sentence (its source line's last
 * character); from a later number, `pastFirst` chunks or more, every one but the last cut so.
 */
function chunked(text: string, run: readonly Chunk[]): boolean {
  const first = run[0];
  if (!first || run.length < (first.n === 1 ? 2 : pastFirst)) return false;
  const heads = run.slice(0, -1);
  // a mirror's pinyin glosses (業(yè)) are none of the site's characters: 硚口交警 2017's 300-character chunk runs to 437 with
  // them, and ends on a gloss's bracket where the site cut 業務 in two
  const plain = (c: Chunk): string => text.slice(c.line.lineStart, c.end).replace(GLOSS, '');
  const size = (c: Chunk): number => plain(c).length;
  const cut = (c: Chunk): boolean => !STOP.test(plain(c).slice(-1));
  return heads.every((c) => size(c) >= shortest && size(c) <= longest) && (first.n === 1 ? heads.some(cut) : heads.every(cut));
}

function finding(text: string, counters: readonly Counter[]): RuleFinding {
  const spans = counters.map(({ chunk }) => {
    const start = chunk.line.start;
    return { start, end: start + (COUNTER.exec(chunk.line.text) as RegExpExecArray)[0].length };
  });
  // the first counter that cut a chunk before it is quoted with the cut (every one but a run's first past 1)
  const shown = Math.max(
    0,
    counters.findIndex((c) => c.before !== undefined),
  );
  const { before } = counters[shown] as Counter;
  const shownSpan = spans[shown] as { start: number; end: number };
  // the counter is quoted with the words it cut (“目起止时”/“2、间:20”): a reviewer finds it so, where the label stands
  // (to its line's end: a counter alone on its line is quoted alone); the first few that cut words are each quoted, since
  // a reviewer may note any of them (新洲 2020: 3、员到省市, the third)
  const cutAt = (i: number): string => {
    const span = spans[i] as { start: number; end: number };
    const b = (counters[i] as Counter).before as Chunk;
    return `“${text.slice(b.end - SIDE, b.end)}”/“${text.slice(span.start, Math.min(span.end + SIDE, sourceEnd(text, span.start)))}”`;
  };
  const cuts = counters.flatMap((c, i) => (c.before === undefined ? [] : [i])).slice(0, CUTS_QUOTED);
  const alone = `“${text.slice(shownSpan.start, shownSpan.end + SIDE)}”`;
  const cut = before ? cuts.map(cutAt).join('，') : alone;
  const cutEn = before ? cuts.map(cutAt).join(', ') : alone;
  const firstSpan = spans[0] as { start: number; end: number };
  const where = counters.map(({ chunk }) => `第 ${chunk.line.line + 1} 行的“${chunk.n}、”`).join('、');
  const whereEn = counters.map(({ chunk }) => `“${chunk.n}、” on line ${chunk.line.line + 1}`).join(', ');
  return {
    // the first counter, the others related: the text between them is the report's
    span: firstSpan,
    message: {
      zh: before
        ? `文档分享网站分段时在段首加的段号（${where}），夹在被切开的词句中间（如${cut}），不属于报告内容：请删去段号并接上前后文字`
        : `文档分享网站在正文前加的段号（${where}，如${cut}），不是报告的编号：请删去`,
      en: before
        ? `Chunk numbers a document-sharing site put at the head of each chunk it cut the text into (${whereEn}), ` +
          `inside cut words (e.g. ${cutEn}): delete them and join the text`
        : `A chunk number a document-sharing site put before the text (${whereEn}, e.g. ${cut}), not the report's numbering: ` +
          'delete it',
    },
    related: spans.map((span) => ({ span, message: { zh: '文档分享网站的段号', en: "a sharing site's chunk number" } })),
    fix: {
      title: { zh: '删去段号并接上前后文字', en: 'Delete the chunk numbers and join the text' },
      // a counter with no chunk before it is deleted alone; the others join the chunk before
      edits: counters.map(({ before }, i) => {
        const span = spans[i] as { start: number; end: number };
        return { start: before ? before.end : span.start, end: span.end, newText: '' };
      }),
      safe: false,
    },
  };
}
