// The `jixiao.*` settings as the server uses them, validated through the option definitions
// (engine/options.ts: types, ranges, defaults). Values come from the client through
// workspace/configuration; anything malformed falls back to the default and is reported, never thrown.
//
// Where a path setting came from matters: a folder's own .vscode/settings.json may only name files
// inside the workspace (a cloned repository must not make the server read ~/.ssh or /etc/shadow),
// while the drafter's user settings may name any file. workspace/configuration answers with values
// only, so the VS Code client adds USER_LEVEL_KEY (shared/configuration.ts), the path settings whose
// value is the user's own (client/src/settings-origin.ts, which always sets it, so a folder cannot). A client that does not
// say is taken to give workspace-level values: the safe reading.
import * as z from 'zod';
import { messageLang as sharedMessageLang } from '../../../shared/message-lang.js';
import { PATH_SETTINGS, SETTINGS_SECTION, TRUSTED_KEY, USER_LEVEL_KEY, type PathSetting } from '../../../shared/configuration.js';
import {
  checkOption,
  expectedValue,
  OPTION_KEYS,
  OPTIONS,
  optionDefaults,
  optionJsonSchema,
  type Lang,
  type Localized,
  type OptionKey,
  type OptionValues,
} from '../engine/index.js';

/** A setting's full name as the drafter writes it in settings.json. */
const setting = (key: string): string => `${SETTINGS_SECTION}.${key}`;

// the path settings are options too (engine/options.ts)
PATH_SETTINGS satisfies readonly OptionKey[];

/** The options (engine/options.ts: types, ranges, defaults), and which path settings are the user's own. */
export interface Settings extends OptionValues {
  userLevel: Set<PathSetting>;
  /** Whether the workspace is trusted: project config files are read only then (TRUSTED_KEY). */
  trusted: boolean;
}

export const DEFAULT_SETTINGS: Settings = { ...optionDefaults(), userLevel: new Set(), trusted: true };

/** Unknown keys and bad values named in one problem: the first few, each clipped. */
const SHOWN_IDS = 5;
const MAX_ID_SHOWN = 40;

export type SettingsProblem = Localized;

/**
 * Reads raw configuration into Settings through the option definitions, collecting what was wrong
 * with it: a value of the wrong type or out of range falls back to the default; in a list or a map,
 * only the bad items are left out.
 */
export function readSettings(raw: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const s: Settings = { ...optionDefaults(), userLevel: new Set(), trusted: true };
  if (raw === null || typeof raw !== 'object') return { settings: s, problems };
  const r = raw as Record<string, unknown>;
  for (const key of OPTION_KEYS) {
    const value = r[key];
    if (value === undefined || value === null) continue;
    const schema: z.ZodType = OPTIONS[key].schema;
    if (schema instanceof z.ZodArray && Array.isArray(value)) Object.assign(s, { [key]: readList(key, value, schema.element, problems) });
    else if (schema instanceof z.ZodRecord && typeof value === 'object' && !Array.isArray(value)) {
      Object.assign(s, { [key]: readMap(key, value as Record<string, unknown>, schema, problems) });
    } else {
      const checked = checkOption(key, value);
      if (checked.ok) Object.assign(s, { [key]: checked.value });
      else problems.push(badValue(key, value, checked.expected));
    }
  }
  if (r[TRUSTED_KEY] === false) s.trusted = false;
  const userLevel = r[USER_LEVEL_KEY];
  if (Array.isArray(userLevel)) for (const key of PATH_SETTINGS) if (userLevel.includes(key)) s.userLevel.add(key);
  return { settings: s, problems };
}

/** A key or a value as a problem names it, cut to MAX_ID_SHOWN characters. */
const shown = (value: unknown): string => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > MAX_ID_SHOWN ? `${text.slice(0, MAX_ID_SHOWN)}…` : text;
};
/** A value as JSON (a string in quotes), cut. */
const shownJson = (value: unknown): string => shown(JSON.stringify(value) ?? String(value));

