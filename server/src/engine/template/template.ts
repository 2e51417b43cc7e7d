// Templates as the engine uses them: the validated input plus parent links, depth and lookup keys.
import type { Localized } from '../types.js';
import type { SelfEvalTableSkeleton, TemplateInput, TemplateSectionInput } from './schema.js';
import { titleKey } from '../text/normalize.js';

export type SectionRole = NonNullable<TemplateSectionInput['role']>;

export interface TemplateSection {
  id: string;
  title: string;
  aliases: string[];
  required: boolean;
  role?: SectionRole;
  guidance: Localized;
  skeleton: string;
  boilerplate: { label: string; text: string }[];
  children: TemplateSection[];
  parent?: TemplateSection;
  /** 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）. */
  depth: number;
  /** Position among its siblings, from 0. */
  index: number;
  /** Comparable forms of the title and aliases. */
  keys: Set<string>;
}

export interface Template {
  id: string;
  name: Localized;
  /** For the status bar. */
  shortName: Localized;
  titlePatterns: string[];
  /** Provinces whose reports follow the outline; empty for a national one. */
  provinces: string[];
  /** Whether the outline numbers the report, or its sections keep a larger document's numbers. */
  numbering: 'template' | 'document';
  /** Whether a report that states its score without a grade lacks something. */
  asksGrade: boolean;
  scoreBands: { min: number; grades: string[] }[];
  preamble: string;
  sections: TemplateSection[];
  /** Every section, outline order. */
  all: TemplateSection[];
  /** Where it was loaded from: a file path, or `built-in`. */
  source: string;
  /** The 自评表 skeleton the insert-table command writes, when the template has one. */
  selfEvalTable?: SelfEvalTableSkeleton;
}

export function buildTemplate(input: TemplateInput, source: string): Template {
  const all: TemplateSection[] = [];
  const build = (s: TemplateSectionInput, depth: number, index: number, parent?: TemplateSection): TemplateSection => {
    const section: TemplateSection = {
      id: s.id,
      title: s.title,
      aliases: s.aliases ?? [],
      required: s.required ?? true,
      guidance: s.guidance,
      skeleton: s.skeleton ?? '',
      boilerplate: s.boilerplate ?? [],
      children: [],
      depth,
      index,
      keys: new Set([s.title, ...(s.aliases ?? [])].map(titleKey)),
    };
    if (s.role) section.role = s.role;
    if (parent) section.parent = parent;
    all.push(section);
    section.children = (s.children ?? []).map((c, i) => build(c, depth + 1, i, section));
    return section;
  };
  const sections = input.sections.map((s, i) => build(s, 1, i));
  return {
    id: input.id,
    name: input.name,
    shortName: input.shortName ?? input.name,
    titlePatterns: input.titlePatterns,
    provinces: input.provinces ?? [],
    numbering: input.numbering ?? 'template',
    asksGrade: input.asksGrade ?? true,
    scoreBands: [...input.scoreBands].sort((a, b) => b.min - a.min),
    preamble: input.preamble,
    sections,
    all,
    source,
    ...(input.selfEvalTable ? { selfEvalTable: input.selfEvalTable } : {}),
  };
}

export function siblingsOf(t: Template, s: TemplateSection): TemplateSection[] {
  return s.parent ? s.parent.children : t.sections;
}

/**
 * A template section's number: its place among the siblings a finished report will have, the
 * required ones plus the optional ones `present` (by template section id).
 */
export function templateNumber(template: Template, tsec: TemplateSection, present: { has(id: string): boolean }): number {
  let n = 1;
  for (const s of siblingsOf(template, tsec)) {
    if (s === tsec) return n;
    if (s.required || present.has(s.id)) n++;
  }
  return n;
}
