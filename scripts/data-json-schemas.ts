// The JSON Schemas of the data formats (templates, boilerplate libraries), generated from the zod
// schemas the engine validates with, so editors check these files exactly as the engine does.
import { z } from 'zod';
import { boilerplateLibrarySchema } from '../server/src/engine/template/boilerplate.js';
import { templateSchema } from '../server/src/engine/template/schema.js';

function jsonSchema(schema: z.ZodType, title: string, description: string): string {
  const generated = z.toJSONSchema(schema, { target: 'draft-7', unrepresentable: 'any' }) as Record<string, unknown>;
  const out = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title,
    description,
    ...Object.fromEntries(Object.entries(generated).filter(([k]) => k !== '$schema')),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

/** File name under schemas/ → its content. */
export function dataJsonSchemas(): Record<string, string> {
  return {
    'template.schema.json': jsonSchema(
      templateSchema(),
      'Jixiao report template',
      'An outline of a 绩效自评报告 kind: sections with aliases, guidance, skeletons and boilerplate. Generated from ' +
        'server/src/engine/template/schema.ts by `npm run gen:schema`; do not edit.',
    ),
    'boilerplate.schema.json': jsonSchema(
      boilerplateLibrarySchema(),
      'Jixiao boilerplate library',
      "An office's own standard wording (常用表述), offered as completions in the section each entry names. Listed in the " +
        'jixiao.boilerplate setting. Generated from server/src/engine/template/boilerplate.ts by `npm run gen:schema`; do not edit.',
    ),
  };
}
