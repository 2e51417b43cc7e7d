// The speed of a base commit against the working tree, in one interleaved run:
//
//   npm run bench:compare -- <base-rev> [--rounds=5] [--sizes=25KB,1MB] [--cli=200]
//
// The base is checked out beside the repository (a detached git worktree sharing this node_modules),
// both trees are built, and each round runs the base and then the change: the engine opening and typing
// into generated reports (bench/compare-one.ts: keyP50/keyP90 the first keystrokes of the process, while V8
// still compiles the engine; warmKeyP50/warmKeyP90 the same keystrokes typed again) and the CLI checking
// generated 25 KB reports. Figures are
// CPU time, the medians of the rounds; the machine is noisy (±30 % wall time), so a figure is quoted only
// from such a run, never from two runs at different times.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateReport } from './generate.js';

const HEAD = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES: Record<string, number> = { '25KB': 25_000, '125KB': 125_000, '1MB': 1_000_000, '5MB': 5_000_000 };

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const rev = args.find((a) => !a.startsWith('--'));
if (!rev) {
  console.error('用法 / usage: npm run bench:compare -- <base-rev> [--rounds=5] [--sizes=25KB,1MB] [--cli=200]');
  process.exit(2);
}
const rounds = Number(option('rounds', '5'));
const sizes = option('sizes', '25KB,1MB').split(',');
for (const s of sizes) if (!(s in SIZES)) throw new Error(`unknown size ${s} (${Object.keys(SIZES).join(', ')})`);
const cliFiles = Number(option('cli', '200'));

const work = mkdtempSync(join(tmpdir(), 'jixiao-compare-'));
const BASE = join(work, 'base');
execFileSync('git', ['-C', HEAD, 'worktree', 'add', '--detach', BASE, rev], { stdio: 'ignore' });
try {
  symlinkSync(join(HEAD, 'node_modules'), join(BASE, 'node_modules'));
  for (const root of [BASE, HEAD]) execFileSync(process.execPath, ['scripts/build.mjs', '--production'], { cwd: root, stdio: 'ignore' });
  const reports = join(work, 'reports');
  for (let i = 0; i < cliFiles; i++) {
    mkdirSync(join(reports, String(Math.floor(i / 100))), { recursive: true });
    writeFileSync(join(reports, String(Math.floor(i / 100)), `report-${i}.md`), generateReport(25_000, 1000 + i));
  }

  const runs: Record<string, number[]>[] = [{}, {}];
  const add = (v: number, key: string, value: number) => (runs[v]![key] ??= []).push(value);
  for (let r = 0; r < rounds; r++) {
    [BASE, HEAD].forEach((root, v) => {
      for (const size of sizes) {
        const one = spawnSync(process.execPath, ['--import', 'tsx', join(HEAD, 'bench/compare-one.ts'), root, String(SIZES[size])], {
          cwd: HEAD,
          encoding: 'utf8',
        });
        if (one.status !== 0) throw new Error(`${root} ${size}: ${one.stderr}`);
        const m = JSON.parse(one.stdout) as Record<string, number>;
        for (const [k, value] of Object.entries(m)) add(v, `${size} ${k}`, value);
      }
      if (cliFiles > 0) add(v, `CLI ${cliFiles} × 25KB`, cliCpuMs(root, reports));
    });
    console.error(`round ${r + 1} of ${rounds}`);
  }

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  console.log(`base ${rev} against the working tree, ${rounds} rounds interleaved; medians of CPU time (ms)\n`);
  console.log('| figure | base | change | change / base |\n|---|---|---|---|');
  for (const key of Object.keys(runs[0]!)) {
    const [b, c] = [median(runs[0]![key]!), median(runs[1]![key]!)];
    console.log(`| ${key} | ${b.toFixed(2)} | ${c.toFixed(2)} | ${((c / b) * 100).toFixed(0)} % |`);
  }
} finally {
  execFileSync('git', ['-C', HEAD, 'worktree', 'remove', '--force', BASE], { stdio: 'ignore' });
  rmSync(work, { recursive: true, force: true });
}

/** User + system CPU time of the CLI (and its worker threads) checking a folder, from bash's `time`. */
function cliCpuMs(root: string, dir: string): number {
  const r = spawnSync(
    'bash',
    [
      '-c',
      'TIMEFORMAT="%3U %3S"; time "$0" "$1" check "$2" --format json > /dev/null',
      process.execPath,
      join(root, 'bin/jixiao.cjs'),
      dir,
    ],
    {
      encoding: 'utf8',
    },
  );
  const [user, system] = r.stderr.trim().split(/\s+/).slice(-2).map(Number);
  if (user === undefined || system === undefined || Number.isNaN(user + system)) throw new Error(`CLI at ${root}: ${r.stderr}`);
  return (user + system) * 1000;
}
