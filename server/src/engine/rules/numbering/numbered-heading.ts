// A numbered line read as a heading, as adjacent-repeat.ts and level-carried.ts judge their pairs: its number whole, a
// short title (two characters or more, no longer than a title that lost its number may be), nothing run in after it.
import { readingOf } from '../../parse/blocks.js';
import type { NumberedItem } from '../../model/own-numbering.js';
import { MAX_LOST_TITLE } from '../../model/lost-number.js';

export function numberedHeading(item: NumberedItem): boolean {
  const { head } = readingOf(item.line);
  return !item.marker.broken && !head.runIn && head.title.length >= 2 && [...head.title].length <= MAX_LOST_TITLE;
}
