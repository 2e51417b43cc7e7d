// Heading numbers: each heading's marker must be the one its place in the outline calls for, at the
// right level (一、 → （一） → 1. → （1）), unbroken, and present at all. A report built as its
// template is is judged against the template; any other on its own sequence (numbering-slips.ts).
import { afterUnnumbered, expectedNumbers, lostNumbersBefore, numberedAtOtherLevel, outOfOrderSections } from '../model/numbering.js';
import { markerStyles, type MarkerStyle } from '../model/marker-style.js';
import type { Heading, Section } from '../model/outline.js';
import type { Marker, MarkerLevel } from '../parse/markers.js';
import type { TextLine } from '../parse/blocks.js';
import type { Report } from '../model/report.js';
import { markerInForm } from '../fixes/section-text.js';
import { toChineseNumeral } from '../text/normalize.js';
import { siblingsOf } from '../template/template.js';
import type { RuleFinding } from './rule.js';
import { defineRule } from './rule.js';
import { eq, zq } from './format.js';
import { finding as slipFinding, ownSequenceFindings } from './numbering-slips.js';
import { numberingSlips } from '../model/own-numbering.js';
import { numberedHeading } from './numbering/numbered-heading.js';
import { continuingOwnItem, numberedItems, type NumberedItem } from '../model/own-numbering.js';
import { chunkCounterLines } from './debris/chunk-counters.js';
import { shortLineKeys } from './missing-section-doubt.js';
import { emptyMarkers } from './numbering/empty-marker.js';
import { lostSiblings } from './numbering/lost-sibling.js';
import { keptSeparator } from '../model/lost-number.js';
import { repeatedAfterHeadings } from './numbering/repeated-after.js';
import { inlineFirstLost } from './numbering/inline-first.js';
import { inlineGlued } from './numbering/inline-glued.js';
import { spacedMarkers } from './numbering/spaced-marker.js';
import { inlineRepeats } from './numbering/inline-repeat.js';
import { dashMarkers } from './numbering/dash-marker.js';
import { lostOpenBrackets } from './numbering/lost-open.js';
import { bareCloseBrackets, bareCloseStarts } from './numbering/bare-close.js';
import { lostCloseBrackets } from './numbering/lost-close.js';
import { circledSkips } from './numbering/circled-skip.js';
import { circledBare } from './numbering/circled-bare.js';
import { gluedMarkers } from './numbering/glued-marker.js';
import { gluedFirstItems } from './numbering/glued-first.js';
import { gluedRuns } from './numbering/glued-run.js';
import { gluedLists } from './numbering/glued-list.js';
import { attachmentLabels } from './numbering/attachment-label.js';
import { runOnHeadings } from './numbering/run-on-heading.js';
import { dashTopMarkers } from './numbering/dash-top.js';
import { firstTopLost } from './numbering/first-lost.js';
import { straySeparators } from './numbering/stray-separator.js';
import { firstMissing } from './numbering/first-missing.js';
import { adjacentRepeats } from './numbering/adjacent-repeat.js';
import { levelCarried } from './numbering/level-carried.js';
import { runInFirst } from './numbering/run-in-first.js';
import { runOnBare } from './numbering/run-on-bare.js';
import { gluedTop } from './numbering/glued-top.js';
import { mixedSeparators } from './numbering/mixed-separator.js';
import { levelsInverted } from './numbering/level-inverted.js';
import { unreadRun, unreadSkips, UNREAD_MARKER, type UnreadRun } from './numbering/unread-marker.js';
import { partSkips } from './numbering/part-skip.js';
import { inlinePointSkips } from './numbering/inline-point-skip.js';

const LEVEL_NAMES = ['', '一、', '（一）', '1.', '（1）'];

