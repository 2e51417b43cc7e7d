// `.gitignore` and `.jixiaoignore` in folder walks and globs: each folder's files apply to the paths below it,
// with git's rules (the `ignore` library), from the top of the search (the current folder when the path is
// inside it) down to the path's own folder. A file named on the command line is not filtered: naming it is
// asking for it. Each folder's files are read once a run.
import { readFileSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

export const IGNORE_FILES = ['.gitignore', '.jixiaoignore'] as const;

export class IgnoreFiles {
  private readonly byFolder = new Map<string, Ignore | null>();

  /** Whether `path` (absolute; a folder when `isDir`) is ignored by the ignore files of `top` and the folders below it. */
  ignored(path: string, top: string, isDir = false): boolean {
    const inside = relative(top, path);
    if (inside === '' || inside.startsWith('..')) return false;
    for (let dir = dirname(path); ; dir = dirname(dir)) {
      const rules = this.rules(dir);
      if (rules && rules.ignores(relative(dir, path).split(sep).join('/') + (isDir ? '/' : ''))) return true;
      if (dir === top || dirname(dir) === dir) return false;
    }
  }

  private rules(dir: string): Ignore | null {
    const known = this.byFolder.get(dir);
    if (known !== undefined) return known;
    let rules: Ignore | null = null;
    for (const name of IGNORE_FILES) {
      let text: string;
      try {
        text = readFileSync(`${dir}${sep}${name}`, 'utf8');
      } catch {
        continue; // none here (or unreadable: then it ignores nothing, as git does)
      }
      rules = (rules ?? ignore()).add(text);
    }
    this.byFolder.set(dir, rules);
    return rules;
  }
}
