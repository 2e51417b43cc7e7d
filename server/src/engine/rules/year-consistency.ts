// Years must agree: 评价年度, the title, the budget sentences and the result sentence name the same
// year; the notice is from that year or the next; 填报日期 (or 报告日期) falls after the year; 截至 a
// year in the body is that year or the next; dates are not zero-padded, nor written in Chinese numerals.
import { budgetAmounts } from '../model/budget.js';
import type { Sentence } from '../parse/sentences.js';
import type { TextLine } from '../parse/blocks.js';
import { lineMemo } from '../parse/line-memo.js';
import { always, sentenceMemo } from '../parse/sentence-memo.js';
import type { Report } from '../model/report.js';
import { applyEdits } from '../fixes/apply.js';
import { scanAsOf, type AsOf } from '../parse/as-of.js';
import { arabicDate, scanChineseDates, type ChineseDate } from '../parse/chinese-dates.js';
import { scanYears } from '../parse/dates.js';
import { sentenceAt } from '../model/locate.js';
import type { RuleFinding } from './rule.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'year-consistency',
  severity: 'error',
  description: {
    zh: '评价年度、标题、预算数据、评价结果、“截至某年”与通知的年份一致；填报日期（报告日期）在评价年度结束之后；日期不补零，成文日期用阿拉伯数字。',
    en:
      'Evaluation year, title, budget and result sentences, 截至 years and the notice agree; 填报日期 (报告日期) is after the year; ' +
      'dates are not zero-padded and use Arabic numerals.',
  },
  fixes: [
    { does: { zh: '去掉日期补零', en: 'Removes zero padding' }, safe: true },
    { does: { zh: '把沿用的年份改为评价年度', en: 'Replaces a copied year with the evaluation year' }, safe: false },
    { does: { zh: '把汉字日期改为阿拉伯数字', en: 'Writes a date in Chinese numerals in Arabic numerals' }, safe: false },
  ],
  check({ report }) {
    const out: RuleFinding[] = [];
    const { header } = report;
    const evalYear = header.evalYear ?? header.titleYear;
    const source = header.evalYear ? { zh: '评价年度', en: 'the evaluation year' } : { zh: '标题', en: 'the title' };
    if (evalYear) {
      const y = evalYear.year;
      if (header.evalYear && header.titleYear && header.titleYear.year !== y) {
        out.push(mismatch(header.titleYear, y, { zh: '标题', en: 'The title' }, source));
      }
      for (const m of statedYears(report)) if (m.year !== y) out.push(mismatch(m, y, m.what, source));
      const notice = header.notice;
      const noticeAt = notice?.docNumber ?? notice?.title;
      if (notice?.year !== undefined && noticeAt && notice.year !== y && notice.year !== y + 1) {
        out.push({
          severity: 'warning',
          span: { start: noticeAt.start, end: noticeAt.end },
          message: {
            zh: `所引通知为 ${notice.year} 年，评价年度为 ${y} 年：通知一般在评价年度的次年（${y + 1} 年）下发，请核对是否沿用了往年的通知`,
            en:
              `The cited notice is from ${notice.year} but the evaluation year is ${y}; the notice normally comes the following ` +
              `year (${y + 1}); was last year's notice copied?`,
          },
        });
      }
      const date = header.date;
      if (date && date.year <= y) {
        out.push({
          span: { start: date.start, end: date.end },
          message: {
            zh: `${date.label} ${date.year} 年 ${date.month} 月${date.day ? ` ${date.day} 日` : ''} 早于评价年度 ${y} 年结束，应在 ${y + 1} 年填报`,
            en:
              `The ${date.label === '报告日期' ? 'report' : 'filing'} date ${date.year}-${date.month}${date.day ? `-${date.day}` : ''} ` +
              `is before the end of the evaluation year ${y}; it should be in ${y + 1}`,
          },
        });
      }
      out.push(...asOfYears(report, y));
    }
    for (const d of inLines(report, chineseDatesOf, moveDate, report.frontMatter.end)) {
      const want = arabicDate(d);
      const written = report.text.slice(d.start, d.end);
      out.push({
        severity: 'information',
        span: { start: d.start, end: d.end },
        message: {
          zh: `日期「${written}」用了汉字数字：成文日期应使用阿拉伯数字（GB/T 9704-2012），写作「${want}」`,
          en: `The date “${written}” is in Chinese numerals; GB/T 9704-2012 writes the date in Arabic numerals: “${want}”`,
        },
        fix: {
          title: { zh: `改为「${want}」`, en: `Change to “${want}”` },
          edits: [{ start: d.start, end: d.end, newText: want }],
          safe: false,
        },
      });
    }
    for (const d of report.dates) {
      if (!padded(d.monthSpan) && !padded(d.daySpan)) continue;
      const edits = [d.monthSpan, d.daySpan].filter(padded).map((s) => ({ start: s.start, end: s.end, newText: String(Number(s.text)) }));
      if (report.text[d.start + 4] === '-') continue;
      // the date's own text corrected (never a copy of the whole report per date)
      const want = applyEdits(
        report.text.slice(d.start, d.end),
        edits.map((e) => ({ ...e, start: e.start - d.start, end: e.end - d.start })),
      );
      out.push({
        severity: 'warning',
        span: { start: d.start, end: d.end },
        message: {
          zh: `日期「${report.text.slice(d.start, d.end)}」的月、日不应补零，应写作「${want}」`,
          en: `Months and days are not zero-padded: write “${want}”`,
        },
        fix: { title: { zh: `改为「${want}」`, en: `Change to “${want}”` }, edits, safe: true },
      });
    }
    return out;
  },
});