export default defineRule({
  id: 'heading-numbering',
  severity: 'error',
  description: {
    zh: '标题编号缺失、残缺、跳号、重复或层级不对（一、→（一）→1.→（1））。',
    en: 'Heading numbers missing, broken, skipped, repeated or at the wrong level (一、 → （一） → 1. → （1）).',
  },
  fixes: [
    { does: { zh: '补上或改正编号', en: 'Adds or corrects the number' }, safe: true },
    {
      does: {
        zh: '补上或改正编号，同级编号写法不一、层级或编号可作两种读法（倒退、重复、前有无编号标题）时；把三级编号「1、」改为「1.」',
        en:
          'Adds or corrects the number where the level writes its numbers in different forms, or the level or number can be read ' +
          'two ways (going back, repeated, after a heading without a number); writes level-3 1、 as 1.',
      },
      safe: false,
    },
  ],
  check({ report }) {
    // a number lost, its brackets left (`< >绩效自评工作开展情况`), or the first of an inline list's (`…;(2)…;(3)`), top-level
    // numbers with a space for their 、 (`一 绩效管理工作开展情况。`), a bracketed number again after its title
    // (`(一)部门(单位)基本情况(一)基本情况。`), a dash for a numeral (`(-)项目概况`), a lost opening bracket (`三) 当年…`) or
    // closing one (`(一绩效…`), a closing bracket alone (`)当年部门履职总体情况`),
    // the first top-level heading with no number in a report that writes no 一、: whatever the outline, and read on every line
    const lostClose = lostCloseBrackets(report);
    const glued = gluedMarkers(report);
    const gluedAt = new Set(glued.map((f) => f.span.start));
    // top-level numbers written throughout in one form not read as one (一．… 二．… 三．…): the drafter's; a skip in them is told
    const unread = unreadRun(report);
    const damaged = [
      ...dashMarkers(report),
      ...dashTopMarkers(report),
      ...lostClose,
      ...lostOpenBrackets(report, lostClose[0]?.span.start),
      ...bareCloseBrackets(report),
    ];
    const empty = [
      ...emptyMarkers(report),
      ...inlineFirstLost(report),
      ...inlineGlued(report),
      ...spacedMarkers(report),
      ...inlineRepeats(report),
      ...circledSkips(report),
      ...circledBare(report),
      ...glued,
      ...gluedRuns(report, gluedAt),
      ...gluedLists(report, gluedAt),
      ...gluedFirstItems(report),
      ...attachmentLabels(report),
      ...runOnHeadings(report),
      ...straySeparators(report),
      ...partSkips(report),
      ...inlinePointSkips(report),
      ...unreadSkips(report, unread),
      ...damaged,
    ];
    // the numbered lines, read once for the readings below that walk them; through the chunks' kept picks only for a
    // report checked again after edits (a report checked once reads them in one plain pass, the same items)
    // a sharing site's chunk counter (1、2018年度裕安区…, 2、间:2016 年… cutting 项目起止时间) is furniture, as pasted-debris
    // reads it, not a number of the report's
    const items = withoutCounters(numberedItems(report.parsed.lines, report.editable ? report.chunks : undefined), report);
    // a (二) with no (一) before it, a (一) right under a (一), a heading run onto a paragraph, 一、 run into one or lost
    // before its first item: said where the readings below say nothing of that number
    const gaps = [
      ...firstMissing(report, items),
      ...adjacentRepeats(report, items),
      ...levelCarried(report, items),
      ...runOnBare(report, items),
      ...runInFirst(report),
      ...gluedTop(report),
      ...mixedSeparators(report, items),
      ...levelsInverted(report, items),
    ];
    // a report no template fits is judged on its own sequence, never renumbered to a template's (where one fits, a
    // heading with no number is said below, by the template)
    if (!report.templateFits) {
      const own = unreadKept(ownSequenceFindings(report, items), unread);
      return [...own, ...empty, ...firstTopLost(report), ...unsaid(gaps, own)];
    }
    const { outline } = report;
    gaps.push(...subSkips(report, items));
    const expected = expectedNumbers(outline, report.template);
    const skip = outOfOrderSections(outline);
    const styleOf = markerStyles(outline);
    // a heading the template does not name that lost its number between two it does: the siblings after it count it
    const repeated = repeatedAfterHeadings(outline, report.parsed.lines, renumbered);
    const lost = lostSiblings(
      outline,
      report.parsed.lines,
      expected,
      (level, n) => markerInForm(styleOf(level).form, level, n),
      repeated.map((f) => f.span.start).sort((x, y) => x - y),
    );
    const bare = bareCloseStarts(report);
    const doubtful = afterUnnumbered(outline, bare);
    const lostBefore = lostNumbersBefore(outline, bare);
    // a heading the template reads at another level than its number says (a broken number is a
    // closing bracket, so （一） or （1））: the levels of the outline can be read two ways, and a number
    // written afresh at the template's level is a guess
    const levelsDisagree = outline.headings.some(numberedAtOtherLevel);
    // 1、 is a form many provinces' own outlines use (涉农 2021: 一、 （一） 1、 throughout): a note only
    // where the report also writes its level-3 numbers 1., so that its own headings disagree
    const level3Dotted = outline.headings.some((x) => x.level === 3 && x.head.marker?.level === 3 && x.head.marker.sep !== '、');
    // the report's own sequence, read only when a heading's number is not the template's
    let followsMemo: Set<TextLine> | undefined;
    const followsOwn = (line: TextLine): boolean => {
      followsMemo ??= continuingOwnItem(items, new Set(outline.headings.filter((h) => h.tsec).map((h) => h.line)));
      return followsMemo.has(line);
    };
    // the numbers that follow on from the one before at their own level: the report's own hierarchy
    let ownRunMemo: Set<TextLine> | undefined;
    const inOwnRun = (line: TextLine): boolean => (ownRunMemo ??= continuingOwnItem(items, new Set())).has(line);
    let levelsUsed: Set<number> | undefined;
    const previous = previousSiblings(outline.roots);
    // headings whose number is right, by the template or by the report's own sequence
    const numberRight = new Set<Section>();
    // headings told as a skip (their own number past the one they should carry), each with the finding that told it
    const skipped = new Map<Section, RuleFinding>();
    // the followers of each such finding, said in it rather than as skips of their own
    const followers = new Map<RuleFinding, string[]>();
    // the last number of each level the report's own hierarchy was read at, where it disagrees with the template's level
    const promoted = new Map<number, number>();
    const out: RuleFinding[] = [];
    // an excerpt that opens inside a section (大英 国内贸易 2022: a table, then （三）项目财务管理情况, its 二、 and （一）（二）
    // cut): the numbers before the first top-level heading follow headings the text does not hold
    let topSeen = false;
    for (const h of outline.headings) {
      // out-of-order sections are section-order's finding; their numbers follow once moved
      if (skip.has(h.section)) continue;
      let n = (expected.get(h.section) ?? 1) + (lost.shift.get(h.section) ?? 0);
      // a number that follows on from an item of the report's own before it is right by the report's sequence
      const own = h.head.marker;
      if (h.level === 1) topSeen = true;
      else if (!topSeen && own && !own.broken && own.level === h.level && own.value > n) {
        numberRight.add(h.section);
        continue;
      }
      if (own && own.level === h.level && own.value !== n && followsOwn(h.line)) {
        numberRight.add(h.section);
        continue;
      }
      // `1)` has no fixed level (GB/T 9704 names four, 1) is none of them): at the template's third or fourth level with the
      // template's number it is the drafter's form for that level, not a number of another level
      if (own && !own.broken && own.open === '' && own.close !== '' && h.level >= 3 && own.value === n) {
        numberRight.add(h.section);
        continue;
      }
      // a number one past that of the sibling before it, itself right, follows the report's own sequence
      // (抚远 2022: `1、产出指标…` a line of targets, then the headings 2、效益指标 3、满意度指标; 铁路沿线 2020:
      // (二)项目管理情况 (三)项目效益 under a 四、 the template names otherwise): no skip, no repeat
      const prior = previous.get(h.section);
      const priorOwn = prior?.heading.head.marker;
      if (own && prior && priorOwn && numberRight.has(prior) && sameRun(priorOwn, own)) {
        numberRight.add(h.section);
        continue;
      }
      // and one past that of a sibling told as a skip is no further skip: the report's own sequence goes on from it (青溪 2023,
      // made up: 四、 六、 七、 八、 九、, 五、社会保险基金 left out; the skip is 六、's alone, 七、 八、 九、 follow it)
      const told = prior && skipped.get(prior);
      if (own && priorOwn && told && sameRun(priorOwn, own)) {
        skipped.set(h.section, told);
        const list = followers.get(told);
        if (list) list.push(h.line.text.slice(own.start, own.end));
        else followers.set(told, [h.line.text.slice(own.start, own.end)]);
        continue;
      }
      // a number of another level than the template's that follows on from its sibling before it (河北 2022:
      // (一)资金投入情况分析 (二)资金管理情况分析, the template's 资金管理 being a 1. under 资金投入): the report's own
      // hierarchy is consistent, and where a section sits is the drafter's outline, not a numbering slip (issue 14)
      if (own && !own.broken && own.level !== h.level && inOwnRun(h.line)) {
        promoted.set(own.level, own.value);
        continue;
      }
      // and the siblings after such a heading go on from its number, not from the template's count (宁国非遗 2023:
      // (一)资金投入 (二)资金管理 (三)总体绩效目标 (四)绩效指标, the template's 资金管理 being a 1.): (三) is right
      if (own && !own.broken && own.level === h.level && own.value === (promoted.get(own.level) ?? -1) + 1 && inOwnRun(h.line)) {
        promoted.set(own.level, own.value);
        numberRight.add(h.section);
        continue;
      }
      // the first number of a deeper level than the template's, in a report that numbers nothing at the
      // template's level (保山 2021: 一、 (一) (1), no 1. anywhere): the report skips that level throughout,
      // consistently; its hierarchy is its own, not a slip of this heading
      if (own && !own.broken && own.level > h.level && own.value === 1 && !(levelsUsed ??= new Set(items.map((i) => i.level))).has(h.level))
        continue;
      // the template counts a section the report leaves out (秀英 2022: （一）资金投入 （二）项目绩效指标, no
      // 总体绩效目标): the numbers follow the report's own and are right; the section is missing-section's finding
      if (own && own.level === h.level && own.value < n && followsSiblingPastGap(h.section, n, previous.get(h.section), report)) continue;
      // and a heading that lost its number after such an item takes the next one of that sequence
      const before = own ? undefined : previous.get(h.section)?.heading;
      const ownBefore = before?.head.marker;
      if (before && ownBefore && !ownBefore.broken && ownBefore.level === h.level && (!before.tsec || followsOwn(before.line))) {
        n = ownBefore.value + 1;
      }
      // a report that numbers every top-level heading in one form not read as one, in order (一．部门基本情况 二．… 三．…, or
      // 壹、 贰、 叁、): its own numbering, told neither as a number lost from each heading nor renumbered to the template's count
      if (!own && UNREAD_MARKER.test(h.head.title) && unread.lines.has(h.line)) {
        numberRight.add(h.section);
        continue;
      }
      // a number past the template's by as many headings as kept only their closing bracket right before it: those headings
      // hold the numbers between, and bare-close.ts tells them
      const bareBefore = lostBefore.get(h.section);
      if (bareBefore !== undefined && own && !own.broken && own.level === h.level && own.value === n + bareBefore) {
        numberRight.add(h.section);
        continue;
      }
      const finding = check(h, n, styleOf, report.text, doubtful.has(h.section), levelsDisagree, level3Dotted);
      if (finding) {
        out.push(finding);
        if (own && !own.broken && own.level === h.level && own.value > n) skipped.set(h.section, finding);
      } else numberRight.add(h.section);
    }
    for (const [f, nums] of followers) {
      const zh = nums
        .slice(0, 5)
        .map((x) => `「${x}」`)
        .join('');
      const en = nums.slice(0, 5).join(', ');
      const more = nums.length > 5 ? '等' : '';
      f.message = {
        zh: `${f.message.zh}（其后的${zh}${more}随之顺延改号）`,
        en: `${f.message.en} (the numbers after it, ${en}${nums.length > 5 ? ', …' : ''}, follow it and move down with it)`,
      };
    }
    // sectionWithoutNumber reads every short line: asked only when there is a fix to mark (most reports have none)
    const unsafe = out.some((f) => f.fix) && (!report.templateTrusted || sectionWithoutNumber(report));
    if (unsafe) for (const f of out) if (f.fix) f.fix.safe = false;
    // a heading whose number is a dash or lost its ( is said once, by what is left of its number, not as a title with none
    const told = new Set(damaged.map((f) => f.span.start));
    const kept = told.size > 0 ? out.filter((f) => !told.has(f.span.start)) : out;
    // a number repeated on the next heading of the outline (二、绩效目标完成情况 then 二、存在问题, the template's second section):
    // the template's count finds it right, so it is read here, where the count told neither heading
    const onHeadings = repeatedAfterHeadings(outline, report.parsed.lines, renumbered, new Set(out.map((f) => f.span.start)));
    return [...kept, ...unreadKept(lost.findings, unread), ...repeated, ...onHeadings, ...empty, ...unsaid(gaps, kept)];
  },
});

