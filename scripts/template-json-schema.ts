// The JSON Schema of the template format, generated from the zod schema the engine validates with.
import { z } from 'zod';
import { templateSchema } from '../server/src/engine/template/schema.js';

export function templateJsonSchema(): string {
  const schema = z.toJSONSchema(templateSchema, { target: 'draft-7', unrepresentable: 'any' }) as Record<string, unknown>;
  const out = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Jixiao report template',
    description: 'An outline of a 绩效自评报告 kind: sections with aliases, guidance, skeletons and boilerplate. Generated from server/src/engine/template/schema.ts by `npm run gen:schema`; do not edit.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
  return JSON.stringify(out, null, 2) + '\n';
}
