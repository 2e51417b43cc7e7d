// The evaluated year's own plan written under an earlier year: the 2023 form of 大英 医保 sets as its 项目年度目标
// `2022年医疗保障局计划使用财政资金45万元给聘用的14人发放工资`, last year's target left in. A year that a plan, the
// 年初预算 or the 年度目标 is stated for, one or two years before the year evaluated, with nothing in its sentence that
// makes it another year's on purpose: another year beside it (a comparison, a span, 2023年…而2022年…), a comparison
// or history's word (比上年, 较, 同比, 结转, 以来, 原计划), a cited title (《…2021年…》). Part of year-consistency.
import type { TextLine } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { pickedLines } from '../../parse/picked-lines.js';
import { evaluationYear } from '../../model/filed-date.js';
import type { Report } from '../../model/report.js';
import type { RuleFinding } from '../rule.js';
import { sentenceAround } from './sentence-around.js';
import { underLastYear } from './last-year-heading.js';

/** A year, then (within its clause) what the year's own plan is stated by: 计划使用 / 计划投入 …, 年初预算, 年度目标. */
const PLAN =
  /((?:19|20)\d{2}) ?年度?[^，,。；;：:\n|《》]{0,12}?(?:计划(?:使用|投入|安排|下达|发放|支出)|年初预算|年度目标|部门预算(?=(?:收入|支出|收支)?(?:总额|总计|合计|数)?(?:为|是|共计)?[ ]?\d))/g;
/** What every line with such a plan holds (one native test before the line is read). */
const NEEDS = /计划|年初预算|年度目标|年部门预算|年度部门预算/;
/**
 * The 部门预算 with its figure (2022年部门预算1200万元, made up, red team) is the year's own budget, but a report may state
 * last year's beside the evaluation year's (2022年部门预算1000万元。2023年部门预算1200万元, in a sentence or a paragraph
 * of its own): read only in a line that names no later year, in a report that states no 部门预算 of the evaluation year.
 */
const DEPARTMENT_BUDGET = /部门预算$/;
/**
 * Words of the sentence that make the year another's on purpose: a comparison, a carry-over, history, a plan revised, the
 * evaluation year named in words beside it (2022年…部门预算…，本年度部门预算…, made up, red team s23).
 */
const NOT_OWN =
  /比|较|同比|上年|去年|上一年|往年|以往|以前|以来|结转|结余|累计|历年|原计划|原定|调整|分别|同期|增长|下降|减少|增加|对照|参照|基础上|本年|今年|当年/;
/**
 * In the phrase from the year to the plan's word, what makes it a dated act or a part of that year, not the year's own
 * plan (all made up): an approval or a batch (`2022年经市发改局批复计划投入`, `2022年第四批省级专项资金计划下达`), a plan
 * that is a document (`2022年中央预算内投资计划安排的资金`), a term, a season or a month of it (`2022年秋季学期计划发放`,
 * paid in the next year).
 */
const DATED = /批|投资计划|资金计划|学期|学年|季|半年|\d月/;
/** How far each way a sentence is read (a flattened page may hold no 。 for thousands of characters). */
const REACH = 80;
/** How many years before the evaluation year a plan's year is read: last year's text copied (older is history). */
const GAP = 2;

interface PlanYear {
  /** Offsets in the line: the year's digits, and the phrase to the plan's word. */
  start: number;
  phraseEnd: number;
  year: number;
}

const plansOf = lineMemo((line: TextLine): PlanYear[] => {
  const text = line.text;
  if (!NEEDS.test(text)) return [];
  const out: PlanYear[] = [];
  PLAN.lastIndex = 0;
  for (let m = PLAN.exec(text); m; m = PLAN.exec(text)) {
    if (/\d/.test(text[m.index - 1] ?? '')) continue;
    const year = Number(m[1]);
    const sentence = sentenceAround(text, m.index, m.index + m[0].length, REACH);
    if (NOT_OWN.test(sentence.before + sentence.after + m[0])) continue;
    if (DATED.test(m[0])) continue;
    // another year in the sentence (the evaluation year beside it, a span): a comparison or a history, not a copy
    if (/(?:19|20)\d{2}/.test(sentence.before + sentence.after)) continue;
    // inside a cited title: 《…》 opened before it and not closed
    if (sentence.before.lastIndexOf('《') > sentence.before.lastIndexOf('》')) continue;
    out.push({ start: m.index, phraseEnd: m.index + m[0].length, year });
  }
  return out;
});
const planLines = pickedLines((line) => plansOf(line).length > 0, undefined, NEEDS);

export function planYearsBefore(report: Report): RuleFinding[] {
  const ev = evaluationYear(report);
  if (!ev) return [];
  const out: RuleFinding[] = [];
  const from = report.frontMatter.end;
  // the evaluation year's own 部门预算 stated too: an earlier year's is a comparison (searched once, when needed)
  let own: boolean | undefined;
  const ownBudget = (): boolean => (own ??= report.text.includes(`${ev.year}年部门预算`) || report.text.includes(`${ev.year}年度部门预算`));
  planLines(report.chunks, (line) => {
    if (line.start < from) return;
    // each worked out once per line, when needed (a flattened line may hold thousands of plans)
    let later: boolean | undefined;
    let lastYears: boolean | undefined;
    for (const p of plansOf(line)) {
      if (p.year >= ev.year || p.year < ev.year - GAP) continue;
      const phrase = line.text.slice(p.start, p.phraseEnd);
      if (DEPARTMENT_BUDGET.test(phrase) && ((later ??= laterYearIn(line.text, ev.year)) || ownBudget())) continue;
      // under a heading on last year (上年度绩效自评结果应用情况, 以前年度问题整改): last year's on purpose
      if ((lastYears ??= underLastYear(report, line.start))) continue;
      const at = line.start + p.start;
      out.push({
        severity: 'warning',
        span: { start: at, end: at + 4 },
        message: {
          zh:
            `「${phrase}」写的是 ${p.year} 年的计划（预算、目标），而评价年度是 ${ev.year}年度（${ev.source.zh}）：` +
            `本年度的计划不会写成 ${p.year} 年，是否沿用了往年的内容？请改为 ${ev.year} 年`,
          en:
            `“${phrase}” states a plan (budget, target) of ${p.year}, but the evaluation year is ${ev.year} (${ev.source.en}): ` +
            `the year's own plan is not ${p.year}'s; was it copied from an earlier report? Change it to ${ev.year}`,
        },
        fix: {
          title: { zh: `改为 ${ev.year}`, en: `Change to ${ev.year}` },
          edits: [{ start: at, end: at + 4, newText: String(ev.year) }],
          safe: false,
        },
      });
    }
  });
  return out;
}

/** A year from `year` on named anywhere in the line. */
function laterYearIn(text: string, year: number): boolean {
  const re = /(?:19|20)\d{2}/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (Number(m[0]) >= year) return true;
  return false;
}
