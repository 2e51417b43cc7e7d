// Where the CLI's time goes, rule by rule: `npx tsx bench/cold-rule-times.ts [tree …] [--rounds=5] [--reports=50]`.
// The CLI checks each report once, in a fresh thread per core (100 files on 2 cores: 50 each), so its code never warms up:
// a report's check there costs 2–3 times what bench/rule-times.ts measures after its warm-up, and not in the same
// proportions (c396e54 → 216cf19: +22 % warm, +45 % cold). Each tree's engine checks the CLI bench's generated reports
// (bench:compare's seeds) once each, in a process of its own run with --single-threaded: without V8's compiler and
// collector threads, process.cpuUsage is this thread's time alone, and a rule's figure is its own (in a default process
// the background compilation of a cold engine falls on whatever was being timed: rule-times' "(outside the rules)").
// The trees take turns in each round; prints the medians, the costliest rules first, with parsing and the model as
// "(build)".
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateReport } from './generate.js';
import type { Rule } from '../server/src/engine/rules/rule.js';

interface Engine {
  buildReport(text: string, options: object): unknown;
  runRules(report: unknown, options: object): unknown;
  TemplateRegistry: new () => unknown;
  RULES: readonly Rule[];
}

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number =>
  Number(args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const reports = option('reports', 50);
const child = args.find((a) => a.startsWith('--child='))?.slice(8);

if (child !== undefined) {
  // one tree, one round: a fresh engine checks each report once and prints CPU ms per report, by rule
  const engine = (await import(`${child}/server/src/engine/index.ts`)) as Engine;
  const texts = Array.from({ length: reports }, (_, i) => generateReport(25_000, 1000 + i));
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const spent: Record<string, number> = {};
  for (const rule of engine.RULES) {
    const check = rule.check.bind(rule);
    rule.check = (ctx) => {
      const t = cpu();
      try {
        return check(ctx);
      } finally {
        spent[rule.id] = (spent[rule.id] ?? 0) + cpu() - t;
      }
    };
  }
  const registry = new engine.TemplateRegistry();
  let build = 0;
  let whole = 0;
  for (const text of texts) {
    const a = cpu();
    const report = engine.buildReport(text, { registry });
    const b = cpu();
    engine.runRules(report, {});
    build += b - a;
    whole += cpu() - a;
  }
  const out: Record<string, number> = { '(check)': whole, '(build)': build };
  for (const [id, ms] of Object.entries(spent)) out[id] = ms;
  console.log(JSON.stringify(Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v / reports]))));
} else {
  const roots = args.filter((a) => !a.startsWith('--')).map((a) => resolve(a));
  if (roots.length === 0) roots.push(resolve(fileURLToPath(import.meta.url), '../..'));
  const rounds = option('rounds', 5);
  const self = fileURLToPath(import.meta.url);
  const runs = roots.map((): Record<string, number>[] => []);
  for (let r = 0; r < rounds; r++) {
    roots.forEach((root, k) => {
      const flags = ['--single-threaded', '--import', 'tsx', self, `--child=${root}`, `--reports=${reports}`];
      runs[k]?.push(JSON.parse(execFileSync(process.execPath, flags, { encoding: 'utf8' })) as Record<string, number>);
    });
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
  const ids = [...new Set(runs.flatMap((rs) => rs.flatMap((x) => Object.keys(x))))];
  const rows = ids
    .map((id) => ({ id, ms: runs.map((rs) => median(rs.map((x) => x[id] ?? 0))) }))
    .sort((a, b) => Math.max(...b.ms) - Math.max(...a.ms));
  console.log(`CPU ms per 25 KB report, each checked once by a fresh engine (${reports} reports), median of ${rounds} rounds`);
  console.log(roots.map((root, i) => `[${i + 1}] ${root}`).join(', '));
  for (const { id, ms } of rows) {
    if (Math.max(...ms) < 0.01) continue;
    console.log(`${id.padEnd(26)}${ms.map((x) => x.toFixed(3).padStart(8)).join('')}`);
  }
}