/**
 * A level-2 number past the next after its sibling, neither of them a heading the template names, both headings on lines of
 * their own (一、部门基本情况 （一）部门职能 （三）人员情况): the outline leaves such a line out, so the template's count never
 * reads it; the report's own sequence does. Only skips, only at level 2: a list's figures skip where a row is cut; and
 * only between title lines: a list of duties, sentences each, is often quoted in part ((四)拟订… then (十二)负责…).
 */
function subSkips(report: Report, items: readonly NumberedItem[]): RuleFinding[] {
  // most reports number every level-2 line in order: read the run only where one is more than one past the one before
  let any = false;
  let last = 0;
  for (const x of items) {
    if (x.level === 1) last = 0;
    else if (x.level === 2 && !x.marker.broken) {
      if (last > 0 && x.marker.value > last + 1) any = true;
      last = x.marker.value;
    }
  }
  if (!any) return [];
  const headings = new Set(report.outline.headings.filter((h) => h.tsec).map((h) => h.line));
  const out: RuleFinding[] = [];
  const slips = numberingSlips(items, report.parsed.lines, 2);
  // a run that opens past the next number itself (（一）项目概况, then 主要职责包括： （四）负责… （六）负责…): an excerpt of a
  // list quoted in part, not the report's headings; a slip is one number, rarely two in a row
  const slipped = new Set(slips.filter((s) => s.kind === 'skip').map((s) => s.item));
  for (const s of slips) {
    if (s.kind !== 'skip' || s.item.level !== 2 || s.before.level !== 2 || slipped.has(s.before)) continue;
    if (headings.has(s.item.line) || headings.has(s.before.line) || !titleLine(s.item) || !titleLine(s.before)) continue;
    out.push(slipFinding(s, report.text));
  }
  return out;
}

