// The rule ids the manifest lists, generated from the rule list so that adding a rule is its file,
// its line in server/src/engine/rules/index.ts and its page: the `jixiao.rules` setting's allowed keys
// (package.json) and the ids named in its description (package.nls*.json). `npm run gen:docs` writes
// them; test/unit/generated.test.ts fails when they are out of date.
import { RULES } from '../server/src/engine/index.js';

const IDS = RULES.map((r) => r.id);
const json = (value: unknown): string => JSON.stringify(value, null, 2) + '\n';

interface Manifest {
  contributes: { configuration: { properties: Record<string, { propertyNames?: { enum: string[] } }> } };
}

/** package.json with the `jixiao.rules` keys set to the rule ids. */
export function withRuleIdsInManifest(text: string): string {
  const manifest = JSON.parse(text) as Manifest;
  const names = manifest.contributes.configuration.properties['jixiao.rules']?.propertyNames;
  if (!names) throw new Error('package.json: jixiao.rules has no propertyNames');
  names.enum = IDS;
  return json(manifest);
}

/** A package.nls file whose `config.rules` ends with its list of the rule ids (`Rules: a, b.` / `规则：a、b。`). */
export function withRuleIdsInNls(text: string): string {
  const nls = JSON.parse(text) as Record<string, string>;
  const s = nls['config.rules'] ?? '';
  const m = /(Rules: |规则：)[a-z, 、-]*([.。])$/.exec(s);
  if (!m) throw new Error('package.nls: config.rules does not end with its list of rules');
  const sep = m[1] === '规则：' ? '、' : ', ';
  nls['config.rules'] = s.slice(0, m.index) + m[1] + IDS.join(sep) + m[2];
  return json(nls);
}
