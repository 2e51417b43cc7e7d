import { generateReport } from './generate.js';
import * as engine from '../server/src/engine/index.js';
import { IncrementalParser } from '../server/src/engine/parse/chunks.js';
const registry = new engine.TemplateRegistry();
const text = generateReport(25_000, 1);
const PLACES = [0.1, 0.4, 0.7, 0.95];
function typeInto(): void {
  const parser = new IncrementalParser();
  engine.checkText(text, { registry, parser });
  let current = text;
  for (const place of PLACES) {
    let at = current.indexOf('\n', Math.floor(current.length * place)) + 1;
    for (let i = 0; i < 40; i++, at++) {
      current = current.slice(0, at) + '字' + current.slice(at);
      engine.checkText(current, { registry, parser });
    }
  }
}
for (let r = 0; r < 3; r++) typeInto();
const t = process.cpuUsage();
for (let r = 0; r < 20; r++) typeInto();
const u = process.cpuUsage(t);
console.log('ms per key', (u.user + u.system) / 1000 / (20 * 160));