/** A numbered heading whose line is a title, not a sentence: no clause mark in it or at its end (a list of duties is sentences). */
function titleLine(item: NumberedItem): boolean {
  return numberedHeading(item) && !SENTENCE_MARK.test(item.line.text.slice(item.marker.end));
}
const SENTENCE_MARK = /[，,。；;！？：:]/;

/**
 * The findings not on a line of a run of top-level numbers written in one form not read as one (一．部门基本情况 二．… under
 * （一）（二）: no heading that lost its number, whatever the run before it).
 */
function unreadKept(findings: RuleFinding[], unread: UnreadRun): RuleFinding[] {
  if (unread.starts.size === 0 || findings.length === 0) return findings;
  return findings.filter((f) => !unread.starts.has(f.span.start));
}

/** The items that are not a sharing site's chunk counter at a line's start (most reports have none: the list itself). */
function withoutCounters(items: NumberedItem[], report: Report): NumberedItem[] {
  const counters = chunkCounterLines(report);
  return counters.size === 0 ? items : items.filter((i) => !(i.marker.start === 0 && counters.has(i.line)));
}

/** The findings of `extra` on a number none of `said` is on. */
function unsaid(extra: RuleFinding[], said: readonly RuleFinding[]): RuleFinding[] {
  if (extra.length === 0) return extra;
  const at = new Set(said.map((f) => f.span.start));
  return extra.filter((f) => !at.has(f.span.start));
}

