// A report's numbering read on its own sequence, for a report no template fits (template-fit.ts):
// every numbered line — heading or list item, on a line of its own or run into one (run-in.ts) —
// continues the run of its level (一、 → （一） → 1. → （1）) or starts one. A number that neither
// continues its run nor starts a new one at 1 is a slip: a repeat (1. 2. 3. 4. 4. 5.), a skip, or a
// number that goes back. The report's own outline is never compared with another's.
import { readingOf, type TextLine } from '../parse/blocks.js';
import type { ChunkView } from '../parse/chunks.js';
import { lineMemo } from '../parse/line-memo.js';
import { chunkDiff, chunkPicks, lineBases, pickedChunks, pickedLines } from '../parse/picked-lines.js';
import { readEnclosedMarker, type Marker, type MarkerLevel } from '../parse/markers.js';
import { gluedTopNumbers, runInTopNumbers } from '../parse/run-in.js';
import { charTable } from '../text/char-table.js';
import { itemCodes, levelOf, valueOf } from './item-codes.js';
import { isHanCode } from '../text/han.js';
import { toChineseNumeral } from '../text/normalize.js';
import { lostAfterRun, MAX_LOST_TITLE, SHARED_ENDING_ITEM, untitledHeading } from './lost-number.js';

export interface NumberedItem {
  line: TextLine;
  marker: Marker;
  level: MarkerLevel;
  /** Its place among the numbered lines of the report. */
  index: number;
  /** Its place among the lines of the report. */
  lineIndex: number;
  /** The only item of its run (a number of another level standing alone may be one of a run written at the wrong level). */
  alone: boolean;
}

export interface NumberingSlip {
  item: NumberedItem;
  /** The item before it in its run. */
  before: NumberedItem;
  /**
   * `level`: the item stands alone at another level with the number its neighbours' run lacks
   * (（一） （二） 3. （四）); `lost`: `line`, an unnumbered title between them, lacks it; `damaged`:
   * `line` starts with what is left of it (`二 绩效管理…` lost its 、, `、部门整体…` its numeral).
   */
  kind: 'repeat' | 'skip' | 'back' | 'broken' | 'level' | 'lost' | 'damaged';
  /** For `lost` and `damaged`: the title line that lost its number or part of it. */
  line?: TextLine;
  /** For `damaged`: where what is left of the number stands (offsets in the line's text). */
  remnant?: { start: number; end: number };
  /**
   * For `damaged` after the last number of a run: the lines after `line` that lost theirs the same way,
   * each the next number. One slip: a reader sees one run of lost numbers, not one slip per line.
   */
  following?: { line: TextLine; remnant: { start: number; end: number }; expected: number }[];
  /** The number the run calls for here. */
  expected: number;
  /**
   * The next item of the run carries `expected + 1` (or a broken number ends the run): only this
   * number fits between its neighbours. Otherwise the numbers after it follow on from it, and
   * whether an item was lost or this one is wrong is a guess.
   */
  certain: boolean;
  /**
   * Every number of the run is written in one form (brackets, separator, no space before the title):
   * a broken number written afresh takes it.
   */
  oneForm: boolean;
}

/**
 * How many runs left open below the current one of a level an item may go back to: lists nest a few
 * deep, and a text of a thousand lists each started at 1 must not make every item search them all.
 */
const RESUMABLE = 8;

interface Run {
  items: NumberedItem[];
  last: number;
}

/** A line longer than a title: a paragraph, or a page of flattened text. */
const PARAGRAPH = 80;

/**
 * The line before is a paragraph cut in the middle of a word, with no mark to end it: the number
 * that starts this line is inside the cut sentence — a document-sharing site's page counter
 * (南昌 2022: `…7座墓` / `2、碑、生平简介等刻字`), not an item.
 */
function insideCutSentence(line: TextLine, before: TextLine | undefined): boolean {
  // the source line before, read to its end (its last item when items run into it), right above this one
  if (!before || line.inLine || before.line !== line.line - 1 || before.end - before.lineStart <= PARAGRAPH) return false;
  const text = before.text.trimEnd();
  const last = text.charCodeAt(text.length - 1);
  return last >= 0x4e00 && last <= 0x9fff;
}

/** A line's number at its start, ⑴ and ⒈ too: a run written ⑴ ⑵ ⑶ is no gap between （1） and （4）. */
const markerOf = (line: TextLine): Marker | undefined => readingOf(line).head.marker ?? readEnclosedMarker(line.text);

