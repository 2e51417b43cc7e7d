// Last year's report beside this year's (issue 16 §3): what a reviewer finds copied forward. A 存在问题 or
// 改进措施 item the same as, or nearly, one of last year's (照抄: the problems were not solved, or not looked
// at); a sentence stating figures word for word as last year's did (the 执行率, the staff numbers carried
// over); and last year's notice cited again. Judged only when the previous report is at hand (the CLI's
// --previous, a report of the year before in the same folder, the editor's setting) and is of an earlier year.
import { evaluationYear } from '../model/filed-date.js';
import type { Report } from '../model/report.js';
import { likeness, sectionItems, type SectionItem } from '../model/section-items.js';
import { defineRule, type RuleFinding } from './rule.js';
import { clip } from '../text/clip.js';

/** Items this alike (Dice of character pairs) are the same item reworded a little. */
const NEARLY = 0.85;
/** A sentence with figures this long (without spaces and punctuation) or longer is compared. */
const MIN_SENTENCE = 15;
const NOISE = /[\s\u00a0\u3000，,。.；;：:、！!？?“”"'‘’（）()《》*_#>|-]/g;
const quote = (s: string): string => clip(s, 60);

export default defineRule({
  id: 'copied-from-last-year',
  severity: 'warning',
  description: {
    zh: '与上年度报告对照：存在问题、改进措施照抄上年，带数字的句子原样沿用，或仍引用上年的通知。',
    en:
      'Against last year’s report: problems or measures copied from it, sentences with figures carried over word for word, ' +
      'or last year’s notice cited again.',
  },
  check({ report, previous }) {
    if (!previous || !earlier(previous, report)) return [];
    return [...copiedItems(report, previous), ...carriedFigures(report, previous), ...sameNotice(report, previous)].sort(
      (a, b) => a.span.start - b.span.start,
    );
  },
});

/** The previous report is of an earlier year (when both years are known). */
function earlier(previous: Report, report: Report): boolean {
  const now = evaluationYear(report)?.year;
  const then = evaluationYear(previous)?.year;
  return now === undefined || then === undefined || then < now;
}

/**
 * What is compared of last year's report, read once per report object: check.ts keeps last year's report
 * while its text is the same, and the editor checks on every keystroke.
 */
const lastYears = new WeakMap<Report, { items: SectionItem[]; figures: Set<string> }>();

function lastYear(previous: Report): { items: SectionItem[]; figures: Set<string> } {
  let known = lastYears.get(previous);
  if (!known) {
    const figures = new Set<string>();
    for (const s of previous.sentences) if (s.amounts.length + s.percents.length > 0) figures.add(s.text.replace(NOISE, ''));
    known = { items: sectionItems(previous, ['problems', 'measures']), figures };
    lastYears.set(previous, known);
  }
  return known;
}

function copiedItems(report: Report, previous: Report): RuleFinding[] {
  const last = lastYear(previous).items;
  if (last.length === 0) return [];
  const out: RuleFinding[] = [];
  for (const item of sectionItems(report, ['problems', 'measures'])) {
    let best = 0;
    let match = last[0];
    for (const l of last) {
      const k = likeness(item.words, l.words);
      if (k > best) [best, match] = [k, l];
    }
    if (best < NEARLY || !match) continue;
    const same = best === 1;
    out.push({
      span: { start: item.start, end: item.end },
      message: {
        zh:
          `${same ? '与上年报告的原话相同' : `与上年报告几乎相同（相似度 ${Math.round(best * 100)}%）`}，上年写作「${quote(match.text)}」：` +
          '存在问题和改进措施应写本年度的实际情况；上年的问题若仍未解决，请写明原因和本年的进展',
        en:
          `${same ? 'The same words as' : `Nearly the same (${Math.round(best * 100)} %) as`} last year’s report, which says ` +
          `“${quote(match.text)}”: write this year’s problems and measures; if last year’s problem is still open, say why and what changed`,
      },
    });
  }
  return out;
}

function carriedFigures(report: Report, previous: Report): RuleFinding[] {
  const last = lastYear(previous).figures;
  const out: RuleFinding[] = [];
  for (const s of report.sentences) {
    if (s.amounts.length + s.percents.length === 0) continue;
    const words = s.text.replace(NOISE, '');
    if (words.length < MIN_SENTENCE || !last.has(words)) continue;
    out.push({
      span: { start: s.start, end: s.end },
      severity: 'information',
      message: {
        zh: '这句连同其中的数字与上年报告一字不差：请核对是否沿用了上年的数据（执行率、金额、人数等应为本年度的）',
        en: 'This sentence, figures and all, is last year’s word for word: check that last year’s figures were not carried over',
      },
    });
  }
  return out;
}

function sameNotice(report: Report, previous: Report): RuleFinding[] {
  const now = report.header.notice?.docNumber;
  const then = previous.header.notice?.docNumber;
  if (!now || !then || now.text !== then.text) return [];
  return [
    {
      span: { start: now.start, end: now.end },
      message: {
        zh: `引用的自评通知文号「${now.text}」与上年报告相同：本年度的自评通知应是新的文件，请核对文号`,
        en: `The notice cited, ${now.text}, is last year’s: this year’s evaluation has its own notice; check the number`,
      },
    },
  ];
}
