// A document-sharing site shows a text cut into chunks of 300 characters and numbers them at their heads
// (1、 … 2、 … 3、): the numbers land inside words (新邵 2017: 洞里山工 / 2、区; 森林防火 2018: 2、项 / 2、目绩效目标). They are
// told from a drafter's 1、 2、 items by running 1, 2, 3 … over paragraphs of the site's length one after another, one of them cut
// mid-sentence. The site's 1、 opens the text and stays unquoted (reviewers strike the counters that break the text).
import data from '../pasted-debris.json' with { type: 'json' };
import type { TextLine } from '../../parse/blocks.js';
import type { Report } from '../../model/report.js';
import { pickedIndexes, pickedLines } from '../../parse/picked-lines.js';
import type { RuleFinding } from '../rule.js';

const COUNTER = /^([0-9]{1,3})、/;
/** A paragraph ending so ends its sentence: the break after it may be the drafter's. */
const STOP = /[。！？；：!?;:）)】》”」]$/;
const { shortest, longest } = data.chunkCounters;
/** Characters quoted on each side of a cut. */
const SIDE = 4;

interface Chunk {
  line: TextLine;
  n: number;
  /** Offset of the end of its source line, trailing spaces left out. */
  end: number;
}

/** Source lines opening with a number and 、: kept per chunk, a keystroke reads the chunks parsed again. */
const counterLines = pickedLines((l) => !l.inLine && COUNTER.test(l.text));

/** One finding for the counters of the text that break it (2、 3、 …), or none. */
export function chunkCounterFindings(report: Report): RuleFinding[] {
  const { lines } = report.parsed;
  const { text } = report;
  const counters: { chunk: Chunk; before: Chunk }[] = [];
  let run: Chunk[] = [];
  const flush = (): void => {
    if (chunked(text, run)) for (let i = 1; i < run.length; i++) counters.push({ chunk: run[i] as Chunk, before: run[i - 1] as Chunk });
  };
  for (const at of pickedIndexes(counterLines, report.chunks)) {
    const line = lines[at] as TextLine;
    const n = Number((COUNTER.exec(line.text) as RegExpExecArray)[1]);
    const chunk = { line, n, end: sourceEnd(text, line.lineStart) };
    const prev = run[run.length - 1];
    if (prev && n === prev.n + 1 && text.slice(prev.end, line.lineStart).trim() === '') run.push(chunk);
    else {
      flush();
      run = n === 1 ? [chunk] : [];
    }
  }
  flush();
  return counters.length === 0 ? [] : [finding(text, counters)];
}

const BREAK = /[\r\n]/g;

/** The end of the source line starting at `start` (a line may end in CR, LF or both), trailing spaces left out. */
function sourceEnd(text: string, start: number): number {
  BREAK.lastIndex = start;
  const nl = BREAK.exec(text)?.index ?? text.length;
  return start + text.slice(start, nl).trimEnd().length;
}

/** Two chunks or more, all but the last of a chunk's length, one of them cut mid-sentence (its source line's last character). */
function chunked(text: string, run: readonly Chunk[]): boolean {
  if (run.length < 2) return false;
  const heads = run.slice(0, -1);
  const size = (c: Chunk): number => c.end - c.line.lineStart;
  return heads.every((c) => size(c) >= shortest && size(c) <= longest) && heads.some((c) => !STOP.test(text.charAt(c.end - 1)));
}

function finding(text: string, counters: readonly { chunk: Chunk; before: Chunk }[]): RuleFinding {
  const spans = counters.map(({ chunk }) => {
    const start = chunk.line.start;
    return { start, end: start + (COUNTER.exec(chunk.line.text) as RegExpExecArray)[0].length };
  });
  const first = counters[0] as { chunk: Chunk; before: Chunk };
  const firstSpan = spans[0] as { start: number; end: number };
  const cut = `“${text.slice(first.before.end - SIDE, first.before.end)}”/“${text.slice(firstSpan.end, firstSpan.end + SIDE)}”`;
  const where = counters.map(({ chunk }) => `第 ${chunk.line.line + 1} 行的“${chunk.n}、”`).join('、');
  const whereEn = counters.map(({ chunk }) => `“${chunk.n}、” on line ${chunk.line.line + 1}`).join(', ');
  return {
    // the first counter, the others related: the text between them is the report's
    span: firstSpan,
    message: {
      zh: `文档分享网站分段时在段首加的段号（${where}），夹在被切开的词句中间（如${cut}），不属于报告内容：请删去段号并接上前后文字`,
      en:
        `Chunk numbers a document-sharing site put at the head of each chunk it cut the text into (${whereEn}), ` +
        `inside cut words (e.g. ${cut}): delete them and join the text`,
    },
    related: spans.map((span) => ({ span, message: { zh: '文档分享网站的段号', en: "a sharing site's chunk number" } })),
    fix: {
      title: { zh: '删去段号并接上前后文字', en: 'Delete the chunk numbers and join the text' },
      edits: counters.map(({ before }, i) => ({ start: before.end, end: (spans[i] as { end: number }).end, newText: '' })),
      safe: false,
    },
  };
}