/** The lines with a number at their start, kept per chunk: read up to three times on every keystroke. */
const markedLines = pickedLines((line) => markerOf(line) !== undefined);

/**
 * What a chunk alone says of its numbered lines: where they stand in its lines, their numbers, and whether each is an
 * item (1), a site's page counter (0), or, the chunk's first line, decided by the line before it in another chunk (2).
 * Kept per chunk (a chunk that outlives an edit keeps its lines and their text): a long report numbers half its lines,
 * read on every keystroke.
 */
interface ChunkNumbers {
  at: readonly number[];
  markers: readonly Marker[];
  item: readonly (0 | 1 | 2)[];
}

const chunkNumbers = new WeakMap<ChunkView, ChunkNumbers>();
const markedOf = chunkPicks(markedLines);

function numbersOf(chunk: ChunkView): ChunkNumbers {
  let out = chunkNumbers.get(chunk);
  if (!out) {
    const at = markedOf(chunk);
    const markers: Marker[] = [];
    const item: (0 | 1 | 2)[] = [];
    for (const i of at) {
      const line = chunk.lines[i] as TextLine;
      const m = markerOf(line) as Marker;
      markers.push(m);
      item.push(itemAfter(line, m, i === 0 ? 'another chunk' : chunk.lines[i - 1]));
    }
    chunkNumbers.set(chunk, (out = { at, markers, item }));
  }
  return out;
}

/** Whether the numbered line is an item after the line before it, or a page counter (2: the line before is unknown). */
function itemAfter(line: TextLine, m: Marker, before: TextLine | undefined | 'another chunk'): 0 | 1 | 2 {
  // a site's page counter is written in figures: 一、 and （二） are the report's own, even after a paragraph
  // that lost its last mark (五华 2023: …总投资为132526.13万元 / （二）项目决策情况。)
  if (m.level <= 2 && !m.broken) return 1;
  if (before === 'another chunk') return 2;
  return insideCutSentence(line, before) ? 0 : 1;
}

/**
 * The numbered lines of the report, in order. With the report's chunks (whose lines `lines` are), only the chunks with a
 * number are visited, each read once (numbersOf), and a list of chunks that follows the last one asked (a keystroke)
 * takes over the items of the chunks it kept (reusedItems). readRuns marks the items (a broken number's level, a run of
 * one): every item handed out starts unmarked.
 */
export function numberedItems(lines: readonly TextLine[], chunks?: readonly ChunkView[]): NumberedItem[] {
  if (!chunks) {
    const out: NumberedItem[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as TextLine;
      const m = markerOf(line);
      if (m && itemAfter(line, m, lines[i - 1]) === 1)
        out.push({ line, marker: m, level: m.level, index: out.length, lineIndex: i, alone: false });
    }
    return out;
  }
  const out = chunks.length > SHORT_LIST && lastItems ? reusedItems(lines, chunks, lastItems) : freshItems(lines, chunks);
  // only the items readRuns marked are reset: the others are as made (a 1 MB report keeps 2,000 items, a few marked)
  for (const item of marked) {
    item.level = item.marker.level;
    item.alone = false;
  }
  marked.length = 0;
  return out;
}

/** The items readRuns marked since numberedItems last handed out a list (a broken number's level, a run of one). */
const marked: NumberedItem[] = [];

/** A list of chunks this short (a chunk's own view) is read whole, and not kept. */
const SHORT_LIST = 4;

/**
 * The last list built from a list of chunks, with where each chunk's items start in it (`firstOf`, one more entry than
 * chunks) and each chunk's first line among the report's lines (`bases`). Held strongly, as picked-lines' lastDiff is:
 * one list until the next check replaces it.
 */
interface ItemList {
  chunks: readonly ChunkView[];
  out: NumberedItem[];
  firstOf: Int32Array;
  bases: Int32Array;
}
let lastItems: ItemList | undefined;

/** The items of chunks [from, to) of `chunks`, appended to `out`, with each chunk's first item's place in `firstOf`. */
function addItems(lines: readonly TextLine[], chunks: readonly ChunkView[], from: number, to: number, g: ItemList): void {
  const { out, firstOf, bases } = g;
  for (let c = from; c < to; c++) {
    firstOf[c] = out.length;
    const chunk = chunks[c] as ChunkView;
    if (!markedOf(chunk).length) continue;
    const base = bases[c] as number;
    const { at, markers, item } = numbersOf(chunk);
    for (let k = 0; k < at.length; k++) {
      const i = base + (at[k] as number);
      const line = chunk.lines[at[k] as number] as TextLine;
      const m = markers[k] as Marker;
      const is = item[k] === 2 ? itemAfter(line, m, lines[i - 1]) : item[k];
      if (is === 1) out.push({ line, marker: m, level: m.level, index: out.length, lineIndex: i, alone: false });
    }
  }
}

