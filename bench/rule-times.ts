// Where a check's time goes, rule by rule: `npx tsx bench/rule-times.ts [tree] [--rounds=3]` times each rule's check
// (wall ms, in process) on the generated reports of the tree at argv[2] (default this one), as issue 14's bench
// growth was traced: 60 generated 25 KB reports each checked whole, as the CLI checks them; and 40 keystrokes into
// the generated 1 MB report, as the editor checks it (the rules that read the whole report, and the chunk-scoped
// ones on the chunk typed into). Prints the medians of the rounds, the costliest rules first. bench:compare gives
// the figures a change is judged by; this says which rule to look at.
import { resolve } from 'node:path';
import { generateReport } from './generate.js';
import type { Rule } from '../server/src/engine/rules/rule.js';

interface Engine {
  checkText(text: string, options: object): unknown;
  TemplateRegistry: new () => unknown;
  RULES: readonly Rule[];
}
interface Chunks {
  IncrementalParser: new () => unknown;
}

const args = process.argv.slice(2);
const root = resolve(args.find((a) => !a.startsWith('--')) ?? `${import.meta.dirname}/..`);
const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 3);
const engine = (await import(`${root}/server/src/engine/index.ts`)) as Engine;
const { IncrementalParser } = (await import(`${root}/server/src/engine/parse/chunks.ts`)) as Chunks;

const REPORTS = 60;
const KEYS_PER_PLACE = 10;
const PLACES = [0.1, 0.4, 0.7, 0.95];

/** Milliseconds spent in each rule's check since the last reset. */
const spent = new Map<string, number>();
for (const rule of engine.RULES) {
  const check = rule.check.bind(rule);
  rule.check = (ctx) => {
    const t = performance.now();
    try {
      return check(ctx);
    } finally {
      spent.set(rule.id, (spent.get(rule.id) ?? 0) + performance.now() - t);
    }
  };
}

/** Each rule's ms per unit of work (a report, a keystroke), the whole check's as `(check)`. */
function measure(units: number, run: () => void): Map<string, number> {
  spent.clear();
  const t = performance.now();
  run();
  const whole = performance.now() - t;
  const out = new Map([...spent].map(([id, ms]) => [id, ms / units]));
  out.set('(check)', whole / units);
  // parsing, reading the report (outline, template, facts) and sorting the findings
  out.set('(outside the rules)', (whole - [...spent.values()].reduce((a, b) => a + b, 0)) / units);
  return out;
}

const registry = new engine.TemplateRegistry();
const small = Array.from({ length: REPORTS }, (_, i) => generateReport(25_000, i + 1));
const big = generateReport(1_000_000, 1);

function wholeReports(): void {
  for (const text of small) engine.checkText(text, { registry });
}

/** The keystrokes' run, with the opening (not timed) done first on a parser of its own. */
function keystrokes(): () => void {
  const parser = new IncrementalParser();
  engine.checkText(big, { registry, parser });
  return () => {
    let current = big;
    for (const place of PLACES) {
      let at = current.indexOf('\n', Math.floor(current.length * place)) + 1;
      for (let i = 0; i < KEYS_PER_PLACE; i++, at++) {
        current = current.slice(0, at) + '字' + current.slice(at);
        engine.checkText(current, { registry, parser });
      }
    }
  };
}

wholeReports(); // warm the engine's code
const byRound: { small: Map<string, number>; key: Map<string, number> }[] = [];
for (let r = 0; r < rounds; r++) {
  const small = measure(REPORTS, wholeReports);
  const run = keystrokes();
  byRound.push({ small, key: measure(KEYS_PER_PLACE * PLACES.length, run) });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
const ids = ['(check)', '(outside the rules)', ...engine.RULES.map((rule) => rule.id)];
const rows = ids.map((id) => ({
  id,
  small: median(byRound.map((r) => r.small.get(id) ?? 0)),
  key: median(byRound.map((r) => r.key.get(id) ?? 0)),
}));
rows.sort((a, b) => b.small + b.key - (a.small + a.key));
console.log(`rule                          25KB whole (ms/report)   1MB keystroke (ms/key)   [median of ${rounds} rounds]`);
for (const r of rows) {
  if (r.small < 0.01 && r.key < 0.01) continue;
  console.log(`${r.id.padEnd(30)}${r.small.toFixed(3).padStart(12)}${r.key.toFixed(3).padStart(25)}`);
}
