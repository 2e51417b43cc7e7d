// 截至 2022 年底 / 截止到2021年末 / 截至2023年12月31日: the year a report states its figures as of.
// Found by a native search for 截至 / 截止, each hit read with bounded steps.

export interface AsOf {
  /** Span of the four year digits. */
  start: number;
  end: number;
  year: number;
  /** The whole phrase, 截至 … 年 (for the message). */
  phraseStart: number;
  phraseEnd: number;
}

const WORDS = ['截至', '截止'];
/** 截止到 / 截止至 / 截至到, then up to two spaces before the year. */
const LINK = new Set(['到', '至', ' ', '\u3000', '\u00a0']);

function yearAt(text: string, at: number): number | undefined {
  let y = 0;
  for (let k = 0; k < 4; k++) {
    const c = text.charCodeAt(at + k);
    if (c < 48 || c > 57) return undefined;
    y = y * 10 + c - 48;
  }
  const next = text.charCodeAt(at + 4);
  if (next >= 48 && next <= 57) return undefined;
  return y >= 1990 && y <= 2099 ? y : undefined;
}

export function scanAsOf(text: string, from = 0, to = text.length): AsOf[] {
  const out: AsOf[] = [];
  for (const word of WORDS) {
    for (let i = text.indexOf(word, from); i >= 0 && i < to; i = text.indexOf(word, i + 2)) {
      let at = i + 2;
      for (let k = 0; k < 3 && LINK.has(text[at] ?? ''); k++) at++;
      const year = yearAt(text, at);
      if (year === undefined || at + 4 > to) continue;
      let end = at + 4;
      while (end < to && end - at < 6 && (text[end] === ' ' || text[end] === '\u3000')) end++;
      if (text[end] !== '年') continue;
      out.push({ start: at, end: at + 4, year, phraseStart: i, phraseEnd: end + 1 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
