// Files generated from code must match the code: the template JSON Schema, the README rule table
// and docs/rules.md. On failure run `npm run gen:schema` / `npm run gen:docs` and commit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templateJsonSchema } from '../../scripts/template-json-schema.js';
import { rulesPage, withRuleTable } from '../../scripts/rule-docs.js';
import { withSettingsTable } from '../../scripts/settings-docs.js';
import { ROOT } from '../helpers.js';

test('schemas/template.schema.json is generated from the zod schema (npm run gen:schema)', () => {
  assert.equal(readFileSync(join(ROOT, 'schemas', 'template.schema.json'), 'utf8'), templateJsonSchema());
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
