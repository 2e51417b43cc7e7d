// The 存在问题 section as the rules that hold it to the figures read it: where it is, what it says, and
// whether it says there is nothing (无 / 暂无 / 经自评，暂未发现问题).
import type { Report } from './report.js';

/** A section that says there is nothing: 无 / 暂无, or a short sentence such as 经自评，暂未发现问题. */
const NONE_WORD = /^(无|暂无|没有|无问题|暂无问题|没有问题)$/;
const NONE_SENTENCE = /(暂无|没有|未发现|暂未发现|不存在|无明显)(明显|突出|重大)?问题/;
/** The section's own label written again before its answer. */
const LABEL = /^存在的?问题/;
/** Longer than this, the section is describing something. */
const SHORT = 30;
/**
 * A numbered 存在问题 heading run into a flattened line and answered 无 before the line or the next top-level
 * heading ends (琼海 2020: `…评价得分及绩效等级为(良)。 五、存在的问题和建议 无`): the outline places no section
 * there, yet the answer is as plain as under a heading of its own. Only 无 is read: where a run-in description ends
 * cannot be told.
 */
const RUN_IN_NONE =
  /(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])[ \t\u3000]*存在的?问题[\u4e00-\u9fff]{0,6}[ \t\u3000:：]*(?:无|暂无|没有)[。.]?[ \t\u3000\r]*(?=$|[一二三四五六七八九十]{1,3}、)/m;

export interface ProblemsSection {
  /** The heading that says 存在问题 (its line, or the run-in words up to the answer). */
  heading: { start: number; end: number };
  /** The section's own text (before its first sub-section), without spaces and punctuation. */
  body: string;
  /** It says there is no problem. */
  none: boolean;
}

export function problemsSection(report: Report): ProblemsSection | undefined {
  const problems = report.template.all.find((s) => s.role === 'problems');
  const section = problems ? report.outline.byTemplateId.get(problems.id) : undefined;
  if (!section) return runInNone(report);
  // a run-in heading (存在问题：无。) carries its body on its own line
  const bodyStart = section.heading.line.start + section.heading.head.titleEnd;
  // a label before the answer (存在问题：无。 under a heading that joins 经验 and 问题) is not a description
  const body = report.text
    .slice(bodyStart, section.children[0]?.start ?? section.end)
    .replace(/[\s\u00a0\u3000。.，,！!：:*_]/g, '')
    .replace(LABEL, '');
  const { start, end } = section.heading.line;
  return { heading: { start, end }, body, none: NONE_WORD.test(body) || (body.length <= SHORT && NONE_SENTENCE.test(body)) };
}

function runInNone(report: Report): ProblemsSection | undefined {
  if (!report.text.includes('存在')) return undefined;
  const m = RUN_IN_NONE.exec(report.text);
  return m ? { heading: { start: m.index, end: m.index + m[0].trimEnd().length }, body: '无', none: true } : undefined;
}

/** A section whose title asks why the results deviate from the targets (偏离绩效目标的原因和下一步改进措施). */
const DEVIATION_TITLE = /偏离.{0,8}原因/;

/**
 * The section that asks why the results deviate from the targets, in a template with no 存在问题 section (the transfer
 * payments' 偏离绩效目标的原因和下一步改进措施): its heading and its own text as written (made up, red team s23).
 */
export function deviationSection(report: Report): { heading: { start: number; end: number }; text: string } | undefined {
  const template = report.template.all.find((s) => DEVIATION_TITLE.test(s.title));
  const section = template ? report.outline.byTemplateId.get(template.id) : undefined;
  if (!section) return undefined;
  const bodyStart = section.heading.line.start + section.heading.head.titleEnd;
  const { start, end } = section.heading.line;
  return { heading: { start, end }, text: report.text.slice(bodyStart, section.children[0]?.start ?? section.end) };
}