function badValue(key: OptionKey, value: unknown, expected: Localized): SettingsProblem {
  const given = shownJson(value);
  const fallback = JSON.stringify(OPTIONS[key].default);
  return {
    zh: `设置 ${setting(key)} 应为 ${expected.zh}，而不是 ${given}，已使用默认值 ${fallback}`,
    en: `${setting(key)} must be ${expected.en}, not ${given}; using ${fallback}`,
  };
}

/** The good items of a list setting; each bad one is reported and left out. */
function readList(key: OptionKey, items: unknown[], item: z.core.$ZodType, problems: SettingsProblem[]): unknown[] {
  const good: unknown[] = [];
  const expected = expectedValue((optionJsonSchema(key).items ?? {}) as Record<string, unknown>);
  items.forEach((value, i) => {
    if (z.safeParse(item, value).success) good.push(value);
    else {
      const given = shownJson(value);
      problems.push({
        zh: `设置 ${setting(key)} 的第 ${i + 1} 项 ${given} 无效，应为 ${expected.zh}，已忽略`,
        en: `${setting(key)} item ${i + 1}, ${given}, is not ${expected.en}; left out`,
      });
    }
  });
  return good;
}

/** The good entries of a map setting (jixiao.rules): unknown keys are reported together, each bad value on its own. */
function readMap(
  key: OptionKey,
  entries: Record<string, unknown>,
  schema: z.ZodRecord,
  problems: SettingsProblem[],
): Record<string, unknown> {
  const good: Record<string, unknown> = {};
  const unknown: string[] = [];
  const schemaJson = optionJsonSchema(key);
  const valueExpected = expectedValue((schemaJson.additionalProperties ?? {}) as Record<string, unknown>);
  for (const [name, value] of Object.entries(entries)) {
    if (!z.safeParse(schema.keyType, name).success) unknown.push(name);
    else if (!z.safeParse(schema.valueType, value).success) {
      problems.push({
        zh: `设置 ${setting(key)}.${name} 的值“${shown(value)}”无效，应为 ${valueExpected.zh}`,
        en: `${setting(key)}.${name}: "${shown(value)}" is not ${valueExpected.en}`,
      });
    } else good[name] = value;
  }
  const known = ((schemaJson.propertyNames ?? {}) as { enum?: string[] }).enum ?? [];
  if (unknown.length > 0) problems.push(unknownKeys(key, unknown, known));
  return good;
}

/** One problem for every unknown key (a pasted list of 20,000 is one mistake, not 20,000). */
function unknownKeys(key: OptionKey, names: string[], known: string[]): SettingsProblem {
  const noun = OPTIONS[key].keyNoun ?? { zh: '键', en: 'key' };
  const first = names.slice(0, SHOWN_IDS).map(shown);
  const list = { zh: `可用：${known.join('、')}`, en: `${noun.en}s: ${known.join(', ')}` };
  if (names.length === 1) {
    return {
      zh: `设置 ${setting(key)} 中的${noun.zh}“${first[0]}”不存在（${list.zh}）`,
      en: `${setting(key)} names an unknown ${noun.en} "${first[0]}" (${list.en})`,
    };
  }
  const more = names.length > SHOWN_IDS;
  return {
    zh: `设置 ${setting(key)} 中有 ${names.length} 个${noun.zh}不存在：${first.map((n) => `“${n}”`).join('、')}${more ? '等' : ''}（${list.zh}）`,
    en:
      `${setting(key)} names ${names.length} unknown ${noun.en}s: ${first.map((n) => `"${n}"`).join(', ')}${more ? ', …' : ''} ` +
      `(${list.en})`,
  };
}

/** The language of the messages: the setting's, or with `auto` the client's display language (shared/message-lang.ts). */
export function messageLang(settings: Settings, clientLocale: string | undefined): Lang {
  return sharedMessageLang(settings.language, clientLocale);
}
