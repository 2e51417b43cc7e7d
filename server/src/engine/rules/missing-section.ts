import { insertSectionEdit } from '../fixes/insert-section.js';
import { markerText } from '../fixes/section-text.js';
import { defineRule } from './rule.js';
import { insertionDoubts } from './missing-section-doubt.js';
import { zq, eq } from './format.js';
import { templateNumber, type TemplateSection } from '../template/template.js';
import type { Report } from '../model/report.js';
import type { Section } from '../model/outline.js';
import { indexTemplate, lookup } from '../model/outline.js';
import { readingOf } from '../parse/blocks.js';

/**
 * Required template sections absent from the report whose parent is present (a missing parent is
 * reported alone); none when the template does not fit the report: a Hunan or Sichuan outline is
 * not missing the sections of Guangdong's.
 */
export function missingSections(report: Report): TemplateSection[] {
  if (!report.templateChoice.fits) return [];
  const present = report.outline.byTemplateId;
  const named = report.templateSource === 'front-matter' || report.templateSource === 'option';
  const missing = report.template.all.filter((s) => {
    if (!s.required || present.has(s.id)) return false;
    // a section whose parts are there is there, its parts written at another level (四、评价结论 五、存在的问题 for the 四川
    // outline's 四、评价结论及建议: red team s23, made up)
    if (s.children.some((c) => present.has(c.id))) return false;
    if (!s.parent) return true;
    const parent = present.get(s.parent.id);
    // a part is missing from a section that is built of the template's parts: the template named by its author, or one
    // chosen by the outline whose section the report divides as the template does
    return parent !== undefined && (named || dividedAsTemplate(parent));
  });
  if (missing.length === 0) return missing;
  const joined = namedTogether(report);
  return joined.size === 0 ? missing : missing.filter((s) => !joined.has(s.id));
}

/** A heading's title as written, its number and a run-in body left out. */
function headingTitle(section: Section): string {
  return section.heading.head.title.trim();
}

/**
 * Most of the section's sub-headings, two at least, are the template's parts of it (茂名 2023, made up: 三、绩效自评情况 with
 * （一）自评结果 （二）…指标分析 （三）…存在问题 （四）改进措施, the 广东 outline's （三）部门重点项目支出绩效情况 left out). A
 * template chosen by the outline does not lay down the parts of a section the report writes as prose (凤阳湾 2020, made up:
 * 二、绩效评价工作开展情况 in one paragraph) or divides its own way (涢水 2023: 三、 by fund, （一）中小河流治理资金 …): another
 * outline, which shares the template's chapters, may have no parts there.
 */
function dividedAsTemplate(section: Section): boolean {
  let own = 0;
  for (const c of section.children) if (c.tsec && c.tsec.parent === section.tsec && !c.heading.duplicate) own++;
  return own >= 2 && own * 2 > section.children.length;
}

/**
 * The one template section under `parent` whose title or an alias holds `part` (问题 of 问题及改进措施: only 存在问题 has it, red
 * team s23, made up); none when no sibling or more than one does (情况 is in most).
 */
function onlySiblingWith(report: Report, parent: string | undefined, part: string): TemplateSection | undefined {
  let found: TemplateSection | undefined;
  for (const s of report.template.all) {
    if (s.parent?.id !== parent || ![...s.keys].some((k) => k.includes(part))) continue;
    if (found) return undefined;
    found = s;
  }
  return found;
}

/** What joins two sections' titles in one heading: 存在问题及改进措施, 存在的问题和改进建议, 问题与措施. */
const JOIN = /及|和|与|、/;

/**
 * Template sections a heading the template does not name writes together, under the same parent (（四）存在问题及改进措施 for
 * the 广东 outline's （四）…存在问题 and （五）改进措施): both are there, in one section, as many reports write them.
 */