function freshItems(lines: readonly TextLine[], chunks: readonly ChunkView[]): NumberedItem[] {
  const g: ItemList = { chunks, out: [], firstOf: new Int32Array(chunks.length + 1), bases: lineBases(chunks) };
  const hits = pickedChunks(markedLines, chunks);
  let from = 0;
  for (const c of hits) {
    for (; from < c; from++) g.firstOf[from] = g.out.length;
    addItems(lines, chunks, c, c + 1, g);
    from = c + 1;
  }
  for (; from <= chunks.length; from++) g.firstOf[from] = g.out.length;
  if (chunks.length > SHORT_LIST) lastItems = g;
  return g.out;
}

/**
 * The items of `chunks` from the last list's: those of the chunks kept at the start as they were; the chunks parsed
 * again, and the first chunk kept at the end (its first item may follow a line parsed again: itemAfter), read anew; the
 * rest of the chunks kept at the end as they were, or moved (new items at their new places) when the lines or the
 * items before them grew or shrank.
 */
function reusedItems(lines: readonly TextLine[], chunks: readonly ChunkView[], last: ItemList): NumberedItem[] {
  if (last.chunks === chunks) return last.out;
  const { same, tail } = chunkDiff(last.chunks, chunks);
  if (same === 0 && tail === 0) return freshItems(lines, chunks);
  const g: ItemList = {
    chunks,
    out: last.out.slice(0, last.firstOf[same]),
    firstOf: new Int32Array(chunks.length + 1),
    bases: lineBases(chunks),
  };
  g.firstOf.set(last.firstOf.subarray(0, same));
  const kept = chunks.length - tail;
  // the chunks parsed again and the first one kept at the end
  addItems(lines, chunks, same, Math.min(chunks.length, kept + 1), g);
  const moved = last.chunks.length - chunks.length;
  for (let c = kept + 1; c < chunks.length; c++) {
    const k = c + moved;
    g.firstOf[c] = g.out.length;
    const from = last.firstOf[k] as number;
    const to = last.firstOf[k + 1] as number;
    const byLines = (g.bases[c] as number) - (last.bases[k] as number);
    const byItems = g.out.length - from;
    for (let x = from; x < to; x++) {
      const item = last.out[x] as NumberedItem;
      g.out.push(byLines === 0 && byItems === 0 ? item : { ...item, index: item.index + byItems, lineIndex: item.lineIndex + byLines });
    }
  }
  g.firstOf[chunks.length] = g.out.length;
  lastItems = g;
  return g.out;
}

/**
 * The runs of numbers: an item continues the open run of its level, or one left open above it (a
 * list of （一）…（十四） inside a （二） section goes back to （三） after it); an item numbered 1 starts
 * a run; any other number joins the open run as a slip. An item of a level ends the runs below it.
 */
function readRuns(items: readonly NumberedItem[]): Run[] {
  const all: Run[] = [];
  const open: Run[][] = [[], [], [], [], []];
  const closeBelow = (level: number): void => {
    // setting an array's length is a call into the runtime even when it is 0 already: a fifth of the walk's time
    for (let l = level + 1; l <= 4; l++) if ((open[l] as Run[]).length > 0) (open[l] as Run[]).length = 0;
  };
  let lastLevel = 0;
  // the numbers' levels and values read from their integers (item-codes.ts), the items themselves only as they join a run
  const codes = itemCodes(items);
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as NumberedItem;
    const code = codes[i] as number;
    const markerLevel = levelOf(code);
    if (markerLevel === 0) {
      // what is left is a closing bracket: （一） or （1）, whichever the text was at
      const level: MarkerLevel = lastLevel >= 3 && (open[4] as Run[]).length > 0 ? 4 : 2;
      const top = (open[level] as Run[]).at(-1);
      if (top) {
        item.level = level;
        marked.push(item);
        top.items.push(item);
        top.last++;
        closeBelow(level);
      }
      continue;
    }
    const value = valueOf(code);
    lastLevel = markerLevel;
    const stack = open[markerLevel] as Run[];
    const top = stack.at(-1);
    let run: Run | undefined;
    if (top && value === top.last + 1) run = top;
    else {
      for (let j = stack.length - 2; j >= Math.max(0, stack.length - 1 - RESUMABLE) && !run; j--) {
        if ((stack[j] as Run).last + 1 === value) {
          run = stack[j];
          stack.length = j + 1;
        }
      }
    }
    if (!run && (value === 1 || !top)) {
      // a new run: a list inside an item of the same level keeps the runs below open (their items go on after it)
      if (!top) closeBelow(markerLevel);
      const fresh: Run = { items: [item], last: value };
      stack.push(fresh);
      all.push(fresh);
      continue;
    }
    run ??= top as Run;
    run.items.push(item);
    run.last = value;
    closeBelow(markerLevel);
  }
  for (const r of all) {
    if (r.items.length !== 1) continue;
    (r.items[0] as NumberedItem).alone = true;
    marked.push(r.items[0] as NumberedItem);
  }
  return all;
}

