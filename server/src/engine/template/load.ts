// Loading templates: the built-ins (bundled JSON, validated by the unit tests) and user files, validated
// with zod. A broken file is reported with its path, the field and the reason; it never takes the
// built-ins down.
import { fieldPath, locator, TemplateError, validateData, type DataFile } from './data-file.js';
import { readDataFile } from './read-file.js';
import { templateSchema, type TemplateInput } from './schema.js';
import { buildTemplate, type Template } from './template.js';
import gdDepartmentOverall from '../../../../schemas/templates/gd-department-overall.json' with { type: 'json' };
import projectExpenditure from '../../../../schemas/templates/project-expenditure.json' with { type: 'json' };
import transferPayment from '../../../../schemas/templates/transfer-payment.json' with { type: 'json' };
import transferPaymentCentral from '../../../../schemas/templates/transfer-payment-central.json' with { type: 'json' };
import hnDepartmentOverall from '../../../../schemas/templates/hn-department-overall.json' with { type: 'json' };
import scDepartmentOverall from '../../../../schemas/templates/sc-department-overall.json' with { type: 'json' };
import scProjectExpenditure from '../../../../schemas/templates/sc-project-expenditure.json' with { type: 'json' };
import ynDepartmentOverall from '../../../../schemas/templates/yn-department-overall.json' with { type: 'json' };
import ynProjectExpenditure from '../../../../schemas/templates/yn-project-expenditure.json' with { type: 'json' };
import ynFinalAccounts from '../../../../schemas/templates/yn-final-accounts.json' with { type: 'json' };

export { TemplateError };

export const DEFAULT_TEMPLATE_ID = 'gd-department-overall';

/**
 * Validates parsed JSON as a template; throws TemplateError naming the first bad field (with its line
 * and column when the file's text is given).
 */
export function parseTemplate(json: unknown, file: string, text?: string): Template {
  const data = validateData(templateSchema(), json, file, text);
  checkUniqueIds(data, file, text);
  return buildTemplate(data, file);
}

function checkUniqueIds(t: TemplateInput, file: string, text: string | undefined): void {
  const seen = new Set<string>();
  const walk = (sections: TemplateInput['sections'], path: (string | number)[]): void => {
    sections.forEach((s, i) => {
      const here = [...path, i];
      if (seen.has(s.id)) {
        const at = [...here, 'id'];
        throw new TemplateError(
          file,
          fieldPath(at),
          `duplicate section id "${s.id}"`,
          text === undefined ? undefined : locator(text)(at),
          `章节 id“${s.id}”重复`,
        );
      }
      seen.add(s.id);
      if (s.children) walk(s.children, [...here, 'children']);
    });
  };
  walk(t.sections, ['sections']);
}

/** A template from a data file already read (the language server reads asynchronously, see read-file.ts). */
export function templateFromData({ json, file, text }: DataFile): Template {
  return parseTemplate(json, file, text);
}

export function loadTemplateFile(file: string): Template {
  return templateFromData(readDataFile(file));
}

/** The built-in templates as bundled, in the order the registry lists them. */
export const BUILT_IN_DATA: readonly unknown[] = [
  gdDepartmentOverall,
  projectExpenditure,
  transferPayment,
  transferPaymentCentral,
  hnDepartmentOverall,
  scDepartmentOverall,
  scProjectExpenditure,
  ynDepartmentOverall,
  ynProjectExpenditure,
  ynFinalAccounts,
];

let builtins: Template[] | undefined;

/**
 * The built-ins, built without zod: validating them took every CLI worker and server start about 30 ms,
 * for files that cannot change after the build. The unit tests validate each one (parseTemplate) and
 * check it builds the same template as here.
 */
export function builtinTemplates(): Template[] {
  builtins ??= BUILT_IN_DATA.map((json) => buildTemplate(json as TemplateInput, `built-in`));
  return builtins;
}
