// A rule declared `scope: 'chunk'` (rules/rule.ts) gives, run on each chunk apart (chunkReport), what it gives
// run on the whole report: on every field-corpus text and on generated reports, rule by rule, with no edit
// needed to land beside what it reads. A declaration that is wrong (a rule that reads a neighbouring
// paragraph, a count over the report) fails on the texts of more than one chunk (84 of the 197 reports in
// session 11: a text with few blank lines is one chunk, read the same either way); the made-up rule below
// shows it is caught on every one of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine/index.js';
import { chunkReport, type Report } from '../../server/src/engine/model/report.js';
import { OPTIONS } from '../../server/src/engine/options.js';
import { RULES } from '../../server/src/engine/rules/index.js';
import { defineRule, type Rule, type RuleFinding } from '../../server/src/engine/rules/rule.js';
import { readCorpus } from '../accuracy/score.js';
import { generateReport } from '../../bench/generate.js';
import { registry } from '../helpers.js';

const settings = { executionThreshold: OPTIONS.executionThreshold.default };
const keyOf = (findings: RuleFinding[]): string[] => findings.map((f) => JSON.stringify([f.span, f.message, f.fix, f.related])).sort();

const REPORTS: [string, Report][] = [
  ...readCorpus().map((e): [string, Report] => [e.slug, checkText(e.text, { registry }).report]),
  ...[1, 2].map((seed): [string, Report] => [`generated ${seed}`, checkText(generateReport(60_000, seed), { registry }).report]),
].filter(([, report]) => report.isReport);

/** The texts where the rule run chunk by chunk differs from the rule run on the whole report. */
function differing(rule: Rule): string[] {
  return REPORTS.filter(([, report]) => {
    const whole = keyOf(rule.check({ report, settings }));
    const parts = keyOf(report.chunks.flatMap((chunk) => rule.check({ report: chunkReport(report, chunk), settings })));
    return JSON.stringify(whole) !== JSON.stringify(parts);
  }).map(([name]) => name);
}

test('every chunk-scoped rule: chunk by chunk = on the whole report, on every field-corpus text', () => {
  assert.ok(REPORTS.length > 150, `${REPORTS.length} reports`);
  for (const rule of RULES.filter((r) => r.scope === 'chunk')) assert.deepEqual(differing(rule), [], rule.id);
});

test('a made-up rule wrongly declared chunk-scoped (it counts the report’s paragraphs) is caught', () => {
  const wrong = defineRule({
    id: 'made-up-paragraph-count',
    severity: 'hint',
    scope: 'chunk',
    description: { zh: '测试用', en: 'for this test' },
    check: ({ report }) => {
      const first = report.parsed.blocks[0];
      const said = `${report.parsed.blocks.length}`;
      return first ? [{ span: { start: first.start, end: first.end }, message: { zh: said, en: said } }] : [];
    },
  });
  // a text of one chunk (few blank lines) reads the same either way: every other one is caught. A chunk of no block
  // (泉眼镇 20xx, one block after the blank lines a mirror put first) says nothing, so it does not count
  const split = REPORTS.filter(
    ([, report]) => report.chunks.filter((chunk) => chunkReport(report, chunk).parsed.blocks.length > 0).length > 1,
  ).map(([name]) => name);
  assert.ok(split.length > 50, `${split.length} texts of more than one chunk`);
  assert.deepEqual(differing(wrong), split);
});
