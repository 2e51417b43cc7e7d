// Last year's report for an open report: the file the `jixiao.previousReport` setting names, else, as the
// command line finds it (cli/previous.ts), in the same folder the .md or .docx whose header or title says
// the year before, of the same unit (model/identity.ts says when a report whose unit is not written is
// taken). A file named in a workspace-level setting is read only inside the workspace (symlinks resolved;
// settings.ts says why). A folder's candidates are read once, and again only when the folder changes (a
// file added, removed or renamed moves its modification time), and only what their first lines say is
// kept; the text of the one chosen is kept while its file is unchanged. A keystroke costs two stats and a
// look at the report's first lines.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lastYearsAmong, reportIdentity, type Identity } from '../engine/index.js';
import { reportCandidates } from '../office/candidates.js';
import type { Problem } from './problems.js';
import { isInside } from './workspace-templates.js';
import { readDocx } from '../office/docx.js';

/** A candidate above this is not read (the command line's limit on any file). */
const MAX_BYTES = 100 * 1024 * 1024;

interface Candidate {
  path: string;
  identity: Identity;
}

const folders = new Map<string, { mtimeMs: number; candidates: Candidate[] }>();
/** The texts of reports chosen as last year's, with the modification time they were read at. */
const texts = new Map<string, { mtimeMs: number; text: string }>();

/** The workspace folders as opened (a relative path is resolved from the one holding the document) and their real paths. */
export interface WorkspaceFolders {
  paths: string[];
  /** Symlinks resolved once, when the folders are known: what a workspace-level setting may name lies inside one. */
  real: string[];
}

export const workspaceFolders = (paths: string[]): WorkspaceFolders => ({ paths, real: paths.map(safeRealpath) });

/** The `jixiao.previousReport` setting of a document's folder, with where it may lead. */
export interface NamedPrevious {
  /** As the drafter wrote it: absolute, or relative to the workspace folder. */
  path: string;
  folders: WorkspaceFolders;
  /** Set in the user's own settings: any file may be read. */
  anywhere: boolean;
}

/** Last year's report for the document at `uri` (a file: uri), or undefined. */
export function previousReportFor(uri: string, text: string, named?: NamedPrevious): { path: string; text: string } | undefined {
  if (!uri.startsWith('file:')) return undefined;
  let self: string;
  try {
    self = fileURLToPath(uri);
  } catch {
    return undefined;
  }
  if (named?.path) return namedReport(self, text, named);
  const now = reportIdentity(text);
  if (now.year === undefined) return undefined;
  const others = candidates(dirname(self)).filter((c) => c.path !== self);
  const { found } = lastYearsAmong(now, others);
  if (!found) return undefined;
  const previous = chosenText(found.path);
  return previous === undefined ? undefined : { path: found.path, text: previous };
}

/**
 * The report the setting names, unless it is the document itself, lies outside the workspace for a
 * workspace-level setting, or says a year not before the document's (then it is not last year's: a
 * drafter who opens last year's report must not see it held against itself).
 */
function namedReport(self: string, text: string, named: NamedPrevious): { path: string; text: string } | undefined {
  const where = resolveNamed(named, self);
  if (!('path' in where) || where.path === safeRealpath(self)) return undefined;
  const real = where.path;
  const previous = chosenText(real);
  if (previous === undefined) return undefined;
  const [now, then] = [reportIdentity(text).year, reportIdentity(previous).year];
  if (now !== undefined && then !== undefined && then >= now) return undefined;
  return { path: real, text: previous };
}

/**
 * Where the setting leads (relative paths from the folder holding `from`, else the first folder): the
 * file's real path, or the problem to tell the drafter when it cannot be read.
 */
export function resolveNamed(named: NamedPrevious, from?: string): { path: string } | { problem: Problem } {
  const { paths, real: realFolders } = named.folders;
  const base = paths.find((f) => from !== undefined && isInside(from, f)) ?? paths[0] ?? (from ? dirname(from) : '.');
  const path = isAbsolute(named.path) ? named.path : resolve(base, named.path);
  let real: string;
  try {
    real = realpathSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return {
      problem: {
        zh: `jixiao.previousReport 指定的上一年度报告无法读取（${code}）：${path}`,
        en: `jixiao.previousReport: last year's report cannot be read (${code}): ${path}`,
      },
    };
  }
  if (!named.anywhere && !realFolders.some((f) => isInside(real, f)))
    return {
      problem: {
        zh: `jixiao.previousReport 未读取：工作区设置只能指定工作区文件夹内的文件（按符号链接解析后的位置）；其他位置的文件请在用户设置中指定：${path}`,
        en:
          'jixiao.previousReport not read: a workspace setting may only name a file inside the workspace folder (symlinks ' +
          `resolved); name a file elsewhere in your user settings: ${path}`,
      },
    };
  return { path: real };
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function chosenText(path: string): string | undefined {
  try {
    const { mtimeMs } = statSync(path);
    const known = texts.get(path);
    if (known?.mtimeMs === mtimeMs) return known.text;
    const text = readReport(path);
    if (text !== undefined) texts.set(path, { mtimeMs, text });
    return text;
  } catch {
    return undefined;
  }
}

/** The text of a .md or .docx, or undefined when it is too large to be a report. */
function readReport(path: string): string | undefined {
  if (statSync(path).size > MAX_BYTES) return undefined;
  const bytes = readFileSync(path);
  return /\.docx$/i.test(path) ? readDocx(bytes).text : bytes.toString('utf8');
}

function candidates(dir: string): Candidate[] {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(dir).mtimeMs;
  } catch {
    return [];
  }
  const known = folders.get(dir);
  if (known?.mtimeMs === mtimeMs) return known.candidates;
  const out: Candidate[] = [];
  for (const path of reportCandidates(dir)) {
    try {
      const text = readReport(path);
      if (text !== undefined) out.push({ path, identity: reportIdentity(text) });
    } catch {
      // a file that cannot be read is no candidate
    }
  }
  folders.set(dir, { mtimeMs, candidates: out });
  return out;
}
