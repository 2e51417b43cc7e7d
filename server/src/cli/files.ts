// Turning the command line's paths into the report files to check (Markdown, .docx and PDF): files as given, folders walked
// (symlink loops detected, node_modules and hidden folders skipped), and globs (* ? **) matched
// without a regex that could backtrack. A path or folder that cannot be read is listed with the
// reason and the walk goes on: one unreadable subfolder never hides the rest.
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Localized } from '../engine/index.js';
import type { Unreadable } from './result.js';

/** What a folder walk takes: Markdown, .docx, PDF, and the old office formats (listed as not readable, with what to do). */
const REPORT_FILE = /\.(md|markdown|docx|pdf|doc|wps|et)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', '.vscode-test']);

export interface Expanded {
  files: string[];
  /** The files named one by one (not found in a folder or by a pattern), as in `files`. */
  named: Set<string>;
  unreadable: Unreadable[];
}

export function expandPaths(args: string[], cwd: string): Expanded {
  const out = new Set<string>();
  const named = new Set<string>();
  const unreadable: Unreadable[] = [];
  const problem = (path: string, reason: Localized): void => void unreadable.push({ path: relativeOrAbsolute(path, cwd), reason });
  for (const arg of args) {
    if (hasGlob(arg)) {
      const before = unreadable.length;
      const matches = globFiles(arg, cwd, problem);
      if (matches.length === 0 && unreadable.length === before)
        unreadable.push({ path: arg, reason: { zh: '没有匹配的文件', en: 'no file matches this pattern' } });
      matches.forEach((m) => out.add(m));
      continue;
    }
    const path = resolve(cwd, arg);
    let st: Stats;
    try {
      st = statSync(path);
    } catch (e) {
      unreadable.push({ path: arg, reason: pathError(e) });
      continue;
    }
    if (st.isDirectory()) {
      const before = unreadable.length;
      const found: string[] = [];
      walk(path, { hidden: false, file: (name) => REPORT_FILE.test(name), dir: () => true }, new Set(), found, problem);
      if (found.length === 0 && unreadable.length === before) {
        unreadable.push({
          path: arg,
          reason: { zh: '目录中没有报告文件（.md、.docx、.pdf）', en: 'folder holds no report file (.md, .docx, .pdf)' },
        });
      }
      found.forEach((f) => out.add(f));
    } else {
      out.add(path); // not a folder: read.ts says if it is not a regular file
      named.add(relativeOrAbsolute(path, cwd));
    }
  }
  return { files: [...out].map((p) => relativeOrAbsolute(p, cwd)), named, unreadable };
}

/** A path as the output names it: relative to `cwd` when inside it, absolute otherwise. */
export function relativeOrAbsolute(p: string, cwd: string): string {
  const r = relative(cwd, p);
  return r.startsWith('..') || r === '' ? p : r;
}

interface WalkRules {
  /** Whether names starting with a dot are visited. */
  hidden: boolean;
  file: (name: string, path: string) => boolean;
  dir: (path: string) => boolean;
}

/** Depth first, names sorted; each folder once (a symlink loop, or a folder reached twice). */
function walk(dir: string, rules: WalkRules, seen: Set<string>, found: string[], problem: (path: string, reason: Localized) => void): void {
  let entries: Dirent[];
  try {
    const real = realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    problem(dir, folderError(e));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const name = entry.name;
    if ((!rules.hidden && name.startsWith('.')) || SKIP_DIRS.has(name)) continue;
    const path = join(dir, name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const st = statSync(path);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue; // a dangling link
      }
    }
    if (isDir && rules.dir(path)) walk(path, rules, seen, found, problem);
    else if (isFile && rules.file(name, path)) found.push(path);
  }
}

function pathError(e: unknown): Localized {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return { zh: '符号链接循环', en: 'symbolic link loop' };
  if (code === 'EACCES' || code === 'EPERM') return { zh: '没有权限访问', en: 'permission denied' };
  return { zh: '文件或目录不存在', en: 'no such file or directory' };
}

function folderError(e: unknown): Localized {
  const code = (e as NodeJS.ErrnoException).code ?? String(e);
  if (code === 'EACCES' || code === 'EPERM') {
    return {
      zh: '无法读取目录（没有权限），其中的文件未检查',
      en: 'cannot read folder (permission denied); the files in it were not checked',
    };
  }
  return { zh: `无法读取目录（${code}），其中的文件未检查`, en: `cannot read folder (${code}); the files in it were not checked` };
}

function hasGlob(s: string): boolean {
  return /[*?]/.test(s);
}

/** Matches `pattern` against files under its literal prefix, entering only folders it could match under. */
function globFiles(pattern: string, cwd: string, problem: (path: string, reason: Localized) => void): string[] {
  const abs = resolve(cwd, pattern);
  const parts = abs.split(sep);
  const firstGlob = parts.findIndex(hasGlob);
  const base = parts.slice(0, firstGlob).join(sep) || sep;
  const segments = parts.slice(firstGlob);
  const found: string[] = [];
  const rules: WalkRules = {
    hidden: true,
    file: (_, path) => matchSegments(relative(base, path).split(sep), segments, false),
    dir: (path) => matchSegments(relative(base, path).split(sep), segments, true),
  };
  try {
    if (!statSync(base).isDirectory()) return [];
  } catch {
    return [];
  }
  walk(base, rules, new Set(), found, problem);
  return found.sort();
}

/**
 * `**` matches any number of path segments; within a segment, `*` and `?` as usual. With `below`,
 * whether files under `path` could match (the pattern is not used up when the path is).
 */
function matchSegments(path: string[], pattern: string[], below: boolean): boolean {
  // dynamic programming over (path index, pattern index): linear in their product, no backtracking blow-up
  const memo = new Map<number, boolean>();
  const go = (i: number, j: number): boolean => {
    const key = i * (pattern.length + 1) + j;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let r: boolean;
    if (below && i === path.length) r = j < pattern.length;
    else if (j === pattern.length) r = i === path.length;
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
