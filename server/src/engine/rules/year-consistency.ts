// Years must agree: 评价年度, the title, the budget sentences and the result sentence name the same
// year; the notice is from that year or the next; 填报日期 falls after the year; dates are not zero-padded.
import { budgetAmounts } from '../model/budget.js';
import type { Sentence } from '../parse/sentences.js';
import type { Report } from '../model/report.js';
import { applyEdits } from '../fixes/apply.js';
import { scanYears } from '../parse/dates.js';
import { sentenceAt } from '../model/locate.js';
import type { RuleFinding } from './rule.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'year-consistency',
  severity: 'error',
  description: {
    zh: '评价年度、标题、预算数据、评价结果与通知的年份一致；填报日期在评价年度结束之后；日期不补零。',
    en: 'Evaluation year, title, budget and result sentences and the notice agree; 填报日期 is after the year; dates are not zero-padded.',
  },
  fixes: [
    { does: { zh: '去掉日期补零', en: 'Removes zero padding' }, safe: true },
    { does: { zh: '把沿用的年份改为评价年度', en: 'Replaces a copied year with the evaluation year' }, safe: false },
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
            zh: `填报日期 ${date.year} 年 ${date.month} 月${date.day ? ` ${date.day} 日` : ''} 早于评价年度 ${y} 年结束，应在 ${y + 1} 年填报`,
            en:
              `The filing date ${date.year}-${date.month}${date.day ? `-${date.day}` : ''} is before the end of the evaluation ` +
              `year ${y}; it should be in ${y + 1}`,
          },
        });
      }
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
const budgetYears = new WeakMap<Sentence, YearIn | null>();

function budgetYear(s: Sentence): YearIn | undefined {
  let known = budgetYears.get(s);
  if (known === undefined) {
    const total = budgetAmounts(s).find((b) => b.total)?.amount;
    const limit = total ? total.start - s.start : 0;
    known = (total && OWN_DATA.test(s.text.slice(0, limit)) && yearBefore(s, limit)) || null;
    budgetYears.set(s, known);
  }
  return known ?? undefined;
}

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
