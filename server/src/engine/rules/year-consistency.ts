// Years must agree: 评价年度, the title, the budget sentences and the result sentence name the same
// year; the notice is from that year or the next; 填报日期 (or 报告日期) falls after the year; 截至 a
// year in the body is that year or the next; a 成文日期 is not written in Chinese numerals; a notice allocating a
// year's funds is not received more than a year before it (years/before-notice.ts), a target's deadline
// is not before the evaluation year (years/deadline.ts), and no year's round years before it is written as the
// year's work (years/stale-round.ts), nor is the year's own plan written under an earlier year (years/plan-year.ts). The filed date
// is also read from a 落款 and a label inside a line (model/filed-date.ts); zero padding is date-padding's.
import { budgetAmounts } from '../model/budget.js';
import type { Sentence } from '../parse/sentences.js';
import { lineMemo } from '../parse/line-memo.js';
import { pickedLines } from '../parse/picked-lines.js';
import { always, sentenceMemo } from '../parse/sentence-memo.js';
import type { Report } from '../model/report.js';
import { scanAsOf, type AsOf } from '../parse/as-of.js';
import { arabicDate, scanChineseDates, type ChineseDate } from '../parse/chinese-dates.js';
import { scanYears } from '../parse/dates.js';
import { evaluationYear, filedDates, openingYear, recognisedTitleYear } from '../model/filed-date.js';
import { sentenceAt } from '../model/locate.js';
import type { RuleFinding } from './rule.js';
import { defineRule } from './rule.js';
import { yearsBeforeNotices } from './years/before-notice.js';
import { deadlinesBeforeYear } from './years/deadline.js';
import { planYearsBefore } from './years/plan-year.js';
import { underLastYear } from './years/last-year-heading.js';
import { inlineEmptyDate } from './years/empty-date.js';
import { fileNameYear } from './years/file-name.js';
import { staleRounds } from './years/stale-round.js';
import { staleTitleLines } from './years/title-line.js';
import { staleEvaluationNotices } from './years/eval-notice.js';
import { staleNoticeTitles } from './years/notice-year.js';
import { sameAmountEarlierYear } from './years/same-amount.js';

/** A notice's title that allocates money (下达, 分配, 拨付), in either script. */
const ALLOCATES = /下达|下達|分配|拨付|撥付/;
import { otherYearMeant, ownYearsBefore } from './years/own-year.js';

