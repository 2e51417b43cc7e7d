// The one definition of every option a check takes: its zod schema (type, range, allowed values),
// default, zh-CN and English description, VS Code scope, whether an untrusted workspace may set it and
// whether it belongs in a project config file. Everything else is read or generated from here: the
// server's settings validation (lsp/settings.ts), the CLI's option validation, the engine's defaults,
// and by `npm run gen:docs` the manifest's `contributes.configuration`, the package.nls*.json strings,
// the README settings table and schemas/jixiao-config.schema.json. To add an option, add it below.
import * as z from 'zod';
import { RULES } from './rules/index.js';
import { once } from './text/once.js';
import { builtinTemplates, DEFAULT_TEMPLATE_ID } from './template/load.js';
import type { Localized } from './types.js';

/** What a rule's level may be set to. */
export const LEVELS = ['error', 'warning', 'information', 'hint', 'off'] as const;

const RULE_ID_LIST = RULES.map((r) => r.id);
const BUILT_IN = builtinTemplates();
const PROVINCES = [...new Set(BUILT_IN.flatMap((t) => t.provinces))];

interface OptionDef<S extends z.ZodType> {
  schema: S;
  default: z.output<S>;
  /** Markdown, as VS Code's settings editor shows it. */
  description: Localized;
  /** VS Code's configuration scope: `application` settings are the user's only, `resource` ones may differ per folder. */
  scope: 'application' | 'machine' | 'window' | 'resource';
  /** Not taken from an untrusted workspace's settings (capabilities.untrustedWorkspaces.restrictedConfigurations). */
  restricted: boolean;
  /** A project's option (the project config file, the CLI), not only an editor preference. */
  project: boolean;
  /**
   * Its values name files to read. Where such a setting was set decides which files may be read
   * (lsp/settings.ts); the VS Code client learns which settings these are from shared/path-settings.ts,
   * generated from this flag.
   */
  files?: true;
  /** For a map: what its keys name, for messages ("rule"). */
  keyNoun?: Localized;
  /** For an enum: what each value means, in the enum's order. */
  enumDescriptions?: readonly Localized[];
}

/** An option whose schema is built on first use (see text/once.ts): checks with the defaults never read it. */
const option = <S extends z.ZodType>({ schema, ...def }: Omit<OptionDef<S>, 'schema'> & { schema: () => S }): OptionDef<S> => {
  const built = once(schema);
  return {
    ...def,
    get schema() {
      return built();
    },
  };
};

