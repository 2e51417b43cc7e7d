// The .vsix holds every file the manifest, the walkthrough and the bundles point at: a file left out
// by .vscodeignore is an extension that installs and then fails (no language server, no schema). The npm package
// holds what its two bins load, and runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { ROOT } from '../helpers.js';
import { TestClient } from '../lsp/client.js';
import { R2019 } from './run.js';

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
  // the CLI's entry loads its bundle through the code cache
  needed.push('dist/cli-engine.cjs');
  // both load the .docx writer from its own bundle when a report is exported
  needed.push('dist/export-docx.cjs');
  assert.ok(needed.includes('schemas/boilerplate.schema.json') && needed.includes('dist/extension.cjs'), 'the manifest was read');
  const missing = needed.filter((p) => !listed.has(p));
  assert.deepEqual(missing, [], `left out of the .vsix by .vscodeignore: ${missing.join(', ')}`);
});

// The npm package (`npx jixiao`, `jixiao-language-server --stdio` for other editors) is made from .npmignore: packed
// as `npm publish` would, unpacked beside the dependencies, its CLI checks a report and its server answers an editor.
test('the npm package holds the bins and the bundles they load, and nothing of the sources: its CLI and server run', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-npm-'));
  try {
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' }),
    ) as { filename: string; files: { path: string }[] }[];
    const files = (packed[0]?.files ?? []).map((f) => f.path);
    for (const f of [
      'bin/jixiao.cjs',
      'bin/jixiao-language-server.cjs',
      'dist/cli.cjs',
      'dist/cli-engine.cjs',
      'dist/session.cjs',
      'schemas/jixiao-config.schema.json',
    ])
      assert.ok(files.includes(f), `${f} is in the package`);
    assert.deepEqual(
      files.filter((f) => /^(server|client|shared|test|examples|bench|scripts)\/|\.map$/.test(f)),
      [],
      'no sources, tests or source maps',
    );
    execFileSync('tar', ['-xzf', join(dir, packed[0]?.filename ?? ''), '-C', dir]);
    const pkg = join(dir, 'package');
    symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir');
    const out = spawnSync(process.execPath, [join(pkg, 'bin', 'jixiao.cjs'), 'check', '--format', 'json', R2019], { encoding: 'utf8' });
    const checked = JSON.parse(out.stdout) as { files: { isReport: boolean; findings: unknown[] }[] };
    assert.equal(out.status, 1, out.stderr);
    assert.ok(checked.files[0]?.isReport && checked.files[0].findings.length > 0, 'the 2019 report is checked and has findings');
    const c = new TestClient({ serverPath: join(pkg, 'bin', 'jixiao-language-server.cjs') });
    try {
      await c.initialize();
      await c.open('file:///reports/2019.md', readFileSync(R2019, 'utf8'));
      assert.ok((await c.diagnosticsOf('file:///reports/2019.md')).length > 0, 'the server publishes findings');
    } finally {
      await c.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
