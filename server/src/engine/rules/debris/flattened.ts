// PDF text whose line breaks were flattened into spaces: 我单位及时布置自 评任务, 发展战 略, 固定 资产.
// Chinese puts no space between characters, but a drafter does pad a label (组 长：, 预 算 编 码:) and
// a flattened table keeps a space between short cells. A PDF line is some twenty characters wide or
// more, so the spaces of flattened breaks stand that far apart; a line is read as flattened only when
// most of its spaces between characters do.
import type { TextLine } from '../../parse/blocks.js';
import type { RuleFinding } from '../rule.js';

export const HAS_GAP = /[\u4e00-\u9fa5] [\u4e00-\u9fa5]/;
const CJK = /[\u4e00-\u9fa5]/;
const isCjk = (c: number): boolean => c >= 0x4e00 && c <= 0x9fa5;
/** Fewer spaces than this between characters are padding, not a flattened page. */
const MIN_GAPS = 3;
/**
 * The narrowest PDF line, in UTF-16 units: spaces closer than this are padding or table cells (基础数据表 2018: a form's
 * header cells 12, 9 and 16 apart).
 */
const LINE_WIDTH = 14;
/** A field's label right after a space: a few characters and a colon (项目单位:, 主管部门：). */
const LABEL = 6;
const LABEL_AFTER = new RegExp(`^[\\u4e00-\\u9fa5]{2,${LABEL}}[:：]`);
/** Shown in the message, each gap with the words round it, as far as `SIDE` characters on each side (北塔 2021: 医疗 保障基金). */
const QUOTED = 4;
const SIDE = 4;
/** The block's first gap is quoted with the words round it, as far as this many characters on each side: the reviewer finds it so. */
const FIRST_SIDE = 5;

/** The offsets of the spaces of flattened line breaks in a line's text, or [] when it does not read as flattened. */
export function flattenedGaps(text: string): number[] {
  const gaps: number[] = [];
  const doubled: number[] = [];
  for (let at = text.indexOf(' ', 1); at > 0 && at < text.length - 1; at = text.indexOf(' ', at + 1)) {
    if (!isCjk(text.charCodeAt(at - 1))) continue;
    // a space before a field's label (…补助项目 项目单位:…, 南宁 2018) parts two fields of a header, as a line break would
    if (LABEL_AFTER.test(text.slice(at + 1, at + 2 + LABEL))) continue;
    // the space between two issuing organs of a joint notice (《安徽省财政厅 安徽省民政厅关于…》, 明光 2023), as GB/T 9704 writes it
    if (jointIssuers(text, at)) continue;
    if (isCjk(text.charCodeAt(at + 1))) gaps.push(at);
    else if (text[at + 1] === ' ' && isCjk(text.charCodeAt(at + 2))) doubled.push(at++);
  }
  if (gaps.length < MIN_GAPS) return [];
  let wide = 0;
  for (let i = 1; i < gaps.length; i++) if ((gaps[i] as number) - (gaps[i - 1] as number) >= LINE_WIDTH) wide++;
  if (wide * 3 < (gaps.length - 1) * 2) return [];
  // a line the single spaces show flattened has its breaks as two spaces too (卫生健康  工作, 统  筹规划,
  // 湘阴卫健 2021); alone, two spaces are a label's padding (名称  湘阴县卫生健康局) and are not read
  // the space a flattened page left where a heading meets its title or its text (第一部分 元江…概况 一、主要职能 (一)主要职能
  // 元江…, 元江 羊街乡 2021) tells the line is flattened, but it cuts no word: deleting it would glue the title to the text
  const cut = gaps.filter((at) => !headingBoundary(text, at));
  return doubled.length === 0 ? cut : [...cut, ...doubled].sort((a, b) => a - b);
}

/** A heading's number: 一、, (一), （一）, 第一部分. */
const MARKER = /[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}部分/g;
const MARKER_AFTER = new RegExp(`^(?:${MARKER.source})`);
/** A heading's title is at most this long: a longer run after a number is its text. */
const TITLE = 24;
const TITLE_BREAK = /[。；;，,：:！!？?、]/;

/** The space at `at` stands before a heading's number, or right after a number or a heading's title. */
function headingBoundary(text: string, at: number): boolean {
  if (MARKER_AFTER.test(text.slice(at + 1, at + 8))) return true;
  const from = Math.max(0, at - TITLE);
  const before = text.slice(from, at);
  let end = -1;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(before); m; m = MARKER.exec(before)) end = m.index + m[0].length;
  return end >= 0 && !TITLE_BREAK.test(before.slice(end));
}

