// A statement of the year evaluated written under an earlier year (made up, blind set s23): the 2022 report of a township
// says `2021年度部门整体支出预算执行率为96.90%`, a 2020 project report `2019年度，项目总预算860.00万元`, a 2019 report
// concludes `2018年度残疾人事业发展补助资金绩效自评得分95分`, a 2020 report says `我镇对2019年度农村人居环境整治项目开展了
// 绩效自评`, a 2023 form's 年度总体目标 `确保2022年汛期水库安全度汛`: last year's sentence left in. Read only where the year
// governs its own clause's statement — the thing evaluated's budget, spending or execution rate with its figure, the
// self-evaluation's score or grade, the self-evaluation itself, a target — and nothing in the sentence makes the year
// another's on purpose: another year beside it (a comparison, a span, a history), a comparison or history's word (上年,
// 较, 同比, 以来, 结转, 整改, 审计), a cited title (《…2022年…》), the evaluation year in the sentence before or after.
// Part of year-consistency.
import type { Sentence } from '../../parse/sentences.js';
import { always, sentenceMemo } from '../../parse/sentence-memo.js';
import { numberedList, pickedNumbered } from '../../parse/picked-lines.js';
import { evaluationYear, recognisedTitleYear } from '../../model/filed-date.js';
import { findTitle } from '../../model/recognise.js';
import { sentenceAt } from '../../model/locate.js';
import type { Report } from '../../model/report.js';
import type { RuleFinding } from '../rule.js';
import { underLastYear } from './last-year-heading.js';
import { sentenceAround } from './sentence-around.js';

/** A year named as a year (2021年, 2021年度); what follows tells a date (2021年3月) or a span (2021年—2023年) apart. */
const YEAR = /((?:19|20)\d{2})[ \u3000]?年(度)?/g;
/** What every sentence read holds: a year. */
const NEEDS = /(?:19|20)\d{2}[ \u3000]?年/;
/**
 * Right after the year: a month or a part of the year (a date; 第四季度, 秋季学期, 下半年: a part of it, which may be paid in
 * the next year, made up, red team s23), a span or a list of years, a deadline.
 */
const NOT_A_YEAR_STATEMENT =
  /^[ \u3000\n]{0,2}(?:[0-9０-９一二三四五六七八九十]|[月底末初前后内期以至到—–\-~～、和及与或第春夏秋冬]|中(?![央国小学心医])|上半|下半)/;
/** What ends a sentence within a sentence (a cell of a flattened table); a clause list's ； does not (…；本年度自评得分96分). */
const SENTENCE_END = /[。！？!?|]/;
/** What ends a clause. */
const CLAUSE_END = /[，,。；;：:|！？!?]/;
/** How far each way the sentence around a year is read (a flattened page may hold no 。 for thousands of characters). */
const REACH = 100;
/** How far after the year its clause is read for the statement. */
const SCOPE = 40;
/** Years read per sentence: a flattened page's sentence may name hundreds. */
const MAX_READ = 24;
/**
 * Words of the sentence that make the year another's on purpose: a comparison (较, 同比, 相比, 比上年), last year or earlier
 * named (上年, 往年, 历年, 以前), a span or a stock (以来, 至今, 截至, 累计), a carry-over (结转 but the year's own 年末结转,
 * 结余), the year evaluated set against it (本年, 今年, 当年), last year's findings or results used (审计, 整改, 问题, 发现,
 * 反馈, 应用, 公开), a project running on (延续, 续建, 滚动), a batch, another kind of assessment or another's (考核, 第三方, 重点评价,
 * 复核), funds issued ahead (提前), a dated act (立项, 批复, 审定: the year the budget was set).
 */
const NOT_OWN = new RegExp(
  '上年|去年|上一年|前一年|往年|历年|以往|以前|以来|至今|同比|环比|相比|对比|(?<!占)比(?!例|重|率)|较|对照|参照|基础上|累计|分别|' +
    '截至|截止|结余|(?<!年末|年底|期末)结转|本年|今年|当年|同期|增长|下降|增加|减少|提高|降低|审计|整改|问题|发现|反馈|应用|运用|' +
    '公开|延续|续建|滚动|批次|第.批|考核|上期|前期|原计划|原定|调整|追加|补助对象|提前|第三方|重点(?:绩效)?评价|再评价|复核|' +
    '立项|批复|审批|审定|核定',
);
/** The thing evaluated's money stated with its figure: budget, spending, execution rate. */
const MONEY =
  /^[^，,；;。：:|]{0,24}?(?:预算执行率|资金执行率|执行率|总预算|全年预算|预算总额|预算资金总额|实际支出|支出合计|支出总额|资金总额)[为是达到共计约了：:]{0,3}[ \u3000]?\d/;
