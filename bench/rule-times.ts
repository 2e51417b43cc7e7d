// Where a check's time goes, rule by rule: `npx tsx bench/rule-times.ts [tree …] [--rounds=3]` times each rule's
// check (CPU ms, in process) on the generated reports, for each tree named (default this one), as issue 14's bench
// growth was traced: 60 generated 25 KB reports each checked whole, as the CLI checks them; and 40 keystrokes into the
// generated 1 MB report, as the editor checks it (the rules that read the whole report, and the chunk-scoped ones on
// the chunk typed into). The trees take turns within each round, so a change in the machine's load falls on all of
// them alike. `--key-size=25KB` types 400 keystrokes into a generated 25 KB report instead. Prints the medians of the
// rounds, the costliest rules first. bench:compare gives the figures a change is judged by; this says which rule to look at.
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
const roots = args.filter((a) => !a.startsWith('--')).map((a) => resolve(a));
if (roots.length === 0) roots.push(resolve(import.meta.dirname, '..'));
const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 3);
// the report typed into: 1MB (default) or 25KB, whose keystroke median is the one bench:compare finds furthest from its floor
const keySize = args.find((a) => a.startsWith('--key-size='))?.slice(11) === '25KB' ? 25_000 : 1_000_000;
// a 25 KB keystroke takes about a millisecond: more of them, so the rules' tenths of one stand out of the timer's noise
const KEYS_PER_PLACE = keySize === 25_000 ? 100 : 10;

const REPORTS = 60;
const PLACES = [0.1, 0.4, 0.7, 0.95];
const small = Array.from({ length: REPORTS }, (_, i) => generateReport(25_000, i + 1));
const big = generateReport(keySize, 1);

/** CPU ms since `from` (process.cpuUsage: on a shared 2-core machine wall time moves 2–3× with the load, CPU time less). */
const cpuSince = (from: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
};

interface Tree {
  root: string;
  ids: string[];
  /** CPU ms spent in each rule's check since the last reset. */
  spent: Map<string, number>;
  wholeReports: () => void;
  /** The keystrokes' run, with the opening (not timed) done first on a parser of its own. */
  keystrokes: () => () => void;
  rounds: { small: Map<string, number>; key: Map<string, number> }[];
}

async function load(root: string): Promise<Tree> {
  const engine = (await import(`${root}/server/src/engine/index.ts`)) as Engine;
  const { IncrementalParser } = (await import(`${root}/server/src/engine/parse/chunks.ts`)) as Chunks;
  const spent = new Map<string, number>();
  for (const rule of engine.RULES) {
    const check = rule.check.bind(rule);
    rule.check = (ctx) => {
      const t = process.cpuUsage();
      try {
        return check(ctx);
      } finally {
        spent.set(rule.id, (spent.get(rule.id) ?? 0) + cpuSince(t));
      }
    };
  }
  const registry = new engine.TemplateRegistry();
  return {
    root,
    ids: engine.RULES.map((rule) => rule.id),
    spent,
    wholeReports: () => {
      for (const text of small) engine.checkText(text, { registry });
    },
    keystrokes: () => {
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
    },
    rounds: [],
  };
}

/** Each rule's ms per unit of work (a report, a keystroke), the whole check's as `(check)`. */
function measure(tree: Tree, units: number, run: () => void): Map<string, number> {
  tree.spent.clear();
  const t = process.cpuUsage();
  run();
  const whole = cpuSince(t);
  const out = new Map([...tree.spent].map(([id, ms]) => [id, ms / units]));
  out.set('(check)', whole / units);
  // parsing, reading the report (outline, template, facts) and sorting the findings
  out.set('(outside the rules)', (whole - [...tree.spent.values()].reduce((a, b) => a + b, 0)) / units);
  return out;
}

const trees: Tree[] = [];
for (const root of roots) trees.push(await load(root));
for (const tree of trees) tree.wholeReports(); // warm the engines' code
for (let r = 0; r < rounds; r++) {
  for (const tree of trees) {
    const smallRound = measure(tree, REPORTS, tree.wholeReports);
    const run = tree.keystrokes();
    tree.rounds.push({ small: smallRound, key: measure(tree, KEYS_PER_PLACE * PLACES.length, run) });
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
const ids = ['(check)', '(outside the rules)', ...new Set(trees.flatMap((t) => t.ids))];
const rows = ids.map((id) => ({
  id,
  small: trees.map((t) => median(t.rounds.map((r) => r.small.get(id) ?? 0))),
  key: trees.map((t) => median(t.rounds.map((r) => r.key.get(id) ?? 0))),
}));
const weight = (row: (typeof rows)[0]): number => Math.max(...row.small) + Math.max(...row.key);
rows.sort((a, b) => weight(b) - weight(a));
console.log(`CPU ms, median of ${rounds} rounds; trees: ${trees.map((t, i) => `[${i + 1}] ${t.root}`).join(', ')}`);
const cells = (xs: number[]): string => xs.map((x) => x.toFixed(3).padStart(8)).join('');
console.log(
  `${'rule'.padEnd(26)}${'25KB whole, per report'.padEnd(8 * trees.length + 3)}${keySize === 25_000 ? '25KB' : '1MB'} keystroke, per key`,
);
for (const r of rows) {
  if (weight(r) < 0.01) continue;
  console.log(`${r.id.padEnd(26)}${cells(r.small)}   ${cells(r.key)}`);
}
