// What an office file is read as: the report text the engine checks, and where each of the file's own
// paragraphs starts in it, so a finding is placed as the drafter sees the file (第 12 段).
import type { LineIndex } from '../engine/text/line-index.js';
import type { Localized } from '../engine/types.js';

export interface OfficeText {
  kind: 'docx' | 'pdf';
  /** Markdown: headings, numbering written out, tables as GFM tables. */
  text: string;
  /** The offset in `text` where each paragraph of a .docx starts, in order (第 1 段 first). */
  paragraphs: number[];
  /** The offset in `text` where each page of a PDF starts, in order (第 1 页 first). */
  pages?: number[];
  /** What was left out (images), said once per file. */
  notes: Localized[];
}

/** An office file that cannot be read, and why, in words for the drafter. */
export class OfficeError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** The 1-based number of the paragraph (or page) holding `offset`: the last one that starts at or before it. */
export function paragraphAt(paragraphs: readonly number[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((paragraphs[mid] as number) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(1, lo);
}

/** Where in an office file an offset of its text lies: its .docx paragraph, or its PDF page and line on that page (1-based). */
export type OfficePlace = { paragraph: number } | { page: number; line: number };

export function officePlaceAt(
  office: { kind: 'docx' | 'pdf'; paragraphs: readonly number[]; pages?: readonly number[] },
  index: LineIndex,
  offset: number,
): OfficePlace {
  if (office.kind === 'docx') return { paragraph: paragraphAt(office.paragraphs, offset) };
  const pages = office.pages ?? [];
  const page = paragraphAt(pages, offset);
  return { page, line: index.positionAt(offset).line - index.positionAt(pages[page - 1] ?? 0).line + 1 };
}