/** How far either side of 截至 a year the evaluation year is looked for (a sentence that compares both). */
const AS_OF_CONTEXT = 120;
/** What follows 截至 Y 年 when it means the close of that year. */
/**
 * 截至 phrases and dates in Chinese numerals, found line by line and kept on the line (offsets in the
 * line): searching the whole text on every keystroke cost a megabyte report about a millisecond.
 */
const asOfOf = lineMemo((line) => scanAsOf(line.text));
const chineseDatesOf = lineMemo((line) => scanChineseDates(line.text));

/** What `found` gives for each line from `from` on, moved to the line's place in the text by `move`. */
function inLines<T extends { start: number }>(
  report: Report,
  found: (line: TextLine) => T[],
  move: (f: T, by: number) => T,
  from: number,
): T[] {
  const out: T[] = [];
  for (const line of report.parsed.lines) {
    if (line.end <= from) continue;
    for (const f of found(line)) {
      const moved = move(f, line.start);
      if (moved.start >= from) out.push(moved);
    }
  }
  return out;
}

const moveAsOf = (a: AsOf, by: number): AsOf => ({
  start: a.start + by,
  end: a.end + by,
  year: a.year,
  phraseStart: a.phraseStart + by,
  phraseEnd: a.phraseEnd + by,
});
const moveDate = (d: ChineseDate, by: number): ChineseDate => ({ ...d, start: d.start + by, end: d.end + by });

const YEAR_END = /^(?:底|末|度末|12月31日|12 月 31 日|十二月)/;

/**
 * 截至 a year in the body: figures are stated as of the end of the evaluation year. The end of an
 * earlier year, with the evaluation year nowhere in its sentence (截至2022年底…，2023年新增… compares
 * the two), is a year copied from an earlier report.
 */
function asOfYears(report: Report, y: number): RuleFinding[] {
  const out: RuleFinding[] = [];
  const { text } = report;
  for (const a of inLines(report, asOfOf, moveAsOf, report.outline.bodyStart)) {
    // a later year may be a report filed late, and 截至2022年6月 in a 2023 report a stage of a longer
    // project: only the close of an earlier year (年底 / 年末 / 12月31日), the classic copied figure, is flagged
    if (a.year >= y || !YEAR_END.test(text.slice(a.phraseEnd, a.phraseEnd + 8))) continue;
    // the sentence, within a bounded window: 。 or a line break ends it
    // (searched in the window only: a paragraph of a megabyte may have no 。 at all)
    const before = text.slice(Math.max(0, a.phraseStart - AS_OF_CONTEXT), a.start);
    const after = text.slice(a.end, a.phraseEnd + AS_OF_CONTEXT);
    const stop = [after.indexOf('。'), after.indexOf('\n')].filter((k) => k >= 0);
    const around =
      before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n')) + 1) +
      after.slice(0, stop.length > 0 ? Math.min(...stop) : after.length);
    if (scanYears(around).some((m) => m.year === y)) continue;
    const phrase = text.slice(a.phraseStart, a.phraseEnd);
    out.push({
      severity: 'warning',
      span: { start: a.start, end: a.end },
      message: {
        zh: `「${phrase}」早于评价年度 ${y} 年：数据一般截至 ${y} 年底，是否沿用了往年报告的年份？`,
        en:
          `“${phrase}” is before the evaluation year ${y}: figures are stated as of the end of ${y}; ` +
          `was a year copied from an earlier report?`,
      },
      fix: { title: { zh: `改为 ${y}`, en: `Change to ${y}` }, edits: [{ start: a.start, end: a.end, newText: String(y) }], safe: false },
    });
  }
  return out;
}

