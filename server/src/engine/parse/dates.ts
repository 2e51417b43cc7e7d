// Dates (2024 年 7 月 29 日, 2020-09-02) and year mentions (2023 年, 2023 年度). Bounded quantifiers only.
import type { FactKind } from './fact-kind.js';

export interface DateMention {
  start: number;
  end: number;
  year: number;
  month: number;
  day?: number;
  /** Spans of the month and day digits, to fix zero padding. */
  monthSpan: { start: number; end: number; text: string };
  daySpan?: { start: number; end: number; text: string };
}

export interface YearMention {
  start: number;
  end: number;
  year: number;
  /** Span of the four digits. */
  digits: { start: number; end: number };
  /** Written 年度 rather than 年. */
  nian_du: boolean;
}

const S = '[ \\u00a0\\u3000]{0,2}';
const DATE = new RegExp(`((?:19|20)\\d{2})${S}年${S}(\\d{1,2})${S}月(?:${S}(\\d{1,2})${S}日)?`, 'g');
const ISO_DATE = /((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})/g;
const YEAR = new RegExp(`((?:19|20)\\d{2})${S}年(度?)`, 'g');

export function scanDates(text: string, from = 0, to = text.length): DateMention[] {
  const slice = text.slice(from, to);
  const out: DateMention[] = [];
  for (const re of [DATE, ISO_DATE]) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (/\d/.test(slice[m.index - 1] ?? '')) continue;
      const [whole, y = '', mo = '', d] = m;
      const base = from + m.index;
      const moAt = whole.indexOf(mo, 4);
      const date: DateMention = {
        start: base,
        end: base + whole.length,
        year: Number(y),
        month: Number(mo),
        monthSpan: { start: base + moAt, end: base + moAt + mo.length, text: mo },
      };
      if (d !== undefined) {
        const dAt = whole.indexOf(d, moAt + mo.length);
        date.day = Number(d);
        date.daySpan = { start: base + dAt, end: base + dAt + d.length, text: d };
      }
      out.push(date);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Dates as a kind of fact of the incremental parser: read per block, moved with their chunk. */
export const DATES: FactKind<DateMention> = {
  scan: (text, blocks) => blocks.flatMap((b) => scanDates(text, b.start, b.end)),
  shift(facts, { chars }) {
    if (chars === 0) return;
    for (const d of facts) {
      d.start += chars;
      d.end += chars;
      d.monthSpan.start += chars;
      d.monthSpan.end += chars;
      if (d.daySpan) {
        d.daySpan.start += chars;
        d.daySpan.end += chars;
      }
    }
  },
};

export function scanYears(text: string, from = 0, to = text.length): YearMention[] {
  const slice = text.slice(from, to);
  const out: YearMention[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(slice); m; m = YEAR.exec(slice)) {
    if (/\d/.test(slice[m.index - 1] ?? '')) continue;
    const base = from + m.index;
    out.push({
      start: base,
      end: base + m[0].length,
      year: Number(m[1]),
      digits: { start: base, end: base + 4 },
      nian_du: m[2] === '度',
    });
  }
  return out;
}
