// Writes schemas/*.schema.json from the zod schemas (a test checks they are up to date).
import { writeFileSync } from 'node:fs';
import { dataJsonSchemas } from './data-json-schemas.js';

for (const [name, content] of Object.entries(dataJsonSchemas())) {
  writeFileSync(new URL(`../schemas/${name}`, import.meta.url), content);
  console.log(`wrote schemas/${name}`);
}
