// `npm run bench`: drives the built language server over stdio as an editor does (open, characters
// typed one at a time at several places, completion, hover) on generated reports of growing size, runs
// the CLI over a folder of 1,000 reports, and times plain remark-parse on the same texts as the floor.
// Prints a table, writes bench/results.json, and with --write-docs refreshes docs/benchmarks.md.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-languageserver-protocol/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { replaceBetweenMarkers } from '../scripts/markers.js';
import { generateReport } from './generate.js';

const ROOT = join(import.meta.dirname, '..');
const SERVER = join(ROOT, 'dist', 'server.cjs');
const CLI = join(ROOT, 'bin', 'jixiao.cjs');
const quick = process.argv.includes('--quick');

/** Node options for the server: none, as the extension and `jixiao-language-server` start it, or BENCH_SERVER_ARGS (to try some). */
function serverArgs(): string[] {
  return (process.env.BENCH_SERVER_ARGS ?? '').split(' ').filter(Boolean);
}

interface Stats {
  p50: number;
  p95: number;
  max: number;
  n: number;
}

function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
  return { p50: at(0.5), p95: at(0.95), max: s[s.length - 1] as number, n: s.length };
}

function peakMemoryMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

function offsetToPosition(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let last = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i + 1;
  }
  return { line, character: offset - last };
}

interface SizeResult {
  size: string;
  bytes: number;
  startToReady: number;
  openToDiagnostics: number;
  /** A second report of the same size opened in the now-running server. */
  openWarm: number;
  keystroke: Stats;
  completion: Stats;
  hover: Stats;
  peakMemoryMb: number;
  remarkParse: Stats;
}

/** The built server over stdio, as an editor starts it: the client answers its configuration and registration requests. */
function startServer(): { proc: ChildProcess; conn: MessageConnection } {
  const proc = spawn(process.execPath, [...serverArgs(), SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.listen();
  return { proc, conn };
}

async function benchSize(bytes: number, label: string): Promise<SizeResult> {
  let text = generateReport(bytes, 11);
  const t0 = performance.now();
  const { proc, conn } = startServer();
  const waiting = new Map<number, (at: number) => void>();
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    const now = performance.now();
    if (p.version !== undefined) waiting.get(p.version)?.(now);
  });
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } }, workspace: { configuration: true } },
  });
  const startToReady = performance.now() - t0;
  await conn.sendNotification('initialized', {});
  const uri = 'file:///bench/report.md';
  const published = (version: number): Promise<number> => new Promise((resolve) => waiting.set(version, resolve));

  let version = 1;
  let sent = performance.now();
  const opened = published(version);
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  const openToDiagnostics = (await opened) - sent;

  // characters typed one at a time at four places, each waiting for its diagnostics
  const keystrokes: number[] = [];
  const places = [0.1, 0.4, 0.7, 0.95];
  const perPlace = quick ? 10 : 40;
  for (const place of places) {
    let at = text.indexOf('。', Math.floor(text.length * place));
    if (at < 0) at = Math.floor(text.length * place);
    for (let i = 0; i < perPlace; i++) {
      const pos = offsetToPosition(text, at);
      text = text.slice(0, at) + '字' + text.slice(at);
      at++;
      version++;
      const done = published(version);
      sent = performance.now();
      await conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: pos, end: pos }, text: '字' }],
      });
      keystrokes.push((await done) - sent);
    }
  }

  // the target is the server's peak with one report open (and typed in): read it before the second opens
  const peak = peakMemoryMb(proc.pid as number);

  // a second report of the same size, opened in the server that is now running
  const uri2 = 'file:///bench/second.md';
  version++;
  const second = published(version);
  sent = performance.now();
  await conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri: uri2, languageId: 'markdown', version, text: generateReport(bytes, 12) },
  });
  const openWarm = (await second) - sent;
  await conn.sendNotification('textDocument/didClose', { textDocument: { uri: uri2 } });

  const timeRequest = async (method: string, params: unknown, n: number): Promise<Stats> => {
    const xs: number[] = [];
    for (let i = 0; i < n; i++) {
      const s = performance.now();
      await conn.sendRequest(method, params);
      xs.push(performance.now() - s);
    }
    return stats(xs);
  };
  const measures = text.lastIndexOf('（五）改进措施');
  const completionAt = offsetToPosition(text, text.indexOf('\n', measures + 10) + 1);
  const totalAt = offsetToPosition(text, text.indexOf('收入总预算') + 8);
  const completion = await timeRequest('textDocument/completion', { textDocument: { uri }, position: completionAt }, quick ? 10 : 30);
  const hover = await timeRequest('textDocument/hover', { textDocument: { uri }, position: totalAt }, quick ? 10 : 30);
  await conn.sendRequest('shutdown');
  const exited = new Promise((resolve) => proc.on('exit', resolve));
  await conn.sendNotification('exit');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  conn.dispose();
  proc.kill();

  const parser = unified().use(remarkParse);
  const parses: number[] = [];
  for (let i = 0; i < (quick ? 2 : 5); i++) {
    const s = performance.now();
    parser.parse(text);
    parses.push(performance.now() - s);
  }
  return {
    size: label,
    bytes: Buffer.byteLength(text),
    startToReady,
    openToDiagnostics,
    openWarm,
    keystroke: stats(keystrokes),
    completion,
    hover,
    peakMemoryMb: peak,
    remarkParse: stats(parses),
  };
}

