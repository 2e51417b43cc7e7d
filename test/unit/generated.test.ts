// Files generated from code must match the code: the data formats' JSON Schemas, the README rule table,
// docs/rules.md and the manifest's rule ids. On failure run `npm run gen:schema` / `npm run gen:docs` and commit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataJsonSchemas } from '../../scripts/data-json-schemas.js';
import { rulesPage, withRuleTable } from '../../scripts/rule-docs.js';
import { withRuleIdsInManifest, withRuleIdsInNls } from '../../scripts/rule-ids.js';
import { withSettingsTable } from '../../scripts/settings-docs.js';
import { ROOT } from '../helpers.js';

for (const [name, content] of Object.entries(dataJsonSchemas())) {
  test(`schemas/${name} is generated from the zod schema (npm run gen:schema)`, () => {
    assert.equal(readFileSync(join(ROOT, 'schemas', name), 'utf8'), content);
  });
}

test('every generated schema is wired through jsonValidation in the manifest', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { jsonValidation: { url: string }[] } };
  const urls = manifest.contributes.jsonValidation.map((v) => v.url);
  for (const name of Object.keys(dataJsonSchemas())) assert.ok(urls.includes(`./schemas/${name}`), `${name} in jsonValidation`);
});

test('the README rule table is generated from the rules (npm run gen:docs)', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  assert.equal(readme, withRuleTable(readme));
});

test('docs/rules.md is generated from the rules (npm run gen:docs)', () => {
  assert.equal(readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8'), rulesPage());
});

test('the README settings table is generated from the manifest (npm run gen:docs)', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  assert.equal(readme, withSettingsTable(readme));
});

test('the rule ids in package.json and package.nls*.json are the rule list (npm run gen:docs)', () => {
  const manifest = readFileSync(join(ROOT, 'package.json'), 'utf8');
  assert.equal(manifest, withRuleIdsInManifest(manifest));
  for (const name of ['package.nls.json', 'package.nls.zh-cn.json']) {
    const nls = readFileSync(join(ROOT, name), 'utf8');
    assert.equal(nls, withRuleIdsInNls(nls), name);
  }
});
