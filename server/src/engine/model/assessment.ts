// The self-evaluation result: the total score (综合得分 100 分) and the grade (评价结果为“优”).
import type { Template } from '../template/template.js';
import { foldWidth } from '../text/normalize.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { unconverted } from '../text/traditional.js';
import { lastAnswer } from '../text/last-answer.js';

export interface Assessment {
  score?: { value: number; decimals: number; start: number; end: number };
  grade?: { word: string; start: number; end: number };
}

// 得分 may stand a few characters from its figure (得分为 98 分); 评分 only right before it (评分100分), since
// 评分标准满分 20 分 is a weight, not the result; 自评总分 likewise (项目自评总分90分), 总分 alone being also a weight's name
// (指标体系总分100分)
// A PDF's line break may fall inside the phrase (容水 2024, made up: 自评得分91 / 分，等级为“优”; 得分为 / 92.5分): one
// break after 得分 or before the 分 that ends the figure, that 分 then standing alone (not 分值, 分析 on the next line).
// A heading 自评得分 over a paragraph of the figure alone (保山图书馆 2022: （一）自评得分, a blank line, 100分。) states it too.
// A component's 得分 is no total (预算执行率得分9.56分，产出指标得分52分…，自评总分98.56分: made up, red team s23): 得分 right
// after 指标, 执行率 or a first-level indicator's name is skipped (the lookbehind reads at most LOOK_BEHIND characters);
// so is 得分 right after a percentage and a comma, the score of the rate before it (全年执行302.4万元，预算执行率94.5%，
// 得分9.45分: made up, red team s23, set 3's 万州).
// 自评 right before the figure states the total after 项目, 综合 or 整体 (…认为项目总体完成情况良好,项目自评100分: 保洁员 20xx on an
// essay site); after anything else it is an item's (分值10分,自评10分, the corpus's every other 自评N分).
const SCORE =
  /(?:(?<!指标|执行率|决策|过程|产出|效益|满意度|[%％][，,])得分[^0-9０-９。；\n]{0,8}?(?:\r?\n[ \u00a0\u3000]{0,4}(?:\r?\n[ \u00a0\u3000]{0,4})?)?|(?:评分|自评总分|(?<=项目|综合|整体)自评)[为是:：]?[ \u00a0\u3000]{0,2})([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,2})?)(?:[ \u00a0\u3000]{0,2}|[ \u00a0\u3000]{0,2}\r?\n[ \u00a0\u3000]{0,4}(?=分(?:[^\u4e00-\u9fa5]|$)))分/g;

/** What names the grade: 评价结果为“优”, 自评结论为“优秀 (益阳 2021), 自评为优 (保山 2022). */
const GRADE_WORDS = '评价结果|评价等次|评价等级|评价结论|自评结论|等次|等级|评定为|结果为|结论为|自评为';

/** Characters of the body's opening read to tell a converted page. */
const SAMPLE = 2000;
/** Whether the opening is a page a mirror converted: keystrokes below it ask again with the same opening. */
const converted = lastAnswer((opening) => unconverted(opening).line !== opening);

/** The grade pattern of each template (its grades longest first), built once. */
const gradePatterns = new WeakMap<Template, RegExp>();
function gradePattern(template: Template): RegExp {
  let grade = gradePatterns.get(template);
  if (!grade) {
    const words = [...new Set(template.scoreBands.flatMap((b) => b.grades))].sort((a, b) => b.length - a.length);
    const any = words.map(escapeRegExp).join('|');
    // or the grade quoted right before 等级 / 等次, with no grade word before it (霍山残联 2022: 综合得分为100分,划分为“优秀”等级);
    // a scale listed (分为“优秀”、“良好”…四个等级) names no grade
    grade = new RegExp(
      `(?:(?:${GRADE_WORDS})[^。；\\n“"「『]{0,6}?[“"「『]?|[“"「『](?=(?:${any})[”"」』]等[次级]))(${any})(?=$|[^\\u4e00-\\u9fa5]|等[次级])`,
      'g',
    );
    gradePatterns.set(template, grade);
    gradeReach = Math.max(gradeReach, words[0]?.length ?? 0);
  }
  return grade;
}

/** What a reader keeping its reading between versions of a document is told of them (parse/chunks.ts). */
export interface EditSource {
  readonly updates: number;
  readonly lastEdit: { prefix: number; oldEnd: number; newEnd: number } | undefined;
}

/** A first match of a search from `start` in the body: where it starts, the whole match and its group. */
interface Hit {
  index: number;
  whole: string;
  group: string;
}
/** One search's answer: from where it looked, and what it found first (none: undefined). */
interface Search {
  start: number;
  hit: Hit | undefined;
}
/** What was read of the last version of a document: kept by its parser, for the next keystroke. */
interface Kept {
  updates: number;
  from: number;
  template: Template;
  score: Search;
  near: Search | undefined;
  whole: Search | undefined;
}
const kept = new WeakMap<EditSource, Kept>();

