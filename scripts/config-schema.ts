// The JSON Schema of a project's config file (`.jixiaorc.json` or `jixiao.config.json`, read by
// server/src/config/ for the CLI and the language server): the options marked `project` in
// server/src/engine/options.ts, with their types, ranges, defaults and descriptions, `extends` and `ignores`.
// package.json's jsonValidation points both file names at it. `npm run gen:docs` writes it;
// test/unit/generated.test.ts checks it.
import { OPTION_KEYS, OPTIONS, optionJsonSchema } from '../server/src/engine/index.js';

export const CONFIG_SCHEMA_FILE = 'jixiao-config.schema.json';

export function configJsonSchema(): string {
  const properties: Record<string, unknown> = {
    $schema: { type: 'string' },
    extends: {
      anyOf: [
        { type: 'string', minLength: 1 },
        { type: 'array', items: { type: 'string', minLength: 1 } },
      ],
      description:
        '先读入的配置：路径（相对于本文件，以 ./ 或 ../ 开头）或 npm 包名（按 Node 的规则自本文件所在目录查找该包根目录下的 ' +
        'jixiao.config.json），或其列表；本文件在其上：rules 逐条合并，列表相加，其余各项取本文件的值。只读数据，不执行任何代码。\n\n' +
        'Config read first: a path (relative to this file, starting ./ or ../) or an npm package name (its jixiao.config.json, ' +
        "found from this file's folder as Node resolves packages), or a list of them; this file goes on top: rules merged rule " +
        'by rule, lists added, any other option replaced. Data only: nothing is executed.',
    },
    ignores: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description:
        '不检查的报告：模式列表，写法同 .gitignore（如 "草稿/"、"**/*模板*.md"），相对于就近配置文件所在目录；extends 所读文件中的也算。' +
        '命令行遍历目录或按模式匹配时跳过（逐个写明的文件照常检查），编辑器中不显示问题。\n\n' +
        'Reports not checked: a list of patterns written as in .gitignore (e.g. "草稿/", "**/*模板*.md"), relative to the ' +
        "nearest config file's folder; those of the files it extends count too. Skipped by the CLI's folder walks and globs " +
        '(a file named on the command line is checked all the same); no findings in the editor.',
    },
  };
  for (const key of OPTION_KEYS.filter((k) => OPTIONS[k].project)) {
    const { zh, en } = OPTIONS[key].description;
    properties[key] = { ...optionJsonSchema(key), default: OPTIONS[key].default, description: `${zh}\n\n${en}` };
  }
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Jixiao project configuration',
    description:
      "A project's check options (`.jixiaorc.json` or `jixiao.config.json`, JSONC): the same options as the jixiao.* settings and " +
      'the CLI; the nearest file above a report applies, and an option it sets wins over the editor settings. Generated from ' +
      'server/src/engine/options.ts (the options marked `project`) by `npm run gen:docs`; to add an option, add it there. Do not edit.',
    type: 'object',
    properties,
    additionalProperties: false,
  };
  return JSON.stringify(schema, null, 2) + '\n';
}
