// Which files that are not reports must be listed as not checked rather than counted as clean: a
// reviewer reads silence as "no problems", so a file the user meant to have checked must not pass
// silently. That is a file named on the command line, or one in a folder of reports: a folder
// holding at least one file this run recognised as a report (the folder the file sits in, not the
// ones above it). A README, CHANGELOG, CONTRIBUTING or LICENSE found in such a folder is the folder's
// documentation, not an unrecognised report; named on the command line, it is listed too.
import { basename, dirname } from 'node:path';

const DOCUMENTATION = /^(readme|changelog|changes|contributing|licen[cs]e)(\.[a-z]+)?$/i;

export function notCheckedFiles(results: readonly { path: string; isReport: boolean }[], named: ReadonlySet<string>): Set<string> {
  const reportFolders = new Set(results.filter((r) => r.isReport).map((r) => dirname(r.path)));
  const out = new Set<string>();
  for (const r of results) {
    if (r.isReport) continue;
    if (named.has(r.path) || (reportFolders.has(dirname(r.path)) && !DOCUMENTATION.test(basename(r.path)))) out.add(r.path);
  }
  return out;
}
