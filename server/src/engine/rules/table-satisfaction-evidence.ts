// A 满意度 indicator at 95 % or more with nothing in the report to show how it was measured (DOMAIN-TABLES §4:
// 满意度 without evidence): no 问卷, 调查, 抽样, 样本 or 测评 named anywhere, or only 未收到投诉 — the absence of
// complaints is no satisfaction rate. A note: the survey may be told in an annex. Judged only in a report with an
// outline of its own; a 自评表 alone (its report is elsewhere) cannot name the survey.
import { selfEvalTables, type IndicatorRow } from '../model/self-eval-table.js';
import { bareName } from '../model/indicator-level.js';
import { figureOf, unitOf, type Figure } from '../model/table-figure.js';
import type { Cell } from '../model/table-cells.js';
import { defineRule, type RuleFinding } from './rule.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { lineMemo } from '../parse/line-memo.js';
import type { Report } from '../model/report.js';
import WORDS from './indicator-design.json' with { type: 'json' };

const anyOf = (words: readonly string[]): RegExp => new RegExp(words.map(escapeRegExp).join('|'));
const SURVEY = anyOf(WORDS.survey);
const COMPLAINTS = anyOf(WORDS.complaints);
type Evidence = 'survey' | 'complaints' | 'none';
/** What a line names, kept on the line: a keystroke reads again only the lines it changed. */
const evidenceOf = lineMemo((line): Evidence => (SURVEY.test(line.text) ? 'survey' : COMPLAINTS.test(line.text) ? 'complaints' : 'none'));

/** The strongest evidence the report names: a survey anywhere, else 未收到投诉, else none (read only beside a 满意度 at the floor). */
function evidenceIn(report: Report): Evidence {
  let found: Evidence = 'none';
  for (const line of report.parsed.lines) {
    const e = evidenceOf(line);
    if (e === 'survey') return e;
    if (e === 'complaints') found = e;
  }
  return found;
}

/** The cell's percentage (a bare figure beside a 度量单位 `%`), when it is one. */
function percent(c: Cell, row: IndicatorRow): Figure | undefined {
  const f = figureOf(c);
  return f && (f.unit || unitOf(row.unit?.text ?? '')) === '%' ? f : undefined;
}

/** A cell as the message quotes it: with the 度量单位 when the figure is written without its unit (`95` beside `%`). */
function shown(c: Cell, row: IndicatorRow): string {
  const f = figureOf(c);
  return f && !f.unit && row.unit ? `${c.text}${row.unit.text}` : c.text;
}

/** The highest of the row's target and actual, when the row is a satisfaction at the floor or above. */
function highSatisfaction(row: IndicatorRow): Figure | undefined {
  if (row.level1 !== 'satisfaction' && !bareName(row.name.text).includes('满意')) return undefined;
  const figures = [percent(row.actual, row), percent(row.target, row)].filter((f): f is Figure => f !== undefined);
  const top = figures.sort((a, b) => b.value - a.value)[0];
  return top && top.value >= WORDS.satisfactionFloor ? top : undefined;
}

export default defineRule({
  id: 'table-satisfaction-evidence',
  severity: 'information',
  description: {
    zh: '自评表的满意度在 95% 以上，报告却没有提到问卷、调查或抽样，或只以“未收到投诉”为据。',
    en: 'A satisfaction indicator at 95 % or more, and the report names no survey or sample, or rests on “no complaints” alone.',
  },
  check({ report }) {
    const out: RuleFinding[] = [];
    let evidence: Evidence | undefined;
    for (const table of selfEvalTables(report)) {
      for (const row of table.indicators) {
        const top = highSatisfaction(row);
        if (!top) continue;
        if (evidence === undefined) {
          if (report.outline.headings.length < WORDS.minSections) return out;
          evidence = evidenceIn(report);
        }
        if (evidence === 'survey') return out;
        const name = bareName(row.name.text);
        const figure = `完成值 ${shown(row.actual, row)}，指标值 ${shown(row.target, row)}`;
        const figureEn = `actual ${shown(row.actual, row)}, target ${shown(row.target, row)}`;
        out.push({
          span: { start: row.actual.start, end: row.actual.end },
          message:
            evidence === 'complaints'
              ? {
                  zh:
                    `「${name}」${figure}，报告中的依据只有“未收到投诉”一类说法：没有投诉不等于满意度，` +
                    '请写明满意度调查的方式、样本数量和回收情况（如发放问卷多少份、回收多少份、满意多少份）',
                  en:
                    `「${name}」 (${figureEn}): the report’s only support is that no complaint was received: the absence of ` +
                    'complaints is no satisfaction rate; say how it was surveyed, ' +
                    'the sample and the returns (questionnaires sent, returned, satisfied)',
                }
              : {
                  zh:
                    `「${name}」${figure}，报告中没有提到问卷、调查、抽样或样本：` +
                    '请写明满意度是如何得出的（调查方式、样本数量、回收和满意的份数），或附上调查材料',
                  en:
                    `「${name}」 (${figureEn}): the report names no questionnaire, survey, sample or sampling: ` +
                    'say how the rate was obtained (method, sample size, returns and satisfied answers), or annex the survey',
                },
        });
      }
    }
    return out;
  },
});
