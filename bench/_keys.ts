import { generateReport } from './generate.js';
import { checkText, TemplateRegistry } from '../server/src/engine/index.js';
import { IncrementalParser } from '../server/src/engine/parse/chunks.js';
const registry = new TemplateRegistry();
for (const size of [25_000, 1_000_000, 5_000_000]) {
  let text = generateReport(size);
  const parser = new IncrementalParser();
  let t0 = performance.now();
  checkText(text, { registry, parser });
  const open = performance.now() - t0;
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const at = Math.floor(text.length * ((i % 5) + 1) / 6);
    text = text.slice(0, at) + '字' + text.slice(at);
    t0 = performance.now();
    checkText(text, { registry, parser });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(size, 'open', open.toFixed(0), 'keystroke p50', times[15]!.toFixed(1), 'p95', times[28]!.toFixed(1));
}