function benchCli(count: number): { files: number; seconds: number; workers: number } {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-'));
  try {
    for (let i = 0; i < count; i++) {
      mkdirSync(join(dir, String(Math.floor(i / 100))), { recursive: true });
      writeFileSync(join(dir, String(Math.floor(i / 100)), `report-${i}.md`), generateReport(25_000, 1000 + i));
    }
    const s = performance.now();
    const r = spawnSync(process.execPath, [CLI, 'check', dir, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const seconds = (performance.now() - s) / 1000;
    const json = JSON.parse(r.stdout) as { files: unknown[] };
    if (json.files.length !== count) throw new Error(`the CLI checked ${json.files.length} of ${count} files`);
    return { files: count, seconds, workers: availableParallelism() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The floor for any language server written for Node: Node itself started with a few lines that answer
 * `initialize` by hand (no library loaded).
 */
const BARE_NODE_SERVER =
  `let b='';process.stdin.on('data',d=>{b+=d;if(b.includes('"initialize"')){const r=JSON.stringify({jsonrpc:` +
  `'2.0',id:JSON.parse(b.slice(b.indexOf('{'))).id,result:{capabilities:{}}});process.stdout.write('Content-Length: ` +
  `'+Buffer.byteLength(r)+'\\r\\n\\r\\n'+r);}});`;

/** Start → `initialize` answered, the median of several starts (one start is too noisy to quote). */
async function benchStart(n: number, args: string[]): Promise<Stats> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const proc = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    conn.listen();
    await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    times.push(performance.now() - t0);
    conn.dispose();
    proc.kill();
    await new Promise((resolve) => proc.on('exit', resolve));
  }
  return stats(times);
}

/**
 * Starts a server and opens `text` as soon as `initialize` is answered; resolves with the time from
 * the start to its diagnostics (what a drafter waits for when the editor starts with a report open).
 * The server is kept running `linger` ms longer before it is stopped.
 */
async function openOnStart(text: string, linger = 0): Promise<number> {
  const t0 = performance.now();
  const { proc, conn } = startServer();
  const diagnostics = new Promise<void>((resolve) => conn.onNotification('textDocument/publishDiagnostics', () => resolve()));
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
  await conn.sendNotification('initialized', {});
  await conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri: 'file:///bench/first.md', languageId: 'markdown', version: 1, text },
  });
  await diagnostics;
  const elapsed = performance.now() - t0;
  await new Promise((resolve) => setTimeout(resolve, linger));
  conn.dispose();
  proc.kill();
  await new Promise((resolve) => proc.on('exit', resolve));
  return elapsed;
}

