// The CLI's one V8 setting: optimise a function later than V8 would. `jixiao check` runs each report once, on a
// fresh engine per thread (50 reports a thread for 100 files on 2 cores), and V8's optimising compiler (TurboFan,
// on a thread of its own) compiled functions hot for a report or two that then left its code, or went back to the
// interpreter on the next report's shapes: CPU spent and thrown away. Eight times the budget (V8's default on
// Node 20 is 66 KB of bytecode run) lets the interpreter and baseline code run those and still optimises what stays
// hot. Measured in session 22 (docs/benchmarks.md, "How it keeps up"): 100 reports of 25 KB 2,190-2,250 -> 1,600-1,690
// ms CPU, one 1 MB report 880-1,100 -> 640-650 ms, 1,000 reports unchanged.
//
// Set by the main thread before the engine's bundle loads, and so before any worker starts (V8's flags are the
// process's: the workers run with it). The bundle's code cache is made and read under the same flag (V8 refuses a
// cache made under other flags). The language server does not set it: a drafter's engine stays warm for hours.
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';

/** V8's interrupt budget for optimising (bytes of bytecode run): 8 x its default of 66 KB on Node 20. */
const INTERRUPT_BUDGET = 8 * 66 * 1024;

export function tuneTiering(): void {
  if (isMainThread) setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
