// Where the page's head ends and which lines are blank, as the debris readers of the page's head (leading.ts,
// headline.ts, essay-head.ts) walk the lines around a title or a publication record, and a line read as a title's words.
import type { TextLine } from '../../parse/blocks.js';
import { RECOGNITION, titleReading } from '../../model/recognise.js';
import { foldWidth } from '../../text/normalize.js';

/** Non-blank lines read from the top: a page's head is no longer (recognition reads as far for the title). */
export const HEAD_LINES = RECOGNITION.titleLines;

/** The line is among the first non-blank lines of the page. */
export function inHead(lines: readonly TextLine[], at: number): boolean {
  let seen = 0;
  for (let i = 0; i <= at; i++) if ((lines[i] as TextLine).text.trim() !== '' && ++seen > HEAD_LINES) return false;
  return true;
}

export function nextNonBlank(lines: readonly TextLine[], at: number): number {
  for (let i = at + 1; i < lines.length; i++) if ((lines[i] as TextLine).text.trim() !== '') return i;
  return -1;
}

export function previousNonBlank(lines: readonly TextLine[], at: number): number {
  for (let i = at - 1; i >= 0; i--) if ((lines[i] as TextLine).text.trim() !== '') return i;
  return -1;
}

/** A line as a title's words are read (widths folded, spaces and a mirror's glosses dropped, simplified): two copies compare so. */
export const titleOf = (text: string): string => titleReading(foldWidth(text.trim()));
