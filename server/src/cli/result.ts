// One checked file, as the output formats see it, and the files that could not be read.
import type { Finding, LineIndex, Localized, Position, SummaryFacts } from '../engine/index.js';
import type { BatchNote } from './batch.js';
import { officePlaceAt, type OfficePlace } from '../office/office-text.js';

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
  /** A .docx or a PDF: where its paragraphs or pages start in the text checked, and what was left out. */
  office?: { kind: 'docx' | 'pdf'; paragraphs: number[]; pages: number[]; notes: Localized[] };
  /** The report it was held against as last year's (--previous, or found beside it). */
  previous?: string;
  /** How many reports of the year before its folder holds, none taken: which is its unit's own cannot be told. */
  previousUnsure?: number;
  /** What the summary row says of it (unit, year, score, grade, execution rate). */
  facts?: SummaryFacts;
  /** The text checked, when the format quotes it (html). */
  text?: string;
  /** Notes across the batch: near-identical 存在问题/改进措施, another unit of the batch named (batch.ts). */
  batch?: BatchNote[];
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

/** A path that could not be read or walked, and why (files/ finds and reads them); the other files are checked all the same. */
export type { Unreadable } from '../files/files.js';

export interface Located {
  start: Position;
  end: Position;
}

/** Where in an office file a finding starts: its .docx paragraph, or its PDF page and line on that page. */
export function officePlace(r: FileResult, f: Finding): OfficePlace | undefined {
  return r.office ? officePlaceAt(r.office, r.index, f.span.start) : undefined;
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
