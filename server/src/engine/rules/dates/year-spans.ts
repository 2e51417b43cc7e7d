// Two four-figure years where a span of years is said, written so no calendar counts them. Part of broken-date; which mark
// or digit was lost is the drafter's to say, so neither has a fix.
// - Run into one figure (现将我校20122013年实施…, 禄丰 2013: 2012—2013年 lost its dash in extraction): the second a few
//   years after the first, so the span is meant.
// - A span that ends before it starts (《中国农村扶贫开发纲要(2011—2010年)》, 湖南 扶贫办 2016: the programme runs 2011—2020):
//   no span runs backwards, so a digit of one year was mistyped.

export interface YearPair {
  at: number;
  /** As written: the glued figure without its 年 (20122013), the span with it (2011—2010年). */
  text: string;
  first: number;
  second: number;
}

/** Two four-figure years of 1900–2099 run together before 年 or 学年, no figure or point before them. Bounded: linear. */
const GLUED = /(?<![\d.．])((?:19|20)\d{2})((?:19|20)\d{2})(?=年|学年)/g;
/** The second year at most this many after the first: a span of a plan or a school year, not two unrelated figures. */
const LONGEST_SPAN = 5;
/** Two four-figure years joined by a dash, a tilde, 至 or 到, before 年. Bounded: linear. */
const SPAN = /(?<![\d.．])((?:19|20)\d{2})[ \u3000]?[—–\-－~～至到][ \u3000]?((?:19|20)\d{2})年/g;

export const gluedYears = (text: string): YearPair[] =>
  pairs(text, GLUED, (first, second) => second > first && second - first <= LONGEST_SPAN);

export const reversedSpans = (text: string): YearPair[] => pairs(text, SPAN, (first, second) => second < first);

/** The matches of `re` (two year groups) whose years `keep` takes. */
function pairs(text: string, re: RegExp, keep: (first: number, second: number) => boolean): YearPair[] {
  if (!text.includes('年')) return NONE;
  let out: YearPair[] | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const first = Number(m[1]);
    const second = Number(m[2]);
    if (keep(first, second)) (out ??= []).push({ at: m.index, text: m[0], first, second });
  }
  return out ?? NONE;
}

const NONE: YearPair[] = [];