export default defineRule({
  id: 'year-consistency',
  severity: 'error',
  description: {
    zh: '评价年度、标题、预算数据、评价结果、“截至某年”与通知的年份一致；填报日期（报告日期、落款日期）在评价年度结束之后；成文日期用阿拉伯数字。',
    en:
      'Evaluation year, title, budget and result sentences, 截至 years and the notice agree; 填报日期 (报告日期, the 落款 date) is after ' +
      'the year; dates use Arabic numerals.',
  },
  fixes: [
    { does: { zh: '把沿用的年份改为评价年度', en: 'Replaces a copied year with the evaluation year' }, safe: false },
    { does: { zh: '把汉字日期改为阿拉伯数字', en: 'Writes a date in Chinese numerals in Arabic numerals' }, safe: false },
  ],
  check({ report }) {
    const out: RuleFinding[] = [];
    const { header } = report;
    const { asOf, chineseDates } = inLines(report);
    const evalYear = header.evalYear ?? header.titleYear;
    const source = header.evalYear ? { zh: '评价年度', en: 'the evaluation year' } : { zh: '标题', en: 'the title' };
    if (evalYear) {
      const stated = statedYears(report);
      const opening = openingYear(report);
      if (opening && opening.start >= evalYear.end) stated.push({ ...opening, what: OPENING });
      const witnesses = header.evalYear && header.titleYear ? [{ ...header.titleYear, what: TITLE }, ...stated] : stated;
      const odd = outvoted(evalYear.year, witnesses);
      // the 评价年度 (or the title) is the one year the rest of the text does not give: it is what was left unchanged
      const y = odd ?? evalYear.year;
      if (odd !== undefined) out.push(outvotedFinding(evalYear, header.evalYear ? '评价年度' : '标题', odd, witnesses));
      else {
        if (header.evalYear && header.titleYear && header.titleYear.year !== y) out.push(mismatch(header.titleYear, y, TITLE, source));
        for (const m of stated) if (m.year !== y) out.push(mismatch(m, y, m.what, source));
      }
      const notice = header.notice;
      const noticeAt = notice?.docNumber ?? notice?.title;
      // a notice that allocated the funds in an earlier year (奉化 雷笋 2022: 《关于下达2020年度中央农业生产发展资金…的通知》)
      // starts a project that runs for years, not the round the report answers
      const earlierFunds = notice?.year !== undefined && notice.year < y && ALLOCATES.test(notice.title?.value ?? '');
      if (notice?.year !== undefined && noticeAt && notice.year !== y && notice.year !== y + 1 && !earlierFunds) {
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
      out.push(...asOfYears(report, y, asOf));
    }
    out.push(...yearsBeforeNotices(report));
    out.push(...deadlinesBeforeYear(report));
    out.push(...staleRounds(report));
    // the year's own plan (计划使用, 年初预算, 年度目标) under an earlier year; a year flagged above already is flagged once
    for (const f of planYearsBefore(report)) {
      if (!out.some((g) => g.span.start < f.span.end && f.span.start < g.span.end)) out.push(f);
    }
    // a header line left from the year before (2020年度部门整体支出 on a 2021 report's cover); the title itself is read above
    for (const f of staleTitleLines(report)) {
      if (!out.some((g) => g.span.start < f.span.end && f.span.start < g.span.end)) out.push(f);
    }
    // the file's name and the title, the same words but the year (梁平 林业 2023)
    for (const f of fileNameYear(report)) {
      if (!out.some((g) => g.span.start < f.span.end && f.span.start < g.span.end)) out.push(f);
    }
    // the year's own funds given again under an earlier year: the evaluation year however the report names it
    // (a year flagged above already is flagged once; so is a year two amounts of its sentence repeat)
    for (const f of sameAmountEarlierYear(report, evaluationYear(report)?.year)) {
      if (!out.some((g) => g.span.start < f.span.end && f.span.start < g.span.end)) out.push(f);
    }
    // (a notice the header reads is judged above already: its 文号 is flagged once)
    for (const f of [...staleEvaluationNotices(report), ...staleNoticeTitles(report)]) {
      if (!out.some((g) => g.span.start < f.span.end && f.span.start < g.span.end)) out.push(f);
    }
    // a statement of the year evaluated (its budget, execution rate, score, the self-evaluation, a target) under an earlier
    // year, nothing in its sentence saying the earlier year is meant (a year flagged above already is flagged once)
    // (a page of such sentences gives thousands: the spans found above are searched, not scanned, for each)
    const found = out.map((g) => g.span).sort((a, b) => a.start - b.start);
    for (const f of ownYearsBefore(report)) if (!overlapsAny(found, f.span)) out.push(f);
    out.push(...compactFiled(report, evalYear?.year));
    out.push(...emptyFiled(report, evalYear?.year, chineseDates));
    out.push(...lateFiled(report, chineseDates));
    for (const d of chineseDates) {
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
    return out;
  },
});

/** How far either side of 截至 a year the evaluation year is looked for (a sentence that compares both). */
const AS_OF_CONTEXT = 120;
/**
 * 截至 phrases and dates in Chinese numerals, found line by line and kept on the line (offsets in the
 * line): searching the whole text on every keystroke cost a megabyte report about a millisecond.
 */
/** What either reading starts from: 截至 (or 截止), or the zero of a year in Chinese numerals. */
const AS_OF_OR_ZERO = /截至|截止|[〇○零]/;
const asOfOf = lineMemo((line) => scanAsOf(line.text));
const chineseDatesOf = lineMemo((line) => scanChineseDates(line.text));
/** The lines with either, kept per chunk (a keystroke reads the chunk it touched, not every line). */
const datedLines = pickedLines((line) => asOfOf(line).length > 0 || chineseDatesOf(line).length > 0, undefined, AS_OF_OR_ZERO);

/**
 * In one pass over the lines, moved to their places in the text: the 截至 phrases of the body (from
 * its first heading) and the dates in Chinese numerals after the front matter.
 */
function inLines(report: Report): { asOf: AsOf[]; chineseDates: ChineseDate[] } {
  const asOf: AsOf[] = [];
  const chineseDates: ChineseDate[] = [];
  const body = report.outline.bodyStart;
  const dates = report.frontMatter.end;
  const from = Math.min(body, dates);
  datedLines(report.chunks, (line) => {
    if (line.end <= from) return;
    if (line.end > body)
      for (const f of asOfOf(line)) {
        const moved = moveAsOf(f, line.start);
        if (moved.start >= body) asOf.push(moved);
      }
    if (line.end > dates)
      for (const f of chineseDatesOf(line)) {
        const moved = moveDate(f, line.start);
        if (moved.start >= dates) chineseDates.push(moved);
      }
  });
  return { asOf, chineseDates };
}

const moveAsOf = (a: AsOf, by: number): AsOf => ({
  start: a.start + by,
  end: a.end + by,
  year: a.year,
  phraseStart: a.phraseStart + by,
  phraseEnd: a.phraseEnd + by,
});
const moveDate = (d: ChineseDate, by: number): ChineseDate => ({ ...d, start: d.start + by, end: d.end + by });

/** What follows 截至 Y 年 when it means the close of that year. */
const YEAR_END = /^[ \u3000]?(?:底|末|度末|12[ \u3000]?月[ \u3000]?31[ \u3000]?日|十二月)/;
/**
 * Funds for a year are often allocated before it starts (提前下达): 截至2020年12月31日…资金…已全部落实到位
 * in a 2021 report states a true fact, not a copied year.
 */
const FUNDS_IN_PLACE = /到位|提前下达/;

/**
 * 截至 a year in the body: figures are stated as of the end of the evaluation year. The end of an
 * earlier year, with the evaluation year nowhere in its sentence (截至2022年底…，2023年新增… compares
 * the two), is a year copied from an earlier report.
 */
function asOfYears(report: Report, y: number, asOf: readonly AsOf[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  const { text } = report;
  for (const a of asOf) {
    // a later year may be a report filed late, and 截至2022年6月 in a 2023 report a stage of a longer
    // project: only the close of an earlier year (年底 / 年末 / 12月31日), the classic copied figure, is flagged
    if (a.year >= y || !YEAR_END.test(text.slice(a.phraseEnd, a.phraseEnd + 12))) continue;
    // the sentence, within a bounded window: 。 or a line break ends it
    // (searched in the window only: a paragraph of a megabyte may have no 。 at all)
    const before = text.slice(Math.max(0, a.phraseStart - AS_OF_CONTEXT), a.start);
    const after = text.slice(a.end, a.phraseEnd + AS_OF_CONTEXT);
    const stop = [after.indexOf('。'), after.indexOf('\n')].filter((k) => k >= 0);
    const around =
      before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n')) + 1) +
      after.slice(0, stop.length > 0 ? Math.min(...stop) : after.length);
    if (scanYears(around).some((m) => m.year === y) || FUNDS_IN_PLACE.test(around)) continue;
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
  for (const s of report.budgetSentences) add(s, budgetWitness(s) ?? undefined, BUDGET);
  const score = report.assessment.score;
  let at = score ? sentenceAt(report, score.start) : -1;
  // an offset where one sentence ends and the next starts is found in either
  if (score && report.sentences[at]?.end === score.start) at++;
  const scored = report.sentences[at];
  // a sentence with a budget total is read as one above, whatever else it holds
  // (not under a heading on last year: 上年度绩效自评结果应用情况 states last year's score on purpose, made up, red team)
  if (score && scored && !budgetAmounts(scored).some((b) => b.total) && !underLastYear(report, scored.start)) {
    const y = yearBefore(scored, score.start - scored.start);
    // last year's score told as such (得分…，自评结果已公开; 于2023年3月开展了2022年度自评): no witness of the year
    if (y && !otherYearMeant(scored.text, y.at, y.at + y.length)) add(scored, y, RESULT);
  }
  return out;
}

const BUDGET = { zh: '预算数据', en: 'The budget figures' };
const TITLE = { zh: '标题', en: 'The title' };
const OPENING = { zh: '开头“现将…报告如下”', en: 'The opening sentence' };

/**
 * The year every other statement gives, when at least two of them agree on it and none on `head` (the
 * 评价年度, or the title without one): then `head` is the year left unchanged from an earlier report.
 */
function outvoted(head: number, witnesses: readonly StatedYear[]): number | undefined {
  const first = witnesses[0]?.year;
  if (witnesses.length < 2 || first === undefined || first === head) return undefined;
  return witnesses.every((w) => w.year === first) ? first : undefined;
}

function outvotedFinding(
  at: { year: number; start: number; end: number },
  label: string,
  y: number,
  witnesses: readonly StatedYear[],
): RuleFinding {
  const what = [...new Set(witnesses.map((w) => w.what.zh))].join('、');
  const whatEn = [...new Set(witnesses.map((w) => w.what.en.toLowerCase()))].join(', ');
  return {
    span: { start: at.start, end: at.end },
    message: {
      zh: `${label}写的是 ${at.year} 年，而${what}都是 ${y} 年：${label}是否沿用了往年报告的年份？`,
      en:
        `${label === '标题' ? 'The title' : 'The evaluation year'} says ${at.year} but ${whatEn} all say ${y}: ` +
        'was it left from an earlier report?',
    },
    fix: { title: { zh: `改为 ${y}`, en: `Change to ${y}` }, edits: [{ start: at.start, end: at.end, newText: String(y) }], safe: false },
  };
}
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

/**
 * The year a budget sentence states for the report's own figures, unless the sentence tells another year's budget as
 * such (2022年…预算收入总计1000万元，本年度…1200万元, made up, red team s23): kept with the sentence, since every budget
 * sentence of the report is asked on every keystroke (its offsets are the sentence's own, so it moves with it).
 */
const budgetWitness = sentenceMemo((s): YearIn | null => {
  const y = budgetYear(s);
  return y && !otherYearMeant(s.text, y.at, y.at + y.length) ? y : null;
}, always);

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

/**
 * A 填报日期 / 报告日期 written inside a flattened line, or the 落款 date (under or glued to the unit's
 * name), on or before 31 December of the evaluation year: the report cannot have been filed before
 * the year it evaluates had ended.
 */
function lateFiled(report: Report, chineseDates: readonly ChineseDate[]): RuleFinding[] {
  const { header } = report;
  const dates = filedDates(report, chineseDates);
  // the header's 填报日期 is judged above when the header names the year; else here, against the year found elsewhere
  if (header.date && !header.evalYear && !header.titleYear) dates.unshift({ date: header.date, label: header.date.label });
  if (dates.length === 0) return [];
  let ev = evaluationYear(report);
  if (!ev) {
    const titled = recognisedTitleYear(report);
    if (titled !== undefined) ev = { year: titled, source: { zh: '标题', en: 'the title' } };
  }
  if (!ev) return [];
  const out: RuleFinding[] = [];
  for (const { date, label } of dates) {
    if (date.year > ev.year) continue;
    const written = report.text.slice(date.start, date.end);
    out.push({
      span: { start: date.start, end: date.end },
      message: {
        zh:
          `${label === '落款' ? '落款日期' : label}「${written}」不晚于评价年度 ${ev.year} 年（${ev.source.zh}）的 12 月 31 日：` +
          `自评应在评价年度结束后（${ev.year + 1} 年）填报，请核对日期或评价年度`,
        en:
          `The ${label === '落款' ? 'signature' : 'filing'} date “${written}” is not after the end of the evaluation year ${ev.year} ` +
          `(${ev.source.en}): a self-evaluation is filed once the year is over (${ev.year + 1}); check the date or the year`,
      },
    });
  }
  return out;
}

/**
 * A 填报日期 / 报告日期 left empty (徐闻 角尾乡 2024: `填报日期:` in the cover block) in a report that gives no filing
 * date elsewhere either (no 落款 date, no date labelled inside a line): the report carries no date.
 */
function emptyFiled(report: Report, evalYear: number | undefined, chineseDates: readonly ChineseDate[]): RuleFinding[] {
  // the header's, or one inside a flattened form's line (read only when the header has no date at all)
  const e = report.header.emptyDate ?? (report.header.date || report.header.compactDate ? undefined : inlineEmptyDate(report));
  if (!e || filedDates(report, chineseDates).length > 0) return [];
  const when = evalYear === undefined ? '' : `（评价年度结束之后，即 ${evalYear + 1} 年）`;
  const whenEn = evalYear === undefined ? '' : ` (after the evaluation year, in ${evalYear + 1})`;
  return [
    {
      severity: 'warning',
      span: { start: e.start, end: e.end },
      message: {
        zh: `${e.label}未填写，报告中也没有落款日期：请填写${e.label}${when}，如「${evalYear === undefined ? '××××' : evalYear + 1}年×月×日」`,
        en:
          `The ${e.label === '报告日期' ? 'report' : 'filing'} date (${e.label}) is left empty and the report has no dated ` +
          `signature; fill it in${whenEn}`,
      },
    },
  ];
}

/**
 * A 填报日期 of bare digits (徐闻 前山镇 2024: `填报日期:202511`) is no date a reviewer can read: 年, 月
 * and 日 are written out. Still read for its year: one inside the evaluation year is also an error.
 */
function compactFiled(report: Report, evalYear: number | undefined): RuleFinding[] {
  const c = report.header.compactDate;
  if (!c) return [];
  const written = report.text.slice(c.start, c.end);
  const want = `${c.year}年${c.month}月${c.day === undefined ? '×' : c.day}日`;
  const early = evalYear !== undefined && c.year <= evalYear;
  return [
    {
      severity: early ? 'error' : 'warning',
      span: { start: c.start, end: c.end },
      message: {
        zh:
          `${c.label}「${written}」只写了数字，没有年、月、日：请写作「${want}」` +
          (early ? `；且 ${c.year} 年不晚于评价年度 ${evalYear} 年，应在 ${evalYear + 1} 年填报` : ''),
        en:
          `The ${c.label === '报告日期' ? 'report' : 'filing'} date “${written}” is bare digits; write it with 年/月/日: “${want}”` +
          (early ? `; ${c.year} is not after the evaluation year ${evalYear}: it should be in ${evalYear + 1}` : ''),
      },
    },
  ];
}

/**
 * Whether `span` overlaps one of `sorted` (spans by start; short ones, a year's digits or a phrase): the spans starting
 * before its end are looked at back from the last, while one of them could still reach it.
 */
function overlapsAny(sorted: readonly { start: number; end: number }[], span: { start: number; end: number }): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as { start: number }).start < span.end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && lo - i <= OVERLAP_LOOKBACK; i--) if ((sorted[i] as { end: number }).end > span.start) return true;
  return false;
}
/** How many spans before are looked at: the spans of one reading do not nest, so the nearest few decide. */
const OVERLAP_LOOKBACK = 8;
