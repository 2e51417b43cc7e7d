// An indicator's target and actual written out in a sentence, as some reports give their 自评表 in prose (东疆 2020:
// 建设三座服务中心等配套设施面积:指标值为“约120平方米”,全年实际完成值约1737平方米): the name before the target, the target
// after 指标值, the actual after 完成值, both figures in the same unit. Read for rules/table-far-above-target.ts, which
// judges them as it judges a table's rows. A target that bounds from above (不超过, ≤, 以内) or a figure in % or 分 (a
// rate, a score) is not read; nor a sentence that gives a reason (因, 由于, 原因), which explains the difference.
import { pickedNumbered } from '../parse/picked-lines.js';
import type { Sentence } from '../parse/sentences.js';
import { sentenceMemo } from '../parse/sentence-memo.js';
import type { Report } from './report.js';

export interface NarrativeFigure {
  start: number;
  end: number;
  value: number;
  /** As written, with its unit (120平方米). */
  text: string;
}

export interface NarrativeTarget {
  /** The indicator's name: the clause before 指标值, up to its colon (建设三座服务中心等配套设施面积). */
  name: string;
  target: NarrativeFigure;
  actual: NarrativeFigure;
}

/**
 * 指标值, a link word, an opening quote and 约 at most, then the figure and its unit (Chinese characters, one to four);
 * the same after 完成值. Bounded: linear.
 */
const TARGET = /指标值[为是：:]?[“"]?约?([0-9][0-9,，]{0,12}(?:\.[0-9]{1,4})?)([\u4e00-\u9fa5]{1,4})/;
const ACTUAL = /完成值[为是：:]?约?([0-9][0-9,，]{0,12}(?:\.[0-9]{1,4})?)([\u4e00-\u9fa5]{1,4})/;
/** What bounds a target from above, or says the sentence explains the difference. */
const NOT_READ = /不超过|不高于|≤|<=|以内|以下|控制在|因|由于|原因/;
/** Units that are no quantity of work done: a rate or a score, judged by other rules. */
const NO_QUANTITY = /^(?:分|年|月|日)/;

/** Each clause's target and actual, once per sentence and place (the picker's test and the reading ask alike). */
const targetsOf = sentenceMemo(
  (s: Sentence) => readTargets(s),
  (found) => found.length === 0,
);
const picked = pickedNumbered((s) => !s.text.includes('|') && targetsOf(s).length > 0, /指标值/);

/** Each clause's target and actual: a list of indicators parts them by ； or a line break (one indicator a line). */
function readTargets(s: Sentence): NarrativeTarget[] {
  let out: NarrativeTarget[] | undefined;
  let from = 0;
  const t = s.text;
  for (let to = 0; to <= t.length; to++) {
    if (to < t.length && t[to] !== '；' && t[to] !== ';' && t[to] !== '\n') continue;
    const r = from < to ? readClause(s, from, to) : undefined;
    if (r) (out ??= []).push(r);
    from = to + 1;
  }
  return out ?? NONE;
}

const NONE: NarrativeTarget[] = [];

/** The target and actual of the clause t[from, to), where it gives both and no reason. */
function readClause(s: Sentence, from: number, to: number): NarrativeTarget | undefined {
  const t = s.text.slice(from, to);
  const at = t.indexOf('指标值');
  if (at < 0 || NOT_READ.test(t)) return undefined;
  const target = TARGET.exec(t.slice(at));
  if (!target) return undefined;
  const after = at + target.index + target[0].length;
  const actual = ACTUAL.exec(t.slice(after));
  if (!actual) return undefined;
  const unit = target[2] as string;
  // the same unit, the actual's as long as the target's (约1737平方米 reads 平方米 then stops at the clause's mark)
  if (!(actual[2] as string).startsWith(unit) || NO_QUANTITY.test(unit)) return undefined;
  const name = nameBefore(t.slice(0, at));
  const figure = (m: RegExpExecArray, offset: number): NarrativeFigure => {
    const start = s.start + from + offset + m.index + m[0].indexOf(m[1] as string);
    const text = `${m[1] as string}${unit}`;
    return { start, end: start + text.length, value: Number((m[1] as string).replace(/[,，]/g, '')), text };
  };
  return { name, target: figure(target, at), actual: figure(actual, after) };
}

/** What a name ends on before 指标值 and is not its own: a colon, a comma, spaces, and 年初, 年度 or 预期 before them. */
const NAME_MARKS = new Set([...'：:，,、 \u3000\t']);
const NAME_TAILS = ['年初', '年度', '预期'];

/** The indicator's name: the words before 指标值 without the marks and the period word that lead into it (a loop, not a pattern). */
function nameBefore(words: string): string {
  let end = words.length;
  while (end > 0 && NAME_MARKS.has(words[end - 1] as string)) end--;
  const tail = NAME_TAILS.find((w) => words.endsWith(w, end));
  if (tail) end -= tail.length;
  while (end > 0 && NAME_MARKS.has(words[end - 1] as string)) end--;
  return words.slice(0, end).trim();
}

/** The indicators a report's sentences give a target and an actual for, in text order. */
export function narrativeTargets(report: Report): NarrativeTarget[] {
  const out: NarrativeTarget[] = [];
  picked(report.chunks, (s) => {
    for (const r of targetsOf(s)) if (r.target.value > 0) out.push(r);
  });
  return out;
}