/** Start → the first diagnostics of a 25 KB report, the median of several starts. */
async function benchFirstDiagnostics(n: number): Promise<Stats> {
  const text = generateReport(25_000, 13);
  const times: number[] = [];
  for (let i = 0; i < n; i++) times.push(await openOnStart(text));
  return stats(times);
}

/**
 * The language server keeps its engine's compiled code in a cache folder, written a few seconds after
 * its first start. The bench uses a folder of its own and fills it first, so every start it measures
 * is a start after the first, as a drafter's are.
 */
async function primeCodeCache(): Promise<void> {
  await openOnStart(generateReport(25_000, 5), 6000); // the server writes the cache 5 s after loading the engine
}

const ms = (x: number): string => `${x.toFixed(1)} ms`;
const cacheDir = mkdtempSync(join(tmpdir(), 'jixiao-bench-cache-'));
process.env.JIXIAO_CACHE_DIR = cacheDir;
await primeCodeCache();
const start = await benchStart(quick ? 5 : 15, [...serverArgs(), SERVER, '--stdio']);
const bareNode = await benchStart(quick ? 5 : 15, ['-e', BARE_NODE_SERVER]);
const firstDiagnostics = await benchFirstDiagnostics(quick ? 5 : 15);
const ALL_SIZES: [number, string][] = [
  [25_000, '25 KB'],
  [125_000, '125 KB'],
  [1_000_000, '1 MB'],
  [5_000_000, '5 MB'],
];
// --sizes=1MB,5MB runs only those (while working on one of them)
const only = process.argv
  .find((a) => a.startsWith('--sizes='))
  ?.slice('--sizes='.length)
  .split(',');
const sizes = only
  ? ALL_SIZES.filter(([, label]) => only.includes(label.replace(' ', '')))
  : quick
    ? ALL_SIZES.filter(([b]) => b === 25_000 || b === 1_000_000)
    : ALL_SIZES;
const results: SizeResult[] = [];
for (const [bytes, label] of sizes) results.push(await benchSize(bytes, label));
const cli = benchCli(quick || only ? 200 : 1000);

const machine =
  `${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
  `Node ${process.version}`;
const header =
  '| document | keystroke → diagnostics p50 / p95 / max | open → diagnostics (just started / running) | completion p50 | hover p50 ' +
  '| server peak memory | plain remark-parse p50 |';
const rows = results.map(
  (r) =>
    `| ${r.size} | ${ms(r.keystroke.p50)} / ${ms(r.keystroke.p95)} / ${ms(r.keystroke.max)} | ${ms(r.openToDiagnostics)} / ` +
    `${ms(r.openWarm)} | ${ms(r.completion.p50)} | ${ms(r.hover.p50)} | ${r.peakMemoryMb.toFixed(0)} MB | ${ms(r.remarkParse.p50)} |`,
);
const table = [header, '|---|---|---|---|---|---|---|', ...rows].join('\n');
rmSync(cacheDir, { recursive: true, force: true });
const summary =
  `server start → ready (initialize answered): p50 ${ms(start.p50)} over ${start.n} starts; bare Node answering ` +
  `initialize by hand: p50 ${ms(bareNode.p50)} · server start → first diagnostics of a 25 KB report: p50 ` +
  `${ms(firstDiagnostics.p50)} · CLI: ${cli.files} reports of 25 KB in ${cli.seconds.toFixed(1)} s (${cli.workers} worker threads)`;
console.log(`${machine}\n\n${table}\n\n${summary}`);
writeFileSync(
  join(ROOT, 'bench', 'results.json'),
  JSON.stringify({ date: new Date().toISOString(), machine, start, bareNode, firstDiagnostics, results, cli }, null, 2) + '\n',
);

if (process.argv.includes('--write-docs')) {
  const doc = readFileSync(join(ROOT, 'docs', 'benchmarks.md'), 'utf8');
  const block = `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}.\n\n${table}\n\n${summary}`;
  writeFileSync(join(ROOT, 'docs', 'benchmarks.md'), replaceBetweenMarkers(doc, 'bench', block, 'docs/benchmarks.md'));
  console.log('updated docs/benchmarks.md');
}
