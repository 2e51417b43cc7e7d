#!/usr/bin/env node
// Bundles the CLI, the language server and the VS Code client into dist/ with esbuild: CommonJS
// (what VS Code's extension host loads), Node 20, one file each, no runtime dependencies left.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { asciiRegexps } from './ascii-regexps.mjs';

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

// The language server is three files, each loaded by path when it is needed: server.cjs (the entry:
// Node's own modules only) answers `initialize`, then loads connection.cjs (the LSP library and the
// server's wiring), which loads session.cjs (the engine: remark, zod, templates, rules) through V8's
// code cache (server/src/load/code-cache.ts).
// What the bundles that read report files share (the CLI's check, the server's workspace check): pdf.js (an ES
// module, 3 MB with its worker) is imported at run time when a PDF is read, not bundled; tinyglobby's walker (fdir) is an
// ES module that makes a require() from import.meta.url: in a CommonJS bundle, this file's URL
const readsFiles = {
  external: ['pdfjs-dist'],
  supported: { 'dynamic-import': true },
  define: { ...common.define, 'import.meta.url': 'jixiaoBundleUrl' },
  banner: { js: 'var jixiaoBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
};

const entries = [
  // the CLI's entry, which loads the CLI's bundle through V8's code cache (server/src/cli/start.ts)
  { entryPoints: ['server/src/cli/start.ts'], outfile: 'dist/cli.cjs', external: ['pdfjs-dist'], supported: { 'dynamic-import': true } },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli-engine.cjs', ...readsFiles },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.cjs' },
  // connection.cjs hands the engine pdf.js's import (session.cjs is loaded through the code cache and cannot import())
  {
    entryPoints: ['server/src/lsp/server.ts'],
    outfile: 'dist/connection.cjs',
    external: ['pdfjs-dist'],
    supported: { 'dynamic-import': true },
  },
  // the engine, with the files a workspace check reads
  { entryPoints: ['server/src/lsp/session.ts'], outfile: 'dist/session.cjs', ...readsFiles },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.cjs', external: ['vscode'] },
  // the .docx writer with the docx package, loaded by cli.cjs and session.cjs when a report is exported (office/exporter.ts)
  { entryPoints: ['server/src/office/export-docx.ts'], outfile: 'dist/export-docx.cjs' },
];

await Promise.all(entries.map((e) => build({ ...common, ...e })));

// The engine's bundles in ASCII, so V8 keeps their source one byte a character (ascii-regexps.mjs); about 1 s each, so
// in the production build only (a development build keeps its source maps' columns).
if (production) {
  for (const outfile of ['dist/session.cjs', 'dist/cli-engine.cjs']) {
    const { code, left } = asciiRegexps(readFileSync(outfile, 'utf8'));
    writeFileSync(outfile, code);
    if (left > 0) console.warn(`${outfile}: ${left} non-ASCII characters outside regular expressions (kept as two-byte source)`);
  }
}
