// Last year's report for an open report, as the command line finds it (cli/previous.ts): in the same
// folder, the .md or .docx whose header or title says the year before, of the same unit. A folder's
// candidates are read once and read again only when the folder changes (a file added, removed or renamed
// moves its modification time), so a keystroke costs a stat and a look at the report's first lines.
import { readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLastYears, reportIdentity, type Identity } from '../engine/index.js';
import { reportCandidates } from '../office/candidates.js';
import { readDocx } from '../office/docx.js';

/** A candidate above this is not read (the command line's limit on any file). */
const MAX_BYTES = 100 * 1024 * 1024;

interface Candidate {
  path: string;
  identity: Identity;
  text: string;
}

const folders = new Map<string, { mtimeMs: number; candidates: Candidate[] }>();

/** Last year's report beside the document at `uri` (a file: uri), or undefined. */
export function previousReportFor(uri: string, text: string): { path: string; text: string } | undefined {
  if (!uri.startsWith('file:')) return undefined;
  const now = reportIdentity(text);
  if (now.year === undefined) return undefined;
  let self: string;
  try {
    self = fileURLToPath(uri);
  } catch {
    return undefined;
  }
  const found = candidates(dirname(self)).find((c) => c.path !== self && isLastYears(now, c.identity));
  return found && { path: found.path, text: found.text };
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
      if (statSync(path).size > MAX_BYTES) continue;
      const bytes = readFileSync(path);
      const text = /\.docx$/i.test(path) ? readDocx(bytes).text : bytes.toString('utf8');
      out.push({ path, identity: reportIdentity(text), text });
    } catch {
      // a file that cannot be read is no candidate
    }
  }
  folders.set(dir, { mtimeMs, candidates: out });
  return out;
}
