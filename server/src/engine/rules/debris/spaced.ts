// Characters a PDF extraction spaced out one by one (绩 效 指 标), typically the cells of a table
// leaking into the text: 达标绩 效 指 标一级 指标. A drafter spaces characters too, but a whole label,
// title or name (预 算 编 码:, 第一章 总 则, 第一部分 部 门 概 况): a spaced run glued to the words on both
// sides is the extraction's.
import data from '../pasted-debris.json' with { type: 'json' };
import type { TextLine } from '../../parse/blocks.js';
import type { RuleFinding } from '../rule.js';

const isCjk = (c: number): boolean => c >= 0x4e00 && c <= 0x9fa5;
const isGap = (c: number): boolean => c === 0x20;
/** A character, one space, a character: where a spaced run starts (isCjk, isGap, isCjk). */
const SPACED_PAIR = /[\u4e00-\u9fa5] [\u4e00-\u9fa5]/;
/** Characters in a run, at least: 年度 总体 目标 (words), 章 总 则 and 请 或 拨 (a link's words lost between) are not runs. */
const MIN = data.spaced.min;

const SURNAMES = new Set([...data.spaced.surnames].map((c) => c.charCodeAt(0)));
const TEAM = new RegExp(data.spaced.teamLabels.join('|'));
/**
 * The run from `i` spaces out two characters between two words, the first a common surname, on a line of a team's labels
 * (组长 王 强 副组长 李 明): a two-character name padded to line up with three-character ones, the drafter's layout.
 */
function paddedName(text: string, i: number, chars: number): boolean {
  return chars === 4 && SURNAMES.has(text.charCodeAt(i + 2)) && TEAM.test(text);
}

/** The spaced runs of a line glued to the text on both sides: [start, end) from the first spaced character to the last. */
export function spacedRuns(text: string): [number, number][] {
  const out: [number, number][] = [];
  // the loop's own first test, on the whole line in native code: most lines have no character, space, character
  if (!SPACED_PAIR.test(text)) return out;
  for (let i = 0; i < text.length; i++) {
    if (!isCjk(text.charCodeAt(i)) || !isGap(text.charCodeAt(i + 1)) || !isCjk(text.charCodeAt(i + 2))) continue;
    // i is a character followed by a single gap and another character: extend while that goes on
    let e = i + 2;
    while (isGap(text.charCodeAt(e + 1)) && isCjk(text.charCodeAt(e + 2))) e += 2;
    const chars = (e - i) / 2 + 1;
    const gluedBefore = isCjk(text.charCodeAt(i - 1));
    const gluedAfter = isCjk(text.charCodeAt(e + 1));
    if (chars >= MIN && gluedBefore && gluedAfter && !paddedName(text, i, chars)) out.push([i, e + 1]);
    i = e;
  }
  return out;
}

export function spacedFinding(line: Pick<TextLine, 'start' | 'text'>, [s, e]: [number, number]): RuleFinding {
  const spaced = line.text.slice(s, e);
  const word = spaced.replace(/ /g, '');
  const gaps: { start: number; end: number; newText: string }[] = [];
  for (let i = s; i < e; i++)
    if (isGap(line.text.charCodeAt(i))) gaps.push({ start: line.start + i, end: line.start + i + 1, newText: '' });
  return {
    severity: 'information',
    span: { start: line.start + s, end: line.start + e },
    message: {
      zh: `PDF 提取把“${word}”拆成了单字（“${spaced}”），且与前后文字粘连，常是表格单元格混进了正文：请删去字间空格，并对照原表格核对这一段`,
      en:
        `PDF extraction spaced out “${word}” (“${spaced}”) and glued it to the text around, usually table cells leaking into the text: ` +
        'delete the spaces and check the passage against the original table',
    },
    fix: { title: { zh: '删去字间空格', en: 'Delete the spaces between the characters' }, edits: gaps, safe: false },
  };
}
