// A date in Arabic figures with a letter for one of its digits, as an OCR or a PDF's font reads them: O or o for 0, I or
// l for 1 (2O23年, 2023年l2月, 2023年1O月3l日). Read only on a run of digits and those letters that holds at least one of
// each, with no other letter or digit on either side, right before 年 (four figures, a year 19xx or 20xx), before 月
// right after 年 (a month 1–12) or before 日 right after 月 (a day 1–31): a code or a Latin word (O2O, ISO9001, Win10)
// never stands there, and the right date is certain once the letters are read as the digits they look like. A run right
// after a code's label (编号2O22年度OA系统升级: a number that may mix letters and digits, session 11's test) is left. Part of
// broken-date.

export interface LetterDigit {
  at: number;
  text: string;
  /** The figures with digits for the letters. */
  right: string;
}

/**
 * A run of figures and look-alike letters before 年, 月 or 日; 月 and 日 only right after 年 and 月 (a space between
 * allowed, as PDF text has). No letter or digit before the run or after its mark (bounded classes: linear).
 */
const RUN = /(?<![A-Za-z0-9])(?:[0-9IlOo]{4}(?=年)|(?<=年 ?)[0-9IlOo]{1,2}(?= ?月)|(?<=月 ?)[0-9IlOo]{1,2}(?= ?日))/g;
/** A code's label right before the run (编号, 编号：): what follows it is the code as issued. */
const CODE_LABEL = /(?:编号|代码|编码|型号|序号|账号)[:：]?[ \u3000]?$/;
const DIGIT_OF: Readonly<Record<string, string>> = { I: '1', l: '1', O: '0', o: '0' };
/** A letter the run must hold; tested natively first (most lines have none next to 年, 月 or 日). */
const GATE = /[IlOo][0-9IlOo]{0,3} ?[年月日]|[年月] ?[0-9]?[IlOo]/;

export function letterDigitDates(text: string): LetterDigit[] {
  if (!GATE.test(text)) return NONE;
  let out: LetterDigit[] | undefined;
  for (const m of text.matchAll(RUN)) {
    const written = m[0];
    if (!/[0-9]/.test(written) || !/[IlOo]/.test(written)) continue;
    const right = written.replace(/[IlOo]/g, (c) => DIGIT_OF[c] as string);
    const at = m.index;
    if (CODE_LABEL.test(text.slice(Math.max(0, at - 4), at))) continue;
    // the mark after the run, past the one space RUN allows (read by index: no copy of the line's rest)
    const after = at + written.length;
    const mark = text[after] === ' ' ? text[after + 1] : text[after];
    if (!fits(right, mark)) continue;
    (out ??= []).push({ at, text: written, right });
    if (out.length >= MOST) break;
  }
  return out ?? NONE;
}

/** The figures make the year, month or day the mark after them says. */
function fits(figures: string, mark: string | undefined): boolean {
  const n = Number(figures);
  if (mark === '年') return /^(?:19|20)\d\d$/.test(figures);
  if (mark === '月') return n >= 1 && n <= 12;
  return mark === '日' && n >= 1 && n <= 31;
}

const NONE: LetterDigit[] = [];
/**
 * Dates with letters read in one line, at most: a line of real text holds a few; a megabyte of them (a hostile input) would
 * be a quarter of a million findings, each with its fix.
 */
const MOST = 20;