/**
 * What stands in the gap of a number skipped once between `before` and `item`: the one item of
 * another level carrying the missing number alone, or else the one unnumbered title line; undefined
 * when there is none, or more than one (the gap is then a plain skip).
 */
function inGap(
  items: readonly NumberedItem[],
  lines: readonly TextLine[],
  before: NumberedItem,
  item: NumberedItem,
  expected: number,
): Pick<NumberingSlip, 'kind' | 'item' | 'line'> | undefined {
  const strays = items.slice(before.index + 1, item.index).filter((x) => x.alone && !x.marker.broken && x.marker.value === expected);
  if (strays.length === 1) return { kind: 'level', item: strays[0] as NumberedItem };
  if (strays.length > 1) return undefined;
  const numeral = item.level === 1 ? toChineseNumeral(expected) : undefined;
  let lost: TextLine | undefined;
  let damaged: Pick<NumberingSlip, 'kind' | 'item' | 'line' | 'remnant'> | undefined;
  for (let k = before.lineIndex + 1; k < item.lineIndex; k++) {
    const line = lines[k] as TextLine;
    const found = numeral === undefined ? undefined : damagedNumber(line.text, numeral);
    const remnant = found && !wrappedOn(lines, k) ? found : undefined;
    if (remnant) {
      if (damaged) return undefined;
      damaged = { kind: 'damaged', item, line, remnant };
      continue;
    }
    if (!untitledHeading(line)) continue;
    if (lost) return undefined;
    lost = line;
  }
  // what is left of the missing number says where it was: surer than a title that lost it all
  if (damaged) return damaged;
  return lost ? { kind: 'lost', item, line: lost } : undefined;
}

/** By char code: read at the start of every line after a report's last 一、. */
const INDENT = charTable(' \u3000\t');
/**
 * The lines damagedNumber may take, whatever the numeral: a 、 or the first character of a numeral (一 to 十) first after
 * the indent. Kept per chunk: a keystroke tests the chunks parsed again.
 */
const remnantLines = pickedLines((line) => REMNANT_START.test(line.text), undefined, /[、一二三四五六七八九十]/);
const REMNANT_START = /^[ \u3000\t]*[、一二三四五六七八九十]/;

const CN_NUM = '一二三四五六七八九十';
const GAP = new Set([' ', '\u3000', '\u00a0']);
const COMMA_CODE = '、'.charCodeAt(0);

/**
 * What is left of a top-level number at the start of a line (after its indent): the numeral with
 * spaces where the 、 was (PDF text, `二 绩效管理工作开展情况`), or the 、 alone (`、部门整体…`).
 * A title must follow, so a figure or a list of numerals is no remnant.
 */
export function damagedNumber(text: string, numeral: string): { start: number; end: number } | undefined {
  let at = 0;
  while (at < text.length && INDENT[text.charCodeAt(at)] === 1) at++;
  // asked of every line after a report's last 一、 on every keystroke: most start with neither, told by code
  const first = text.charCodeAt(at);
  if (first !== COMMA_CODE && numeral !== '' && first !== numeral.charCodeAt(0)) return undefined;
  let end = at;
  if (text[at] === '、') end = at + 1;
  else if (text.startsWith(numeral, at)) {
    end = at + numeral.length;
    if (!GAP.has(text[end] as string)) return undefined;
    while (end < text.length && GAP.has(text[end] as string)) end++;
  } else return undefined;
  const next = text.charCodeAt(end);
  // a CJK title, not a numeral, figure, bracket or mark
  const title = next >= 0x4e00 && next <= 0x9fff && !CN_NUM.includes(text[end] as string);
  return title ? { start: at, end } : undefined;
}