export const OPTIONS = {
  enable: option({
    schema: () => z.boolean(),
    default: true,
    scope: 'resource',
    restricted: true,
    project: false,
    description: { zh: '在输入时检查 Markdown 格式的绩效自评报告。', en: 'Check Markdown reports (绩效自评报告) as you type.' },
  }),
  defaultTemplate: option({
    schema: () => z.string().min(1),
    default: DEFAULT_TEMPLATE_ID,
    scope: 'resource',
    restricted: true,
    project: true,
    description: {
      zh:
        '报告前置元数据（`template: <id>`）未指定、提纲与各模板都不够相符、标题也无法判断时使用的提纲：' +
        `${BUILT_IN.map((t) => `\`${t.id}\` ${t.name.zh}`).join('、')}，或工作区模板的 id。`,
      en:
        `Outline used when a report names none in its front matter (\`template: <id>\`), its outline matches no template well ` +
        `and its title does not tell: ${BUILT_IN.map((t) => `\`${t.id}\`: ${t.name.en}`).join('; ')}; or the id of a workspace template.`,
    },
  }),
  region: option({
    schema: () => z.string(),
    default: '',
    scope: 'resource',
    restricted: true,
    project: true,
    description: {
      zh: `报告所属省份：只在该省的模板和全国通用模板中按提纲选择（内置模板的省份：${PROVINCES.join('、')}）。留空则在全部模板中选择。`,
      en:
        "The reports' province: the outline is matched only against that province's templates and the national ones " +
        `(provinces of the built-in templates: ${PROVINCES.join(', ')}). Empty: every template.`,
    },
  }),
  templates: option({
    schema: () => z.array(z.string().min(1)),
    default: [],
    scope: 'resource',
    restricted: true,
    project: true,
    files: true,
    description: {
      zh: '额外的模板文件（JSON，相对于工作区文件夹；工作区设置只能指向文件夹内的普通文件，用户设置可指向任何文件；每个不超过 5 MB），按模板架构校验。文件有误时会指出字段和原因，内置模板照常使用。在不受信任的工作区中忽略。',
      en:
        'Extra template files (JSON, relative to the workspace folder; a workspace setting may only name regular files inside the ' +
        'folder, a user setting any file; at most 5 MB each), validated against the template schema. A broken file is reported with ' +
        'its field and reason; the built-in templates keep working. Ignored in untrusted workspaces.',
    },
  }),
  boilerplate: option({
    schema: () => z.array(z.string().min(1)),
    default: [],
    scope: 'resource',
    restricted: true,
    project: true,
    files: true,
    description: {
      zh:
        '常用表述库文件（JSON，相对于工作区文件夹；工作区设置只能指向文件夹内的普通文件，用户设置可指向任何文件；每个不超过 5 MB；架构为 `schemas/boilerplate.schema.json`，文件名取 ' +
        '`*.jixiao-boilerplate.json` 即可在编辑时获得补全和错误提示）：本单位自己的常用表述，在每条所指的章节中作为补全提供，排在模板自带表述之后。在不受信任的工作区中忽略。',
      en:
        'Boilerplate library files (JSON, relative to the workspace folder; a workspace setting may only name regular files ' +
        'inside the folder, a user setting any file; at most 5 MB each; schema `schemas/boilerplate.schema.json`, name them ' +
        "`*.jixiao-boilerplate.json` for completion and errors while editing): your office's own standard wording, offered by " +
        "completion in the section each entry names, after the template's. Ignored in untrusted workspaces.",
    },
  }),
  rules: option({
    schema: () => z.partialRecord(z.enum(RULE_ID_LIST), z.enum(LEVELS)),
    default: {},
    keyNoun: { zh: '规则', en: 'rule' },
    scope: 'resource',
    restricted: true,
    project: true,
    description: {
      zh: `规则级别：把规则 id 映射为 ${LEVELS.slice(0, -1)
        .map((l) => `\`${l}\``)
        .join('、')} 或 \`${LEVELS.at(-1)}\`，例如 \`{ "pasted-debris": "off" }\`。规则：${RULE_ID_LIST.join('、')}。`,
      en: `Rule levels: map a rule id to ${LEVELS.slice(0, -1)
        .map((l) => `\`${l}\``)
        .join(', ')} or \`${LEVELS.at(-1)}\`, e.g. \`{ "pasted-debris": "off" }\`. Rules: ${RULE_ID_LIST.join(', ')}.`,
    },
  }),
  previousReport: option({
    schema: () => z.string(),
    default: '',
    scope: 'resource',
    restricted: true,
    project: false,
    files: true,
    description: {
      zh:
        '上一年度的报告（.md 或 .docx，相对于工作区文件夹；工作区设置只能指向文件夹内的文件）：打开的报告与它对照，照抄的存在问题、整改措施、数字和文号会被提示（规则 ' +
        '`copied-from-last-year`）。留空则在报告所在文件夹中查找同一单位上一年度的报告。命令行用 `--previous`。在不受信任的工作区中忽略。',
      en:
        "Last year's report (.md or .docx, relative to the workspace folder; a workspace setting may only name a file inside the " +
        'folder): open reports are held against it, and problems, measures, figures and 文号 copied from it are flagged (rule ' +
        "`copied-from-last-year`). Empty: the report's folder is searched for the same unit's report of the year before. On the " +
        'command line: `--previous`. Ignored in untrusted workspaces.',
    },
  }),
  executionThreshold: option({
    schema: () => z.number().min(0).max(100),
    default: 90,
    scope: 'resource',
    restricted: true,
    project: true,
    description: {
      zh: '执行率或到位率低于此百分比时，“存在问题”写“无”视为矛盾（规则 `problems-vs-execution`），自评表未说明原因也会提示（规则 `table-low-rate`）。',
      en:
        'An 执行率 or 到位率 below this percentage contradicts a 存在问题 section that says 无 (rule `problems-vs-execution`), ' +
        'and needs a reason in the self-evaluation table (rule `table-low-rate`).',
    },
  }),
  language: option({
    // `zh-cn`, the default, is also the value settings written before session 13 hold; the choice is made in shared/message-lang.ts
    schema: () => z.enum(['zh-cn', 'en', 'auto']),
    default: 'zh-cn',
    scope: 'application',
    restricted: false,
    project: false,
    description: {
      zh: 'Jixiao 的提示、悬停说明、快速修复、状态栏、选择列表和通知所用的语言：默认中文（报告是中文的）；`en` 为英文；`auto` 跟随 VS Code 的显示语言。',
      en:
        'Language of everything Jixiao shows (findings, hovers, quick fixes, the status item, pickers, notifications): Chinese by ' +
        "default, as the reports are; `en` for English; `auto` follows VS Code's display language.",
    },
    enumDescriptions: [
      { zh: '简体中文（默认）', en: '简体中文 (Chinese, the default)' },
      { zh: '英文（English）', en: 'English' },
      { zh: '跟随 VS Code 显示语言', en: "Follow VS Code's display language" },
    ],
  }),
  maxDocumentSize: option({
    schema: () => z.number().positive(),
    default: 10,
    scope: 'resource',
    restricted: true,
    project: true,
    description: {
      zh: '超过此大小（MB）的文档只检查提纲结构（章节与编号），并给出提示，以控制内存占用。',
      en:
        'Documents larger than this many megabytes get an information note and outline checks only (sections and numbering), so ' +
        'memory stays bounded.',
    },
  }),
};

