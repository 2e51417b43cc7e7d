// A year in Arabic figures with a letter for one of its digits, as an OCR or a PDF's font reads them: O or o for 0, I or
// l for 1 (2O23年, 2Ol9年). Read only on a run of four digits and those letters that holds at least one of each, with no
// other letter or digit on either side, right before 年, making a year 19xx or 20xx: a code or a Latin word (O2O,
// ISO9001, Win10) never stands there, and the right year is certain once the letters are read as the digits they look
// like. A month's or a day's figure with a letter (2023年l2月, 12月3l日) is typo's (typo/letter-figure.ts, with the
// percentages written so): one finding for one slip. A run right after a code's label (编号2O22年度OA系统升级: a number
// that may mix letters and digits, session 11's test) is left. Part of broken-date.

export interface LetterDigit {
  at: number;
  text: string;
  /** The figures with digits for the letters. */
  right: string;
}

/** A run of four figures and look-alike letters before 年 (a space between allowed, as PDF text has). */
const RUN = /(?<![A-Za-z0-9])[0-9IlOo]{4}(?= ?年)/g;
/** A code's label right before the run (编号, 编号：): what follows it is the code as issued. */
const CODE_LABEL = /(?:编号|代码|编码|型号|序号|账号)[:：]?[ \u3000]?$/;
const DIGIT_OF: Readonly<Record<string, string>> = { I: '1', l: '1', O: '0', o: '0' };
/** A letter the run must hold; tested natively first (most lines have none before 年). */
const GATE = /[IlOo][0-9IlOo]{0,3} ?年/;

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

/** The figures make the year the mark after them says. */
function fits(figures: string, mark: string | undefined): boolean {
  return mark === '年' && /^(?:19|20)\d\d$/.test(figures);
}

const NONE: LetterDigit[] = [];
/**
 * Dates with letters read in one line, at most: a line of real text holds a few; a megabyte of them (a hostile input) would
 * be a quarter of a million findings, each with its fix.
 */
const MOST = 20;
