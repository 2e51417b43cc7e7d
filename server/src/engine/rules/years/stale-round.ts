// A year's round named as work years before the year evaluated: the 2023 自评表 of 南充 林业局 still says
// `协助完成国家林业局对我市2018年度新一轮退耕还林检查验收` (its 年度目标完成情况 drops the sentence), copied from an
// earlier year's form. Words and the gap in stale-round.json. Part of year-consistency.
import type { TextLine } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { pickedLines } from '../../parse/picked-lines.js';
import { evaluationYear } from '../../model/filed-date.js';
import type { Report } from '../../model/report.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import type { RuleFinding } from '../rule.js';
import WORDS from './stale-round.json' with { type: 'json' };

const ROUND = /((?:19|20)\d{2}) ?年度/g;
/** What ends a clause: the words read with a year stop there (a set: tested once per character read back). */
const BREAKS = new Set([...'，,。；;：:|！？!?\n']);
const CLAUSE_BREAK = /[，,。；;：:|！？!?\n]/;
/**
 * The years with 年度 read per line: a page flattened to one line names a few dozen; a line of thousands is no report's,
 * and reading each one's clause would cost a keystroke seconds.
 */
const MAX_READ = 200;
const WORK = new RegExp(WORDS.work.map(escapeRegExp).join('|'));
const OTHER = new RegExp(WORDS.other.map(escapeRegExp).join('|'));

interface Round {
  /** Offset of the year in the line. */
  start: number;
  year: number;
}

/** The rounds (`2018年度`) of a line whose clause names work done on them and nothing that makes them another kind of year. */
const roundsOf = lineMemo((line: TextLine): Round[] => {
  const text = line.text;
  if (!text.includes('年度')) return [];
  const out: Round[] = [];
  ROUND.lastIndex = 0;
  let read = 0;
  for (let m = ROUND.exec(text); m && read < MAX_READ; m = ROUND.exec(text), read++) {
    if (/\d/.test(text[m.index - 1] ?? '')) continue;
    const clause = clauseAround(text, m.index, m.index + m[0].length);
    if (!WORK.test(clause.before) || OTHER.test(clause.before + clause.after)) continue;
    out.push({ start: m.index, year: Number(m[1]) });
  }
  return out;
});
/** The lines with such a round, kept per chunk: asked on every keystroke. */
const roundLines = pickedLines((line) => roundsOf(line).length > 0, undefined, new RegExp(ROUND.source));

/** How far each way a clause is read: a line of one endless clause is read in windows, so it stays linear. */
const CLAUSE_MAX = 80;

/** The clause's text before and after [from, to), to the nearest breaks within CLAUSE_MAX characters. */
function clauseAround(text: string, from: number, to: number): { before: string; after: string } {
  let a = from;
  while (a > 0 && from - a < CLAUSE_MAX && !BREAKS.has(text[a - 1] as string)) a--;
  const rest = text.slice(to, to + CLAUSE_MAX);
  const b = rest.search(CLAUSE_BREAK);
  return { before: text.slice(a, from), after: b < 0 ? rest : rest.slice(0, b) };
}

export function staleRounds(report: Report): RuleFinding[] {
  const ev = evaluationYear(report);
  if (!ev) return [];
  const out: RuleFinding[] = [];
  const from = report.frontMatter.end;
  roundLines(report.chunks, (line) => {
    if (line.start < from) return;
    for (const r of roundsOf(line)) {
      if (r.year > ev.year - WORDS.gap) continue;
      out.push({
        severity: 'warning',
        span: { start: line.start + r.start, end: line.start + r.start + 4 },
        message: {
          zh:
            `「${r.year}年度」的工作写在评价年度 ${ev.year} 年（${ev.source.zh}）的内容里，早了 ${ev.year - r.year} 年：` +
            '是否沿用了往年报告或往年表中的内容？请删去或改为本年度的工作',
          en:
            `Work of the ${r.year} round is written into the ${ev.year} evaluation (${ev.source.en}), ${ev.year - r.year} years ` +
            'earlier: was it carried over from an earlier report or form? Remove it or write this year’s work',
        },
      });
    }
  });
  return out;
}