/**
 * The heading's own number is one past its sibling's before it (1 for the first), and the template's
 * number for it is that plus the required sections before it that the report does not have: the
 * template counts them, the report's own sequence does not.
 */
function followsSiblingPastGap(section: Section, n: number, before: Section | undefined, report: Report): boolean {
  const own = section.heading.head.marker;
  const prev = before?.heading.head.marker;
  if (!own || !section.tsec) return false;
  if (before ? !prev || prev.broken || prev.level !== own.level || prev.value + 1 !== own.value : own.value !== 1) return false;
  const left = siblingsOf(report.template, section.tsec)
    .slice(0, section.tsec.index)
    .filter((s) => s.required && !report.outline.byTemplateId.has(s.id)).length;
  return left > 0 && own.value + left === n;
}

/** The next number of the same level and form, one past the number before it. */
function sameRun(before: Marker, m: Marker): boolean {
  return !before.broken && !m.broken && before.level === m.level && before.sep === m.sep && m.value === before.value + 1;
}

/** Each section's sibling before it, in one pass over the tree. */
function previousSiblings(roots: readonly Section[]): Map<Section, Section> {
  const out = new Map<Section, Section>();
  const stack: (readonly Section[])[] = [roots];
  for (let list = stack.pop(); list; list = stack.pop()) {
    list.forEach((s, i) => {
      if (i > 0) out.set(s, list[i - 1] as Section);
      stack.push(s.children);
    });
  }
  return out;
}

