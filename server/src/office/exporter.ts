// The .docx writer (export-docx.ts, with the docx package: some 0.7 MB of code) is a bundle of its own,
// dist/export-docx.cjs, loaded when a report is exported: `jixiao check` and the language server's start
// do not read it (bundled into cli.cjs, it added some 180 ms to every `jixiao check`). From the sources
// (tests, tsx) it is imported as a module.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

type Exporter = typeof import('./export-docx.js');

export async function loadExporter(): Promise<Exporter> {
  // beside the bundle that runs (dist/cli.cjs, dist/session.cjs)
  const bundle = typeof __dirname === 'string' ? join(__dirname, 'export-docx.cjs') : undefined;
  if (bundle && existsSync(bundle)) return createRequire(bundle)(bundle) as Exporter;
  const source = './export-docx.js'; // a name, not a literal: the bundler leaves the module out of the bundle it builds
  return (await import(source)) as Exporter;
}
