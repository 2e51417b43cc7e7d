// Templates from the workspace (`jixiao.templates`): loaded and validated; a broken one is reported
// with its file, field and reason, and the built-ins keep working.
import { isAbsolute, resolve } from 'node:path';
import { loadTemplateFile, TemplateError, type Template } from '../engine/index.js';

export interface LoadedTemplates {
  templates: Template[];
  errors: TemplateError[];
  /** Every file looked at, loaded or not: what to watch for changes. */
  files: string[];
}

export function loadWorkspaceTemplates(paths: string[], folders: string[]): LoadedTemplates {
  const templates: Template[] = [];
  const errors: TemplateError[] = [];
  const files: string[] = [];
  for (const p of paths) {
    const candidates = isAbsolute(p) ? [p] : folders.length > 0 ? folders.map((f) => resolve(f, p)) : [resolve(p)];
    files.push(...candidates);
    let lastError: TemplateError | undefined;
    let loaded = false;
    for (const file of candidates) {
      try {
        templates.push(loadTemplateFile(file));
        loaded = true;
        break;
      } catch (e) {
        if (!(e instanceof TemplateError)) throw e;
        lastError = e;
        if (!/ENOENT/.test(e.reason)) break; // the file exists but is wrong: that is the error to report
      }
    }
    if (!loaded && lastError) errors.push(lastError);
  }
  return { templates, errors, files };
}
