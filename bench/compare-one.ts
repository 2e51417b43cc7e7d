// One variant, one round, for bench/compare.ts: the engine of the tree at argv[2] (its own sources, run
// through tsx) checks the generated report of argv[3] bytes once from scratch and then keystroke by
// keystroke at four places, twice (the second time warmed up), and prints the CPU time of each
// (process.cpuUsage: on a shared 2-core machine wall time moves 2–3× between runs of the same code, CPU
// time far less). The report comes from this tree's generator, so both variants check the same text.
import { generateReport } from './generate.js';

interface Engine {
  checkText(text: string, options: object): unknown;
  TemplateRegistry: new () => unknown;
}
interface Chunks {
  IncrementalParser: new () => unknown;
}

const [root, bytes] = [process.argv[2] ?? '', Number(process.argv[3])];
const engine = (await import(`${root}/server/src/engine/index.ts`)) as Engine;
const { IncrementalParser } = (await import(`${root}/server/src/engine/parse/chunks.ts`)) as Chunks;

const KEYS_PER_PLACE = 40;
const PLACES = [0.1, 0.4, 0.7, 0.95];

function cpuMs(f: () => void): number {
  const before = process.cpuUsage();
  f();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const registry = new engine.TemplateRegistry();
const text = generateReport(bytes, 1);
engine.checkText(text, { registry }); // warm the engine's code before timing the opening
const open = cpuMs(() => engine.checkText(text, { registry }));

/** The CPU time of each keystroke typed at PLACES into the report, opened afresh on a parser of its own. */
function typeInto(): number[] {
  const parser = new IncrementalParser();
  engine.checkText(text, { registry, parser });
  const keys: number[] = [];
  let current = text;
  for (const place of PLACES) {
    // after the nearest line break, so each keystroke lands in a paragraph's text, as typing does
    let at = current.indexOf('\n', Math.floor(current.length * place)) + 1;
    for (let i = 0; i < KEYS_PER_PLACE; i++, at++) {
      current = current.slice(0, at) + '字' + current.slice(at);
      keys.push(cpuMs(() => engine.checkText(current, { registry, parser })));
    }
  }
  return keys.sort((a, b) => a - b);
}

const at = (keys: number[], q: number): number => keys[Math.floor(keys.length * q)] as number;
// the first keystrokes of a process run while V8 still compiles the engine's code, and that dominates them; the same
// keystrokes typed again are what a drafter typing for more than a few seconds feels (session 31: the two differ)
const keys = typeInto();
const warm = typeInto();
console.log(JSON.stringify({ open, keyP50: at(keys, 0.5), keyP90: at(keys, 0.9), warmKeyP50: at(warm, 0.5), warmKeyP90: at(warm, 0.9) }));