/** The last character of an organ's name (财政厅, 民政局, 财政部, 发展改革委, 乡村振兴办). */
const ORGAN_END = new Set([...'厅局部委办署']);
/** Characters of the longest organ name after the space that read as a joint issuer (安徽省乡村振兴局: 8). */
const ORGAN = 12;

/** The space at `at` parts two organs' names: one ends before it, another within a few characters after it. */
function jointIssuers(text: string, at: number): boolean {
  if (!ORGAN_END.has(text[at - 1] as string)) return false;
  for (let i = at + 2; i < Math.min(text.length, at + 1 + ORGAN); i++) {
    if (!isCjk(text.charCodeAt(i))) return false;
    if (ORGAN_END.has(text[i] as string)) return true;
  }
  return false;
}

/** Where the spaces of the gap at `gap` end (one space, or two). */
const gapEnd = (text: string, gap: number): number => (text[gap + 1] === ' ' ? gap + 2 : gap + 1);

/** Up to `side` characters of a word on each side of the space, stopping at anything not CJK. */
function around(text: string, gap: number, side: number): string {
  let s = gap;
  while (s > 0 && gap - s < side && CJK.test(text[s - 1] as string)) s--;
  const after = gapEnd(text, gap);
  let e = after;
  while (e < text.length && e - after < side && CJK.test(text[e] as string)) e++;
  return text.slice(s, e);
}

/** A line's text (or a source line cut into pieces) and the offsets of its flattened gaps. */
export interface FlattenedLine {
  line: Pick<TextLine, 'start' | 'text'>;
  gaps: number[];
}

/**
 * One finding per block of flattened lines, `parts` in any order: lines one after another, or with only blank lines
 * between, are one piece of extraction debris for the reviewer (宝坻 2019: lines 2–3, one point).
 */
export function flattenedFindings(text: string, parts: readonly FlattenedLine[]): RuleFinding[] {
  const sorted = [...parts].sort((a, b) => a.line.start - b.line.start);
  const out: RuleFinding[] = [];
  let block: FlattenedLine[] = [];
  for (const part of sorted) {
    const prev = block[block.length - 1];
    if (prev && !nextTo(text, prev.line, part.line)) {
      out.push(flattenedFinding(block));
      block = [];
    }
    block.push(part);
  }
  if (block.length > 0) out.push(flattenedFinding(block));
  return out;
}

/** `b` is the source line after `a`, or blank lines alone lie between. */
function nextTo(text: string, a: FlattenedLine['line'], b: FlattenedLine['line']): boolean {
  const between = text.slice(a.start + a.text.length, b.start).split(/\r\n|\r|\n/);
  return between.length >= 2 && between.slice(1, -1).every((l) => l.trim() === '') && (between.at(-1) as string).trim() === '';
}

function flattenedFinding(block: readonly FlattenedLine[]): RuleFinding {
  const all = block.flatMap(({ line, gaps }) => gaps.map((g) => ({ line, g })));
  const { line: firstLine, g: first } = all[0] as { line: FlattenedLine['line']; g: number };
  const { line: lastLine, g: last } = all[all.length - 1] as { line: FlattenedLine['line']; g: number };
  const quoted = all
    .slice(0, QUOTED)
    .map(({ line, g }, i) => `“${around(line.text, g, i === 0 ? FIRST_SIDE : SIDE)}”`)
    .join('');
  const n = all.length;
  return {
    severity: 'information',
    span: { start: firstLine.start + first - 1, end: lastLine.start + gapEnd(lastLine.text, last) + 1 },
    message: {
      zh: `PDF 的换行被压成了空格，夹在字词中间（${n} 处，如${quoted}）：请删去汉字之间的空格；标题与正文之间的空格请改为换行`,
      en:
        `PDF line breaks flattened into spaces inside words (${n}, e.g. ${quoted}): delete the spaces between the characters; ` +
        'where a title meets the text, break the line instead',
    },
    fix: {
      title: { zh: '删去汉字之间的空格', en: 'Delete the spaces between the characters' },
      edits: all.map(({ line, g }) => ({ start: line.start + g, end: line.start + gapEnd(line.text, g), newText: '' })),
      safe: false,
    },
  };
}
