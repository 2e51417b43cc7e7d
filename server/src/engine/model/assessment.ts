// The self-evaluation result: the total score (综合得分 100 分) and the grade (评价结果为“优”).
import type { Template } from '../template/template.js';
import { foldWidth } from '../text/normalize.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { unconverted } from '../text/traditional.js';

export interface Assessment {
  score?: { value: number; decimals: number; start: number; end: number };
  grade?: { word: string; start: number; end: number };
}

// 得分 may stand a few characters from its figure (得分为 98 分); 评分 only right before it (评分100分), since
// 评分标准满分 20 分 is a weight, not the result
const SCORE =
  /(?:得分[^0-9０-９。；\n]{0,8}?|评分[为是:：]?[ \u00a0\u3000]{0,2})([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,2})?)[ \u00a0\u3000]{0,2}分/g;

/** What names the grade: 评价结果为“优”, 自评结论为“优秀 (益阳 2021), 自评为优 (保山 2022). */
const GRADE_WORDS = '评价结果|评价等次|评价等级|评价结论|自评结论|等次|等级|评定为|结果为|结论为|自评为';

/** Characters of the body's opening read to tell a converted page. */
const SAMPLE = 2000;
/** The last opening asked about, and the answer: keystrokes below it ask again with the same opening. */
let lastOpening = '';
let lastConverted = false;
function converted(opening: string): boolean {
  if (opening !== lastOpening) {
    lastOpening = opening;
    lastConverted = unconverted(opening).line !== opening;
  }
  return lastConverted;
}

/** The grade pattern of each template (its grades longest first), built once. */
const gradePatterns = new WeakMap<Template, RegExp>();
function gradePattern(template: Template): RegExp {
  let grade = gradePatterns.get(template);
  if (!grade) {
    const words = [...new Set(template.scoreBands.flatMap((b) => b.grades))].sort((a, b) => b.length - a.length);
    grade = new RegExp(
      `(?:${GRADE_WORDS})[^。；\\n“"「『]{0,6}?[“"「『]?(${words.map(escapeRegExp).join('|')})(?=$|[^\\u4e00-\\u9fa5]|等[次级])`,
      'g',
    );
    gradePatterns.set(template, grade);
  }
  return grade;
}

export function readAssessment(text: string, from: number, template: Template): Assessment {
  const out: Assessment = {};
  // a mirror's traditional script with glued pinyin (腾冲 2024: 自評分97分,綜合評價等級為“優(yōu)”) read as the words it carries;
  // a mirror converts the whole page, so its opening tells (a megabyte of simplified text is not searched for it)
  const rest = text.slice(from);
  const { line: body, at: place } = converted(rest.slice(0, SAMPLE)) ? unconverted(rest) : { line: rest, at: undefined };
  const where = (i: number): number => from + (place ? (place[i] ?? i) : i);
  SCORE.lastIndex = 0;
  const s = SCORE.exec(body);
  if (s && s[1]) {
    const at = s.index + s[0].lastIndexOf(s[1]);
    const digits = foldWidth(s[1]);
    out.score = {
      value: Number(digits),
      decimals: (digits.split('.')[1] ?? '').length,
      start: where(at),
      end: where(at + s[1].length - 1) + 1,
    };
  }
  const grade = gradePattern(template);
  // search near the score first: the grade that goes with it is in the same sentence
  const near = s && s[1] ? Math.max(0, s.index + s[0].lastIndexOf(s[1]) - 80) : 0;
  for (const start of out.score ? [near, 0] : [0]) {
    grade.lastIndex = start;
    const g = grade.exec(body);
    if (g && g[1]) {
      const at = g.index + g[0].lastIndexOf(g[1]);
      out.grade = { word: g[1], start: where(at), end: where(at + g[1].length - 1) + 1 };
      break;
    }
  }
  return out;
}

/** The grades the template allows for a score (the band it falls in). */
export function gradesFor(template: Template, score: number): { min: number; max?: number; grades: string[] } | undefined {
  const bands = template.scoreBands;
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i];
    if (b && score >= b.min) {
      const above = bands[i - 1];
      return above ? { min: b.min, max: above.min, grades: b.grades } : { min: b.min, grades: b.grades };
    }
  }
  return undefined;
}
