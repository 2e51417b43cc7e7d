// An inline list whose first item lost its number (海南琼中 2024: 总体目标:新建3栋4层的复式标准厂房…;(2)新建道路广场…;
// (3)配套…, where lines 10 and 12 write the same list (1)(2)(3)): a line that writes (2) and then (3) inside it, each
// after a mark (附表(2)及附件(3) are references), with no
// (1) before its (2) — neither on the line nor as the last such number before it (a list that goes on from the line
// before ends its run there in (1)). Not in a whole outline flattened into one line (PDF or web text that lost its line
// breaks, 北塔 2021: …为正科级 1.主要职能。 法律法规、政策规划和标准;… (2)组织制定…): that text lost its page breaks and
// the words at them too, the (1) with them as often as not. Read on every line whatever the outline. Part of
// heading-numbering.
import type { TextLine } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { pickedLines } from '../../parse/picked-lines.js';
import type { Report } from '../../model/report.js';
import { zq, eq } from '../format.js';
import { afterItemMark } from './item-mark.js';
import type { RuleFinding } from '../rule.js';
import { absentFrom } from './absent.js';

/** How far back the last bracketed number before the line is looked for. */
const LOOK_BACK = 2000;
const NUMBER = /[(（]([0-9]{1,2})[)）]/g;
/** A (2) in either form: the text's test. */
const ANY_SECOND = /\(2\)|（2）/;

interface Second {
  /** Offset of the (2) in the line. */
  at: number;
  text: string;
  /** A 1. or 1、 the line starts with (its offset and text): the list's first item, numbered in another form. */
  own?: { at: number; text: string };
}

/**
 * A first item numbered 1. or 1、 at a line's start (not 1.5), with no title of its own after it: 1.主要职能。 (北塔 2021) is
 * a heading, its (2) (3) items of its own whose (1) was lost.
 */
const OWN_FIRST = /^([ \t\u3000]*)(1[.．、])(?![0-9]|[\u4e00-\u9fa5]{2,12}[ \u3000]*(?:[。:：]|$))/;

/** The (2) of a line that writes (2) and later (3) in the same form, not at its start, and no (1) before the (2). */
const secondOf = lineMemo((line: TextLine): Second | null => {
  const t = line.text;
  for (const [open, close] of [
    ['(', ')'],
    ['（', '）'],
  ] as const) {
    const two = t.indexOf(`${open}2${close}`);
    if (two <= 0 || t.trimStart().startsWith(`${open}2${close}`) || !afterItemMark(t, two)) continue;
    const three = t.indexOf(`${open}3${close}`, two);
    // a (1) before it, or a 1) that lost its ( (unbalanced-bracket's: 组成:1)运用…;(2)组织…, 丽水 2018)
    if (three < 0 || !afterItemMark(t, three) || t.lastIndexOf(`1${close}`, two) >= 0) continue;
    const own = OWN_FIRST.exec(t);
    const second: Second = { at: two, text: `${open}2${close}` };
    if (own) second.own = { at: (own[1] as string).length, text: own[2] as string };
    return second;
  }
  return null;
});
const secondLines = pickedLines((line) => secondOf(line) !== null);

/** The value of the last bracketed number in `text`, or 0. */
function lastNumber(text: string): number {
  let last = 0;
  for (const m of text.matchAll(NUMBER)) last = Number(m[1]);
  return last;
}

export function inlineFirstLost(report: Report): RuleFinding[] {
  if (absentFrom(report, ANY_SECOND)) return [];
  const out: RuleFinding[] = [];
  const from = report.frontMatter.end;
  secondLines(report.chunks, (line) => {
    if (line.start < from) return;
    const s = secondOf(line) as Second;
    const first = s.text.replace('2', '1');
    // the line's own 1. is the list's first item in another form (全南 2021, one flattened line: 1.截止到…。 (2)及时调整…。
    // (3)为科学应对…): said even in a flattened outline, where the (1) is not lost but written so
    if (s.own) {
      const start = line.start + s.own.at;
      const end = start + s.own.text.length;
      out.push({
        span: { start, end },
        message: {
          zh: `列举的第一项编号写作${zq(s.own.text)}，后面各项是${zq(s.text)}、${zq(s.text.replace('2', '3'))}：同一列举的编号应一致，第一项应为${zq(first)}`,
          en:
            `The list's first item is numbered ${eq(s.own.text)} and the items after it ${eq(s.text)}, ${eq(s.text.replace('2', '3'))}: ` +
            `one list is numbered one way; write ${eq(first)}`,
        },
        fix: { title: { zh: `改为${zq(first)}`, en: `Change to ${eq(first)}` }, edits: [{ start, end, newText: first }], safe: false },
      });
      return;
    }
    if (line.inLine && line.first) return;
    // a list going on from the line before: its last number there is (1)
    if (lastNumber(report.text.slice(Math.max(from, line.start - LOOK_BACK), line.start)) === 1) return;
    out.push({
      span: { start: line.start + s.at, end: line.start + s.at + s.text.length },
      message: {
        zh: `列举从${zq(s.text)}开始，前面没有${zq(first)}：第一项丢了编号，请在第一项前补上${zq(first)}`,
        en: `The list starts at ${eq(s.text)} with no ${eq(first)} before it: the first item lost its number; add ${eq(first)} before it`,
      },
    });
  });
  return out;
}
