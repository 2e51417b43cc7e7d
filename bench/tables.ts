// Issue 15's bar for tables: a 1 MB report holding 200 自评表 keeps its keystroke → diagnostics within 15 % of
// a 1 MB report without them. Both reports come from bench/generate.ts (the one with tables is generated
// smaller, then 200 tables of bench/self-eval-tables.ts are put between its paragraphs, so both are 1 MB).
// The engine types into both at the same four places, alternating keystroke by keystroke so the machine's
// noise falls on both alike, and prints the CPU-time medians and the keystrokes' 90th percentiles (process.cpuUsage, as
// bench/compare-one.ts).
//
//   npm run bench:tables [-- --rounds=3 --tables=200]
import { checkText, TemplateRegistry } from '../server/src/engine/index.js';
import { IncrementalParser } from '../server/src/engine/parse/chunks.js';
import { generateReport, rng } from './generate.js';
import { selfEvalTable } from './self-eval-tables.js';

const option = (name: string, fallback: number): number =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const BYTES = 1_000_000;
const TABLES = option('tables', 200);
const ROUNDS = option('rounds', 3);
const KEYS_PER_PLACE = 40;
const PLACES = [0.1, 0.4, 0.7, 0.95];

function withTables(): string {
  const r = rng(7);
  const tables = Array.from({ length: TABLES }, (_, i) => selfEvalTable(r, i + 1));
  const size = tables.reduce((s, t) => s + Buffer.byteLength(t) + 2, 0);
  const paragraphs = generateReport(BYTES - size, 1).split('\n\n');
  // between the paragraphs of the body (after the first tenth: the title, header and outline stay as they are)
  const from = Math.floor(paragraphs.length / 10);
  const step = (paragraphs.length - from) / TABLES;
  const out: string[] = [];
  let next = 0;
  paragraphs.forEach((p, i) => {
    out.push(p);
    while (next < TABLES && i >= from + next * step) out.push(tables[next++] as string);
  });
  return out.join('\n\n');
}

function cpuMs(f: () => void): number {
  const before = process.cpuUsage();
  f();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** The offset of the first line at or after `place` of the text that is prose, not a table row. */
function proseAt(text: string, place: number): number {
  let at = text.indexOf('\n', Math.floor(text.length * place)) + 1;
  while (text.startsWith('|', at) || text.startsWith('\n', at)) at = text.indexOf('\n', at) + 1;
  return at;
}

const registry = new TemplateRegistry();
const docs = [generateReport(BYTES, 1), withTables()];
const quantile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * q)] as number;
const median = (xs: number[]): number => quantile(xs, 0.5);
const keys: number[][] = [[], []];
const opens: number[][] = [[], []];
for (let round = 0; round < ROUNDS; round++) {
  const parsers = docs.map(() => new IncrementalParser());
  const current = [...docs];
  docs.forEach((d, v) => {
    checkText(d, { registry }); // warm
    opens[v]?.push(cpuMs(() => checkText(d, { registry })));
    checkText(d, { registry, parser: parsers[v] });
  });
  for (const place of PLACES) {
    const at = current.map((t) => proseAt(t, place));
    for (let i = 0; i < KEYS_PER_PLACE; i++) {
      for (const v of [0, 1]) {
        const t = current[v] as string;
        const k = (at[v] as number) + i;
        current[v] = t.slice(0, k) + '字' + t.slice(k);
        keys[v]?.push(cpuMs(() => checkText(current[v] as string, { registry, parser: parsers[v] })));
      }
    }
  }
}
const [plain, tabled] = [0, 1].map((v) => ({
  key: median(keys[v] ?? []),
  p90: quantile(keys[v] ?? [], 0.9),
  open: median(opens[v] ?? []),
}));
const tablesRead = (s: string): number => s.split('\n').filter((l) => l.startsWith('| 总分')).length;
console.log(
  `1 MB without tables (${Buffer.byteLength(docs[0] ?? '')} bytes) · with ${tablesRead(docs[1] ?? '')} 自评表 ` +
    `(${Buffer.byteLength(docs[1] ?? '')} bytes), ${ROUNDS} rounds × ${PLACES.length * KEYS_PER_PLACE} keystrokes, CPU ms:`,
);
console.log(
  `keystroke p50: ${plain?.key.toFixed(2)} / ${tabled?.key.toFixed(2)} (${(((tabled?.key ?? 0) / (plain?.key ?? 1)) * 100).toFixed(0)} %)`,
);
console.log(
  `keystroke p90: ${plain?.p90.toFixed(2)} / ${tabled?.p90.toFixed(2)} (${(((tabled?.p90 ?? 0) / (plain?.p90 ?? 1)) * 100).toFixed(0)} %)`,
);
console.log(
  `open: ${plain?.open.toFixed(1)} / ${tabled?.open.toFixed(1)} (${(((tabled?.open ?? 0) / (plain?.open ?? 1)) * 100).toFixed(0)} %)`,
);