/** The shortest line a PDF wraps: a title line above is shorter (十一、国有资产使用情况表). */
const WRAP_WIDTH = 20;

/**
 * Whether line `k`, in the paragraph of the line above, goes on with that line's sentence: the line above is as long as a
 * PDF's lines and stops on a character, not a mark (榕城 2025, made up: `…为436名高龄` then `、失能老年人提供上门服务；…`).
 * A 、 there joins the sentence's list, not what is left of a lost number.
 */
function wrappedOn(lines: readonly TextLine[], k: number): boolean {
  const line = lines[k] as TextLine;
  const above = lines[k - 1];
  if (line.first || !above || above.block !== line.block || line.text.trimStart()[0] !== '、') return false;
  const text = above.text.trimEnd();
  const last = text.charCodeAt(text.length - 1);
  return text.length >= WRAP_WIDTH && (isHanCode(last) || (last >= 0x30 && last <= 0x39));
}

/** A number's form: its brackets, its separator and the spaces before the title (a broken one keeps none). */
const formOf = (x: NumberedItem): string => {
  const { marker: m, line } = x;
  return `${m.open}|${m.close}|${m.sep}|${line.text.slice(m.end, readingOf(line).head.titleStart)}`;
};

/** Whether the run's numbers share one form, with no space before the title (a broken number written afresh keeps none: `）标题`). */
function writtenInOneForm(list: readonly NumberedItem[]): boolean {
  const forms = new Set(list.filter((x) => !x.marker.broken).map(formOf));
  return forms.size === 1 && [...forms][0]?.endsWith('|') === true;
}

/** The slips of the report's own numbering, in text order; `only`: those of the runs of that level alone. */
export function numberingSlips(
  items: readonly NumberedItem[],
  lines: readonly TextLine[],
  only?: MarkerLevel,
  chunks?: readonly ChunkView[],
): NumberingSlip[] {
  const out: NumberingSlip[] = [];
  // items next to each other in the text, with no number of another run between
  const adjacent = (a: NumberedItem, b: NumberedItem | undefined): boolean => b !== undefined && b.index - a.index === 1;
  for (const run of readRuns(items)) {
    const { items: list } = run;
    // every item of a run is of its first item's level (a broken one takes the level of the run it joins)
    if (only !== undefined && (list[0] as NumberedItem).level !== only) continue;
    let oneFormMemo: boolean | undefined;
    const oneForm = (): boolean => (oneFormMemo ??= writtenInOneForm(list));
    let prev = (list[0] as NumberedItem).marker.value;
    for (let i = 1; i < list.length; i++) {
      const item = list[i] as NumberedItem;
      const next = list[i + 1];
      const expected = prev + 1;
      const nextFits = next !== undefined && !next.marker.broken && next.marker.value === expected + 1;
      const before = list[i - 1] as NumberedItem;
      const m = item.marker;
      if (m.broken) {
        // what is left, a closing bracket, may be of （1） as well as （一）: certain only between two siblings that say which
        const certain = nextFits && adjacent(before, item) && adjacent(item, next);
        out.push({ item, before, kind: 'broken', expected, certain, oneForm: oneForm() });
        prev = expected;
        continue;
      }
      if (m.value !== expected) {
        const kind = m.value === prev ? 'repeat' : m.value > expected ? 'skip' : 'back';
        // a list of its own whose first item runs in after a label on the line above (保山 2022: `备注:1.预算执行…` then
        // `2.定量指标…`, after the report's 1、 2、): the number follows that item, not the run before it
        if (m.level === 3 && runInAfterLabel(lines[item.lineIndex - 1], m)) {
          prev = m.value;
          continue;
        }
        // the number skipped stands in the gap before a figure the reader took for a decimal (盐边 2021: 1. then
        // `2.164个农家书屋…` then 3.): one item, whose text starts with figures
        if (kind === 'skip' && m.level === 3 && m.value === expected + 1 && figureLedInGap(lines, before, item, expected)) {
          prev = m.value;
          continue;
        }
        // the top-level numbers skipped are there, run into the lines of the gap (琼海 2020: `…90%以上。 二、项目资金…`)
        if (kind === 'skip' && item.level === 1 && runInGap(lines, before, item, expected)) {
          prev = m.value;
          continue;
        }
        // a part of the report's own opens in the gap, its first numbers glued to its line: the run starts again there
        if (kind !== 'skip' && item.level === 1 && restartedInGap(lines, before, item)) {
          prev = m.value;
          continue;
        }
        // one number skipped: a heading of the gap may carry it at another level, or have lost it
        const gap = kind === 'skip' && m.value === expected + 1 ? inGap(items, lines, before, item, expected) : undefined;
        // what is left of the number names it: only that number fits there
        if (gap) out.push({ ...gap, before, expected, certain: gap.kind === 'damaged', oneForm: oneForm() });
        // a number that goes back may start a part of the report's own: a slip only where its neighbours say so
        // a skip may as well be a heading before it that lost its number (一、 [二、 lost] 三、): never certain
        // a repeat right after a run that starts above 1 (二、 二、 四、) may as well be the first one wrong: certain
        // only once the number before it is borne out by its own predecessor, or is the 1 a run starts with
        else if (kind !== 'back' || nextFits) {
          const beforeBorneOut = i > 1 || before.marker.value === 1;
          const certain = nextFits && kind !== 'skip' && (kind !== 'repeat' || beforeBorneOut);
          out.push({ item, before, kind, expected, certain, oneForm: oneForm() });
        }
        prev = !gap && nextFits ? expected : m.value;
        continue;
      }
      prev = m.value;
    }
    const last = list.at(-1) as NumberedItem;
    if ((list[0] as NumberedItem).level === 1) out.push(...damagedAfter(items, lines, last, prev, oneForm, chunks));
    // a heading after the last of a run, written like it, that lost its number: up to the next number of any level
    if (last.level <= 3 && !last.marker.broken) {
      const to = items[last.index + 1]?.lineIndex ?? lines.length;
      const lost = lostAfterRun(lines, last.line, last.lineIndex + 1, to, last.level === 3 ? SHARED_ENDING_ITEM : undefined);
      if (lost) out.push({ item: last, before: last, kind: 'lost', line: lost, expected: prev + 1, certain: false, oneForm: oneForm() });
    }
  }
  return out;
}

