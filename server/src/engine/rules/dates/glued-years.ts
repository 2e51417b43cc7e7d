// Two years run into one figure where a span of years is said (现将我校20122013年实施…, 禄丰 2013: 2012—2013年 lost its
// dash in extraction): no calendar counts such a year, and the second is a few years after the first, so the span is
// meant. Which mark was lost (—, - or 、) is the drafter's to say: no fix. Part of broken-date.

export interface GluedYears {
  at: number;
  /** The figure as written, 年 left out (20122013). */
  text: string;
  first: number;
  second: number;
}

/** Two four-figure years of 1900–2099 run together before 年 or 学年, no figure or point before them. Bounded: linear. */
const GLUED = /(?<![\d.．])((?:19|20)\d{2})((?:19|20)\d{2})(?=年|学年)/g;
/** The second year at most this many after the first: a span of a plan or a school year, not two unrelated figures. */
const LONGEST_SPAN = 5;

export function gluedYears(text: string): GluedYears[] {
  if (!text.includes('年')) return NONE;
  let out: GluedYears[] | undefined;
  GLUED.lastIndex = 0;
  for (let m = GLUED.exec(text); m; m = GLUED.exec(text)) {
    const first = Number(m[1]);
    const second = Number(m[2]);
    if (second > first && second - first <= LONGEST_SPAN) (out ??= []).push({ at: m.index, text: m[0], first, second });
  }
  return out ?? NONE;
}

const NONE: GluedYears[] = [];
