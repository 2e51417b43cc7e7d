// Each diagnostic links its rule's page (codeDescription.href, shown by the editor as a link on the
// rule id), the page docs/rules/<id>.md that test/unit/rule-pages.test.ts checks exists.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readExample, ROOT } from '../helpers.js';
import { TestClient } from './client.js';

const PAGES = 'https://github.com/jixiao/jixiao/blob/main/docs/rules/';
const client = new TestClient();
before(() => client.initialize());
after(() => client.stop());

test('every diagnostic of the 2019 example links its rule page in the repository', async () => {
  const uri = 'file:///reports/2019.md';
  await client.open(uri, readExample('2019-湛江市科技局-整体绩效自评报告.md'), 1);
  const diags = await client.diagnosticsOf(uri);
  assert.ok(new Set(diags.map((d) => d.code)).size >= 5, 'several rules report on the 2019 example');
  for (const d of diags) {
    assert.equal(d.codeDescription?.href, `${PAGES}${String(d.code)}.md`);
    assert.ok(existsSync(join(ROOT, 'docs', 'rules', `${String(d.code)}.md`)), `docs/rules/${String(d.code)}.md exists`);
  }
});
