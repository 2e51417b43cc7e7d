import { generateReport } from './generate.js';
import { checkText, TemplateRegistry } from '../server/src/engine/index.js';
import { IncrementalParser } from '../server/src/engine/parse/chunks.js';
const registry = new TemplateRegistry();
let text = generateReport(Number(process.env.SIZE ?? 1_000_000));
const parser = new IncrementalParser();
checkText(text, { registry, parser });
for (let i = 0; i < 60; i++) {
  const at = Math.floor(text.length * ((i % 5) + 1) / 6);
  text = text.slice(0, at) + '字' + text.slice(at);
  checkText(text, { registry, parser });
}
