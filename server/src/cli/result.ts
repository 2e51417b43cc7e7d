// One checked file, as the output formats see it.
import type { Finding, LineIndex, Position } from '../engine/index.js';

export interface FileResult {
  path: string;
  index: LineIndex;
  isReport: boolean;
  template: string;
  findings: Finding[];
}

export interface Located {
  start: Position;
  end: Position;
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
