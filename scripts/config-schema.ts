// The JSON Schema of a project's config file (`.jixiaorc.json`): the options marked `project` in
// server/src/engine/options.ts, with their types, ranges, defaults and descriptions. Nothing reads the
// file yet; the schema is generated now so that the file, when it comes, holds exactly the options the
// settings and the CLI take. `npm run gen:docs` writes it; test/unit/generated.test.ts checks it.
import { OPTION_KEYS, OPTIONS, optionJsonSchema } from '../server/src/engine/index.js';

export const CONFIG_SCHEMA_FILE = 'jixiao-config.schema.json';

export function configJsonSchema(): string {
  const properties: Record<string, unknown> = { $schema: { type: 'string' } };
  for (const key of OPTION_KEYS.filter((k) => OPTIONS[k].project)) {
    const { zh, en } = OPTIONS[key].description;
    properties[key] = { ...optionJsonSchema(key), default: OPTIONS[key].default, description: `${zh}\n\n${en}` };
  }
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Jixiao project configuration',
    description:
      "A project's check options (`.jixiaorc.json`): the same options as the jixiao.* settings and the CLI. Generated from " +
      'server/src/engine/options.ts (the options marked `project`) by `npm run gen:docs`; to add an option, add it there. Do not edit.',
    type: 'object',
    properties,
    additionalProperties: false,
  };
  return JSON.stringify(schema, null, 2) + '\n';
}
