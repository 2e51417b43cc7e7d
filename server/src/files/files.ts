// Turning the command line's paths into the report files to check (Markdown, .docx and PDF): files as given,
// folders walked and globs matched by tinyglobby (braces `{a,b}`, classes `[1-2]`, `**`), and `!pattern`
// arguments leaving out what they match everywhere. Folder walks and globs alike skip hidden folders and
// files, node_modules and version-control folders, and honour `.gitignore` and `.jixiaoignore`
// (ignore-files.ts). A symbolic link back to a folder above is not followed again (tinyglobby's walker), and a
// file reached twice by links is listed once. A path or folder that cannot be read is listed with the reason
// and the walk goes on: one unreadable subfolder never hides the rest. A name that exists is taken as it is,
// even with glob characters in it (`报告(1).md`, `[2023]报告.md`).
import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { parse, relative, resolve, sep } from 'node:path';
import { escapePath, globSync, isDynamicPattern } from 'tinyglobby';
import type { Localized } from '../engine/index.js';
import { IgnoreFiles } from './ignore-files.js';

/** A file or path that could not be read, and why. */
export interface Unreadable {
  path: string;
  reason: Localized;
}

/** The reason given for a folder named that holds no report file: the editor's workspace check tells it from an unreadable file. */
export const NO_REPORT_FILE: Localized = Object.freeze({
  zh: '目录中没有报告文件（.md、.docx、.pdf）',
  en: 'folder holds no report file (.md, .docx, .pdf)',
});

/** What a folder walk takes: Markdown, .docx, PDF, and the old office formats (listed as not readable, with what to do). */
const REPORT_FILE = /\.(md|markdown|docx|pdf|doc|wps|et)$/i;
/** Folders never entered below the folder or the glob searched (above it, they are part of the path the user gave). */
const SKIPPED = ['node_modules', '.git', '.hg', '.svn', 'dist', '.vscode-test'].map((d) => `**/${d}/**`);

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
  const excluded = args.filter((a) => a.length > 1 && a.startsWith('!')).map((a) => absolutePattern(a.slice(1), cwd, true));
  const search = new Search(cwd, excluded, problem);
  const positive = args.filter((a) => !(a.length > 1 && a.startsWith('!')));
  for (const arg of positive.length > 0 ? positive : ['.']) {
    const path = resolve(cwd, arg);
    let st: Stats | undefined;
    try {
      st = statSync(path);
    } catch (e) {
      if (!isDynamicPattern(arg)) {
        unreadable.push({ path: arg, reason: pathError(e) });
        continue;
      }
    }
    if (st === undefined) {
      const before = unreadable.length;
      const matches = search.files(absolutePattern(arg, cwd, false), staticBase(arg, cwd));
      if (matches.length === 0 && unreadable.length === before)
        unreadable.push({ path: arg, reason: { zh: '没有匹配的文件', en: 'no file matches this pattern' } });
      matches.forEach((m) => out.add(m));
    } else if (st.isDirectory()) {
      const before = unreadable.length;
      const found = search.files(`${literal(path)}/**/*`, path).filter((f) => REPORT_FILE.test(f));
      if (found.length === 0 && unreadable.length === before) {
        unreadable.push({ path: arg, reason: NO_REPORT_FILE });
      }
      found.forEach((f) => out.add(f));
    } else {
      out.add(path); // not a folder: read.ts says if it is not a regular file
      named.add(relativeOrAbsolute(path, cwd));
    }
  }
  return { files: [...out].map((p) => relativeOrAbsolute(p, cwd)), named, unreadable };
}

/** One tinyglobby search a pattern, with the run's exclusions, the ignore files and the folders it could not read. */
class Search {
  private readonly ignoreFiles = new IgnoreFiles();

  constructor(
    private readonly cwd: string,
    private readonly excluded: string[],
    private readonly problem: (path: string, reason: Localized) => void,
  ) {}

  /** Absolute paths of the files `pattern` (absolute) matches under `base`, sorted, each real file once. */
  files(pattern: string, base: string): string[] {
    const top = relative(this.cwd, base).startsWith('..') ? base : this.cwd;
    const unread: [string, Localized][] = [];
    const readdir = (dir: string, options: unknown): unknown => {
      try {
        return readdirSync(dir, options as { withFileTypes: true });
      } catch (e) {
        unread.push([dir.replace(/[\\/]+$/, '') || dir, folderError(e)]);
        throw e;
      }
    };
    const found = globSync(pattern, {
      cwd: parse(this.cwd).root,
      absolute: true,
      dot: false,
      expandDirectories: false,
      // `**/…` is rooted at the search's base: a run from inside /srv/dist/ or 草稿/ still finds its files
      ignore: [...SKIPPED, ...this.excluded].map((x) => (x.startsWith('**/') ? under(literal(base), x) : x)),
      fs: { readdirSync: readdir as typeof readdirSync },
    });
    for (const [dir, reason] of unread) if (!this.ignoreFiles.ignored(dir, top, true)) this.problem(dir, reason);
    return onceEach(found.filter((f) => !this.ignoreFiles.ignored(f, top)));
  }
}

/** Sorted, and a file reached twice (through a symbolic link) once, by its shortest path. */
function onceEach(paths: string[]): string[] {
  const byReal = new Map<string, string>();
  for (const p of [...paths].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
    let real = p;
    try {
      real = realpathSync(p);
    } catch {
      // gone since: read.ts will say so
    }
    if (!byReal.has(real)) byReal.set(real, p);
  }
  return [...byReal.values()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * A pattern the command line gave, relative to the current folder, as one from the file system's root
 * (the searches start there, so that files outside the current folder match too). An exclusion that begins
 * with `**` is kept as it is: it applies below each folder or glob searched (Search.files).
 */
function absolutePattern(pattern: string, cwd: string, exclusion: boolean): string {
  const slashed = sep === '/' ? pattern : pattern.replaceAll(sep, '/');
  if (exclusion && slashed.startsWith('**/')) return slashed;
  const root = parse(cwd).root;
  if (slashed.startsWith('/') || (root !== '/' && slashed.startsWith(root.replaceAll(sep, '/')))) return slashed.slice(root.length);
  return under(literal(cwd), slashed);
}

function under(prefix: string, pattern: string): string {
  return prefix === '' ? pattern : `${prefix}/${pattern}`;
}

/** An absolute path as a pattern from the root that matches it alone. */
function literal(path: string): string {
  return escapePath(path.slice(parse(path).root.length).replaceAll(sep, '/'));
}

/** The folder a pattern's search starts from: the current folder and the pattern's leading segments without glob characters. */
function staticBase(pattern: string, cwd: string): string {
  const parts = sep === '/' ? pattern.split('/') : pattern.split(/[\\/]/);
  const first = parts.findIndex((part) => isDynamicPattern(part));
  return resolve(cwd, parts.slice(0, first < 0 ? parts.length : first).join('/') || '.');
}

/** A path as the output names it: relative to `cwd` when inside it, absolute otherwise. */
export function relativeOrAbsolute(p: string, cwd: string): string {
  const r = relative(cwd, p);
  return r.startsWith('..') || r === '' ? p : r;
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
