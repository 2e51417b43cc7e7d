// What number each heading should carry, and which template sections stand out of order.
//
// A template section's number comes from the template (templateNumber in template/template.ts), so
// inserting every missing section and renumbering to these values gives a consistent outline.
// Headings the template does not know continue the numbering of the sibling before them.
import { templateNumber, type Template, type TemplateSection } from '../template/template.js';
import type { Heading, Outline, Section } from './outline.js';

/** Per outline: section-order and heading-numbering both ask, on every check. */
const outOfOrderMemo = new WeakMap<Outline, ReadonlySet<Section>>();

/** Sections whose template position disagrees with their document position (not in the longest ordered run). */
export function outOfOrderSections(outline: Outline): ReadonlySet<Section> {
  let out = outOfOrderMemo.get(outline);
  if (!out) outOfOrderMemo.set(outline, (out = readOutOfOrder(outline)));
  return out;
}

function readOutOfOrder(outline: Outline): Set<Section> {
  const out = new Set<Section>();
  const visit = (children: Section[]): void => {
    // the order of the template's siblings only: a section's index counts among its own template parent's parts, and one
    // heading may stand beside another parent's parts (蒲江口 2022, made up: 三、's （二）绩效目标完成情况 beside 四、评价结论
    // 五、存在的问题, the parts of the 四川 outline's 四、 written as chapters; 容水 2024: 预算编制 预算执行, parts of 绩效指标分析,
    // beside 自评结果): the template puts neither before the other
    const groups = new Map<string | undefined, Section[]>();
    for (const c of children) {
      if (!c.tsec || c.heading.duplicate) continue;
      const parent = c.tsec.parent?.id;
      const group = groups.get(parent);
      if (group) group.push(c);
      else groups.set(parent, [c]);
    }
    for (const group of groups.values()) {
      const matched = group.filter((c, i) => !resultAtAnEnd(group, i));
      const keep = longestIncreasing(matched.map((c) => (c.tsec as TemplateSection).index));
      matched.forEach((c, i) => {
        if (!keep.has(i)) out.add(c);
      });
    }
    for (const c of children) visit(c.children);
  };
  visit(outline.roots);
  return out;
}

/**
 * The result/conclusion section (评价结论, 自评结论, 自评结果) has no one place across the known outlines: 云南's
 * project outline puts it first, 财预〔2020〕10号's third, after 基本情况 and 工作开展情况, and many county project
 * reports last, after 存在问题 and 改进措施 (韶关 2021, 万州 2023, 吐峪 2021, 松溪 2021, 鲁河 2024, made up). Standing
 * first or last among its matched siblings (a trailing 其他需要说明的问题 aside), it follows a known outline and is
 * not held to the chosen template's order; in the middle it still is.
 */
function resultAtAnEnd(group: Section[], i: number): boolean {
  if (group[i]?.tsec?.role !== 'result') return false;
  if (i === 0) return true;
  for (let j = i + 1; j < group.length; j++) if ((group[j]?.tsec as TemplateSection).id !== 'other') return false;
  return true;
}

/** Indices of one longest strictly increasing subsequence (patience sorting, O(n log n)). */
function longestIncreasing(values: number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array<number>(values.length).fill(-1);
  values.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] as number] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1] as number;
    tails[lo] = i;
  });
  const keep = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = prev[i] as number) keep.add(i);
  return keep;
}

/** Each section with the offset its span since the sibling before (or its parent's heading) starts from. */
function eachSinceBefore(outline: Outline, visit: (c: Section, from: number) => void): void {
  const walk = (children: Section[], parentStart: number): void => {
    children.forEach((c, i) => {
      visit(c, i > 0 ? (children[i - 1] as Section).start : parentStart);
      walk(c.children, c.start);
    });
  };
  walk(outline.roots, 0);
}

/**
 * Sections whose number may only seem to skip: a Markdown heading of their depth with no number
 * stands between them and the sibling before, and its number may be the one that was lost
 * (`### （五）…`, `### 其他事项`, `### （七）附件`), or a heading that kept only its number's closing
 * bracket (`lostNumbers`, ascending offsets). Renumbering them is then a guess.
 */
export function afterUnnumbered(outline: Outline, lostNumbers: readonly number[] = []): Set<Section> {
  const out = new Set<Section>();
  eachSinceBefore(outline, (c, from) => {
    const starts = outline.unnumbered.get(c.heading.line.mdDepth);
    if ((starts && firstAfter(starts, from) < c.start) || firstAfter(lostNumbers, from) < c.start) out.add(c);
  });
  return out;
}

/**
 * How many headings that kept only their number's closing bracket (`lostNumbers`, ascending offsets) stand between each
 * section and the sibling before it (泸西交警 2024: `)部门职能职责` right under 一、, then （二）机构设置及人员情况): numbers
 * the section's own counts, so that （二） is right there.
 */
export function lostNumbersBefore(outline: Outline, lostNumbers: readonly number[]): Map<Section, number> {
  const out = new Map<Section, number>();
  if (lostNumbers.length === 0) return out;
  eachSinceBefore(outline, (c, from) => {
    let n = 0;
    for (let at = firstAfter(lostNumbers, from); at < c.start; at = firstAfter(lostNumbers, at)) n++;
    if (n > 0) out.set(c, n);
  });
  return out;
}

/** The first value above `x` in an ascending list (Infinity when none). */
export function firstAfter(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo] ?? Infinity;
}

/** The number each heading should carry. */
export function expectedNumbers(outline: Outline, template: Template): Map<Section, number> {
  const out = new Map<Section, number>();
  const visit = (children: Section[]): void => {
    let last = 0;
    // a sibling the template does not name, numbered at this level, came before: the template's count leaves it out
    let foreign = false;
    for (const c of children) {
      // a template that does not fit the report does not number it: the report's own sequence does;
      // the sections of an outline inside a larger document (部门决算 十三、…自评情况) keep its numbers
      const own = c.heading.head.marker;
      const numbered = own !== undefined && !own.broken && own.level === c.level;
      const byTemplate = c.tsec && !c.heading.duplicate && !outline.ownLevels;
      let n = byTemplate
        ? templateNumber(template, c.tsec!, outline.byTemplateId)
        : c.tsec && template.numbering === 'document' && numbered
          ? own.value
          : last + 1;
      // after such a sibling the template's number, lower than the report's own, would repeat one already used (一、基本情况
      // 二、绩效目标完成情况 四、存在问题: 四、 is one too many, not 二、): the sections go on from it, and a heading that lost
      // its number takes the next one. A contents line before the body (一、部门基本情况……1) is no such sibling of the
      // body's 一、, whose own number is no higher than the template's
      if (byTemplate && foreign && (!numbered || own.value > n)) n = Math.max(n, last + 1);
      if (!c.tsec && numbered) foreign = true;
      out.set(c, n);
      last = n;
      visit(c.children);
    }
  };
  visit(outline.roots);
  return out;
}

/**
 * Whether a heading's own number puts it at another level than the outline reads it at: a marker of
 * another level, or a broken one read at level 1 or 3 (what is left of it is a closing bracket, so it
 * was （一） or （1））. The outline can then be read two ways.
 */
export function numberedAtOtherLevel(h: Heading): boolean {
  const m = h.head.marker;
  if (!m) return false;
  return m.broken ? h.level % 2 === 1 : m.level !== h.level;
}
