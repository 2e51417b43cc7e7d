// A percentage of work done above its task (我市实际改造数超任务43%, 无为 2022) against the task and the count done the
// report states before it (任务数为115户,实际完成农村危房改造264户: (264 − 115) ÷ 115 = 129.57 %). Either the excess
// or the whole done ÷ task is accepted as what the percentage may mean; one that is neither is returned. The
// sentences with a task and a count done, and those with such a percentage, are picked per chunk.
import { pickedNumbered } from '../parse/picked-lines.js';
import type { LabelledPercent, Sentence } from '../parse/sentences.js';
import { sentenceMemo } from '../parse/sentence-memo.js';
import type { Report } from './report.js';
import WORDS from './task-excess.json' with { type: 'json' };

export interface Count {
  start: number;
  end: number;
  value: number;
  counter: string;
}

export interface TaskExcess {
  percent: LabelledPercent;
  task: Count;
  done: Count;
  /** (done − task) ÷ task, in per cent. */
  excess: number;
}

const COUNTERS = [...WORDS.counters].sort((a, b) => b.length - a.length);
const CLAUSE = /[，,；;。：:、（）()]/;

/** Whole numbers followed by a counter, with the words of their clause before them. */
function counts(s: Sentence): { count: Count; label: string }[] {
  const out: { count: Count; label: string }[] = [];
  const t = s.text;
  const re = /\d+/g;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const at = m.index + m[0].length;
    if (t[m.index - 1] === '.' || t[at] === '.' || t[at] === '%') continue;
    const counter = COUNTERS.find((c) => t.startsWith(c, at));
    if (!counter) continue;
    let from = m.index;
    while (from > 0 && !CLAUSE.test(t.charAt(from - 1)) && m.index - from < 40) from--;
    const start = s.start + m.index;
    out.push({ count: { start, end: start + m[0].length + counter.length, value: Number(m[0]), counter }, label: t.slice(from, m.index) });
  }
  return out;
}

/** The sentence's task and count done, of the same counter: the first of each. */
const pairOf = sentenceMemo(
  (s: Sentence): { task: Count; done: Count } | null => {
    let task: Count | undefined;
    let done: Count | undefined;
    for (const { count, label } of counts(s)) {
      if (!done && WORDS.done.some((w) => label.includes(w))) done = count;
      else if (!task && WORDS.task.some((w) => label.includes(w))) task = count;
    }
    return task && done && task.counter === done.counter && task.value > 0 ? { task, done } : null;
    // the counts hold offsets of their own: kept across a move only when there are none
  },
  (v) => v === null,
);

const named = (p: LabelledPercent): boolean => WORDS.excess.some((w) => WORDS.after.some((a) => p.label.endsWith(w + a)));

// every excess word (超额完成, 超计划…) says 超
const picked = pickedNumbered((s) => (s.text.includes('任务') && pairOf(s) !== null) || s.percents.some(named), /任务|超/);

/** Within the rounding of the percentage as written (a whole percentage is rounded or cut: a point either way). */
const near = (p: LabelledPercent, v: number): boolean => Math.abs(p.value - v) <= (p.decimals > 0 ? 10 ** -p.decimals : 1) + 1e-9;

/** Each excess percentage that is neither the excess nor done ÷ task of the last task and count done before it. */
export function taskExcesses(report: Report, from: number): TaskExcess[] {
  const out: TaskExcess[] = [];
  let last: { task: Count; done: Count } | null = null;
  picked(report.chunks, (s) => {
    if (s.end <= from) return;
    const own = pairOf(s);
    for (const p of s.percents) {
      const pair = own && own.done.end <= p.start ? own : last;
      if (!pair || !named(p)) continue;
      const excess = ((pair.done.value - pair.task.value) / pair.task.value) * 100;
      if (!near(p, excess) && !near(p, (pair.done.value / pair.task.value) * 100)) out.push({ percent: p, ...pair, excess });
    }
    last = own ?? last;
  });
  return out;
}
