// A line cut at its | bars: the cells of a table row as Markdown writes it or a web page pasted it.
// Each reader decides which segments are cells (the model's staff forms keep empty inner cells, the
// title search only non-empty ones); the cutting, with each segment's offset, is done here once.

export interface BarSegment {
  /** The segment as written, spaces kept. */
  text: string;
  /** Its offset in the line. */
  from: number;
  /** The text before the first bar. */
  first: boolean;
  /** The text after the last bar. */
  last: boolean;
}

export function barSegments(line: string): BarSegment[] {
  const out: BarSegment[] = [];
  let from = 0;
  for (let bar = line.indexOf('|'); ; bar = line.indexOf('|', from)) {
    out.push({ text: line.slice(from, bar < 0 ? line.length : bar), from, first: from === 0, last: bar < 0 });
    if (bar < 0) return out;
    from = bar + 1;
  }
}