/** After a label's colon: `备注:`, `说明：`, and spaces. */
const LABEL_COLON = new Set([':', '：']);

/**
 * Whether `line`, the line right above a level-3 number, runs in the number before it, in the same form, after a
 * label's colon (`备注:1.预算执行情况口径…` above `2.`): the first item of a list of its own.
 */
function runInAfterLabel(line: TextLine | undefined, m: Marker): boolean {
  if (!line || m.value < 2 || m.sep === '') return false;
  const first = `${m.value - 1}${m.sep}`;
  for (let at = line.text.indexOf(first); at > 0; at = line.text.indexOf(first, at + 1)) {
    let k = at - 1;
    while (k > 0 && GAP.has(line.text[k] as string)) k--;
    const after = line.text[at + first.length];
    if (LABEL_COLON.has(line.text[k] as string) && after !== undefined && !isFigure(after)) return true;
  }
  return false;
}

const isFigure = (c: string): boolean => (c >= '0' && c <= '9') || (c >= '０' && c <= '９');

/**
 * Whether exactly one line between `before` and `item` starts with the number `expected`, in their form, before a
 * figure (`2.164个农家书屋…`): the parser reads `2.164` as a decimal, but between 1. and 3. it is the item numbered 2.
 */
function figureLedInGap(lines: readonly TextLine[], before: NumberedItem, item: NumberedItem, expected: number): boolean {
  const { sep } = item.marker;
  if (sep === '' || sep !== before.marker.sep) return false;
  const lead = `${expected}${sep}`;
  let found = 0;
  for (let k = before.lineIndex + 1; k < item.lineIndex; k++) {
    const text = (lines[k] as TextLine).text;
    let at = 0;
    while (at < text.length && INDENT[text.charCodeAt(at)] === 1) at++;
    if (text.startsWith(lead, at) && isFigure(text[at + lead.length] ?? '')) found++;
  }
  return found === 1;
}

/**
 * Whether the top-level numbers `expected` up to the one before `item`'s all stand, in order, run into the
 * lines from `before`'s to the one before `item`'s after a sentence end or a space (parse/run-in.ts,
 * runInTopNumbers): text that lost its line breaks put them there, and the line's own reading, which
 * knows nothing of the lines before, did not take them (琼海 2020: 一、 then `。 二、` `。 三、` `完成 四、`
 * `。 五、` run in, 六、 on a line of its own). One missing, or out of order, and the gap is a skip.
 */
