// A span of years whose end comes before its start (《中国农村扶贫开发纲要(2011—2010年)》, 湖南 扶贫办 2016: the programme runs
// 2011—2020): no span runs backwards, so a digit of one year was mistyped. Which one is the drafter's to say: no fix. Part of
// broken-date.

export interface ReversedSpan {
  at: number;
  /** The span as written, 年 included: 2011—2010年. */
  text: string;
  first: number;
  last: number;
}

/** Two four-figure years joined by a dash, a tilde, 至 or 到, before 年. Bounded: linear. */
const SPAN = /(?<![\d.．])((?:19|20)\d{2})[ \u3000]?[—–\-－~～至到][ \u3000]?((?:19|20)\d{2})年/g;

export function reversedSpans(text: string): ReversedSpan[] {
  if (!text.includes('年')) return NONE;
  let out: ReversedSpan[] | undefined;
  SPAN.lastIndex = 0;
  for (let m = SPAN.exec(text); m; m = SPAN.exec(text)) {
    const first = Number(m[1]);
    const last = Number(m[2]);
    if (last < first) (out ??= []).push({ at: m.index, text: m[0], first, last });
  }
  return out ?? NONE;
}

const NONE: ReversedSpan[] = [];
