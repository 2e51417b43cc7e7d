// A document-sharing site's abstract above the text it extracted: the document's opening lines run into one
// line and cut off mid-word (财政专项扶贫资金绩效自评报告 一、绩效目标分解下达情况 1、… 占地面积20, 镇村扶贫酒厂
// 2020), then the document itself from its first line. Read at the page's first line only: it repeats, spaces
// aside, what the next lines say, across more of them than a page headline repeating the title (新开镇 2021:
// one line, left alone).
import type { Report } from '../../model/report.js';
import type { RuleFinding } from '../rule.js';
import { deleteLines } from './delete-lines.js';

/** Fewer lines of the text than this run together may be a headline over its title. */
const MIN_LINES = 3;
const QUOTED = 8;
const SPACE = /\s/;

export function abstractFindings(report: Report): RuleFinding[] {
  const { text } = report;
  const first = report.parsed.lines.find((l) => l.text.trim() !== '');
  if (!first) return [];
  // the whole source line: parsing may have cut it into pieces at the items run into it
  const lineEnd = text.indexOf('\n', first.lineStart);
  const end = lineEnd < 0 ? text.length : lineEnd;
  if (end - first.lineStart < 2 * QUOTED) return [];
  // the first line against the text after it, spaces aside on both sides, as far as the first line goes:
  // two pointers, stopping at the first difference (a page whose first line is no abstract costs a few steps)
  let i = first.lineStart;
  let covered = 0;
  let used = false;
  for (let k = end; k < text.length && i < end; k++) {
    const c = text[k] as string;
    if (c === '\n') {
      if (used) covered++;
      used = false;
    } else if (!SPACE.test(c)) {
      while (i < end && SPACE.test(text[i] as string)) i++;
      if (c !== text[i]) return [];
      i++;
      used = true;
    }
    while (i < end && SPACE.test(text[i] as string)) i++;
  }
  if (used) covered++;
  if (i < end || covered < MIN_LINES) return [];
  const cut = [...text.slice(Math.max(first.lineStart, end - 4 * QUOTED), end).replace(/\s+/g, '')].slice(-QUOTED).join('');
  const line = { ...first, start: first.lineStart, end };
  return [
    {
      span: { start: line.start, end },
      message: {
        zh: `第一行是文档分享网站的摘要：把正文开头 ${covered} 行连成一行，截断在“${cut}”，下文又从头写了一遍：请删除这一行`,
        en:
          `The first line is a sharing site's abstract: the text's opening ${covered} lines run into one and cut at “${cut}”, ` +
          'and the text follows from its start: delete the line',
      },
      fix: { title: { zh: '删除这一行摘要', en: 'Delete the abstract line' }, edits: [deleteLines(report, line, line)], safe: false },
    },
  ];
}