function runInGap(lines: readonly TextLine[], before: NumberedItem, item: NumberedItem, expected: number): boolean {
  let want = expected;
  for (let k = before.lineIndex; k < item.lineIndex && want < item.marker.value; k++) {
    const line = lines[k] as TextLine;
    // the number before's own line may hold the next ones glued to its title's words, a break lost between entries
    const run = k === before.lineIndex ? [...topNumbersOf(line), ...gluedOf(line)].sort((a, b) => a - b) : topNumbersOf(line);
    for (const v of run) if (v === want) want++;
  }
  return want === item.marker.value;
}

const gluedOf = lineMemo((line: TextLine): number[] => gluedTopNumbers(line.text));

/** A line opening a part of the report (第二部分, 第三部分): its top-level numbers start again at 一、. */
const PART_LINE = /^[ \u3000]*第[一二三四五六七八九十]{1,3}部分/;

/**
 * A part opens between two top-level numbers and its first numbers are glued to its own line (师宗应急 2022's 目录:
 * `二、部门基本情况`, `第二部分 2022年度部门决算表一、收入支出决算总表`, `二、收入决算表`): the second 二、 follows the part's
 * 一、, not the first 二、.
 */
function restartedInGap(lines: readonly TextLine[], before: NumberedItem, item: NumberedItem): boolean {
  for (let k = before.lineIndex + 1; k < item.lineIndex; k++) {
    const line = lines[k] as TextLine;
    if (!PART_LINE.test(line.text)) continue;
    let want = 1;
    for (const v of gluedOf(line)) if (v === want) want++;
    if (want === item.marker.value) return true;
  }
  return false;
}

/**
 * A line's run-in top-level numbers, read once per line object (a line outlives edits elsewhere: every keystroke asks the
 * gap's lines again).
 */
const topNumbersOf = lineMemo((line: TextLine): number[] => runInTopNumbers(line.text));

/**
 * Lines after the last number of a top-level run, before the next top-level number, that start with what
 * is left of the numbers that follow (临翔 2022's 目录: 十一、 then `、部门整体支出绩效自评情况表`,
 * `、部门整体支出绩效自评表`, `、项目支出绩效自评表`): each the next number, as a gap between two would be.
 */
function damagedAfter(
  items: readonly NumberedItem[],
  lines: readonly TextLine[],
  last: NumberedItem,
  value: number,
  oneForm: () => boolean,
  chunks: readonly ChunkView[] | undefined,
): NumberingSlip[] {
  let first: NumberingSlip | undefined;
  const following: NonNullable<NumberingSlip['following']> = [];
  // up to the next number of its level or above: a section's own (一)(二) come between it and the next one's
  // remnant (龙陵 2019: 三、 (一) 1. 2. 3. (二) then `、综合评价情况及评价结论`, 四、 lost)
  let after = last.index + 1;
  while (after < items.length && (items[after] as NumberedItem).level > last.level) after++;
  const end = items[after]?.lineIndex ?? lines.length;
  let expected = value + 1;
  // written once per number looked for, not once per line: the lines read run to the report's end after its last 一、
  let numeral = toChineseNumeral(expected);
  // the first numbered item after the line read, walked along with it
  let next = last.index + 1;
  const read = (k: number): void => {
    const line = lines[k] as TextLine;
    // the cheap test first: most lines start with no 、 and no numeral (wrappedOn trims the line)
    const remnant = damagedNumber(line.text, numeral);
    if (!remnant || wrappedOn(lines, k)) return;
    while (next < items.length && (items[next] as NumberedItem).lineIndex <= k) next++;
    if (belongsBelow(items, lines, last, next)) return;
    if (first) following.push({ line, remnant, expected });
    else first = { item: last, before: last, kind: 'damaged', line, remnant, expected, certain: true, oneForm: oneForm() };
    numeral = toChineseNumeral(++expected);
  };
  // the lines read run to the report's end after its last 一、: a report checked again reads only those its chunks keep as
  // opening on a 、 or a numeral (the only lines damagedNumber takes), in order, not every line on every keystroke
  if (chunks) {
    remnantLines(chunks, (_, k) => {
      if (k > last.lineIndex && k < end) read(k);
    });
  } else for (let k = last.lineIndex + 1; k < end; k++) read(k);
  if (!first) return [];
  if (following.length > 0) first.following = following;
  return [first];
}

/**
 * Whether a remnant after `last` is rather a deeper run's number that lost its bracket (渌口 2020, whose sub-items are
 * written `(一)、` `(二)、` `(三)、`): the next numbered item is a deeper one that does not open a run, so the remnant
 * stands inside that run; or the item before it is a deeper one written with a 、 after its bracket, so the 、 left may
 * be its sibling's as well as the next top-level number's. 同德镇 2021's `(三)项目财务管理情况。` then
 * `、项目绩效情况` is read as before: its sub-items have no 、 to leave.
 */
