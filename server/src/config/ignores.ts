// A config file's `ignores`: gitignore-style patterns (the `ignore` library, as .jixiaoignore) naming the
// reports a project does not check — drafts, last year's archive, the templates themselves. Every file of
// the chain may list some (an extended bureau package's `**/草稿/**` included); all are matched against the
// report's path relative to the folder of the nearest config file, the project's root, since a package's
// own folder (in node_modules) holds no report. In a batch, a file found by a folder walk or a glob is left
// out, while a file named on the command line is checked all the same, as with .jixiaoignore; in the editor
// an ignored report gets no findings.
import { dirname, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { ProjectConfig } from './read.js';

const matchers = new WeakMap<Readonly<ProjectConfig>, Ignore>();

/** Whether the report at `path` (absolute) is ignored by its config's `ignores`. */
export function ignoredByConfig(config: Readonly<ProjectConfig>, path: string): boolean {
  if (config.file === undefined || config.ignores.length === 0) return false;
  const inside = relative(dirname(config.file), path);
  if (inside === '' || inside.startsWith('..')) return false;
  let matcher = matchers.get(config);
  if (!matcher) matchers.set(config, (matcher = ignore().add(config.ignores)));
  return matcher.ignores(inside.split(sep).join('/'));
}
