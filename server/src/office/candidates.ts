// The files of a folder that may be last year's report (copied-from-last-year): Markdown and .docx, hidden
// files left out, in name order. The command line and the language server each read them their own way.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const CANDIDATE = /\.(md|markdown|docx)$/i;

/** Their paths; none for a folder that cannot be read. */
export function reportCandidates(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => CANDIDATE.test(n) && !n.startsWith('.'))
      .sort()
      .map((n) => join(dir, n));
  } catch {
    return [];
  }
}
