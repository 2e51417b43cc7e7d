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
