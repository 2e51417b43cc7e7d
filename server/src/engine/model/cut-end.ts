// Whether a text stops mid-sentence: an excerpt its source cut off (龙陵 2019 stops at `…建设过程民`).
// What a reader sees is a last line of prose with no closing mark: a 落款 (a unit's name, a date) or a
// table row ends without a full stop too, but has no comma or 、 in it. A line that stops inside a title it
// opened (泸西 2018 stops at `对照《财政部关`) was cut whatever its length: nothing ends with a 《 left open.

/** Marks a sentence, a quotation, a list or a table cell can end with. */
const ENDS = /[。！？!?；;：:”」』）)】》.…—\-|*_`>\d%％]$/;
/** Marks inside a line that only prose has. */
const PROSE = /[，,、；;“”]/;
/** Shorter lines without a full stop are labels or names. */
const MIN_LINE = 16;
/** A 《 with no 》 after it up to the line's end (read from the end: a line of 《 alone stays linear). */
const openTitle = (line: string): boolean => line.lastIndexOf('《') > line.lastIndexOf('》');

/** Whether the text before `end` stops mid-sentence (read back from `end` to its last line only). */
export function endsMidSentence(text: string, end = text.length): boolean {
  let to = end;
  while (to > 0 && /\s/.test(text[to - 1] as string)) to--;
  const line = text.slice(text.lastIndexOf('\n', to - 1) + 1, to).trim();
  if (ENDS.test(line)) return false;
  return openTitle(line) || (PROSE.test(line) && [...line].length >= MIN_LINE);
}
