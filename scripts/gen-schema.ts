// Writes schemas/template.schema.json from the zod schema (a test checks it is up to date).
import { writeFileSync } from 'node:fs';
import { templateJsonSchema } from './template-json-schema.js';

writeFileSync(new URL('../schemas/template.schema.json', import.meta.url), templateJsonSchema());
console.log('wrote schemas/template.schema.json');
