// Last year's report for an open report, as the command line finds it (cli/previous.ts): in the same
// folder, the .md or .docx whose header or title says the year before, of the same unit. A folder's
// candidates are read once, and again only when the folder changes (a file added, removed or renamed moves
// its modification time), and only what their first lines say is kept; the text of the one chosen is kept
// while its file is unchanged. A keystroke costs two stats and a look at the report's first lines.
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
}

const folders = new Map<string, { mtimeMs: number; candidates: Candidate[] }>();
/** The texts of reports chosen as last year's, with the modification time they were read at. */
const texts = new Map<string, { mtimeMs: number; text: string }>();

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
  if (!found) return undefined;
  const previous = chosenText(found.path);
  return previous === undefined ? undefined : { path: found.path, text: previous };
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
