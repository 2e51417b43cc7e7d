// Turning the command line's paths into the Markdown files to check: files as given, folders walked
// (symlink loops detected, node_modules and hidden folders skipped), and globs (* ? **) matched
// without a regex that could backtrack.
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { InputError } from './errors.js';

const MARKDOWN = /\.(md|markdown)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', '.vscode-test']);

export function expandPaths(args: string[], cwd: string): string[] {
  const out = new Set<string>();
  for (const arg of args) {
    if (hasGlob(arg)) {
      const matches = globFiles(arg, cwd);
      if (matches.length === 0) throw new InputError(arg, '没有匹配的文件', 'no file matches this pattern');
      matches.forEach((m) => out.add(m));
      continue;
    }
    const path = resolve(cwd, arg);
    let st: Stats;
    try {
      st = statSync(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') throw new InputError(arg, '符号链接循环', 'symbolic link loop');
      throw new InputError(arg, '文件或目录不存在', 'no such file or directory');
    }
    if (st.isDirectory()) {
      const found = walk(path, new Set());
      if (found.length === 0) throw new InputError(arg, '目录中没有 Markdown 文件（.md）', 'folder holds no Markdown (.md) file');
      found.forEach((f) => out.add(f));
    } else out.add(path);
  }
  return [...out].map((p) => relativeOrAbsolute(p, cwd));
}

function relativeOrAbsolute(p: string, cwd: string): string {
  const r = relative(cwd, p);
  return r.startsWith('..') || r === '' ? p : r;
}

function walk(dir: string, seen: Set<string>): string[] {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return [];
  }
  if (seen.has(real)) return []; // a symlink loop, or a folder reached twice
  seen.add(real);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    throw new InputError(dir, '无法读取目录', 'cannot read folder');
  }
  const out: string[] = [];
  for (const name of names) {
    if (name.startsWith('.') || SKIP_DIRS.has(name)) continue;
    const path = join(dir, name);
    let st: Stats;
    try {
      st = statSync(path);
    } catch {
      continue; // a dangling link
    }
    if (st.isDirectory()) out.push(...walk(path, seen));
    else if (st.isFile() && MARKDOWN.test(name)) out.push(path);
  }
  return out;
}

function hasGlob(s: string): boolean {
  return /[*?]/.test(s);
}

/** Matches `pattern` against files under its literal prefix. */
function globFiles(pattern: string, cwd: string): string[] {
  const abs = resolve(cwd, pattern);
  const parts = abs.split(sep);
  const firstGlob = parts.findIndex(hasGlob);
  const base = parts.slice(0, firstGlob).join(sep) || sep;
  const segments = parts.slice(firstGlob);
  const all = walkAll(base, new Set());
  return all.filter((f) => matchSegments(relative(base, f).split(sep), segments)).sort();
}

function walkAll(dir: string, seen: Set<string>): string[] {
  let real: string;
  try {
    real = realpathSync(dir);
    if (!lstatSync(dir).isDirectory() && !statSync(dir).isDirectory()) return [];
  } catch {
    return [];
  }
  if (seen.has(real)) return [];
  seen.add(real);
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (SKIP_DIRS.has(name)) continue;
    const path = join(dir, name);
    try {
      const st = statSync(path);
      if (st.isDirectory()) out.push(...walkAll(path, seen));
      else if (st.isFile()) out.push(path);
    } catch {
      // dangling link
    }
  }
  return out;
}

/** `**` matches any number of path segments; within a segment, `*` and `?` as usual. */
function matchSegments(path: string[], pattern: string[]): boolean {
  // dynamic programming over (path index, pattern index): linear in their product, no backtracking blow-up
  const memo = new Map<number, boolean>();
  const go = (i: number, j: number): boolean => {
    const key = i * (pattern.length + 1) + j;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let r: boolean;
    if (j === pattern.length) r = i === path.length;
    else if (pattern[j] === '**') r = go(i, j + 1) || (i < path.length && go(i + 1, j));
    else r = i < path.length && matchSegment(path[i] as string, pattern[j] as string) && go(i + 1, j + 1);
    memo.set(key, r);
    return r;
  };
  return go(0, 0);
}

/** Wildcard match of one name: greedy with a single backtrack point, O(n·m) at worst. */
export function matchSegment(name: string, pat: string): boolean {
  let n = 0;
  let p = 0;
  let star = -1;
  let mark = 0;
  while (n < name.length) {
    if (p < pat.length && (pat[p] === '?' || pat[p] === name[n])) {
      n++;
      p++;
    } else if (p < pat.length && pat[p] === '*') {
      star = p++;
      mark = n;
    } else if (star >= 0) {
      p = star + 1;
      n = ++mark;
    } else return false;
  }
  while (p < pat.length && pat[p] === '*') p++;
  return p === pat.length;
}
