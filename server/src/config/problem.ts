// What is wrong with a config file: the file, where in it (when known), and what, in both languages.
// A problem never stops a check: the rest of the file still applies (a file that cannot be read or
// parsed at all applies nothing).
import type { Lang, Localized } from '../engine/index.js';

export interface ConfigProblem extends Localized {
  file: string;
  /** 1-based, as editors print it. */
  at?: { line: number; column: number };
}

/** file:line:column: what, in the user's language. */
export function describeProblem(p: ConfigProblem, lang: Lang): string {
  return `${p.file}${p.at ? `:${p.at.line}:${p.at.column}` : ''}: ${p[lang]}`;
}
