import { gradesFor } from '../model/assessment.js';
import { endsMidSentence } from '../model/cut-end.js';
import type { Section } from '../model/outline.js';
import { readingOf, type TextLine } from '../parse/blocks.js';
import { countStartingBefore } from '../parse/line-search.js';
import { selfEvalTables } from '../model/self-eval-table.js';
import type { Report } from '../model/report.js';
import type { RuleFinding } from './rule.js';
import { defineRule } from './rule.js';
import { eq, zq } from './format.js';

export default defineRule({
  id: 'grade-score',
  severity: 'error',
  description: {
    zh: '评价等次与综合得分所在分数段不符（优 ≥ 90，良 80–90，中 60–80，差 < 60）；自评结果未写明得分或等次时提示。',
    en: 'The grade does not match the score band (优 ≥ 90, 良 80–90, 中 60–80, 差 < 60); notes a result without score or grade.',
  },
  fixes: [{ does: { zh: '把等次改为得分对应的等次', en: "Changes the grade to the score's band" }, safe: false }],
  check({ report }) {
    const { score, grade } = report.assessment;
    const result = report.template.all.find((s) => s.role === 'result');
    const resultSection = result ? report.outline.byTemplateId.get(result.id) : undefined;
    const out: RuleFinding[] = [];
    if (!score || !grade) {
      // a result heading with no text of its own is a table of contents' line or a cut text; a form
      // that asks the score alone (云南's 自评得分) lacks no grade, nor does a report whose outline fits
      // no template: its form may ask the score alone, and the grade follows from the score's band; an
      // excerpt cut off mid-sentence inside the result section (龙陵 2019) may state both in the part cut off
      const said = resultSection && hasOwnText(report, resultSection) && !cutWithin(report, resultSection);
      // the score written in the 自评表's 总分 row (淮岗 2021, made up: 自评等级为“优” in the text, `| 总分 | … | 100 | 101.52 |`
      // in the table attached) is written: the report's one 总分 row, as table-narrative-score reads it
      const scored = !!score || (resultSection !== undefined && said === true && tableTotal(report));
      const lacking = !scored || (report.templateFits && report.template.asksGrade && !grade);
      if (resultSection && said && lacking) {
        const missing = !scored && !grade ? ['综合得分', '评价等次'] : !scored ? ['综合得分'] : ['评价等次'];
        const missingEn = !scored && !grade ? 'the total score and the grade' : !scored ? 'the total score' : 'the grade';
        const line = resultSection.heading.line;
        out.push({
          severity: 'information',
          span: { start: line.start, end: line.end },
          message: {
            zh: `报告未写明${missing.join('和')}：请在${zq(result?.title ?? '自评结果')}中写明（如“综合得分为 95 分，评价结果为‘优’”）`,
            en: `The report does not state ${missingEn}; write it in ${eq(result?.title ?? '自评结果')} (e.g. “综合得分为 95 分，评价结果为‘优’”)`,
          },
        });
      }
      if (!score || !grade) return out;
    }
    if (score.value > 100) {
      out.push({
        span: { start: score.start, end: score.end },
        message: { zh: `综合得分 ${score.value} 分超过满分 100 分`, en: `The score ${score.value} exceeds the maximum of 100` },
      });
      return out;
    }
    const band = gradesFor(report.template, score.value);
    if (!band || band.grades.includes(grade.word)) return out;
    const sameLength: string = band.grades.find((g) => g.length === grade.word.length) ?? (band.grades[0] as string);
    const rangeText = band.max === undefined ? `≥ ${band.min}` : `${band.min}–${band.max}`;
    out.push({
      span: { start: grade.start, end: grade.end },
      message: {
        zh: `综合得分 ${score.value} 分（${rangeText} 分）对应等次为${zq(band.grades.join('/'))}，报告写的是${zq(grade.word)}`,
        en: `A score of ${score.value} (band ${rangeText}) is graded ${eq(band.grades.join('/'))}, but the report says ${eq(grade.word)}`,
      },
      related: [{ span: { start: score.start, end: score.end }, message: { zh: '综合得分', en: 'Total score' } }],
      fix: {
        title: { zh: `将等次改为${zq(sameLength)}`, en: `Change the grade to ${eq(sameLength)}` },
        edits: [{ start: grade.start, end: grade.end, newText: sameLength }],
        safe: false, // the score may be the wrong one
      },
    });
    return out;
  },
});

/** Whether the report's tables hold one 自评表 总分 row with a score (a department's several project tables state no one score). */
function tableTotal(report: Report): boolean {
  return selfEvalTables(report).filter((t) => t.total).length === 1;
}

/** Whether the section runs to the end of the text and the text stops mid-sentence there. */
function cutWithin(report: Report, section: Section): boolean {
  if (report.text.slice(section.end).trim() !== '') return false;
  // the section's text at the end has no sentence it closed (南京 2018: (一)评价结果 / 各区能够根据2018, the excerpt's end)
  const own = report.text.slice(section.heading.line.end, section.end);
  return endsMidSentence(report.text, section.end) || !/[。！？!?；;]/.test(own);
}

/**
 * Whether text stands between a section's heading and the next heading: not only numbered titles the outline does not
 * name (天水 20xx: (一)综合评价结论 then (二)绩效分析 and 五、…, an outline left empty; 寻甸档案馆 2024's table of contents).
 */
function hasOwnText(report: Report, section: Section): boolean {
  const { headings } = report.outline;
  const i = headings.indexOf(section.heading);
  const next = headings[i + 1];
  const end = next ? next.line.lineStart : report.text.length;
  const { lines } = report.parsed;
  // from the heading's next line (bisection: asked on every keystroke, of a report of tens of thousands of lines)
  for (let k = countStartingBefore(lines, section.heading.line.end); k < lines.length; k++) {
    const line = lines[k] as TextLine;
    if (line.start >= end) break;
    if (line.text.trim() === '') continue;
    const { head, titleLength } = readingOf(line);
    if (!(head.marker !== undefined && !head.marker.broken && titleLength <= TITLE_ONLY)) return true;
  }
  return false;
}

/** The longest title a numbered line holds to be read as a heading of an empty outline, not text. */
const TITLE_ONLY = 30;
