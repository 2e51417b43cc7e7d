import { checkText, TemplateRegistry } from '../server/src/engine/index.js';
import { IncrementalParser } from '../server/src/engine/parse/chunks.js';
import * as gen from '../bench/generate.js';
const registry = new TemplateRegistry();
const make = (gen as unknown as Record<string, (n: number) => string>)[process.argv[2] ?? 'generateReport'];
const text = make!(1_000_000);
const parser = new IncrementalParser();
const times: number[] = [];
let t = text;
for (let k = 0; k < 30; k++) {
  const at = Math.floor(t.length / 2);
  t = t.slice(0, at) + (k % 2 ? '' : '字') + t.slice(at + (k % 2 ? 1 : 0));
  const s = performance.now();
  checkText(t, { registry, parser });
  times.push(performance.now() - s);
}
times.sort((a, b) => a - b);
console.log('p50', times[15]!.toFixed(1), 'ms');
