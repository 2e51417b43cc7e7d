// Files generated from code must match the code: the data formats' JSON Schemas, the README rule and
// settings tables, docs/rules.md, the manifest's settings and their strings, the project config
// schema and the client's list of path settings. On failure run `npm run gen:schema` / `npm run gen:docs` and commit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, modify } from 'jsonc-parser';
import { dataJsonSchemas } from '../../scripts/data-json-schemas.js';
import { rulesPage, withRuleTable } from '../../scripts/rule-docs.js';
import { CONFIG_SCHEMA_FILE, configJsonSchema } from '../../scripts/config-schema.js';
import { withSettingsTable } from '../../scripts/settings-docs.js';
import { withConfigurationInManifest, withConfigurationInNls } from '../../scripts/settings-manifest.js';
import { PATH_SETTINGS_FILE, pathSettingsModule } from '../../scripts/path-settings.js';
import { ROOT } from '../helpers.js';

for (const [name, content] of Object.entries(dataJsonSchemas())) {
  test(`schemas/${name} is generated from the zod schema (npm run gen:schema)`, () => {
    assert.equal(readFileSync(join(ROOT, 'schemas', name), 'utf8'), content);
  });
}

test('every generated schema is wired through jsonValidation in the manifest', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { jsonValidation: { url: string }[] } };
  const urls = manifest.contributes.jsonValidation.map((v) => v.url);
  for (const name of [...Object.keys(dataJsonSchemas()), CONFIG_SCHEMA_FILE])
    assert.ok(urls.includes(`./schemas/${name}`), `${name} in jsonValidation`);
});

test('the README rule table is generated from the rules (npm run gen:docs)', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  assert.equal(readme, withRuleTable(readme));
});

test('docs/rules.md is generated from the rules (npm run gen:docs)', () => {
  assert.equal(readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8'), rulesPage());
});

test('the README settings table is generated from the option definitions (npm run gen:docs)', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  assert.equal(readme, withSettingsTable(readme));
});

test('the settings in package.json and their strings in package.nls*.json are the option definitions (npm run gen:docs)', () => {
  const manifest = readFileSync(join(ROOT, 'package.json'), 'utf8');
  assert.equal(manifest, withConfigurationInManifest(manifest));
  for (const [name, lang] of [
    ['package.nls.json', 'en'],
    ['package.nls.zh-cn.json', 'zh'],
  ] as const) {
    const nls = readFileSync(join(ROOT, name), 'utf8');
    assert.equal(nls, withConfigurationInNls(nls, lang), name);
  }
});

test('the manifest generator rewrites only the settings blocks, every other byte of package.json kept', () => {
  const manifest = readFileSync(join(ROOT, 'package.json'), 'utf8');
  const blank = (text: string, path: (string | number)[], value: unknown): string => applyEdits(text, modify(text, path, value, {}));
  let stale = blank(manifest, ['contributes', 'configuration'], { title: 'old' });
  stale = blank(stale, ['capabilities', 'untrustedWorkspaces', 'restrictedConfigurations'], ['jixiao.gone']);
  // hand formatting elsewhere, which a parse-and-print generator would lose
  stale = stale.replace('"version": "0.1.0",', '"version":   "0.1.0" ,');
  assert.notEqual(stale, manifest);
  assert.equal(withConfigurationInManifest(stale), manifest.replace('"version": "0.1.0",', '"version":   "0.1.0" ,'));
});

test(`schemas/${CONFIG_SCHEMA_FILE} is generated from the option definitions (npm run gen:docs)`, () => {
  assert.equal(readFileSync(join(ROOT, 'schemas', CONFIG_SCHEMA_FILE), 'utf8'), configJsonSchema());
});

test("the client's list of path settings is generated from the option definitions (npm run gen:docs)", () => {
  assert.equal(readFileSync(join(ROOT, PATH_SETTINGS_FILE), 'utf8'), pathSettingsModule());
});
