// The manifest's settings, generated from the option definitions (server/src/engine/options.ts):
// package.json's `contributes.configuration` and `capabilities.untrustedWorkspaces.restrictedConfigurations`,
// and the `config.*` strings of package.nls.json (English) and package.nls.zh-cn.json. JSON has no
// comments, so instead of markers each generated value is replaced in place and every other byte of
// the file is kept. `npm run gen:docs` writes them; test/unit/generated.test.ts fails when they are stale.
import { findNodeAtLocation, parseTree, type JSONPath } from 'jsonc-parser';
import { OPTION_KEYS, OPTIONS, OPTIONS_TITLE, optionJsonSchema, type Lang, type OptionKey } from '../server/src/engine/index.js';
import { SETTINGS_SECTION } from '../shared/configuration.js';

const nlsKey = (key: OptionKey): string => `config.${key}`;

/** The `contributes.configuration` block, its texts as %nls% references. */
export function configuration(): Record<string, unknown> {
  const properties = Object.fromEntries(
    OPTION_KEYS.map((key) => {
      const o = OPTIONS[key];
      const schema = optionJsonSchema(key);
      const enumDescriptions = o.enumDescriptions && (schema.enum as string[]).map((value) => `%${nlsKey(key)}.${value}%`);
      return [
        `${SETTINGS_SECTION}.${key}`,
        {
          ...schema,
          default: o.default,
          ...(enumDescriptions && { enumDescriptions }),
          scope: o.scope,
          markdownDescription: `%${nlsKey(key)}%`,
        },
      ];
    }),
  );
  return { title: '%config.title%', properties };
}

export const restrictedConfigurations = (): string[] =>
  OPTION_KEYS.filter((k) => OPTIONS[k].restricted).map((k) => `${SETTINGS_SECTION}.${k}`);

/** package.json with its generated values replaced, the rest byte for byte. */
export function withConfigurationInManifest(text: string): string {
  let out = replaceJsonValue(text, ['contributes', 'configuration'], configuration(), 'package.json');
  out = replaceJsonValue(
    out,
    ['capabilities', 'untrustedWorkspaces', 'restrictedConfigurations'],
    restrictedConfigurations(),
    'package.json',
  );
  return out;
}

/** The `config.*` strings in one language. */
export function configurationStrings(lang: Lang): Record<string, string> {
  const strings: Record<string, string> = { 'config.title': OPTIONS_TITLE[lang] };
  for (const key of OPTION_KEYS) {
    const o = OPTIONS[key];
    strings[nlsKey(key)] = o.description[lang];
    const values = optionJsonSchema(key).enum as string[] | undefined;
    o.enumDescriptions?.forEach((d, i) => (strings[`${nlsKey(key)}.${values?.[i]}`] = d[lang]));
  }
  return strings;
}

/** A package.nls file with its `config.*` strings replaced by the generated ones, where the old ones stood. */
export function withConfigurationInNls(text: string, lang: Lang): string {
  const nls = JSON.parse(text) as Record<string, string>;
  const out: Record<string, string> = {};
  let placed = false;
  for (const [k, v] of Object.entries(nls)) {
    if (!k.startsWith('config.')) out[k] = v;
    else if (!placed) {
      Object.assign(out, configurationStrings(lang));
      placed = true;
    }
  }
  if (!placed) Object.assign(out, configurationStrings(lang));
  return JSON.stringify(out, null, 2) + '\n';
}

/** `text` with the JSON value at `path` replaced by `value`, indented like the line it starts on. */
function replaceJsonValue(text: string, path: JSONPath, value: unknown, file: string): string {
  const node = findNodeAtLocation(parseTree(text) ?? { type: 'null', offset: 0, length: 0 }, path);
  if (!node) throw new Error(`${file} has no ${path.join('.')}`);
  const lineStart = text.lastIndexOf('\n', node.offset) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, node.offset))?.[0] ?? '';
  const json = JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
  return text.slice(0, node.offset) + json + text.slice(node.offset + node.length);
}
