// The house's layers, checked on every import of server/src, client/src and shared (issue 13):
//
//   text ← parse ← template ← model ← fixes ← rules | assist ← check | office ← config | files | load ← cli | lsp
//
// A file may import its own layer and any layer to its left, never one to its right; layers written
// `a | b` share a rank and never import each other. No import cycle anywhere, type-only ones included.
// Where the issue left a place open:
// - text/, types.ts, version.ts are the ground: shapes and text helpers that import no other layer.
// - template/ (outlines, aliases, boilerplate: data and its loading) sits above parse and below model:
//   the model reads a report against its template; parsing knows no outline.
// - suppress.ts (which findings a `jixiao-disable` comment silences) reads the document's comments: model.
// - fixes/ is below rules and assist: both offer its edits; a fix knows no rule.
// - options.ts (a check's options, with every rule's id) and index.ts (the engine's public face) are
//   the check layer, with check.ts.
// - office/ (a .docx or PDF read as the report text; a report written as a .docx) is beside check: the CLI and
//   the language server read and write office files through it; it knows the engine's shapes and model, no editor.
// - config/ (a project's `.jixiaorc.json`: found, read, validated through the options) is above check
//   (it reads the option definitions) and below the CLI and the language server, which read it alike.
// - files/ (the files a batch checks: folder walks and globs with the ignore files, encodings, office files read
//   as text) is beside config: the CLI's `check` and the editor's workspace check find and read files alike.
// - load/ (a bundle loaded through V8's code cache) is beside config: the CLI and the language server load their
//   bundles alike.
// - shared/ is the contract between the extension and the language server: it imports neither, only
//   packages; of the server, only lsp/ imports it (the engine and the CLI know no editor).
// - client/src imports client/src, shared/ and packages only, never the server's files.
// - Nothing under server/ imports `vscode` (the extension host's API); the engine imports no LSP package.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '../..');
const ROOTS = ['server/src', 'client/src', 'shared'];

/** Layers by path prefix (the longest prefix wins), with their rank: a file imports only a rank below its own, or its own layer. */
const LAYERS: { name: string; rank: number; paths: string[] }[] = [
  { name: 'text', rank: 0, paths: ['server/src/engine/text/', 'server/src/engine/types.ts', 'server/src/engine/version.ts'] },
  { name: 'parse', rank: 1, paths: ['server/src/engine/parse/'] },
  { name: 'template', rank: 2, paths: ['server/src/engine/template/'] },
  { name: 'model', rank: 3, paths: ['server/src/engine/model/', 'server/src/engine/suppress.ts'] },
  { name: 'fixes', rank: 4, paths: ['server/src/engine/fixes/'] },
  { name: 'rules', rank: 5, paths: ['server/src/engine/rules/'] },
  { name: 'assist', rank: 5, paths: ['server/src/engine/assist/'] },
  { name: 'check', rank: 6, paths: ['server/src/engine/check.ts', 'server/src/engine/options.ts', 'server/src/engine/index.ts'] },
  { name: 'office', rank: 6, paths: ['server/src/office/'] },
  { name: 'config', rank: 7, paths: ['server/src/config/'] },
  { name: 'files', rank: 7, paths: ['server/src/files/'] },
  { name: 'load', rank: 7, paths: ['server/src/load/'] },
  { name: 'cli', rank: 8, paths: ['server/src/cli/'] },
  { name: 'lsp', rank: 8, paths: ['server/src/lsp/'] },
  { name: 'shared', rank: 0, paths: ['shared/'] },
  { name: 'client', rank: 9, paths: ['client/src/'] },
];

/** Packages a part must not import: `vscode` itself (not `vscode-…`), and the LSP family (`vscode-languageserver-protocol` too). */
const VSCODE = /^vscode(\/|$)/;
const LSP = /^vscode-(languageserver|languageclient|jsonrpc)/;
const BANNED_PACKAGES: { where: string; re: RegExp }[] = [
  { where: 'server/src/', re: VSCODE },
  { where: 'server/src/engine/', re: LSP },
  { where: 'server/src/cli/', re: LSP },
  { where: 'server/src/office/', re: LSP },
  { where: 'server/src/config/', re: LSP },
];

/** Which layers may import shared/: the two ends of the editor protocol. */
const SHARED_USERS = new Set(['lsp', 'client', 'shared']);

export interface Import {
  from: string;
  /** A repository-relative file for a relative import, else the package specifier. */
  to: string;
  local: boolean;
}

function layerOf(file: string): (typeof LAYERS)[number] | undefined {
  let best: (typeof LAYERS)[number] | undefined;
  let bestLength = -1;
  for (const layer of LAYERS)
    for (const p of layer.paths)
      if ((p.endsWith('/') ? file.startsWith(p) : file === p) && p.length > bestLength) {
        best = layer;
        bestLength = p.length;
      }
  return best;
}

/** Everything wrong with a set of imports: files without a layer, imports upward or sideways, banned packages, cycles. */
export function layerViolations(files: string[], imports: Import[]): string[] {
  const out: string[] = [];
  for (const f of files) if (!layerOf(f)) out.push(`${f}: in no layer (give it a place in LAYERS)`);
  for (const { from, to, local } of imports) {
    const a = layerOf(from);
    if (!a) continue;
    if (!local) {
      for (const ban of BANNED_PACKAGES)
        if (from.startsWith(ban.where) && ban.re.test(to)) out.push(`${from} imports ${to}, banned under ${ban.where}`);
      continue;
    }
    const b = layerOf(to);
    if (!b) {
      if (a.name === 'client' || a.name === 'shared' || !to.startsWith('schemas/')) out.push(`${from} imports ${to}, outside the layers`);
      continue;
    }
    if (a.name === b.name) continue;
    if (b.name === 'shared') {
      if (!SHARED_USERS.has(a.name)) out.push(`${from} (${a.name}) imports ${to}: only lsp and the client speak the editor protocol`);
      continue;
    }
    if (a.name === 'shared' || a.name === 'client' || b.name === 'client') out.push(`${from} (${a.name}) imports ${to} (${b.name})`);
    else if (b.rank >= a.rank)
      out.push(`${from} (${a.name}) imports ${to} (${b.name}), a layer ${b.rank > a.rank ? 'above' : 'beside'} it`);
  }
  for (const cycle of cycles(files, imports)) out.push(`import cycle: ${[...cycle, cycle[0]].join(' → ')}`);
  return out;
}

