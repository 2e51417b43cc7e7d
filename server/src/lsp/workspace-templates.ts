// Data files from the workspace — templates (`jixiao.templates`) and boilerplate libraries
// (`jixiao.boilerplate`): loaded and validated; a broken one is reported with its file, field and
// reason, and the built-ins and the other files keep working.
import { isAbsolute, resolve } from 'node:path';
import { BoilerplateLibrary, loadBoilerplateFile } from '../engine/template/boilerplate.js';
import { loadTemplateFile, TemplateError, type Template } from '../engine/index.js';

export interface Loaded<T> {
  loaded: T[];
  errors: TemplateError[];
  /** Every file looked at, loaded or not: what to watch for changes. */
  files: string[];
}

/**
 * Loads each configured path: an absolute path as it is, a relative one from the first workspace
 * folder that has it (a missing file is an error only when no folder has it).
 */
function loadEach<T>(paths: string[], folders: string[], load: (file: string) => T): Loaded<T> {
  const out: Loaded<T> = { loaded: [], errors: [], files: [] };
  for (const p of paths) {
    const candidates = isAbsolute(p) ? [p] : folders.length > 0 ? folders.map((f) => resolve(f, p)) : [resolve(p)];
    out.files.push(...candidates);
    let lastError: TemplateError | undefined;
    let loaded = false;
    for (const file of candidates) {
      try {
        out.loaded.push(load(file));
        loaded = true;
        break;
      } catch (e) {
        if (!(e instanceof TemplateError)) throw e;
        lastError = e;
        if (!/ENOENT/.test(e.reason)) break; // the file exists but is wrong: that is the error to report
      }
    }
    if (!loaded && lastError) out.errors.push(lastError);
  }
  return out;
}

export function loadWorkspaceTemplates(paths: string[], folders: string[]): Loaded<Template> {
  return loadEach(paths, folders, loadTemplateFile);
}

export interface LoadedLibrary {
  library: BoilerplateLibrary;
  /** Broken files, and entries that fit no template (placed at the entry). */
  errors: TemplateError[];
  files: string[];
}

export function loadWorkspaceBoilerplate(paths: string[], folders: string[], templates: Template[]): LoadedLibrary {
  const { loaded, errors, files } = loadEach(paths, folders, loadBoilerplateFile);
  const library = new BoilerplateLibrary(loaded);
  return { library, errors: [...errors, ...library.unused(templates)], files };
}
