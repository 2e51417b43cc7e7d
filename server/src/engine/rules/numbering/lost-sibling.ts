// A heading between two of the template's headings that lost its number, written like the one before it
// (临河退役军人 2023: (一)资金投入情况分析, then 总体绩效情况分析 with no number, )总体绩效目标完成情况分析 and
// (四)绩效指标完成情况分析). The template does not name it, so the outline does not hold it; the report's own
// numbers leave a number for it: the next sibling's own number (or the first one after it not broken) is one past
// what the template counts. Then it gets the finding, and the siblings after it are counted with it: (四) is right
// and the broken ) is (三) — one finding for the lost number, not one more for each sibling after it. A sibling between them
// that repeats the number before it (repeated-after.ts, `repeats`: the offsets of its findings) is counted alike, and so is
// a top-level one whose number the parser does not read (二．绩效目标完成情况), the number the siblings leave for it.
import type { TextLine } from '../../parse/blocks.js';
import type { MarkerLevel } from '../../parse/markers.js';
import type { Outline, Section } from '../../model/outline.js';
import { keptSeparator, lostAfterRun, MAX_LOST_TITLE } from '../../model/lost-number.js';
import { readingOf } from '../../parse/blocks.js';
import { indexOfLine } from '../../parse/line-search.js';
import { eq, zq } from '../format.js';
import { UNREAD_MARKER, unreadValue } from './unread-marker.js';
import type { RuleFinding } from '../rule.js';

export interface LostSiblings {
  /** How many lost numbers come before a section among its siblings: its number is the template's plus these. */
  shift: Map<Section, number>;
  findings: RuleFinding[];
}

/** Whether the first sibling from `from` on with a whole number of its level has the number `n + 1` past its count. */
function confirmed(list: readonly Section[], from: number, expected: (s: Section) => number): boolean {
  for (let k = from; k < list.length; k++) {
    const s = list[k] as Section;
    const m = s.heading.head.marker;
    if (!m || m.broken) continue;
    return m.level === s.level && m.value === expected(s) + 1;
  }
  return false;
}

export function lostSiblings(
  outline: Outline,
  lines: readonly TextLine[],
  expected: Map<Section, number>,
  numberFor: (level: MarkerLevel, n: number) => string,
  repeats: readonly number[] = [],
): LostSiblings {
  const shift = new Map<Section, number>();
  const findings: RuleFinding[] = [];
  const count = (s: Section): number => (expected.get(s) ?? 1) + (shift.get(s) ?? 0);
  const stack: (readonly Section[])[] = [outline.roots];
  for (let list = stack.pop(); list; list = stack.pop()) {
    for (const s of list) stack.push(s.children);
    if ((list[0]?.level ?? 3) > 2) continue;
    for (let i = 0; i + 1 < list.length; i++) {
      const a = list[i] as Section;
      const b = list[i + 1] as Section;
      const own = a.heading.head.marker;
      // the numbers first: the lines between two siblings are read only where the numbers after them leave room
      if (!own || own.broken || own.level !== a.level || own.value !== count(a) || !confirmed(list, i + 1, count)) continue;
      const from = indexOfLine(lines, a.heading.line);
      const to = indexOfLine(lines, b.heading.line);
      if (from < 0 || to < 0) continue;
      const lost = lostAfterRun(lines, a.heading.line, from + 1, to);
      // a sibling numbered as the one before it (一、部门基本情况 … 一、绩效目标完成情况 … 三、存在问题): told once, by
      // repeated-after.ts; the siblings after it count it, so its one slip is not one more finding for each of them
      const repeated = !lost && anyBetween(repeats, a.heading.line.start, b.heading.line.start);
      // or one whose number the parser does not read (二．绩效目标完成情况, 叁、存在问题): told here, where its number is certain
      const unread = lost || repeated || a.level !== 1 ? undefined : unreadBetween(lines, from + 1, to, count(a) + 1);
      if (!lost && !repeated && !unread) continue;
      const want = numberFor(a.level, count(a) + 1);
      // a title that kept its number's separator (`、科普活动开展` among （一）、 （二）、: lost-number.ts reads no other) takes
      // the number without it
      const left = lost ? keptSeparator(lost) : '';
      for (let k = i + 1; k < list.length; k++) shift.set(list[k] as Section, (shift.get(list[k] as Section) ?? 0) + 1);
      // a line taken for one that lost its number may hold it in a form not read as one (二．绩效目标完成情况): replaced, not
      // written before it
      const lostWritten = lost ? writtenNumber(lost) : undefined;
      if (lost && lostWritten) findings.push(unreadFinding(lostWritten, want));
      else if (lost) findings.push(lostFinding(lost, own.text + a.heading.head.title, want, left));
      if (unread) findings.push(unreadFinding(unread, want));
    }
  }
  return { shift, findings };
}