/** The strongly connected components with more than one file, or a file importing itself (Tarjan). */
function cycles(files: string[], imports: Import[]): string[][] {
  const next = new Map<string, string[]>(files.map((f) => [f, []]));
  for (const i of imports) if (i.local && next.has(i.to)) (next.get(i.from) as string[]).push(i.to);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v) as number);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) as string[]) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      for (let w = stack.pop() as string; ; w = stack.pop() as string) {
        onStack.delete(w);
        scc.push(w);
        if (w === v) break;
      }
      if (scc.length > 1 || (next.get(v) as string[]).includes(v)) out.push(cycleThrough(v, new Set(scc), next));
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return out;
}

/** A shortest path of imports from `v` back to itself inside its component (breadth first): a cycle to read. */
function cycleThrough(v: string, component: Set<string>, next: Map<string, string[]>): string[] {
  const from = new Map<string, string>();
  const queue = [v];
  for (let i = 0; i < queue.length; i++) {
    const u = queue[i] as string;
    for (const w of next.get(u) as string[]) {
      if (w === v) {
        const path = [u];
        for (let p = u; p !== v; p = from.get(p) as string) path.push(from.get(p) as string);
        return path.reverse();
      }
      if (component.has(w) && !from.has(w)) {
        from.set(w, u);
        queue.push(w);
      }
    }
  }
  return [...component];
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir)).sort()) {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|mts|cts)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** A relative specifier as the file it names (`./x.js` is `./x.ts` on disk). */
function resolveLocal(from: string, spec: string): string {
  const base = join(dirname(from), spec);
  const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), `${base}.ts`, join(base, 'index.ts')];
  const found = candidates.find((c) => existsSync(join(ROOT, c)) && statSync(join(ROOT, c)).isFile());
  return relative(ROOT, join(ROOT, found ?? base)).replace(/\\/g, '/');
}

/** Every import of a file: static, re-exports, type-only and dynamic `import()`, as the TypeScript scanner reads them. */
function importsOf(file: string): Import[] {
  const info = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
  return info.importedFiles.map(({ fileName: spec }) =>
    spec.startsWith('.') ? { from: file, to: resolveLocal(file, spec), local: true } : { from: file, to: spec, local: false },
  );
}

describe('layers', () => {
  const files = ROOTS.flatMap(sourceFiles);
  const imports = files.flatMap(importsOf);

  test('every import of server/src, client/src and shared keeps to the layers, without a cycle', () => {
    assert.ok(files.length > 100 && imports.length > 300, `read ${files.length} files, ${imports.length} imports`);
    assert.deepEqual(layerViolations(files, imports), []);
  });

  test('the imports read include type-only, re-exported and dynamic ones', () => {
    const has = (from: string, to: string): boolean => imports.some((i) => i.from === from && i.to === to);
    assert.ok(has('server/src/lsp/main.ts', 'server/src/lsp/server.ts'), 'dynamic import()');
    assert.ok(has('server/src/engine/index.ts', 'server/src/engine/check.ts'), 'export … from');
    assert.ok(has('server/src/engine/suppress.ts', 'server/src/engine/parse/blocks.ts'), 'import type');
  });

  // made-up imports: the checker finds each kind of fault
  test('an upward, a sideways and a shell-to-shell import, a banned package and a cycle are each reported', () => {
    const f = [
      'server/src/engine/parse/a.ts',
      'server/src/engine/model/b.ts',
      'server/src/engine/rules/c.ts',
      'server/src/engine/assist/d.ts',
    ];
    const shells = ['server/src/cli/e.ts', 'server/src/lsp/g.ts', 'client/src/h.ts'];
    const local = (from: string, to: string): Import => ({ from, to, local: true });
    const found = layerViolations(
      [...f, ...shells],
      [
        local(f[0] as string, f[1] as string), // parse → model
        local(f[2] as string, f[3] as string), // rules → assist
        local(shells[1] as string, shells[0] as string), // lsp → cli
        local(shells[2] as string, 'server/src/engine/index.ts'), // client → server
        { from: f[1] as string, to: 'vscode-languageserver/node', local: false },
        local(f[1] as string, f[0] as string), // with parse → model: a cycle
      ],
    );
    assert.equal(found.length, 6, found.join('\n'));
    assert.match(found[0] as string, /parse\/a\.ts \(parse\) imports .*model\/b\.ts \(model\), a layer above it/);
    assert.match(found[1] as string, /\(rules\) imports .* \(assist\), a layer beside it/);
    assert.match(found[2] as string, /\(lsp\) imports .* \(cli\), a layer beside it/);
    assert.match(found[3] as string, /client\/src\/h\.ts \(client\) imports server/);
    assert.match(found[4] as string, /banned under server\/src\/engine\//);
    assert.match(found[5] as string, /^import cycle: /);
    assert.deepEqual(layerViolations(['server/src/engine/extra.ts'], []), [
      'server/src/engine/extra.ts: in no layer (give it a place in LAYERS)',
    ]);
  });
});
