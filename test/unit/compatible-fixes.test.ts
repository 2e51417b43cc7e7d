// compatibleFixes answers "does this fix clash with one accepted before it?" with a prefix maximum
// instead of a scan of every accepted edit. Its choice must be exactly the plain rule's: a fix is
// taken when none of its edits overlaps an edit of a fix taken earlier, two insertions at one
// offset not overlapping. The plain rule, written out below as the specification, is compared on
// random fixes crowded into a short text, where clashes are frequent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compatibleFixes, type Finding, type TextEdit } from '../../server/src/engine/index.js';

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return false;
  return a.start < b.end && b.start < a.end;
}

function plainRule(findings: Finding[], safeOnly: boolean): Finding[] {
  const taken: Finding[] = [];
  const edits: TextEdit[] = [];
  for (const f of findings) {
    if (!f.fix || (safeOnly && !f.fix.safe)) continue;
    if (f.fix.edits.some((e) => edits.some((x) => overlaps(e, x)))) continue;
    taken.push(f);
    edits.push(...f.fix.edits);
  }
  return taken;
}

const edit = fc.tuple(fc.nat(30), fc.nat(4)).map(([start, length]): TextEdit => ({ start, end: start + length, newText: 'x' }));
const finding = fc
  .record({ edits: fc.array(edit, { minLength: 1, maxLength: 3 }), safe: fc.boolean(), fixed: fc.boolean() })
  .map(({ edits, safe, fixed }): Finding => {
    const f: Finding = { ruleId: 'r', severity: 'warning', span: { start: 0, end: 0 }, message: { zh: '', en: '' } };
    if (fixed) f.fix = { title: { zh: '', en: '' }, edits, safe };
    return f;
  });

test('compatibleFixes takes exactly the fixes the plain rule takes, in order', () => {
  fc.assert(
    fc.property(fc.array(finding, { maxLength: 40 }), fc.boolean(), (findings, safeOnly) => {
      const { applied, edits } = compatibleFixes(findings, safeOnly);
      const want = plainRule(findings, safeOnly);
      assert.deepEqual(applied, want);
      assert.deepEqual(
        edits,
        want.flatMap((f) => f.fix?.edits ?? []),
      );
    }),
    { seed: 42, numRuns: 2000 },
  );
});
