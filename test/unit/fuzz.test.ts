// Property-based tests: whatever a report looks like — the examples damaged line by line, random
// report-like text, random UTF-16 — the engine does not throw, its spans and edits stay inside the
// text, a fix touches only what its edits cover, `--fix` reaches a fixed point, and incremental
// parsing gives exactly what a from-scratch check gives. Fixed seeds keep CI deterministic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, checkText, compatibleFixes, type Finding, type Span } from '../../server/src/engine/index.js';
import { IncrementalParser } from '../../server/src/engine/parse/chunks.js';
import { fixText } from '../../server/src/cli/fix.js';
import { registry } from '../helpers.js';
import { anyInput, applyEdit, damagedInput, edit, textOf } from './fuzz-arbitraries.js';

// Deterministic in CI. For a deeper local run: JIXIAO_FUZZ_SCALE=20 JIXIAO_FUZZ_SEED=7 node scripts/run-tests.mjs test/unit/fuzz.test.ts
const SEED = Number(process.env.JIXIAO_FUZZ_SEED ?? 42);
const SCALE = Number(process.env.JIXIAO_FUZZ_SCALE ?? 1);
const runs = (n: number): { seed: number; numRuns: number } => ({ seed: SEED, numRuns: Math.max(1, Math.round(n * SCALE)) });

function findings(text: string): Finding[] {
  return checkText(text, { registry }).findings;
}

/** One pass of `--fix`: every compatible safe fix applied at once. */
function fixAll(text: string): string {
  return applyEdits(text, compatibleFixes(findings(text), true).edits);
}

function inside(span: Span, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length;
}

/** Where two texts first differ, with a little context: failures stay readable on 25 KB reports. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (s: string): string => JSON.stringify(s.slice(Math.max(0, i - 40), i + 80));
  return `lengths ${a.length} and ${b.length}, first difference at ${i}: ${around(a)} vs ${around(b)}`;
}

test('checkText never throws', () => {
  fc.assert(
    fc.property(anyInput, (input) => {
      findings(textOf(input));
    }),
    runs(400),
  );
});

test('spans, related spans and fix edits lie inside the text; the edits of one fix do not overlap', () => {
  fc.assert(
    fc.property(anyInput, (input) => {
      const text = textOf(input);
      for (const f of findings(text)) {
        assert.ok(inside(f.span, text.length), `${f.ruleId}: span ${JSON.stringify(f.span)} outside [0, ${text.length}]`);
        for (const r of f.related ?? [])
          assert.ok(inside(r.span, text.length), `${f.ruleId}: related span ${JSON.stringify(r.span)} outside [0, ${text.length}]`);
        if (!f.fix) continue;
        for (const e of f.fix.edits)
          assert.ok(inside(e, text.length), `${f.ruleId}: edit ${JSON.stringify(e)} outside [0, ${text.length}]`);
        const sorted = [...f.fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1], sorted[i]] as [Span, Span];
          const bothInsertions = a.start === a.end && b.start === b.end;
          assert.ok(bothInsertions || a.end <= b.start, `${f.ruleId}: edits ${JSON.stringify(a)} and ${JSON.stringify(b)} overlap`);
        }
      }
    }),
    runs(400),
  );
});

test("applying one finding's fix changes only the text its edits cover", () => {
  fc.assert(
    fc.property(anyInput, (input) => {
      const text = textOf(input);
      for (const f of findings(text)) {
        if (!f.fix || f.fix.edits.length === 0) continue;
        const first = Math.min(...f.fix.edits.map((e) => e.start));
        const last = Math.max(...f.fix.edits.map((e) => e.end));
        const delta = f.fix.edits.reduce((n, e) => n + e.newText.length - (e.end - e.start), 0);
        const fixed = applyEdits(text, f.fix.edits);
        assert.equal(fixed.length, text.length + delta, `${f.ruleId}: length changed by ${fixed.length - text.length}, edits say ${delta}`);
        assert.ok(
          fixed.slice(0, first) === text.slice(0, first),
          `${f.ruleId}: text before offset ${first} changed: ${firstDifference(text, fixed)}`,
        );
        const suffix = text.length - last;
        assert.ok(fixed.length - suffix >= first, `${f.ruleId}: prefix and suffix overlap in the result`);
        assert.ok(fixed.slice(fixed.length - suffix) === text.slice(last), `${f.ruleId}: text after offset ${last} changed`);
      }
    }),
    runs(300),
  );
});

test('--fix reaches a fixed point within its passes, and a second run changes nothing', () => {
  fc.assert(
    fc.property(anyInput, (input) => {
      const text = textOf(input);
      const once = fixText(text, { registry }).text;
      const again = fixAll(once);
      assert.ok(again === once, `a safe fix still applies after the --fix loop: ${firstDifference(once, again)}`);
      const second = fixText(once, { registry }).text;
      assert.ok(second === once, `a second --fix run changed the text: ${firstDifference(once, second)}`);
    }),
    runs(150),
  );
});

test('incremental parsing = from scratch after 1–10 random edits of a damaged example', () => {
  fc.assert(
    fc.property(damagedInput, fc.array(edit, { minLength: 1, maxLength: 10 }), (input, edits) => {
      let text = textOf(input);
      const parser = new IncrementalParser();
      const same = (when: string): void => {
        const incremental = JSON.stringify(checkText(text, { registry, parser }).findings);
        const scratch = JSON.stringify(findings(text));
        assert.ok(
          incremental === scratch,
          `findings differ ${when}: incremental vs from scratch: ${firstDifference(incremental, scratch)}`,
        );
      };
      same('before any edit');
      edits.forEach((e, i) => {
        text = applyEdit(text, e);
        same(`after edit ${i}`);
      });
    }),
    runs(60),
  );
});