export type OptionKey = keyof typeof OPTIONS;
export type OptionValues = { [K in OptionKey]: z.output<(typeof OPTIONS)[K]['schema']> };
export const OPTION_KEYS = Object.keys(OPTIONS) as OptionKey[];

/** The title of the settings group in VS Code. */
export const OPTIONS_TITLE: Localized = { zh: 'Jixiao 绩效自评报告', en: 'Jixiao' };

/** A fresh copy of every default (arrays and objects are not shared). */
export function optionDefaults(): OptionValues {
  return structuredClone(Object.fromEntries(OPTION_KEYS.map((k) => [k, OPTIONS[k].default])) as OptionValues);
}

/** The JSON Schema of one option's value, as VS Code and JSON editors read it (draft 7). */
export function optionJsonSchema(key: OptionKey): Record<string, unknown> {
  const { $schema: _, ...schema } = z.toJSONSchema(OPTIONS[key].schema, { target: 'draft-7' }) as Record<string, unknown>;
  return schema;
}

/** A value checked against one option's schema: the value, or what was expected instead. */
export function checkOption<K extends OptionKey>(
  key: K,
  value: unknown,
): { ok: true; value: OptionValues[K] } | { ok: false; expected: Localized } {
  const parsed = OPTIONS[key].schema.safeParse(value);
  return parsed.success
    ? { ok: true, value: parsed.data as OptionValues[K] }
    : { ok: false, expected: expectedValue(optionJsonSchema(key)) };
}

/** What a valid value of a (JSON) schema is, for messages: "a number from 0 to 100". */
export function expectedValue(schema: Record<string, unknown>): Localized {
  if (Array.isArray(schema.enum)) return { zh: `${schema.enum.join(' / ')} 之一`, en: `one of ${schema.enum.join(', ')}` };
  switch (schema.type) {
    case 'boolean':
      return { zh: 'true 或 false', en: 'true or false' };
    case 'string':
      return { zh: '非空字符串', en: 'a non-empty string' };
    case 'number': {
      const { minimum: min, maximum: max, exclusiveMinimum: above } = schema;
      if (typeof min === 'number' && typeof max === 'number') return { zh: `${min}–${max} 的数字`, en: `a number from ${min} to ${max}` };
      if (typeof above === 'number') return { zh: `大于 ${above} 的数字`, en: `a number above ${above}` };
      return { zh: '数字', en: 'a number' };
    }
    case 'array': {
      const item = expectedValue((schema.items ?? {}) as Record<string, unknown>);
      return { zh: `列表，每项为${item.zh}`, en: `a list, each item ${item.en}` };
    }
    default:
      return { zh: '对象', en: 'an object' };
  }
}