/**
 * A section missing from the outline has its title on a line that is not read as a heading (徐闻 2024's
 * 单位机构设置、部门职能情况。 once its （一） is lost): the numbers after it count from a heading the
 * outline does not see, so those the template gives are one reading of two, offered and never applied.
 */
function sectionWithoutNumber(report: Report): boolean {
  const keys = shortLineKeys(report);
  const stack = [...report.template.sections];
  for (let s = stack.pop(); s; s = stack.pop()) {
    // a section the outline has is there: a line repeating its title is a label or a table's cell (2019: 存在问题)
    if (!report.outline.byTemplateId.has(s.id) && [...s.keys].some((k) => keys.has(k))) return true;
    stack.push(...s.children);
  }
  return false;
}

/** A heading's number written as a mask: `*.`, `**、`, `(*)`, `（＊）`. */
const MASKED_NUMBER = /^[ \u3000]*(?:[*＊]{1,3}[.．、]|[(（][*＊]{1,3}[)）])/;

/** Said when the form of a number written afresh is a guess, so the drafter knows why it is not applied. */
function formNote(style: MarkerStyle): { zh: string; en: string } {
  return style.certain
    ? { zh: '', en: '' }
    : {
        zh: '（同级标题编号的括号或空格写法不一，请按上下文选定写法）',
        en: ' (the headings of this level write their numbers in different forms: choose the one that fits)',
      };
}