interface StatedYear {
  year: number;
  start: number;
  end: number;
  what: { zh: string; en: string };
}

/** Years the report states for its own data: budget totals (`我局 2023 年收入总预算`) and the score sentence. */
function statedYears(report: Report): StatedYear[] {
  const out: StatedYear[] = [];
  const { bodyStart } = report.outline;
  const add = (s: Sentence, y: YearIn | undefined, what: StatedYear['what']): void => {
    if (y && s.start >= bodyStart) out.push({ year: y.year, start: s.start + y.at, end: s.start + y.at + y.length, what });
  };
  for (const s of report.budgetSentences) add(s, budgetYear(s), BUDGET);
  const score = report.assessment.score;
  let at = score ? sentenceAt(report, score.start) : -1;
  // an offset where one sentence ends and the next starts is found in either
  if (score && report.sentences[at]?.end === score.start) at++;
  const scored = report.sentences[at];
  // a sentence with a budget total is read as one above, whatever else it holds
  if (score && scored && !budgetAmounts(scored).some((b) => b.total)) add(scored, yearBefore(scored, score.start - scored.start), RESULT);
  return out;
}

/** A month or day written with a leading zero (07 月). */
const padded = (s: { text: string } | undefined): s is { text: string; start: number; end: number } =>
  s !== undefined && s.text.length > 1 && s.text.charCodeAt(0) === 48;

const BUDGET = { zh: '预算数据', en: 'The budget figures' };
const RESULT = { zh: '评价结果', en: 'The result' };
const OWN_DATA = /(我局|我单位|我部门|本单位|本部门|全年|年度?$)/;

/** A year in a sentence, by its offset in the sentence (sentences move; their text does not change). */
interface YearIn {
  year: number;
  at: number;
  length: number;
}

/** The last year before `limit` (an offset in the sentence). */
function yearBefore(s: Sentence, limit: number): YearIn | undefined {
  const y = scanYears(s.text, 0, limit).pop();
  return y && { year: y.year, at: y.digits.start, length: y.digits.end - y.digits.start };
}

/** The year a budget total is stated for (`我局 2023 年收入总预算`), worked out once per sentence object. */
const budgetYearOf = sentenceMemo((s): YearIn | null => {
  const total = budgetAmounts(s).find((b) => b.total)?.amount;
  const limit = total ? total.start - s.start : 0;
  return (total && OWN_DATA.test(s.text.slice(0, limit)) && yearBefore(s, limit)) || null;
}, always); // the year's offset is within the sentence

const budgetYear = (s: Sentence): YearIn | undefined => budgetYearOf(s) ?? undefined;

function mismatch(
  at: { year: number; start: number; end: number },
  y: number,
  what: { zh: string; en: string },
  source: { zh: string; en: string },
): RuleFinding {
  return {
    span: { start: at.start, end: at.end },
    message: {
      zh: `${what.zh}写的是 ${at.year} 年，${source.zh}是 ${y} 年：是否沿用了往年报告的年份？`,
      en: `${what.en} says ${at.year} but ${source.en} is ${y}: was a year copied from an earlier report?`,
    },
    fix: {
      title: { zh: `改为 ${y}`, en: `Change to ${y}` },
      edits: [{ start: at.start, end: at.end, newText: String(y) }],
      safe: false,
    },
  };
}
