// What a reviewer's summary row says of a report (jixiao check --format html, and the JSON's `facts`): its unit
// and year, its kind, the total score and grade as stated and as the 自评表 recomputes them, the execution rate
// as stated and as 全年执行数 ÷ 全年预算数, and the text of its 存在问题 / 改进措施 (to hold against the other
// submissions of a batch). Read from the model the rules read (assessment, 自评表, header), never re-parsed.
import type { Localized } from '../types.js';
import { gradesFor } from './assessment.js';
import { reportIdentity } from './identity.js';
import { unitNameIn } from './unit-name.js';
import type { Report } from './report.js';
import { selfEvalTables, TABLE_SETTINGS } from './self-eval-table.js';
import { executionRate, totalRows } from './table-arithmetic.js';

export interface SummaryFacts {
  unit?: string;
  year?: number;
  /** The kind of report: the chosen template's short name. */
  kind: Localized;
  /** The total score: stated (the report's 综合得分, else its 自评表's 总分), and the 自评表's rows summed. */
  score: { stated?: number; computed?: number };
  /** The grade: stated, and the grades of the band the score falls in (the recomputed score when there is one). */
  grade: { stated?: string; computed?: string[] };
  /** The execution rate in per cent: the 自评表's as written, and its 全年执行数 ÷ 全年预算数. */
  execution: { stated?: number; computed?: number };
  /** The 存在问题 and 改进措施 sections' text, in outline order (empty when the report has neither). */
  problems: string;
}

/** `structureOnly`: a report above the size limit, of which only the outline was read: its figures are not read here either. */
export function summaryFacts(report: Report, structureOnly = false): SummaryFacts {
  const { header, template, assessment } = report;
  const identity = report.isReport ? reportIdentity(report.text) : {};
  const out: SummaryFacts = {
    kind: template.shortName,
    score: {},
    grade: {},
    execution: {},
    problems: report.isReport ? problemsText(report) : '',
  };
  const unit = (header.unit && unitNameIn(header.unit.value)) ?? identity.unit;
  if (unit) out.unit = unit;
  const year = header.evalYear?.year ?? header.titleYear?.year ?? identity.year;
  if (year !== undefined) out.year = year;
  if (!report.isReport || structureOnly) return out;
  const tables = selfEvalTables(report);
  const table = tables.find((t) => t.total) ?? tables[0];
  const stated = assessment.score?.value ?? table?.total?.score.value;
  if (stated !== undefined) out.score.stated = stated;
  if (table?.total && table.indicators.length > 0) {
    const { weights, sum } = totalRows(table);
    // as table-total-score: only when the rows read carry the total's whole 分值 (else a row was not read)
    if (Math.abs(weights - table.total.weight.value) <= TABLE_SETTINGS.tolerance) out.score.computed = sum;
  }
  if (assessment.grade) out.grade.stated = assessment.grade.word;
  const graded = out.score.computed ?? out.score.stated;
  const band = graded === undefined ? undefined : gradesFor(template, graded);
  if (band) out.grade.computed = band.grades;
  for (const t of tables) {
    const row = t.money.find((r) => r.figures.rate || executionRate(r) !== undefined);
    if (!row) continue;
    if (row.figures.rate?.unit === '%') out.execution.stated = row.figures.rate.value;
    const computed = executionRate(row);
    if (computed !== undefined) out.execution.computed = Number(computed.toFixed(TABLE_SETTINGS.rateDecimals));
    break;
  }
  return out;
}

/**
 * The 存在问题 and 改进措施 sections (one that holds the other counted once), their text after the heading's title (a
 * run-in heading carries its body).
 */
function problemsText(report: Report): string {
  const parts: string[] = [];
  let until = -1;
  const sections = report.template.all
    .filter((s) => s.role === 'problems' || s.role === 'measures')
    .map((s) => report.outline.byTemplateId.get(s.id))
    .filter((s) => s !== undefined)
    .sort((a, b) => a.start - b.start);
  for (const s of sections) {
    if (s.start < until) continue;
    parts.push(report.text.slice(s.heading.line.start + s.heading.head.titleEnd, s.end));
    until = s.end;
  }
  return parts.join('\n');
}