const LEVEL_NOTE = {
  zh: '（本文有标题的编号层级与模板不同，此处按模板层级写出，请核对层级）',
  en: ' (the report numbers some headings at another level than the template: this follows the template, so check the level)',
};

/** The marker with another number, its own brackets and separator kept. */
function renumbered(m: Marker, n: number): string {
  return `${m.open}${m.level <= 2 ? toChineseNumeral(n) : n}${m.close}${m.sep}`;
}

function check(
  h: Heading,
  n: number,
  styleOf: (level: MarkerLevel) => MarkerStyle,
  text: string,
  afterUnnumbered: boolean,
  levelsDisagree: boolean,
  level3Dotted: boolean,
): RuleFinding | undefined {
  const { line, head } = h;
  const m = head.marker;
  const titleStart = line.start + head.titleStart;
  const titleEnd = line.start + head.titleEnd;
  const title = head.title;
  // a number written afresh takes the form of the level's numbers: safe when they all agree on it (read only where one
  // is written: a heading whose number is right needs none, and the document's majority form is read for it)
  const afresh = (): { style: MarkerStyle; want: string; note: { zh: string; en: string } } => {
    const style = styleOf(h.level);
    return { style, want: markerInForm(style.form, h.level, n), note: levelsDisagree ? LEVEL_NOTE : formNote(style) };
  };
  if (!m) {
    // a number a site masked (`*.项目资金到位情况分析`, 昌江 2025 of session 24's second set) is there, only hidden:
    // leftover-instruction tells the mask
    if (MASKED_NUMBER.test(line.text)) return undefined;
    const { style, want, note } = afresh();
    // a title that starts with a closing bracket holds what is left of a number: where the new one goes is a guess
    const remnant = title.startsWith(')') || title.startsWith('）');
    // a number the parser does not read as one (叁、 in capitals, 二． 二, with another separator) is replaced, not kept
    // before the new one (三、叁、存在问题); it may as well be part of the title, so the fix is offered, never applied
    const written = UNREAD_MARKER.exec(title)?.[0] ?? '';
    // the numeral lost, its separator left (同德镇 2021: `、项目绩效情况`): the numeral goes before the separator kept
    const left = written === '' && title.length > 1 ? keptSeparator(line) : '';
    const sepLeft = left !== '' && want.endsWith(left);
    const numeral = sepLeft ? want.slice(0, -1) : want;
    const rest = sepLeft ? title.slice(1) : title.slice(written.length);
    const add = written === '' ? { zh: `补上编号${zq(numeral)}`, en: `Add the number ${eq(numeral)}` } : undefined;
    return {
      span: { start: titleStart, end: titleEnd },
      message: written
        ? {
            zh: `标题${zq(title)}的编号${zq(written.trim())}不是规范编号，应为${zq(want + rest)}${note.zh}`,
            en:
              `Heading ${eq(title)} is numbered ${eq(written.trim())}, not a standard number; ` +
              `it should read ${eq(want + rest)}${note.en}`,
          }
        : {
            zh: `标题${zq(title)}缺少编号，应为${zq(want + rest)}${note.zh}`,
            en: `Heading ${eq(title)} has no number; it should read ${eq(want + rest)}${note.en}`,
          },
      fix: fix(
        add?.zh ?? `改为${zq(want)}`,
        add?.en ?? `Change to ${eq(want)}`,
        titleStart,
        titleStart + written.length,
        sepLeft ? numeral : want + style.form.space,
        style.certain && !remnant && !levelsDisagree && written === '',
      ),
    };
  }
  const span = { start: line.start + m.start, end: line.start + m.end };
  if (m.broken) {
    const { style, want, note } = afresh();
    return {
      span: { start: span.start, end: titleEnd },
      message: {
        zh: `标题${zq(text.slice(span.start, titleEnd))}的编号残缺，应为${zq(want + title)}${note.zh}`,
        en: `The number of heading ${eq(title)} is broken; it should read ${eq(want + title)}${note.en}`,
      },
      fix: fix(
        `改为${zq(want)}`,
        `Change to ${eq(want)}`,
        span.start,
        titleStart,
        want + style.form.space,
        style.certain && !levelsDisagree,
      ),
    };
  }
  if (m.level !== h.level) {
    const { want } = afresh();
    // the drafter's number reads the heading at another level than the template does: the outline
    // can be read both ways (the 2021 南县 report numbers 部门概况 （一） under 基本情况), so not safe
    return {
      span,
      message: {
        zh:
          `标题${zq(title)}的编号${zq(m.text)}层级不对：按模板此处是第 ${h.level} 级标题，应使用${zq(LEVEL_NAMES[h.level] ?? '')}式编号${zq(want)}；` +
          `若本文有意把它放在第 ${m.level} 级，请保留原编号`,
        en:
          `Heading ${eq(title)} is numbered ${eq(m.text)}, a level-${m.level} marker; by the template it is at level ${h.level} ` +
          `and should be ${eq(want)}; keep the number if the report means it at level ${m.level}`,
      },
      fix: fix(`改为${zq(want)}`, `Change to ${eq(want)}`, span.start, span.end, want, false),
    };
  }
  if (m.value !== n) {
    const again = renumbered(m, n);
    const kind =
      m.value < n
        ? {
            zh: m.value === n - 1 ? '编号重复' : '编号倒退或重新开始',
            en: m.value === n - 1 ? 'repeats the number before it' : 'goes back or restarts',
          }
        : { zh: '编号跳号', en: 'skips numbers' };
    // a skip right after a heading with no number may be that heading's lost number; a number that
    // goes back or repeats may start a part of the report's own (the 2022 保山 report puts 一、自评结论 …
    // 四、佐证材料 before 一、项目基本情况) or be the copy of the one before: read two ways, not safe
    const lostBefore = m.value > n && afterUnnumbered;
    const doubt = lostBefore || m.value < n;
    const lost = lostBefore
      ? {
          zh: '；若是前面无编号的标题丢了编号，请改为补上那个编号',
          en: '; if a heading before it without a number lost its number, add that one instead',
        }
      : m.value < n
        ? { zh: '；若本文在此另起一部分、重新编号，请保留原编号', en: '; keep it if the report starts a part of its own here' }
        : { zh: '', en: '' };
    return {
      span,
      message: {
        zh: `标题${zq(title)}${kind.zh}：编号${zq(m.text)}应为${zq(again)}${lost.zh}`,
        en: `Heading ${eq(title)} ${kind.en}: ${eq(m.text)} should be ${eq(again)}${lost.en}`,
      },
      fix: fix(`改为${zq(again)}`, `Change to ${eq(again)}`, span.start, span.end, again, !doubt),
    };
  }
  if (m.level === 3 && m.sep === '、' && level3Dotted) {
    const std = `${m.value}.`;
    return {
      severity: 'information',
      span,
      message: {
        zh: `本文三级标题编号有「1.」也有「1、」写法；${zq(m.text)}不是规范的三级标题编号（GB/T 9704），建议写作${zq(std)}（写法建议，不自动修改）`,
        en:
          `The report writes its level-3 numbers both 1. and 1、; ${eq(m.text)} is not the standard level-3 marker (GB/T 9704): ` +
          `write ${eq(std)} (a suggestion, not applied on its own)`,
      },
      // a form the drafter chose, not damage: applied on request only, so --fix keeps a report's 1、 as written
      fix: fix(`改为${zq(std)}`, `Change to ${eq(std)}`, span.start, span.end, std, false),
    };
  }
  return undefined;
}

function fix(zh: string, en: string, start: number, end: number, newText: string, safe: boolean): RuleFinding['fix'] {
  return { title: { zh, en }, edits: [{ start, end, newText }], safe };
}
