// The .vsix holds every file the manifest, the walkthrough and the bundles point at: a file left out
// by .vscodeignore is an extension that installs and then fails (no language server, no schema).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { ROOT } from '../helpers.js';

/** Relative file paths in the manifest's main, icon and contributes (schemas, snippets, grammars, walkthrough media). */
function manifestFiles(): string[] {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
  const out = [manifest.main as string, manifest.icon as string];
  const walk = (v: unknown, key: string): void => {
    if (typeof v === 'string' && ['url', 'path', 'markdown', 'image'].includes(key) && !/^[a-z]+:/.test(v)) out.push(v);
    else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(manifest.contributes, '');
  return out.map((p) => normalize(p));
}

test('the .vsix holds every file the manifest, the walkthrough and the server bundle load', () => {
  const listed = new Set(
    execFileSync(process.execPath, [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean),
  );
  const needed = manifestFiles();
  // images the walkthrough pages show
  for (const page of needed.filter((p) => p.startsWith('walkthrough/'))) {
    for (const m of readFileSync(join(ROOT, page), 'utf8').matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g))
      needed.push(normalize(join(dirname(page), m[1] as string)));
  }
  // the server's entry loads the LSP library and then the engine from bundles of their own
  needed.push('dist/connection.cjs', 'dist/session.cjs', 'bin/jixiao-language-server.cjs', 'bin/jixiao.cjs', 'dist/cli.cjs');
  // both load the .docx writer from its own bundle when a report is exported
  needed.push('dist/export-docx.cjs');
  assert.ok(needed.includes('schemas/boilerplate.schema.json') && needed.includes('dist/extension.cjs'), 'the manifest was read');
  const missing = needed.filter((p) => !listed.has(p));
  assert.deepEqual(missing, [], `left out of the .vsix by .vscodeignore: ${missing.join(', ')}`);
});
