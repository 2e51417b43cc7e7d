// The docs label each rule's fixes “automatic” (safe: applied by `jixiao check --fix` and fix-on-save)
// or “on request” (quick fix only) from the rule's `fixes` metadata. This test ties that metadata to
// what the rule really does: over every real text we have — the examples, the test fixtures, the field
// corpus — and the wrong examples of the rule pages, the `safe` flags of the fixes a rule produces must
// be exactly the ones its metadata declares. A rule that changes a fix's safety, adds a fix or drops
// one without updating its metadata (and so its docs) fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/engine/index.js';
import { check, ROOT } from '../helpers.js';
import { examples, HEADINGS, inReport, pageIds, readPage, section } from '../rule-pages.js';

function markdownUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((n) => n.endsWith('.md') && !n.endsWith('README.md'))
    .map((n) => readFileSync(join(ROOT, dir, n), 'utf8'));
}

const TEXTS: string[] = [
  ...markdownUnder('examples'),
  ...markdownUnder('test/fixtures'),
  ...markdownUnder('test/corpus'),
  ...pageIds().flatMap((id) => examples(section(readPage(id), HEADINGS.wrong) ?? '').map((ex) => inReport(ex.text).text)),
];

test('the texts cover the examples, fixtures, corpus and rule pages', () => {
  assert.ok(TEXTS.length >= 60, `${TEXTS.length} texts`);
});

const produced = new Map<string, Set<boolean>>();
for (const text of TEXTS) {
  for (const f of check(text)) {
    if (f.fix) produced.set(f.ruleId, (produced.get(f.ruleId) ?? new Set()).add(f.fix.safe));
  }
}
const label = (safe: boolean): string => (safe ? 'automatic (safe)' : 'on request (not safe)');

for (const rule of RULES) {
  test(
    `${rule.id}: the fixes it produces are ${(rule.fixes ?? []).map((k) => label(k.safe)).join(' and ') || 'none'}, as its ` +
      `metadata says`,
    () => {
      const declared = [...new Set((rule.fixes ?? []).map((k) => k.safe))].sort().map(label);
      const seen = [...(produced.get(rule.id) ?? [])].sort().map(label);
      assert.deepEqual(
        seen,
        declared,
        `update ${rule.id}'s \`fixes\` (and its page) to what its fixes do, or add a wrong example that shows the fix`,
      );
    },
  );
}
