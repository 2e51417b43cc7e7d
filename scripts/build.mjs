#!/usr/bin/env node
// Bundles the CLI, the language server and the VS Code client into dist/ with esbuild: CommonJS
// (what VS Code's extension host loads), Node 20, one file each, no runtime dependencies left.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { JIXIAO_VERSION: JSON.stringify(version) },
  // ESM builds first: jsonc-parser's UMD main requires its parts at run time, which a bundle cannot
  mainFields: ['module', 'main'],
};

/**
 * The language server is two files: server.cjs answers `initialize` and loads session.cjs (the engine:
 * remark, zod, templates, rules) only then, so an editor gets the capabilities without waiting for the
 * engine to be compiled. `import('./session.js')` in server.ts becomes a require of the other file.
 */
const sessionApart = {
  name: 'session-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/session\.js$/ }, () => ({ path: './session.cjs', external: true }));
  },
};

const entries = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.cjs' },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.cjs', plugins: [sessionApart], supported: { 'dynamic-import': false } },
  { entryPoints: ['server/src/lsp/session.ts'], outfile: 'dist/session.cjs' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.cjs', external: ['vscode'] },
];

await Promise.all(entries.map((e) => build({ ...common, ...e })));
