// One checked file, as the output formats see it, and the files that could not be read.
import type { Finding, LineIndex, Localized, Position } from '../engine/index.js';
import { paragraphAt } from '../office/office-text.js';

export interface FileResult {
  path: string;
  index: LineIndex;
  isReport: boolean;
  template: string;
  /** How the template was chosen, and why. */
  templateChoice: { source: string; reason: Localized };
  /** Why the file is a report, or why not. */
  recognition: Localized;
  /**
   * Not a report, yet named on the command line or in a folder of reports: listed as not checked,
   * never counted as clean (main.ts).
   */
  notChecked?: boolean;
  findings: Finding[];
  /** With --fix, when the file had safe fixes. */
  fix?: FixReport;
  /** A .docx: where each of its paragraphs starts in the text checked, and what was left out. */
  office?: { paragraphs: number[]; notes: Localized[] };
}

/** What --fix did with a file that had safe fixes: written, or left as it was and why. */
export interface FixReport {
  written: boolean;
  /** How many fixes, and of which rules. */
  count: number;
  rules: string[];
  /** How many GFM tables were lined up by display width. */
  tables: number;
  reason?: Localized;
}

/** A path that could not be read or walked, and why; the other files are checked all the same. */
export interface Unreadable {
  path: string;
  reason: Localized;
}

export interface Located {
  start: Position;
  end: Position;
}

/** The 1-based paragraph of an office file a finding starts in (第 N 段), or undefined for a text file. */
export function paragraphOf(r: FileResult, f: Finding): number | undefined {
  return r.office ? paragraphAt(r.office.paragraphs, f.span.start) : undefined;
}

export function locate(r: FileResult, f: Finding): Located {
  return { start: r.index.positionAt(f.span.start), end: r.index.positionAt(f.span.end) };
}

export interface Counts {
  error: number;
  warning: number;
  information: number;
  hint: number;
}

export function countFindings(results: FileResult[]): Counts {
  const c: Counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of results) for (const f of r.findings) c[f.severity]++;
  return c;
}
