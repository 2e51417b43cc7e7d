// Years must agree: 评价年度, the title, the budget sentences and the result sentence name the same
// year; the notice is from that year or the next; 填报日期 falls after the year; dates are not zero-padded.
import { budgetAmounts } from '../model/budget.js';
import type { Report } from '../model/report.js';
import { applyEdits } from '../fixes/apply.js';
import { scanYears } from '../parse/dates.js';
import type { RuleFinding } from './rule.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'year-consistency',
  severity: 'error',
  description: {
    zh: '评价年度、标题、预算数据、评价结果与通知的年份一致；填报日期在评价年度结束之后；日期不补零。',
    en: 'Evaluation year, title, budget and result sentences and the notice agree; 填报日期 is after the year; dates are not zero-padded.',
  },
  fix: { zh: '去掉日期补零（自动）；把沿用的年份改为评价年度（需确认）', en: "Removes zero padding (automatic); replaces a copied year with the evaluation year (on request)" },
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
            en: `The cited notice is from ${notice.year} but the evaluation year is ${y}; the notice normally comes the following year (${y + 1}); was last year's notice copied?`,
          },
        });
      }
      const date = header.date;
      if (date && date.year <= y) {
        out.push({
          span: { start: date.start, end: date.end },
          message: {
            zh: `填报日期 ${date.year} 年 ${date.month} 月${date.day ? ` ${date.day} 日` : ''} 早于评价年度 ${y} 年结束，应在 ${y + 1} 年填报`,
            en: `The filing date ${date.year}-${date.month}${date.day ? `-${date.day}` : ''} is before the end of the evaluation year ${y}; it should be in ${y + 1}`,
          },
        });
      }
    }
    for (const d of report.dates) {
      const edits = [d.monthSpan, d.daySpan]
        .filter((s) => s !== undefined && s.text.length > 1 && s.text.startsWith('0'))
        .map((s) => ({ start: s!.start, end: s!.end, newText: String(Number(s!.text)) }));
      if (edits.length === 0 || report.text[d.start + 4] === '-') continue;
      const want = applyEdits(report.text, edits).slice(d.start, d.end - edits.reduce((n, e) => n + (e.end - e.start - e.newText.length), 0));
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
  for (const s of report.sentences) {
    if (s.start < report.outline.bodyStart) continue;
    const total = budgetAmounts(s).find((b) => b.total)?.amount;
    const scored = report.assessment.score && report.assessment.score.start >= s.start && report.assessment.score.start < s.end;
    if (!total && !scored) continue;
    const limit = total ? total.start : (report.assessment.score?.start ?? s.end);
    const year = scanYears(report.text, s.start, limit).pop();
    if (!year || (total && !/(我局|我单位|我部门|本单位|本部门|全年|年度?$)/.test(report.text.slice(s.start, limit)))) continue;
    out.push({
      year: year.year,
      start: year.digits.start,
      end: year.digits.end,
      what: total ? { zh: '预算数据', en: 'The budget figures' } : { zh: '评价结果', en: 'The result' },
    });
  }
  return out;
}

function mismatch(at: { year: number; start: number; end: number }, y: number, what: { zh: string; en: string }, source: { zh: string; en: string }): RuleFinding {
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
