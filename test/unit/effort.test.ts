// The complexity tests' measure: work counts, waiting does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { effortMs, leastEffortMs } from '../effort.js';

/** Keeps this thread busy for `ms` of wall time. */
function spin(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

test('work is charged: a thread busy for 300 ms is charged most of it', () => {
  // on a loaded machine the busy wall time holds less CPU time, so the floor is loose; a quadratic case is 10–100×
  assert.ok(effortMs(() => spin(300)) > 60);
});

test('waiting is not charged: a thread that waits 300 ms for a core (here, for nothing) is charged little', () => {
  const ms = effortMs(() => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300));
  assert.ok(ms < 100, `${ms.toFixed(0)} ms`);
});

test('the least of several runs stops at the first under the limit', () => {
  let runs = 0;
  leastEffortMs(() => runs++, 5, 1000);
  assert.equal(runs, 1);
});