/** Whether a number of `sorted` (ascending) lies strictly between `from` and `to`: a binary search, per pair of siblings. */
function anyBetween(sorted: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && (sorted[lo] as number) < to;
}

/** The one line among `lines[from, to)` that starts with the number `n` in a form not read as one, before a short title. */
function unreadBetween(lines: readonly TextLine[], from: number, to: number, n: number): Unread | undefined {
  let found: Unread | undefined;
  for (let k = from; k < to; k++) {
    const line = lines[k] as TextLine;
    // a top-level number read as one between them (一.部门职能 二.人员情况 as a level of the report's own, under 一、, then
    // 二、绩效目标完成情况 the outline left out): the siblings' count is not this line's to take
    if (readingOf(line).head.marker?.level === 1) return undefined;
    const unread = writtenNumber(line);
    if (!unread || unreadValue(unread.written) !== n) continue;
    const title = line.text.slice(unread.at + unread.written.length).trim();
    if (title.length < 2 || [...title].length > MAX_LOST_TITLE || /[。；;，,：:]/.test(title)) continue;
    if (found) return undefined;
    found = unread;
  }
  return found;
}

/** A number at a line's start in a form not read as one (二．, 叁、), if it has one: whatever its value, it gives way. */
function writtenNumber(line: TextLine): Unread | undefined {
  const at = LEAD.exec(line.text)?.[0].length ?? 0;
  const written = UNREAD_MARKER.exec(line.text.slice(at))?.[0];
  return written ? { line, at, written } : undefined;
}

/** A line's marks before its text: a Markdown heading's #, spaces. */
const LEAD = /^[#\s\u3000]*/;

interface Unread {
  line: TextLine;
  /** Where the number starts in the line, and the number as written with the spaces after it. */
  at: number;
  written: string;
}

function unreadFinding({ line, at, written }: Unread, want: string): RuleFinding {
  const title = line.text.slice(at + written.length).trim();
  const seen = written.trim();
  const start = line.start + at;
  return {
    span: { start, end: line.start + line.text.trimEnd().length },
    message: {
      zh: `标题${zq(seen + title)}的编号${zq(seen)}不是规范编号，应为${zq(want + title)}`,
      en: `Heading ${eq(seen + title)} is numbered ${eq(seen)}, not a standard number; it should read ${eq(want + title)}`,
    },
    // the number is certain (the siblings around it leave it), the line may as well be a caption: offered, never applied
    fix: {
      title: { zh: `改为${zq(want)}`, en: `Change to ${eq(want)}` },
      edits: [{ start, end: start + written.length, newText: want }],
      safe: false,
    },
  };
}

/** `left`: the separator the title kept, which the number written before it ends with: only the rest is put in. */
function lostFinding(line: TextLine, before: string, want: string, left: string): RuleFinding {
  const { head } = readingOf(line);
  const at = line.start + head.titleStart;
  const put = left ? want.slice(0, -left.length) : want;
  const reads = put + head.title;
  return {
    span: { start: at, end: line.start + head.titleEnd },
    message: {
      zh: `标题${zq(head.title)}缺少编号：它跟在${zq(before)}之后、写法相同，其后的编号也为它留了位置，应为${zq(reads)}`,
      en:
        `Heading ${eq(head.title)} has no number: it follows ${eq(before)}, written like it, and the numbers after it leave ` +
        `room for it: it should read ${eq(reads)}`,
    },
    fix: {
      title: { zh: `补上编号${zq(put)}`, en: `Add the number ${eq(put)}` },
      edits: [{ start: at, end: at, newText: put }],
      safe: false,
    },
  };
}