/**
 * How far past where a match starts either search reads (its longest match and its lookahead), with room to spare: a
 * position further than this before an edit reads nothing the edit changed.
 */
const REACH = 64;

function firstFrom(re: RegExp, body: string, start: number): Hit | undefined {
  re.lastIndex = start;
  const m = re.exec(body);
  return m && m[1] ? { index: m.index, whole: m[0], group: m[1] } : undefined;
}

/**
 * The first match from `start` in the body after an edit ([a, oldEnd) of the body before became [a, newEnd)), from
 * the one found before (`was`): what the regex finds where it reads no edited character is what it found there
 * before, so only the edit's neighbourhood is searched again — the same answer as a search of the whole body.
 */
function firstAfterEdit(re: RegExp, body: string, start: number, was: Search, a: number, oldEnd: number, newEnd: number): Hit | undefined {
  // a match's lookbehind reads characters before it: the unchanged characters right after the edit are taken as edited too
  const behind = re === SCORE ? Math.min(LOOK_BEHIND, body.length - newEnd) : 0;
  oldEnd += behind;
  newEnd += behind;
  const delta = newEnd - oldEnd;
  const reach = REACH + (re === SCORE ? 0 : gradeReach);
  // the edit lies wholly before the search's start, which moved with the text after it
  if (start >= newEnd + reach && was.start === start - delta) return was.hit && { ...was.hit, index: was.hit.index + delta };
  if (was.start !== start) return firstFrom(re, body, start);
  // found before the edit and reading none of it: found again
  if (was.hit && was.hit.index + reach <= a) return was.hit;
  // nothing was found before the edit's neighbourhood: search it (a slice reaching past what its positions read)
  const lo = Math.max(start, a - reach);
  // the window starts LOOK_BEHIND characters early, for the lookbehind of a match at its start
  const from = Math.max(0, lo - LOOK_BEHIND);
  const window = body.slice(from, Math.min(body.length, newEnd + 2 * reach));
  const inWindow = firstFrom(re, window, lo - from);
  if (inWindow && from + inWindow.index < newEnd) return { ...inWindow, index: from + inWindow.index };
  if (!was.hit) return undefined;
  if (was.hit.index >= oldEnd) return { ...was.hit, index: was.hit.index + delta };
  return firstFrom(re, body, newEnd); // the match found before was in the edit's neighbourhood: look on after it
}

/** How many characters before a match SCORE's lookbehind reads (满意度). */
const LOOK_BEHIND = 3;

/** The longest grade of any template's bands read so far, for REACH. */
let gradeReach = 0;

export function readAssessment(text: string, from: number, template: Template, source?: EditSource): Assessment {
  const out: Assessment = {};
  // a mirror's traditional script with glued pinyin (腾冲 2024: 自評分97分,綜合評價等級為“優(yōu)”) read as the words it carries;
  // a mirror converts the whole page, so its opening tells (a megabyte of simplified text is not searched for it)
  const rest = text.slice(from);
  const isConverted = converted(rest.slice(0, SAMPLE));
  const { line: body, at: place } = isConverted ? unconverted(rest) : { line: rest, at: undefined };
  const where = (i: number): number => from + (place ? (place[i] ?? i) : i);
  const grade = gradePattern(template);
  // a keystroke after the body's start in a plain page: the last version's searches, moved past the edit
  const before = source && !isConverted ? kept.get(source) : undefined;
  const edit = source?.lastEdit;
  const incremental =
    before && edit && before.updates + 1 === source.updates && before.from === from && before.template === template && edit.prefix >= from;
  const search = (re: RegExp, start: number, was: Search | undefined): Search => {
    if (incremental && was && edit)
      return { start, hit: firstAfterEdit(re, body, start, was, edit.prefix - from, edit.oldEnd - from, edit.newEnd - from) };
    return { start, hit: firstFrom(re, body, start) };
  };
  const score = search(SCORE, 0, before?.score);
  const s = score.hit;
  if (s) {
    const at = s.index + s.whole.lastIndexOf(s.group);
    const digits = foldWidth(s.group);
    out.score = {
      value: Number(digits),
      decimals: (digits.split('.')[1] ?? '').length,
      start: where(at),
      end: where(at + s.group.length - 1) + 1,
    };
  }
  // search near the score first: the grade that goes with it is in the same sentence
  let near: Search | undefined;
  let whole: Search | undefined;
  if (s) near = search(grade, Math.max(0, s.index + s.whole.lastIndexOf(s.group) - 80), before?.near);
  if (!near?.hit) whole = search(grade, 0, before?.whole);
  const g = near?.hit ?? whole?.hit;
  if (g) {
    const at = g.index + g.whole.lastIndexOf(g.group);
    out.grade = { word: g.group, start: where(at), end: where(at + g.group.length - 1) + 1 };
  }
  if (source) {
    if (isConverted) kept.delete(source);
    else kept.set(source, { updates: source.updates, from, template, score, near, whole });
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
