// The template format: an outline of a report kind, as data. Validated with zod when loaded;
// `npm run gen:schema` writes the JSON Schema of this format to schemas/template.schema.json. Each
// schema is built on first use (see text/once.ts): a check of the built-in templates never needs them.
import * as z from 'zod';
import { once } from '../text/once.js';

export const localizedSchema = once(() =>
  z
    .object({
      zh: z.string().min(1).describe('简体中文 / Simplified Chinese'),
      en: z.string().min(1).describe('English'),
    })
    .strict(),
);

export const boilerplateSchema = once(() =>
  z
    .object({
      label: z.string().min(1).describe('Short label shown in the completion list.'),
      text: z.string().min(1).describe('The standard wording inserted, without its list number.'),
    })
    .strict(),
);

/** What a section is for, so rules can find it whatever its title is in a given outline. */
export const SECTION_ROLES = ['budget', 'result', 'indicators', 'problems', 'measures', 'team', 'process'] as const;
export const sectionRoleSchema = once(() => z.enum(SECTION_ROLES));

export interface TemplateSectionInput {
  id: string;
  title: string;
  aliases?: string[] | undefined;
  required?: boolean | undefined;
  role?: (typeof SECTION_ROLES)[number] | undefined;
  guidance: z.infer<ReturnType<typeof localizedSchema>>;
  skeleton?: string | undefined;
  boilerplate?: z.infer<ReturnType<typeof boilerplateSchema>>[] | undefined;
  children?: TemplateSectionInput[] | undefined;
}

export const sectionSchema: () => z.ZodType<TemplateSectionInput> = once(() =>
  z.lazy(() =>
    z
      .object({
        id: z
          .string()
          .regex(/^[a-z0-9][a-z0-9-]{0,63}$/)
          .describe('Stable id, unique in the template (lower-case, digits, hyphens).'),
        title: z.string().min(1).max(40).describe('The section title without its number, e.g. 单位基本情况.'),
        aliases: z.array(z.string().min(1).max(40)).optional().describe('Other titles drafts use for this section.'),
        required: z.boolean().optional().describe('Whether the report must have this section (default true).'),
        role: sectionRoleSchema().optional().describe('What the section holds, for rules that look inside it.'),
        guidance: localizedSchema().describe('A sentence or two shown on hover: what belongs here.'),
        skeleton: z.string().optional().describe('Body text a quick fix inserts under the new heading.'),
        boilerplate: z.array(boilerplateSchema()).optional().describe('Standard items offered as completions in this section.'),
        children: z.array(sectionSchema()).optional().describe('Sub-sections, in the order the outline wants them.'),
      })
      .strict(),
  ),
);

export const scoreBandSchema = once(() =>
  z
    .object({
      min: z.number().min(0).describe('Lowest score (inclusive) of the band.'),
      grades: z.array(z.string().min(1)).min(1).describe('Words for this grade, e.g. ["优", "优秀"].'),
    })
    .strict(),
);

/** One GFM table of a 自评表 skeleton: its header, and rows whose missing cells are left empty. */
export const skeletonTableSchema = once(() =>
  z
    .object({
      header: z.array(z.string().min(1)).min(2).describe('The column names, as the form writes them.'),
      rows: z
        .array(z.array(z.string()))
        .min(1)
        .describe('Rows, cell by cell from the left; cells the drafter fills are empty strings or left out.'),
    })
    .strict(),
);

/** A common 三级指标 name, with the real reports it was seen in (a corpus slug or a published page). */
export const indicatorNameSchema = once(() =>
  z
    .object({
      name: z.string().min(1).max(40).describe('The indicator as a 自评表 writes it, e.g. 资金到位及时率.'),
      seenIn: z.array(z.string().min(1)).min(1).describe('Where a real report writes it: a corpus slug or a published address.'),
    })
    .strict(),
);

export const selfEvalTableSchema = once(() =>
  z
    .object({
      title: z.string().min(1).describe("The table's name, written in bold above it, e.g. 项目支出绩效自评表."),
      tables: z
        .array(skeletonTableSchema())
        .min(1)
        .describe('The blocks of the form, each a table: money rows, goals, indicators with their weights, the total.'),
      indicatorNames: z
        .record(z.string().min(1), z.array(indicatorNameSchema()).min(1))
        .optional()
        .describe(
          'The 三级指标 names completion offers in the 三级指标 column, under each 二级指标 (数量指标, 质量指标, …), as real 自评表 write them.',
        ),
    })
    .strict(),
);

export type SelfEvalTableSkeleton = z.infer<ReturnType<typeof selfEvalTableSchema>>;

export const templateSchema = once(() =>
  z
    .object({
      $schema: z.string().optional(),
      id: z
        .string()
        .regex(/^[a-z0-9][a-z0-9-]{0,63}$/)
        .describe('Template id, used in front matter `template: <id>` and --template.'),
      name: localizedSchema().describe('Human name of the report kind.'),
      shortName: localizedSchema().optional().describe('A few words for the status bar, e.g. 部门整体支出 (default: the name).'),
      titlePatterns: z
        .array(z.string().min(1))
        .min(1)
        .describe('Substrings of a report title that select this template when the front matter names none.'),
      provinces: z
        .array(z.string().min(1))
        .optional()
        .describe(
          'The provinces whose reports follow this outline, e.g. ["湖南"]; none for a national outline. The `region` setting keeps to these.',
        ),
      checkedOn: z
        .array(z.string().min(1))
        .optional()
        .describe('The real reports the outline was checked against (a corpus text, a published page), and what they confirmed.'),
      asksGrade: z
        .boolean()
        .optional()
        .describe(
          'Whether the outline asks for the grade (优/良/中/差) beside the score (default true); 云南 项目支出 asks the score alone.',
        ),
      numbering: z
        .enum(['template', 'document'])
        .optional()
        .describe(
          '`template` (default): the outline numbers the report. ' +
            '`document`: the sections stand inside a larger document (a 部门决算) and keep its numbers and levels.',
        ),
      scoreBands: z.array(scoreBandSchema()).min(1).describe('Grade bands, highest first.'),
      preamble: z.string().describe('Header block written by `jixiao init`; {year}, {nextYear} and {unit} are filled in.'),
      sections: z.array(sectionSchema()).min(1).describe('Top-level sections (一、二、…) in order.'),
      selfEvalTable: selfEvalTableSchema()
        .optional()
        .describe('The 自评表 skeleton `Jixiao: 插入绩效自评表` inserts: its rows and weights (DOMAIN-TABLES §1–2).'),
    })
    .strict(),
);

export type TemplateInput = z.infer<ReturnType<typeof templateSchema>>;
