// Whether a report is built as its template is: the test for judging its numbering by the template
// (renumbering a heading to the template's place for it) or on the report's own sequence. A 湖南 or
// 云南 outline read with the Guangdong template matches a section or two, often at another level or
// twice (茂名 2021 writes （一）部门职能 （二）设置机构及人员情况, both the template's （一）): numbers
// the template would give such a report are not the ones it is missing.
import { readingOf, type TextLine } from '../parse/blocks.js';
import type { Template } from '../template/template.js';
import { numberedAtOtherLevel } from './numbering.js';
import { indexTemplate, lookup, MAX_TITLE, type Heading, type Outline } from './outline.js';

/** Template headings a report must show, at their level and once each, for the template to judge its numbering. */
const MIN_MATCHED = 3;

export function templateFits(outline: Outline, lines: readonly TextLine[], template: Template): boolean {
  let matched = 0;
  let foreign = 0;
  for (const h of outline.headings) {
    // a template section written twice: the report splits it as another outline does
    if (h.duplicate) return false;
    if (!h.tsec || numberedAtOtherLevel(h)) foreign++;
    else matched++;
  }
  return (
    matched >= MIN_MATCHED &&
    foreign <= matched &&
    !mostTopTitlesLeftOut(outline, lines) &&
    !restartsTop(lines) &&
    (template.numbering === 'document' || !ownTopTitle(outline, lines, template))
  );
}

/**
 * The report numbers a top-level title of its own in its outline's run (一、 二、 … with short titles, each after the last and
 * at most two on) and lacks a required top-level section of the template's: its own chapter stands for it, under another title and
 * often elsewhere (岩门镇 2020, made up: 一、项目基本情况 二、绩效自评工作开展情况 四、绩效目标完成情况 五、存在的问题 六、改进措施,
 * a self-evaluation's own parts for the national 评价 outline's 三、综合评价情况及评价结论 四、绩效评价指标分析; 容江 2023:
 * 一、基本情况 … 五、自评结论 for 一、绩效目标分解下达情况 and 五、六、; 蒲江口 2022: 四、评价结论 五、存在的问题 六、有关建议, the
 * 四川 outline's 四、's three parts written as chapters). The report follows another outline, which shares some of the
 * template's titles: the template's sections are not what it lacks, nor its numbers the ones it should bear. A chapter of its
 * own added to the template's whole outline (四、其他需要说明的情况 after the 广东 outline's 三、) leaves that outline whole. A
 * list that restarts at 一、 inside a section, or a run-in paragraph (`一、加快…建设。…`), is not the outline's run.
 */
function ownTopTitle(outline: Outline, lines: readonly TextLine[], template: Template): boolean {
  // only a required section lacking: a report of the 湖南 outline leaves out the budgets it has none of (政府性基金预算支出情况 …)
  // and keeps its template (its numbers read against the template's, which knows a quoted notice's 一、 二、 from its own)
  if (template.sections.every((s) => !s.required || outline.byTemplateId.has(s.id))) return false;
  const taken = new Map<TextLine, Heading>();
  for (const h of outline.headings) taken.set(h.line, h);
  let index: ReturnType<typeof indexTemplate> | undefined;
  let last = 0;
  for (const line of lines) {
    const { head, titleLength, key } = readingOf(line);
    const m = head.marker;
    if (m?.level !== 1 || m.broken || head.runIn || titleLength > MAX_TITLE) continue;
    const inRun = m.value > last && m.value <= last + 2;
    last = m.value;
    if (!inRun) continue;
    const h = taken.get(line);
    index ??= indexTemplate(template);
    // a line the outline did not take (a list item to it) may still bear a top-level section's title
    const section = h ? h.tsec : lookup(index, key)?.find((s) => s.depth === 1);
    if (!section || section.depth !== 1) return true;
  }
  return false;
}

/**
 * The report numbers its top-level titles from 一、 again after a part's title (第一部分 … 一、 二、, 第二部分 … 一、 二、): it is
 * built in parts, each numbered on its own, and the template's numbers, which run on through one outline, are not the ones it
 * is missing. A 一、 written again with no part's title before it is a slip of the numbering, judged as such.
 */
function restartsTop(lines: readonly TextLine[]): boolean {
  let part = false;
  let tops = 0;
  for (const line of lines) {
    if (PART.test(line.text)) {
      part = true;
      continue;
    }
    const { head, titleLength } = readingOf(line);
    const m = head.marker;
    if (m?.level !== 1 || m.broken || head.runIn || titleLength > MAX_TITLE) continue;
    if (m.value === 1 && part && tops > 0) return true;
    tops++;
    part = false;
  }
  return false;
}

/** A part's title on a line of its own: 第二部分 项目支出绩效自评情况, 第三章 …. */
const PART = /^[#\s\u3000]*第[一二三四五六七八九十]{1,3}(?:部分|章|篇)/;

/**
 * The report numbers more top-level titles (一、 with a short title and nothing after it) than the
 * outline reads as headings: the template knows few of them (保山 2017's 一、项目基本情况 … 八、, two of
 * them the 转移支付 template's), so the numbers it would give the rest count from headings it does not see.
 */
function mostTopTitlesLeftOut(outline: Outline, lines: readonly TextLine[]): boolean {
  const taken = new Set<TextLine>();
  let top = 0;
  for (const h of outline.headings) {
    if (h.level !== 1) continue;
    taken.add(h.line);
    top++;
  }
  let left = 0;
  for (const line of lines) {
    const { head, titleLength } = readingOf(line);
    const m = head.marker;
    if (m?.level === 1 && !m.broken && !head.runIn && titleLength <= MAX_TITLE && !taken.has(line)) left++;
  }
  return left > top;
}