function belongsBelow(items: readonly NumberedItem[], lines: readonly TextLine[], last: NumberedItem, next: number): boolean {
  const after = items[next];
  if (after !== undefined && after.level > last.level && after.marker.value !== 1) return true;
  const before = items[next - 1] as NumberedItem;
  if (before.level <= last.level) return false;
  // a deeper item numbered with 、 (1、): the 、 left may be its next sibling's (岳阳县妇联 2023: 1、项目资金… then
  // `(1)、服务妇女儿童` whose (1) the safe-fix round trip took off, and the fix wrote 三、)
  if (before.marker.sep === '、') return true;
  const text = (lines[before.lineIndex] as TextLine).text;
  const at = text.indexOf(before.marker.text);
  return at >= 0 && text[at + before.marker.text.length] === '、';
}

/**
 * Lines whose number continues the numbered line of their level before them (in the same section)
 * when that line is not one of the template's sections (`1. 资金到位情况。` then `2. 执行率情况。`, only
 * the second the template's): the report's own sequence explains the number, where the template,
 * counting its own sections only, would call it a skip.
 */
export function continuingOwnItem(items: readonly NumberedItem[], templateLines: ReadonlySet<TextLine>): Set<TextLine> {
  const out = new Set<TextLine>();
  // the last item at each level, forgotten when an item of a shallower level opens another section
  const last: (NumberedItem | undefined)[] = [undefined, undefined, undefined, undefined, undefined];
  for (const item of items) {
    const m = item.marker;
    if (m.broken) continue;
    const prev = last[m.level];
    if (prev && !templateLines.has(prev.line) && prev.marker.value === m.value - 1) out.add(item.line);
    last[m.level] = item;
    for (let l = m.level + 1; l <= 4; l++) last[l] = undefined;
  }
  return out;
}

/** A heading whose number sits above numbers of a shallower level: it is numbered too deep. */
export interface TooDeep {
  item: NumberedItem;
  /** The first number under it, of a shallower level. */
  child: NumberedItem;
  /** The level its children say it is at: one above theirs. */
  level: MarkerLevel;
}

/**
 * The first number of the report, a heading, directly followed by the first of a shallower level
 * (徐闻前山镇 2024: `1. 单位基本情况` then `(一)单位机构设置、部门职能情况。`): a 1. cannot hold （一）s, so
 * the report's own hierarchy puts it one level above them (一、). Only the report's first number: after
 * one of a shallower level, a deeper one is a list inside it, and what follows may be the next section.
 */
export function numberedTooDeep(items: readonly NumberedItem[]): TooDeep | undefined {
  const [item, child] = items;
  if (!item || !child || item.marker.broken || child.marker.broken || item.marker.enclosed) return undefined;
  if (child.level >= item.level || child.level < 2 || item.marker.value !== 1 || child.marker.value !== 1) return undefined;
  const { head, titleLength } = readingOf(item.line);
  if (!item.line.first || head.runIn || titleLength < 2 || titleLength > MAX_LOST_TITLE) return undefined;
  return { item, child, level: (child.level - 1) as MarkerLevel };
}

/** Words an opening paragraph starts with: it gives what the report is written under (根据《…通知》要求…). */
const OPENING_START = ['根据', '按照', '依据'];

/**
 * The report's first number, 一、, on its opening paragraph (徐闻公路局 2024: `一、根据县财政局《关于做好…》…`),
 * with 二、 a heading after it: the paragraph that cites the notice opens the report and is no section, and
 * its 一、 moves every section after it one number down.
 */
export function numberedOpening(items: readonly NumberedItem[]): { item: NumberedItem; next: NumberedItem } | undefined {
  const [item] = items;
  if (!item || item.level !== 1 || item.marker.broken || item.marker.value !== 1) return undefined;
  const { head } = readingOf(item.line);
  const body = item.line.text.slice(item.marker.end).trimStart();
  if (!OPENING_START.some((w) => body.startsWith(w)) || !body.includes('《') || body.length <= PARAGRAPH) return undefined;
  if (!head.runIn && readingOf(item.line).titleLength <= MAX_LOST_TITLE) return undefined;
  const next = items.find((x) => x.level === 1 && x !== item);
  if (!next || next.marker.broken || next.marker.value !== 2 || readingOf(next.line).titleLength > MAX_LOST_TITLE) return undefined;
  return { item, next };
}
