// The Getting Started walkthrough ticks each step on the drafter's real action (issue 18 §3): the
// manifest's completionEvents wait for the context keys the client sets, and each key is set somewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import { STEP_OF, ticksOfStatus, WALKTHROUGH_ID, WALKTHROUGH_KEYS } from '../../client/src/walkthrough-events.js';

interface Step {
  id: string;
  completionEvents?: string[];
}
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { walkthroughs: { id: string; steps: Step[] }[] };
};
const steps = manifest.contributes.walkthroughs[0]!.steps;
const KEYS: string[] = Object.values(WALKTHROUGH_KEYS);

test('every step completes on a context key the client sets, besides its own button', () => {
  const byStep = Object.fromEntries(steps.map((s) => [s.id, (s.completionEvents ?? []).filter((e) => e.startsWith('onContext:'))]));
  assert.deepEqual(byStep, {
    create: [`onContext:${WALKTHROUGH_KEYS.created}`],
    diagnostics: [`onContext:${WALKTHROUGH_KEYS.seen}`],
    fix: [`onContext:${WALKTHROUGH_KEYS.fixed}`],
    cli: [`onContext:${WALKTHROUGH_KEYS.ciCopied}`],
  });
  const client = readdirSync(join(ROOT, 'client', 'src'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(ROOT, 'client', 'src', f), 'utf8'))
    .join('\n');
  for (const [name, key] of Object.entries(WALKTHROUGH_KEYS)) {
    assert.ok(KEYS.includes(key));
    assert.ok(client.includes(`tick(WALKTHROUGH_KEYS.${name})`) || name === 'seen', `nothing ticks ${key}`);
  }
});

test('each key also marks its own step done by id (VS Code misses context keys set before its walkthrough service exists)', () => {
  assert.equal(manifest.contributes.walkthroughs[0]!.id, WALKTHROUGH_ID);
  for (const [key, step] of Object.entries(STEP_OF))
    assert.ok(steps.find((s) => s.id === step)?.completionEvents?.includes(`onContext:${key}`), `${step} waits for ${key}`);
});

test('a status ticks "created" for a new report and "seen" for a report with findings in the active editor', () => {
  const report = { isReport: true, errors: 2, warnings: 0, infos: 0 };
  const clean = { isReport: true, errors: 0, warnings: 0, infos: 0 };
  const notReport = { isReport: false, errors: 0, warnings: 1, infos: 0 };
  assert.deepEqual(ticksOfStatus(report, { active: true, isNew: true }), [WALKTHROUGH_KEYS.created, WALKTHROUGH_KEYS.seen]);
  assert.deepEqual(ticksOfStatus(report, { active: false, isNew: false }), [], 'a report open in the background: nothing seen yet');
  assert.deepEqual(ticksOfStatus(clean, { active: true, isNew: false }), [], 'a clean report shows no finding');
  assert.deepEqual(ticksOfStatus(clean, { active: false, isNew: true }), [WALKTHROUGH_KEYS.created]);
  // made-up: a new Markdown file that is no report (a README) makes no report
  assert.deepEqual(ticksOfStatus(notReport, { active: true, isNew: true }), []);
});

test('the CI step shows the workflow its button copies', () => {
  const workflow = readFileSync(join(ROOT, 'walkthrough', 'ci-workflow.yml'), 'utf8');
  assert.ok(readFileSync(join(ROOT, 'walkthrough', 'cli.md'), 'utf8').includes(workflow));
});
