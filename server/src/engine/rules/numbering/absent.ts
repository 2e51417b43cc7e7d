// A check of heading-numbering that finds nothing in a report whose text holds no match of a pattern its every finding
// holds (a dash between brackets, a circled ③): asked first in a report checked once (the CLI), where one native search
// of the text replaces the check's pass over every line, interpreted in an engine that never warms up. A report checked
// again after edits keeps the checks' picks per chunk instead: a search of the whole text on every keystroke would cost
// a megabyte report more than the picks it saves.
import type { Report } from '../../model/report.js';

/** Whether `report`, checked once, holds no match of `must` (no g or y flag: `test` starts at 0). */
export function absentFrom(report: Report, must: RegExp): boolean {
  return !report.editable && !must.test(report.text);
}