function namedTogether(report: Report): Set<string> {
  const out = new Set<string>();
  let index: ReturnType<typeof indexTemplate> | undefined;
  for (const h of report.outline.headings) {
    if (h.tsec) continue;
    const { key } = readingOf(h.line);
    if (!JOIN.test(key)) continue;
    const parent = h.section.parent?.tsec?.id;
    const parts = key.split(JOIN).filter((p) => p.length >= 2);
    if (parts.length < 2) continue;
    index ??= indexTemplate(report.template);
    const idx = index;
    const named = parts.map((p) => lookup(idx, p)?.find((s) => s.parent?.id === parent) ?? onlySiblingWith(report, parent, p));
    // every part a section of the template: a heading that merely has 和 in it (资金管理和使用) names one, or none
    if (named.every((s) => s !== undefined)) for (const s of named) out.add((s as { id: string }).id);
  }
  return out;
}

export default defineRule({
  id: 'missing-section',
  severity: 'error',
  description: {
    zh: '模板要求的章节缺失；快速修复按文档自身的编号样式在正确位置插入该章节。',
    en: 'A section the template requires is missing; the fix inserts it in place, numbered in the document’s own style.',
  },
  fixes: [
    {
      does: {
        zh: '插入缺失章节（含子节骨架），按文档自身的编号样式',
        en: "Inserts the section with its sub-sections, in the document's own numbering style",
      },
      safe: true,
    },
    {
      does: {
        zh: '插入缺失章节，本文结构与模板不一（有非模板、重复或层级不符的标题，或编号不相接）、或编号写法无从确定时',
        en:
          'Inserts the section where the report is built otherwise than the template (a heading it does not know, repeated or at ' +
          'another level, or numbers that do not follow) or the numbering form is a guess',
      },
      safe: false,
    },
  ],
  check({ report }) {
    // sections are missing only from the template the report follows: the one it fits, or the one its author named
    if (!report.templateFits && report.templateSource !== 'front-matter' && report.templateSource !== 'option') return [];
    const missing = missingSections(report);
    // the doubts read the whole outline and every line: only for a report that lacks a section
    if (missing.length === 0) return [];
    const doubtOf = insertionDoubts(report);
    return missing.map((tsec) => {
      const edit = insertSectionEdit(report, tsec);
      const parent = tsec.parent ? report.outline.byTemplateId.get(tsec.parent.id) : undefined;
      // Point at the parent's heading, or at the place the section would go.
      const span = parent
        ? { start: parent.heading.line.start, end: parent.heading.line.end }
        : { start: Math.min(edit.start, report.text.length), end: Math.min(edit.start, report.text.length) };
      const numbered =
        markerText(report.outline.style, tsec.depth, templateNumber(report.template, tsec, report.outline.byTemplateId)) + tsec.title;
      const where = tsec.parent ? `（属于${zq(tsec.parent.title)}）` : '';
      const whereEn = tsec.parent ? ` (under ${eq(tsec.parent.title)})` : '';
      const doubt = doubtOf(tsec);
      // the part goes before a later part of the same section: that heading stands in its place (茂名 2023, made up: the
      // （三） left out, the （三） written is the template's （四）)
      const next = parent?.children.find((c) => c.start === edit.start && c.start > parent.heading.line.end);
      const related = next
        ? [
            {
              span: { start: next.heading.line.start, end: next.heading.line.end },
              message: {
                zh: `缺少的章节应在${zq(headingTitle(next))}之前`,
                en: `The missing section goes before ${eq(headingTitle(next))}`,
              },
            },
          ]
        : undefined;
      return {
        ...(related ? { related } : {}),
        span,
        message: {
          zh: `缺少章节${zq(numbered)}${where}。本节应写：${tsec.guidance.zh}${doubt ? `（${doubt.zh}）` : ''}`,
          en: `Missing section ${eq(numbered)}${whereEn}. It should cover: ${tsec.guidance.en}${doubt ? ` (${doubt.en})` : ''}`,
        },
        fix: { title: { zh: `插入章节${zq(tsec.title)}`, en: `Insert section ${eq(tsec.title)}` }, edits: [edit], safe: !doubt },
      };
    });
  },
});
