#!/usr/bin/env node
// Bundles the CLI, the language server and the VS Code client into dist/ with esbuild: CommonJS
// (what VS Code's extension host loads), Node 20, one file each, no runtime dependencies left.
import { build } from 'esbuild';

const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // ESM-only dependencies (unified, remark) use import.meta.url nowhere we need; keep the shim quiet
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const entries = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.cjs' },
];

await Promise.all(entries.map((e) => build({ ...common, ...e })));
