// Loading templates: the built-ins (bundled JSON) and user files, each validated with zod. A broken
// file is reported with its path, the field and the reason; it never takes the built-ins down.
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { templateSchema, type TemplateInput } from './schema.js';
import { buildTemplate, type Template } from './template.js';
import gdDepartmentOverall from '../../../../schemas/templates/gd-department-overall.json' with { type: 'json' };
import projectExpenditure from '../../../../schemas/templates/project-expenditure.json' with { type: 'json' };
import transferPayment from '../../../../schemas/templates/transfer-payment.json' with { type: 'json' };

export const DEFAULT_TEMPLATE_ID = 'gd-department-overall';

export class TemplateError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${file}: ${field ? `${field}: ` : ''}${reason}`);
    this.name = 'TemplateError';
  }
}

function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}

/** Validates parsed JSON as a template; throws TemplateError naming the first bad field. */
export function parseTemplate(json: unknown, file: string): Template {
  const result = templateSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0] as z.core.$ZodIssue;
    throw new TemplateError(file, fieldPath(issue.path), issue.message);
  }
  checkUniqueIds(result.data, file);
  return buildTemplate(result.data, file);
}

function checkUniqueIds(t: TemplateInput, file: string): void {
  const seen = new Set<string>();
  const walk = (sections: TemplateInput['sections'], path: string): void => {
    sections.forEach((s, i) => {
      const here = `${path}[${i}]`;
      if (seen.has(s.id)) throw new TemplateError(file, `${here}.id`, `duplicate section id "${s.id}"`);
      seen.add(s.id);
      if (s.children) walk(s.children, `${here}.children`);
    });
  };
  walk(t.sections, 'sections');
}

export function loadTemplateFile(file: string): Template {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new TemplateError(file, '', `cannot read file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new TemplateError(file, '', `not valid JSON: ${(e as Error).message}`);
  }
  return parseTemplate(json, file);
}

let builtins: Template[] | undefined;

export function builtinTemplates(): Template[] {
  builtins ??= [gdDepartmentOverall, projectExpenditure, transferPayment].map((json) =>
    parseTemplate(json, `built-in`),
  );
  return builtins;
}
