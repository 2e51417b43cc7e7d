// A heading whose number was lost and left its brackets empty (西平 2022: `< >绩效自评工作开展情况…`, `< >绩效目标
// 自评完成情况分析(一)…`, where 二、 and 三、 stood): a page that drew the numbers of a Word list as tags keeps only
// the brackets. Whatever the outline, a heading needs its number. Part of heading-numbering.
import type { TextLine } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { pickedLines } from '../../parse/picked-lines.js';
import type { Report } from '../../model/report.js';
import type { RuleFinding } from '../rule.js';
import { numberStartLines } from './line-start.js';

/** Empty brackets at the start of a line, right before the title's first character. */
const EMPTY = /^[ \t\u3000]*(<[ \u3000]*>|\([ \u3000]*\)|（[ \u3000]*）|【[ \u3000]*】)(?=[\u4e00-\u9fa5])/;
/** The title quoted: to its first punctuation, at most this many characters. */
const QUOTED = 12;

interface Empty {
  /** Offsets in the line. */
  start: number;
  end: number;
  title: string;
}

const emptyMarkerOf = lineMemo((line: TextLine): Empty | null => {
  const m = EMPTY.exec(line.text);
  if (!m?.[1]) return null;
  const start = m[0].length - m[1].length;
  const rest = line.text.slice(m[0].length);
  const stop = rest.search(/[，,。；;：:（(\s]/);
  const end = stop < 0 ? rest.length : stop;
  return { start, end: m[0].length, title: end > QUOTED ? `${rest.slice(0, QUOTED)}…` : rest.slice(0, end) };
});
/** The lines with empty brackets, kept per chunk: asked on every keystroke. */
const emptyMarkerLines = pickedLines((line) => emptyMarkerOf(line) !== null, numberStartLines);

export function emptyMarkers(report: Report): RuleFinding[] {
  const out: RuleFinding[] = [];
  const from = report.frontMatter.end;
  emptyMarkerLines(report.chunks, (line) => {
    if (line.start < from) return;
    const e = emptyMarkerOf(line) as Empty;
    const written = line.text.slice(e.start, e.end);
    out.push({
      span: { start: line.start + e.start, end: line.start + e.end },
      message: {
        zh: `标题“${e.title}”前是空括号「${written}」：编号丢了，请按所在层级补上编号（如“二、”“（二）”）`,
        en: `The heading “${e.title}” starts with empty brackets “${written}”: its number was lost; write the number its level calls for`,
      },
    });
  });
  return out;
}
