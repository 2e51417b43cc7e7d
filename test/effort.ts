// How long a test of the engine's complexity charges a piece of work: the lesser of its wall time and the
// process's CPU time. A quadratic path is slow by both. A loaded machine (CI beside other jobs, the test
// runner's parallel files) stretches only the wall time: waiting for a core costs no CPU time. Parallel GC
// threads can add CPU time beyond the wall time on a quiet machine, so neither alone is the work.

/** The work of one run of `run`, in ms. */
export function effortMs(run: () => void): number {
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return Math.min(wall, (used.user + used.system) / 1000);
}

/** The least work of up to `runs` runs of `run`, stopping at the first under `limitMs`. */
export function leastEffortMs(run: () => void, runs: number, limitMs: number): number {
  let ms = Infinity;
  for (let i = 0; i < runs && ms >= limitMs; i++) ms = Math.min(ms, effortMs(run));
  return ms;
}

/**
 * The work of a complexity case at a quarter of its size, asked only when its full size's `ms` is over `limitMs`
 * (complexityFault judges the two): `quarter` builds the smaller case outside the timing and hands back the work to
 * time, which is run once to warm it and then timed as the full size was, the better of two runs.
 */
export function quarterEffortMs(ms: number, limitMs: number, quarter: () => () => void): number | undefined {
  if (ms < limitMs) return undefined;
  const run = quarter();
  run();
  return leastEffortMs(run, 2, 0);
}

/**
 * How much more work a case may take at its full size than at a quarter of it and still be linear: ×4 the text, less
 * the fixed costs of the report around it, more the collector's noise. Session 34 measured ×2.3–×5.5 over the
 * one-paragraph and hostile cases, ×2.8–×5.7 over the grammar's lines (their first quarter), and ×5.0–×6.6 on
 * `12万元 repeated`, which is linear from 125 KB to 2 MB (550 ns a character at each size; its megabyte's 250,000 amounts
 * cost the collector more than four quarters do). A quadratic path takes ×16; session 33's quadratic spending-over-budget
 * path would have taken about ×9.
 */
export const LINEAR_GROWTH = 8;
/**
 * How far over its limit a linear case may go on a slow moment of the machine. The same commit's one-paragraph cases
 * took 1.2–2.6 s at one moment of session 34 and 0.9–1.2 s minutes later, with nothing else running.
 */
export const SLOW_MOMENT = 2;

/**
 * Why a complexity case fails, or undefined when it passes. Under `limitMs` it passes. Over it, the machine may be
 * slow or the path may be: `quarterMs` is the same case at a quarter of its size, measured right after in the same
 * process (so in the same moment of the machine), and the case passes when it grew like a linear path
 * (at most LINEAR_GROWTH) and stayed under SLOW_MOMENT × the limit.
 */
export function complexityFault(ms: number, quarterMs: number | undefined, limitMs: number): string | undefined {
  if (ms < limitMs) return undefined;
  if (quarterMs === undefined) return `took ${ms.toFixed(0)} ms (limit ${limitMs} ms)`;
  const growth = ms / Math.max(quarterMs, 1);
  if (growth > LINEAR_GROWTH) {
    const quarter = `×${growth.toFixed(1)} its quarter size's ${quarterMs.toFixed(0)} ms`;
    return `took ${ms.toFixed(0)} ms, ${quarter}: a path that grows faster than the text`;
  }
  if (ms >= SLOW_MOMENT * limitMs)
    return `took ${ms.toFixed(0)} ms, over ${SLOW_MOMENT} × the limit of ${limitMs} ms even for a slow machine`;
  return undefined;
}
