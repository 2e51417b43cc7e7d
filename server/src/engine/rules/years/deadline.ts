// A deadline set before the year evaluated: a target's time limit (`2021年11月30日前完成资金支付`) in the
// 2022 form of 原州 2022, whose project ran 2022年3月-2022年11月, was copied from last year's form. A fact
// (`已于2021年…前完成`) is not a target, and is not read. Part of year-consistency.
import type { TextLine } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { pickedLines } from '../../parse/picked-lines.js';
import { evaluationYear } from '../../model/filed-date.js';
import type { Report } from '../../model/report.js';
import type { RuleFinding } from '../rule.js';
import { sentenceAround } from './sentence-around.js';

/** `2021年11月30日前完成`, `2022年6月底前拨付`: a date, 前 and what is to be done by then. */
const DEADLINE = /((?:19|20)\d{2}) ?年 ?\d{1,2} ?月(?: ?\d{1,2} ?日)?底?[之以]?前(?:完成|拨付|支付|到位|全部|实现)/g;
/**
 * A target's deadline introduced by 在 (阜康 统计 2023, the 总体目标 of the 2023 form: `在2022年12月31日前至少给120人发放`),
 * whatever is to be done by then.
 */
const IN_DEADLINE = /在((?:19|20)\d{2}) ?年 ?\d{1,2} ?月(?: ?\d{1,2} ?日)?底?[之以]?前/g;
/** What every line with a deadline of either form holds. */
const NEEDS = /(?:19|20)\d{2} ?年 ?\d{1,2} ?月(?: ?\d{1,2} ?日)?底?[之以]?前/;
/** Before the date, a fact's words: 已于, 于 (`项目于2021年…前完成` tells what happened). */
const FACT = /[已于]$/;
/**
 * In the sentence of either form, what tells the date is history told beside the year evaluated, not its target: the year
 * named as 本年度 / 当年 / 今年 (`项目在2022年12月底前完成了招标，本年度开展施工`), a deed done (了, not 为了 or 了解), funds issued ahead
 * (`省财政在2022年12月前提前下达资金`, made up).
 */
const HISTORY = '本年|当年|今年|(?<![为除])了(?!解)|提前';
const HISTORY_WORDS = new RegExp(HISTORY);
/**
 * In the sentence of a 在…前 deadline, what makes it no target of the year: a fact (已), a plan missed or moved (原计划, 延期,
 * 未能), a comparison (较, 比), or another year beside it (按要求应在2022年…前完成，延至2023年).
 */
const NOT_TARGET = new RegExp(`已|原|延|推迟|未|较|比|(?:19|20)\\d{2}|${HISTORY}`);
/** How far each way a 在…前 deadline's sentence is read. */
const CLAUSE = 40;

interface Deadline {
  /** Offsets in the line: the year, and the whole phrase. */
  start: number;
  phraseEnd: number;
  year: number;
}

const deadlinesOf = lineMemo((line: TextLine): Deadline[] => {
  const text = line.text;
  if (!text.includes('前')) return [];
  const out: Deadline[] = [];
  DEADLINE.lastIndex = 0;
  for (let m = DEADLINE.exec(text); m; m = DEADLINE.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    // the tail of a longer number is no year; one digit glued before it is an indicator's number in a flattened table (原州: `指标12021年`)
    if (/\d\d$/.test(before)) continue;
    if (FACT.test(before.trim())) continue;
    if (HISTORY_WORDS.test(sentenceOf(text, m.index, m.index + m[0].length))) continue;
    out.push({ start: m.index, phraseEnd: m.index + m[0].length, year: Number(m[1]) });
  }
  IN_DEADLINE.lastIndex = 0;
  for (let m = IN_DEADLINE.exec(text); m; m = IN_DEADLINE.exec(text)) {
    const start = m.index + 1;
    const end = m.index + m[0].length;
    // read already with its verb above
    if (out.some((d) => d.start === start)) continue;
    if (NOT_TARGET.test(sentenceOf(text, m.index, end))) continue;
    out.push({ start, phraseEnd: end, year: Number(m[1]) });
  }
  return out;
});

/** The deadline's sentence, without the deadline: up to CLAUSE characters each way, to its ends. */
function sentenceOf(text: string, start: number, end: number): string {
  const { before, after } = sentenceAround(text, start, end, CLAUSE);
  return before + after;
}
/** The lines with a deadline, kept per chunk: asked on every keystroke. */
const deadlineLines = pickedLines((line) => deadlinesOf(line).length > 0, undefined, NEEDS);

export function deadlinesBeforeYear(report: Report): RuleFinding[] {
  const ev = evaluationYear(report);
  if (!ev) return [];
  const out: RuleFinding[] = [];
  const from = report.frontMatter.end;
  deadlineLines(report.chunks, (line) => {
    if (line.start < from) return;
    for (const d of deadlinesOf(line)) {
      if (d.year >= ev.year) continue;
      const phrase = line.text.slice(d.start, d.phraseEnd);
      out.push({
        severity: 'warning',
        span: { start: line.start + d.start, end: line.start + d.start + 4 },
        message: {
          zh:
            `时限「${phrase}」早于评价年度 ${ev.year} 年（${ev.source.zh}）：当年的目标不会在评价年度之前到期，` + `是否沿用了往年的年份？`,
          en:
            `The deadline “${phrase}” is before the evaluation year ${ev.year} (${ev.source.en}): a target of the year ` +
            'cannot fall due before it; was the year copied from an earlier form?',
        },
        fix: {
          title: { zh: `改为 ${ev.year}`, en: `Change to ${ev.year}` },
          edits: [{ start: line.start + d.start, end: line.start + d.start + 4, newText: String(ev.year) }],
          safe: false,
        },
      });
    }
  });
  return out;
}
