// The complexity tests' measure: work counts, waiting does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { complexityFault, effortMs, leastEffortMs, quarterEffortMs } from '../effort.js';

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

test('a case over its limit passes only when it grew like a linear path and stayed near the limit', () => {
  assert.equal(complexityFault(1499, undefined, 1500), undefined);
  assert.match(complexityFault(1500, undefined, 1500) ?? '', /took 1500 ms \(limit 1500 ms\)/);
  // a slow moment of the machine: ×4 from a quarter of the text
  assert.equal(complexityFault(2000, 500, 1500), undefined);
  // session 33's quadratic path in spending-over-budget: about 1.55 s at 1 MB and 0.165 s at a quarter
  assert.match(complexityFault(1550, 165, 1500) ?? '', /×9\.4 its quarter size's 165 ms/);
  assert.match(complexityFault(3000, 750, 1500) ?? '', /over 2 × the limit/);
});

test('a case’s quarter is built and timed only over the limit: warmed once, then the better of two runs', () => {
  let built = 0;
  let runs = 0;
  const quarter = (): (() => void) => {
    built++;
    return () => runs++;
  };
  assert.equal(quarterEffortMs(999, 1000, quarter), undefined);
  assert.deepEqual([built, runs], [0, 0]);
  assert.equal(typeof quarterEffortMs(1000, 1000, quarter), 'number');
  assert.deepEqual([built, runs], [1, 3]);
});
