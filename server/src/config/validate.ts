// One config file's keys checked through the option definitions (engine/options.ts): only the options
// marked `project` may be set; an unknown key or a bad value is a problem naming the key and what was
// expected, and is left out while the rest applies. In `rules`, each entry stands on its own. Paths
// (the options whose values name files) are resolved from the config file's folder.
import { isAbsolute, resolve } from 'node:path';
import { checkOption, OPTION_KEYS, OPTIONS, type Localized, type OptionKey, type OptionValues } from '../engine/index.js';
import type { ConfigProblem } from './problem.js';

/** The keys of a config file that are no option. */
export const EXTENDS_KEY = 'extends';
/** The reports a project does not check (config/ignores.ts): a key of the file, not an option of a check. */
export const IGNORES_KEY = 'ignores';
const META_KEYS = new Set(['$schema', EXTENDS_KEY, IGNORES_KEY]);

export const PROJECT_KEYS = OPTION_KEYS.filter((k) => OPTIONS[k].project);

export type ConfigValues = Partial<OptionValues>;

const shown = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/** The good options of one file's object; `place` finds a key's line and column. */
export function validateConfig(
  json: Record<string, unknown>,
  file: string,
  dir: string,
  place: (path: string[]) => ConfigProblem['at'],
): { values: ConfigValues; problems: ConfigProblem[] } {
  const values: ConfigValues = {};
  const problems: ConfigProblem[] = [];
  const problem = (path: string[], what: Localized): void => {
    const at = place(path);
    problems.push(at ? { file, at, ...what } : { file, ...what });
  };
  for (const [key, value] of Object.entries(json)) {
    if (META_KEYS.has(key)) continue;
    if (!(PROJECT_KEYS as string[]).includes(key)) {
      const keys = PROJECT_KEYS.join(', ');
      problem([key], {
        zh: `${shown(key)} 不是配置项，已忽略（可用：${PROJECT_KEYS.join('、')}、${EXTENDS_KEY}、${IGNORES_KEY}）`,
        en: `${shown(key)} is no option; ignored (options: ${keys}, ${EXTENDS_KEY}, ${IGNORES_KEY})`,
      });
      continue;
    }
    const k = key as OptionKey;
    if (k === 'rules' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      values.rules = readRules(value as Record<string, unknown>, problem);
      continue;
    }
    const checked = checkOption(k, value);
    if (!checked.ok) {
      problem([key], {
        zh: `${key} 应为${checked.expected.zh}，而不是 ${shown(value)}，已忽略`,
        en: `${key} must be ${checked.expected.en}, not ${shown(value)}; ignored`,
      });
      continue;
    }
    const good = OPTIONS[k].files ? (checked.value as string[]).map((p) => (isAbsolute(p) ? p : resolve(dir, p))) : checked.value;
    Object.assign(values, { [k]: good });
  }
  return { values, problems };
}

/** The good entries of `rules`: an unknown rule or a bad level is said and left out. */
function readRules(entries: Record<string, unknown>, problem: (path: string[], what: Localized) => void): ConfigValues['rules'] {
  const schema = OPTIONS.rules.schema;
  const out: Record<string, unknown> = {};
  for (const [id, level] of Object.entries(entries)) {
    if (!schema.keyType.safeParse(id).success) {
      problem(['rules', id], {
        zh: `rules 中的规则 ${shown(id)} 不存在，已忽略（规则列表见 jixiao check --help）`,
        en: `rules names an unknown rule ${shown(id)}; ignored (jixiao check --help lists the rules)`,
      });
    } else if (!schema.valueType.safeParse(level).success) {
      const levels = schema.valueType.options;
      problem(['rules', id], {
        zh: `rules.${id} 应为 ${levels.join(' / ')} 之一，而不是 ${shown(level)}，已忽略`,
        en: `rules.${id} must be one of ${levels.join(', ')}, not ${shown(level)}; ignored`,
      });
    } else out[id] = level;
  }
  return out as ConfigValues['rules'];
}

/** The file's `ignores`: a list of non-empty patterns; anything else is said and left out. */
export function readIgnores(
  json: Record<string, unknown>,
  file: string,
  place: (path: string[]) => ConfigProblem['at'],
): {
  ignores: string[];
  problems: ConfigProblem[];
} {
  const value = json[IGNORES_KEY];
  if (value === undefined) return { ignores: [], problems: [] };
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== ''))
    return { ignores: value as string[], problems: [] };
  const at = place([IGNORES_KEY]);
  const what = {
    zh: `ignores 应为模式的列表（写法同 .gitignore，如 ["草稿/", "**/*模板*.md"]），而不是 ${shown(value)}，已忽略`,
    en: `ignores must be a list of patterns (as in .gitignore, e.g. ["草稿/", "**/*模板*.md"]), not ${shown(value)}; ignored`,
  };
  return { ignores: [], problems: [at ? { file, at, ...what } : { file, ...what }] };
}
