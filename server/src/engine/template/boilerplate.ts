// A workspace boilerplate library: an office's own standard wording (its usual 改进措施, the phrasing
// its finance bureau accepts), offered as completions in the named section next to the template's
// own. Data like the templates, validated with zod; `npm run gen:schema` writes its JSON Schema.
import * as z from 'zod';
import { titleKey } from '../text/normalize.js';
import { locator, TemplateError, validateData, type DataFile } from './data-file.js';
import { readDataFile } from './read-file.js';
import { boilerplateSchema } from './schema.js';
import { once } from '../text/once.js';
import type { Template, TemplateSection } from './template.js';

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export const boilerplateEntrySchema = once(() =>
  boilerplateSchema()
    .extend({
      section: z
        .string()
        .min(1)
        .max(40)
        .describe(
          'The section the wording is offered in: its id in the template (e.g. measures), its title (改进措施) or one of its aliases.',
        ),
      templates: z
        .array(z.string().regex(ID))
        .min(1)
        .optional()
        .describe('Ids of the templates the entry is for; every template when left out.'),
    })
    .strict(),
);

export const boilerplateLibrarySchema = once(() =>
  z
    .object({
      $schema: z.string().optional(),
      entries: z.array(boilerplateEntrySchema()).min(1).describe('Standard wording, in the order the completion list shows it.'),
    })
    .strict(),
);

export type BoilerplateEntry = z.infer<ReturnType<typeof boilerplateEntrySchema>> & { source: string };

/** One library file, validated. */
export interface BoilerplateFile {
  file: string;
  /** The file's text, to place findings about an entry (see `unused`) at its line. */
  text: string;
  entries: BoilerplateEntry[];
}

/** Reads and validates one library file; throws TemplateError naming the file, field and reason. */
export function loadBoilerplateFile(file: string): BoilerplateFile {
  return boilerplateFromData(readDataFile(file));
}

/** A library from a data file already read (the language server reads asynchronously, see read-file.ts). */
export function boilerplateFromData({ json, file, text }: DataFile): BoilerplateFile {
  const data = validateData(boilerplateLibrarySchema(), json, file, text);
  return { file, text, entries: data.entries.map((e) => ({ ...e, source: file })) };
}

/** The entries of every library file, in the order the files were given. */
export class BoilerplateLibrary {
  readonly entries: readonly BoilerplateEntry[];
  /** Each entry's section in the comparable form of titles, worked out once, not per section compared. */
  private readonly keys = new Map<BoilerplateEntry, string>();

  constructor(private readonly files: readonly BoilerplateFile[] = []) {
    this.entries = files.flatMap((f) => f.entries);
    for (const e of this.entries) this.keys.set(e, titleKey(e.section));
  }

  private names(e: BoilerplateEntry, s: TemplateSection): boolean {
    return e.section === s.id || s.keys.has(this.keys.get(e) ?? titleKey(e.section));
  }

  /** The library's wording for one section of one template. */
  for(template: Template, section: TemplateSection): BoilerplateEntry[] {
    return this.entries.filter((e) => appliesTo(e, template) && this.names(e, section));
  }

  /**
   * Entries no template can use (a section or template id that does not exist, a typo): each is a
   * TemplateError placed at the entry, so the file's author sees it where it is.
   */
  unused(templates: Template[]): TemplateError[] {
    const problems: TemplateError[] = [];
    for (const f of this.files) {
      const locate = locator(f.text);
      f.entries.forEach((e, i) => {
        const unknown = (e.templates ?? []).find((id) => !templates.some((t) => t.id === id));
        if (unknown) {
          const ids = templates.map((t) => t.id).join(', ');
          const at = locate(['entries', i, 'templates']);
          problems.push(
            new TemplateError(
              f.file,
              `entries[${i}].templates`,
              `no template has the id "${unknown}" (templates: ${ids})`,
              at,
              `没有 id 为“${unknown}”的模板（可用：${ids}）`,
            ),
          );
        } else if (!templates.some((t) => appliesTo(e, t) && t.all.some((s) => this.names(e, s)))) {
          const where = e.templates ? e.templates.join(', ') : 'any template';
          const whereZh = e.templates ? `模板 ${e.templates.join('、')} ` : '任何模板';
          const at = locate(['entries', i, 'section']);
          problems.push(
            new TemplateError(
              f.file,
              `entries[${i}].section`,
              `no section "${e.section}" (id, title or alias) in ${where}`,
              at,
              `${whereZh}中没有“${e.section}”这一节（按 id、标题或别名）`,
            ),
          );
        }
      });
    }
    return problems;
  }
}

function appliesTo(e: BoilerplateEntry, t: Template): boolean {
  return !e.templates || e.templates.includes(t.id);
}
