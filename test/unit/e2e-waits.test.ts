// The real VS Code suite (test/e2e) waits for what it asserts, never for a fixed time: a sleep that
// is long enough on an idle machine is too short on a loaded one (docs/reliability.md, "The real VS
// Code suite"). These tests hold the scenarios to that, and check the one wait they use.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { waitFor, WaitError } from '../e2e/wait.js';

const E2E = join(import.meta.dirname, '..', 'e2e');
/** The only file that may hold a timer: the wait itself. */
const WAIT = 'wait.ts';
/**
 * Ways to wait that are not waits for a state (timers, clocks), or that fail without saying what
 * was last seen (Playwright's own waits): a scenario uses waitFor from wait.ts or a Workbench helper.
 */
const FORBIDDEN: [RegExp, string][] = [
  [/\bsetTimeout\s*\(|\bsetInterval\s*\(|\bwaitForTimeout\s*\(|\bsleep\s*\(/, 'a fixed sleep'],
  [/\bDate\.now\s*\(|\bperformance\.now\s*\(/, 'a hand-made deadline loop'],
  [/\.waitFor\s*\(|\bwaitForSelector\s*\(|\bwaitForFunction\s*\(/, "Playwright's wait (it does not say what it last saw)"],
];

/** The lines of code (not comments) of a TypeScript file that use a forbidden way to wait. */
function offences(file: string, text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    const code = line.trim();
    if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*')) return;
    for (const [pattern, what] of FORBIDDEN) if (pattern.test(code)) found.push(`${file}:${i + 1}: ${what}: ${code}`);
  });
  return found;
}

test('no e2e file waits a fixed time or with a wait that does not report what it saw', () => {
  const files = readdirSync(E2E).filter((f) => f.endsWith('.ts') && f !== WAIT);
  assert.ok(files.includes('run.ts') && files.includes('workbench.ts'), `the scenarios are in ${E2E}: ${files.join(', ')}`);
  const found = files.flatMap((f) => offences(f, readFileSync(join(E2E, f), 'utf8')));
  assert.deepEqual(found, [], `wait for the state with waitFor (test/e2e/wait.ts) instead:\n${found.join('\n')}`);
});

test('the guard sees a sleep before an assertion, and not one in a comment', () => {
  const scenario =
    "await wb.command('x');\nawait new Promise((r) => setTimeout(r, 500));\n// a setTimeout in a comment\nassert.ok(true);\n";
  assert.deepEqual(offences('s.ts', scenario), ['s.ts:2: a fixed sleep: await new Promise((r) => setTimeout(r, 500));']);
  assert.equal(offences('s.ts', "await page.locator('.row').first().waitFor({ timeout: 5000 });").length, 1);
  assert.equal(offences('s.ts', 'const deadline = Date.now() + 30000;').length, 1);
  assert.deepEqual(offences('s.ts', "await waitFor(() => wb.texts('.row'), ok, 'the row');"), []);
});

test('waitFor returns the state once it holds, reading again until then', async () => {
  let reads = 0;
  const value = await waitFor(
    () => ++reads,
    (n) => n >= 3,
    'three reads',
    5000,
  );
  assert.equal(value, 3);
});

test('waitFor counts a read that throws as not yet', async () => {
  let reads = 0;
  const read = (): string => {
    if (++reads < 2) throw new Error('element is not attached to the DOM');
    return 'loaded';
  };
  assert.equal(await waitFor(read, (t) => t === 'loaded', 'the text'), 'loaded');
});

test('waitFor fails saying what it waited for and what it last saw', async () => {
  // the flake this suite had: the editor's text read as '' before the document had loaded
  const error = await waitFor(
    () => '',
    (t) => t.includes('5、压实资金使用主体责任'),
    'the saved 2023.md ending in 5、压实资金使用主体责任',
    300,
  ).then(
    () => assert.fail('waitFor resolved on a state that never held'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof WaitError);
  assert.match(error.message, /^waited 300 ms for the saved 2023\.md ending in 5、压实资金使用主体责任; last seen:\n""$/);
});

test('waitFor shows the rows it last saw, one a line, and the error of a read that failed', async () => {
  const rows = await waitFor(
    () => ['Error 缺少章节「(三)部门重点项目支出绩效情况」'],
    (r) => r.length > 1,
    'two rows',
    200,
  ).catch((e: Error) => e.message);
  assert.match(String(rows), /last seen:\n {2}Error 缺少章节「\(三\)部门重点项目支出绩效情况」$/);
  const failed = await waitFor<string>(
    () => {
      throw new Error('Target page, context or browser has been closed');
    },
    () => true,
    'anything',
    200,
  ).catch((e: Error) => e.message);
  assert.match(String(failed), /last seen:\n\(the read failed: Target page, context or browser has been closed\)$/);
});
