// The output formats of `jixiao check --format`, one file each beside this one.
import type { Lang } from '../../engine/index.js';
import type { FileResult, Unreadable } from '../result.js';
import { formatCheckstyle } from './checkstyle.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatHtml } from './html.js';
import { formatHuman } from './human.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatUnix } from './unix.js';

export const FORMATS = ['human', 'json', 'sarif', 'junit', 'github', 'gitlab', 'checkstyle', 'unix', 'html'] as const;
/** The formats that carry the notes across the batch (batch.ts), and so need each file's text. */
export const BATCH_FORMATS: ReadonlySet<Format> = new Set(['json', 'html']);
export type Format = (typeof FORMATS)[number];

export interface FormatOptions {
  lang: Lang;
  colour: boolean;
  verbose: boolean;
  version: string;
}

export function formatResults(format: Format, results: FileResult[], unreadable: Unreadable[], o: FormatOptions): string {
  switch (format) {
    case 'human':
      return formatHuman(results, unreadable, o.lang, o.colour, o.verbose);
    case 'json':
      return formatJson(results, unreadable, o.lang);
    case 'sarif':
      return formatSarif(results, unreadable, o.lang, o.version);
    case 'junit':
      return formatJunit(results, unreadable, o.lang);
    case 'github':
      return formatGithub(results, unreadable, o.lang);
    case 'gitlab':
      return formatGitlab(results, unreadable, o.lang);
    case 'checkstyle':
      return formatCheckstyle(results, unreadable, o.lang);
    case 'unix':
      return formatUnix(results, unreadable, o.lang);
    case 'html':
      return formatHtml(results, unreadable, o.lang);
  }
}
