// A heading between two of the template's headings that lost its number, written like the one before it
// (临河退役军人 2023: (一)资金投入情况分析, then 总体绩效情况分析 with no number, )总体绩效目标完成情况分析 and
// (四)绩效指标完成情况分析). The template does not name it, so the outline does not hold it; the report's own
// numbers leave a number for it: the next sibling's own number (or the first one after it not broken) is one past
// what the template counts. Then it gets the finding, and the siblings after it are counted with it: (四) is right
// and the broken ) is (三) — one finding for the lost number, not one more for each sibling after it.
import type { TextLine } from '../../parse/blocks.js';
import type { MarkerLevel } from '../../parse/markers.js';
import type { Outline, Section } from '../../model/outline.js';
import { lostAfterRun } from '../../model/lost-number.js';
import { readingOf } from '../../parse/blocks.js';
import { indexOfLine } from '../../parse/line-search.js';
import { eq, zq } from '../format.js';
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
      if (!lost) continue;
      for (let k = i + 1; k < list.length; k++) shift.set(list[k] as Section, (shift.get(list[k] as Section) ?? 0) + 1);
      findings.push(lostFinding(lost, own.text + a.heading.head.title, numberFor(a.level, count(a) + 1)));
    }
  }
  return { shift, findings };
}

function lostFinding(line: TextLine, before: string, want: string): RuleFinding {
  const { head } = readingOf(line);
  const at = line.start + head.titleStart;
  return {
    span: { start: at, end: line.start + head.titleEnd },
    message: {
      zh: `标题${zq(head.title)}缺少编号：它跟在${zq(before)}之后、写法相同，其后的编号也为它留了位置，应为${zq(want + head.title)}`,
      en:
        `Heading ${eq(head.title)} has no number: it follows ${eq(before)}, written like it, and the numbers after it leave ` +
        `room for it: it should read ${eq(want + head.title)}`,
    },
    fix: {
      title: { zh: `补上编号${zq(want)}`, en: `Add the number ${eq(want)}` },
      edits: [{ start: at, end: at, newText: want }],
      safe: false,
    },
  };
}
