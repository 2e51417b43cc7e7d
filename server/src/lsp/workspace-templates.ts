// Data files from the workspace — templates (`jixiao.templates`) and boilerplate libraries
// (`jixiao.boilerplate`): loaded and validated; a broken one is reported with its file, field and
// reason, and the built-ins and the other files keep working. A path from a workspace-level setting
// is read only when it lies inside a workspace folder once symlinks are resolved (settings.ts says
// why); every file is read without blocking, bounded in size and time (engine/template/read-file.ts).
import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { BoilerplateLibrary, boilerplateFromData, type BoilerplateFile } from '../engine/template/boilerplate.js';
import { readDataFileAsync, templateFromData, TemplateError, type Template } from '../engine/index.js';
import type { DataFile } from '../engine/template/data-file.js';

/** A file that has not been read in this long is given up for this reload. */
export const READ_TIMEOUT_MS = 5000;

export interface Loaded<T> {
  loaded: T[];
  errors: TemplateError[];
  /** Every file looked at, loaded or not: what to watch for changes. */
  files: string[];
}

/** Where a configured path may lead: anywhere (the user's own settings), or into these folders only. */
export interface PathScope {
  folders: string[];
  anywhere: boolean;
}

/** Whether `file` lies in `folder` (both paths as given: resolve symlinks first where it matters). */
export const isInside = (file: string, folder: string): boolean => {
  const rel = relative(folder, file);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** Folders with symlinks resolved, to compare with a file's real path (a folder that is gone is left out). */
async function realFolders(folders: string[]): Promise<string[]> {
  return (await Promise.all(folders.map((f) => realpath(f).catch(() => undefined)))).filter((f): f is string => f !== undefined);
}

function outside(file: string): TemplateError {
  return new TemplateError(
    file,
    '',
    'not read: a workspace setting may only name files inside the workspace folder (symlinks resolved); name a file elsewhere in ' +
      'your user settings',
    undefined,
    '未读取：工作区设置只能指定工作区文件夹内的文件（按符号链接解析后的位置）；其他位置的文件请在用户设置中指定',
  );
}

/** Reads one candidate file, refusing it unread when the scope does not reach it. */
async function readInScope(file: string, scope: PathScope, real: string[]): Promise<DataFile> {
  if (!scope.anywhere) {
    let target: string;
    try {
      target = await realpath(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      throw new TemplateError(file, '', `cannot read file (${code})`, undefined, `无法读取文件（${code}）`);
    }
    if (!real.some((folder) => isInside(target, folder))) throw outside(file);
  }
  return readDataFileAsync(file, READ_TIMEOUT_MS);
}

/** Anything but a TemplateError is a bug met on this file: reported on the file like the rest, never thrown on. */
function asTemplateError(file: string, e: unknown): TemplateError {
  if (e instanceof TemplateError) return e;
  const name = e instanceof Error ? e.name : typeof e;
  return new TemplateError(
    file,
    '',
    `could not be loaded (internal error: ${name}; see the output channel)`,
    undefined,
    `无法加载（内部错误：${name}，详见输出面板）`,
  );
}

/**
 * Loads each configured path: an absolute path as it is, a relative one from the first workspace
 * folder that has it (a missing file is an error only when no folder has it). Files are read in
 * parallel; the results keep the order of the setting.
 */
async function loadEach<T>(paths: string[], scope: PathScope, use: (data: DataFile) => T, log: (e: unknown) => void): Promise<Loaded<T>> {
  const { folders } = scope;
  const real = scope.anywhere ? [] : await realFolders(folders);
  const results = await Promise.all(
    paths.map(async (p) => {
      const candidates = isAbsolute(p) ? [p] : folders.length > 0 ? folders.map((f) => resolve(f, p)) : [resolve(p)];
      let lastError: TemplateError | undefined;
      for (const file of candidates) {
        try {
          return { candidates, loaded: use(await readInScope(file, scope, real)) };
        } catch (e) {
          if (!(e instanceof TemplateError)) log(e);
          lastError = asTemplateError(file, e);
          if (!lastError.reason.includes('(ENOENT)')) break; // the file exists but is wrong: that is the error to report
        }
      }
      return { candidates, error: lastError };
    }),
  );
  const out: Loaded<T> = { loaded: [], errors: [], files: [] };
  for (const r of results) {
    out.files.push(...r.candidates);
    if ('loaded' in r) out.loaded.push(r.loaded as T);
    else if (r.error) out.errors.push(r.error);
  }
  return out;
}

export function loadWorkspaceTemplates(paths: string[], scope: PathScope, log: (e: unknown) => void): Promise<Loaded<Template>> {
  return loadEach(paths, scope, templateFromData, log);
}

export interface LoadedLibrary {
  library: BoilerplateLibrary;
  /** The files loaded, for a library built on this one (a project config file's: lsp/project-config.ts). */
  loaded: BoilerplateFile[];
  /** Broken files, and entries that fit no template (placed at the entry). */
  errors: TemplateError[];
  files: string[];
}

export async function loadWorkspaceBoilerplate(
  paths: string[],
  scope: PathScope,
  templates: Template[],
  log: (e: unknown) => void,
  /** Files already loaded that the library starts with (their problems were said when they were loaded). */
  base: readonly BoilerplateFile[] = [],
): Promise<LoadedLibrary> {
  const { loaded, errors, files } = await loadEach<BoilerplateFile>(paths, scope, boilerplateFromData, log);
  const own = new BoilerplateLibrary(loaded);
  const library = base.length > 0 ? new BoilerplateLibrary([...base, ...loaded]) : own;
  return { library, loaded, errors: [...errors, ...own.unused(templates)], files };
}