/** The self-evaluation's score or grade, in the clause of the evaluation (自评, 绩效评价, 综合). */
const SCORE =
  /^[^，,；;。：:|]{0,30}?(?:自评|绩效评价|评价|综合)[^，,；;。：:|]{0,6}?(?:得分|评分|分数)[为是：:]{0,2}[ \u3000]?\d|^[^，,；;。：:|]{0,30}?(?:自评|评价)(?:等级|等次|结果)(?:为|是|评定为|：|:)[“"「]?[优良中差合]/;
/** The self-evaluation itself: 对 2019年度…开展了绩效自评, 开展了 2019年度…自评. */
const EVALUATED_AFTER = /^[^，,；;。：:|《》]{0,30}?(?:开展|进行|组织)了?[^，,；;。：:|《》]{0,8}?自评/;
const EVALUATED_BEFORE = /(?:开展|进行|组织开展|组织)了?$/;
const EVALUATED_OBJECT = /^[^，,；;。：:|《》]{0,30}?自评(?:工作)?(?:[，,。；;]|$)/;
/** A target: 确保 (力争, 争取) the year's result, in a sentence that names the target (年度目标：…). */
const TARGET_VERB = /(?<!已|已经|均|都)(?:确保|力争|争取|保证|保障)在?$/;
const TARGET = /目标/;
/** The year's target stated after the year (2020年我单位最主要的目标是:…, 保山图书馆 2021 of session 24's set). */
const STATED_TARGET = /^度?[^，,；;。：:|《》]{0,12}?(?:主要|总体|绩效|工作|年度)?目标(?:是|为|[：:])/;
/** How far before a target's year its label (目标) is looked for, across a table's cell. */
const LABEL_REACH = 40;
/** What a target's clause must not say: a result already won (巩固2020年脱贫攻坚成果), a deadline (deadline.ts reads it). */
const NOT_TARGET = /成果|已|前/;
/** How many years before the evaluation year are read: last year's text copied (older is history). */
const GAP = 2;
/** Findings at most per report: a report copies a few sentences; a page of thousands of them is told by the first. */
const MAX_FINDINGS = 100;

export type OwnWhat = 'money' | 'score' | 'evaluated' | 'target';

interface OwnYear {
  /** Offsets in the sentence of the year's digits. */
  at: number;
  year: number;
  what: OwnWhat;
  /** Where the sentence's other years stand (offsets in the sentence, a cited title's left out): the report's title's are no comparison. */
  others: number[];
}

/** Spaces and a PDF's line breaks left out: a clause is read as one line. */
export const compact = (s: string): string => s.replace(/[\s\u3000]/g, '');

/** The years of a sentence stated as the evaluated year's own (any year: the evaluation year is the report's). */
const ownYearsOf = sentenceMemo((s: Sentence): OwnYear[] => {
  const t = s.text;
  if (!NEEDS.test(t)) return [];
  const years: { at: number; end: number; year: number }[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(t); m && years.length < MAX_READ; m = YEAR.exec(t)) {
    if (/\d/.test(t[m.index - 1] ?? '')) continue;
    years.push({ at: m.index, end: m.index + m[0].length, year: Number(m[1]) });
  }
  const out: OwnYear[] = [];
  for (const y of years) {
    const rest = t.slice(y.end, y.end + SCOPE + 2);
    if (NOT_A_YEAR_STATEMENT.test(rest)) continue;
    const { before, after, from } = around(t, y.at, y.end);
    // inside a cited title (《…2022年…》): a document's name
    if (cited(t, y.at, from)) continue;
    if (NOT_OWN.test(before + after)) continue;
    // the target's label may stand in the cell before (| 年度总体目标 | 确保2022年… |)
    const label = t.slice(Math.max(0, y.at - LABEL_REACH), y.at);
    const what = statement(before, compact(rest), label.slice(label.lastIndexOf('。') + 1));
    if (!what) continue;
    // another year in the sentence, but a cited title's: a comparison, a span or a history (judged with the report's title)
    const others = years.filter((o) => o.year !== y.year && o.at >= from && o.at < y.end + after.length && !cited(t, o.at, from));
    out.push({ at: y.at, year: y.year, what, others: others.map((o) => o.at) });
  }
  return out;
}, always); // offsets in the sentence

/** What the year's clause states of the year evaluated, if anything. */
function statement(before: string, rest: string, label: string): OwnWhat | undefined {
  // a year that opens its own clause (2019年度，项目总预算…): the statement is the next clause
  const scope = /^[，,]/.test(rest) ? rest.slice(1) : rest;
  if (MONEY.test(scope)) return 'money';
  if (SCORE.test(scope)) return 'score';
  const head = compact(before);
  if (/对$/.test(head) && EVALUATED_AFTER.test(scope)) return 'evaluated';
  if (EVALUATED_BEFORE.test(head) && EVALUATED_OBJECT.test(scope)) return 'evaluated';
  const clause = scope.slice(0, Math.max(0, scope.search(CLAUSE_END)) || scope.length);
  if (TARGET_VERB.test(head) && TARGET.test(label) && !NOT_TARGET.test(clause)) return 'target';
  if (STATED_TARGET.test(scope) && !NOT_TARGET.test(clause)) return 'target';
  return undefined;
}

/** Whether the year at `at` stands in a cited title (《…》), within the sentence from `from`. */
function cited(t: string, at: number, from: number): boolean {
  const before = t.slice(from, at);
  return before.lastIndexOf('《') > before.lastIndexOf('》');
}

/** The sentence around [at, end): up to REACH characters each way, to its ends; `from` is where `before` starts. */
function around(t: string, at: number, end: number): { before: string; after: string; from: number } {
  const { before, after } = sentenceAround(t, at, end, REACH, SENTENCE_END);
  return { before, after, from: at - before.length };
}

/** The sentences with such a year, kept per chunk and as one list: asked on every keystroke. */
const ownSentences = numberedList(pickedNumbered((s) => ownYearsOf(s).length > 0, NEEDS));

const WHAT: Record<OwnWhat, { zh: string; en: string }> = {
  money: { zh: '预算或支出数据', en: 'budget or spending figures' },
  score: { zh: '自评得分或等级', en: 'the self-evaluation’s score or grade' },
  evaluated: { zh: '自评的对象', en: 'what the self-evaluation covers' },
  target: { zh: '年度目标', en: 'the year’s target' },
};

export function ownYearsBefore(report: Report): RuleFinding[] {
  const ev = evaluationYear(report) ?? titled(report);
  if (!ev) return [];
  const out: RuleFinding[] = [];
  const from = report.frontMatter.end;
  let title: number | undefined;
  for (const s of ownSentences(report.numbered, report.chunks)) {
    if (out.length >= MAX_FINDINGS) break;
    if (s.end <= from) continue;
    for (const o of ownYearsOf(s)) {
      if (o.year >= ev.year || o.year < ev.year - GAP) continue;
      const at = s.start + o.at;
      if (at < from) continue;
      // the report's own title in the sentence (a PDF's title runs into its first sentence) is no comparison
      title ??= titleEnd(report);
      const end = title;
      if (o.others.some((k) => s.start + k >= end)) continue;
      if (underLastYear(report, at) || evaluationYearBeside(report, s, ev.year, end, o.what)) continue;
      const what = WHAT[o.what];
      out.push({
        severity: 'warning',
        span: { start: at, end: at + 4 },
        message: {
          zh:
            `${what.zh}写的是 ${o.year} 年，而评价年度是 ${ev.year} 年（${ev.source.zh}）：句中没有“上年”“较”“结转”等说明是往年的字样，` +
            `是否沿用了往年报告的年份？请改为 ${ev.year} 年`,
          en:
            `${what.en.charAt(0).toUpperCase()}${what.en.slice(1)} are given under ${o.year}, but the evaluation year is ${ev.year} ` +
            `(${ev.source.en}) and nothing in the sentence says an earlier year is meant: was the year copied from an earlier ` +
            `report? Change it to ${ev.year}`,
        },
        fix: {
          title: { zh: `改为 ${ev.year}`, en: `Change to ${ev.year}` },
          edits: [{ start: at, end: at + 4, newText: String(ev.year) }],
          safe: false,
        },
      });
    }
  }
  return out;
}

/** Where the report's title ends (the header's, or the one recognition reads): 0 when it has none. */
function titleEnd(report: Report): number {
  const { text, header } = report;
  let end = 0;
  if (header.titleYear) {
    const nl = text.indexOf('\n', header.titleYear.end);
    end = nl < 0 ? text.length : nl;
  }
  const found = findTitle(report.parsed.lines);
  return found?.kind === 'report' ? Math.max(end, found.end) : end;
}

function titled(report: Report): { year: number; source: { zh: string; en: string } } | undefined {
  const y = recognisedTitleYear(report);
  return y === undefined ? undefined : { year: y, source: { zh: '标题', en: 'the title' } };
}

/** What a neighbouring sentence says to set an evaluation beside another. */
const EVALUATION_WORD = /自评|评价/;
/** How far before and after the sentence its paragraph is read for the evaluation year: a comparison stands near. */
const BESIDE = 200;

/**
 * The paragraph names the evaluation year (outside a cited title and the report's title) within BESIDE characters of
 * `s`: the earlier year is set beside it (`我局2023年收入总预算…。2022年收入总预算为…`).
 */
function evaluationYearBeside(report: Report, s: Sentence, y: number, title: number, what: OwnWhat): boolean {
  const i = sentenceAt(report, s.start + 1);
  for (const step of [-1, 1]) {
    for (let j = i + step; ; j += step) {
      const n = report.sentences[j];
      if (!n || n.block !== s.block) break;
      const far = step < 0 ? s.start - n.end : n.start - s.end;
      if (far > BESIDE) break;
      // the part of the neighbour within reach
      const t = step < 0 ? n.text.slice(Math.max(0, n.text.length - (BESIDE - far))) : n.text.slice(0, BESIDE - far);
      const base = step < 0 ? n.end - t.length : n.start;
      // an evaluation is set beside another only (2023年度自评…。对2022年度…开展了自评): the year's work told before it
      // (2020年，我乡围绕脱贫攻坚目标…。我乡对2019年度部门整体支出绩效开展了自评, made-up blind text, red team s23) is none
      if (what === 'evaluated' && !EVALUATION_WORD.test(t)) continue;
      YEAR.lastIndex = 0;
      for (let m = YEAR.exec(t); m; m = YEAR.exec(t)) {
        if (Number(m[1]) !== y || base + m.index < title || /\d/.test(t[m.index - 1] ?? '') || cited(t, m.index, 0)) continue;
        // a date of the year (截至2023年12月31日, 于2023年3月) tells an event, not the year's figures set beside
        const next = t.slice(m.index + m[0].length, m.index + m[0].length + 4);
        if (next !== '' && !NOT_A_YEAR_STATEMENT.test(next)) return true;
      }
    }
  }
  return false;
}

/**
 * Whether the sentence `t` makes the year at [at, end) another year's on purpose: a comparison or history's word around
 * it, or another year beside it (a cited title's left out). For the other readings of a year stated as the report's own
 * (the score sentence's: `我局于2023年3月开展了2022年度…自评，得分93分` tells last year's evaluation, made up, red team s23).
 */
export function otherYearMeant(t: string, at: number, end: number): boolean {
  const { before, after, from } = around(t, at, end);
  // a cited title's year (根据《某县2022年度…评价报告》，我局得分为90分): a document's name
  if (cited(t, at, from)) return true;
  if (NOT_OWN.test(before + after)) return true;
  const y = t.slice(at, at + 4);
  const to = end + after.length;
  const re = /((?:19|20)\d{2})[ \u3000]?年/g;
  re.lastIndex = from;
  for (let m = re.exec(t); m && m.index < to; m = re.exec(t)) {
    if (m[1] !== y && !/\d/.test(t[m.index - 1] ?? '') && !cited(t, m.index, from)) return true;
  }
  return false;
}
