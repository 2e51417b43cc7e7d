// A document-sharing site's page counter glued to the head of the text it extracted: `1/1年学生资助项目
// 绩效目标自评表…` (777doc, 湖北工程学院). Only at the very start of the text, where a report writes no
// fraction (1/3以上 is prose further on), and only as a page of pages (N ≤ M) run into Chinese text. A counter alone on the
// text's first line is the page's too (保亭 20xx: `0/200`, a mirror's comment box counting the characters typed, or a page
// counter): a report opens with its title.
// And the counter of the next chunk a sharing site cut its preview before (河池: `1、耕地保护…` then `2、` alone
// on the text's last line): a numbered item with nothing after it, at the very end only.
import type { Report } from '../../model/report.js';
import type { RuleFinding } from '../rule.js';

const COUNTER = /^([0-9]{1,3})\/([0-9]{1,3})(?=[\u4e00-\u9fa5])/;
/** A counter alone on a line (0/200, 1/5). */
const ALONE = /^[ \t\u3000]*([0-9]{1,4}) ?\/ ?([0-9]{1,4})[ \t\u3000]*$/;

/** A chunk's counter alone on a line (2、). */
const CHUNK = /^[ \t\u3000]*[0-9]{1,3}[、.．][ \t\u3000]*$/;

export function pageCounterFindings(report: Report): RuleFinding[] {
  return [...headCounter(report), ...tailCounter(report)];
}

function tailCounter(report: Report): RuleFinding[] {
  const { lines } = report.parsed;
  let at = lines.length - 1;
  while (at >= 0 && (lines[at]?.text.trim() ?? '') === '') at--;
  const last = lines[at];
  const m = last ? CHUNK.exec(last.text) : null;
  if (!last || !m) return [];
  const written = last.text.trim();
  return [
    {
      span: { start: last.start, end: last.end },
      message: {
        zh: `文末只剩编号“${written}”，后面没有文字：多是文档分享网站截断预览时留下的分段编号，不属于报告内容，请删除或补全`,
        en:
          `The text ends with the number “${written}” and nothing after it, mostly a sharing site's chunk counter ` +
          'where it cut its preview: delete it or complete it',
      },
    },
  ];
}

function headCounter(report: Report): RuleFinding[] {
  const first = report.parsed.lines.find((l) => l.text.trim() !== '');
  const alone = first ? ALONE.exec(first.text) : null;
  if (first && alone) return Number(alone[1]) <= Number(alone[2]) ? [aloneCounter(first.start, first.end, first.text.trim())] : [];
  const m = first ? COUNTER.exec(first.text) : null;
  if (!first || !m) return [];
  const page = Number(m[1]);
  if (page < 1 || page > Number(m[2])) return [];
  const span = { start: first.start, end: first.start + m[0].length };
  return [
    {
      span,
      message: {
        zh: `文档分享网站的页码“${m[0]}”粘在了开头的文字上，不属于报告内容：请删除`,
        en: `A document-sharing site's page counter “${m[0]}” is glued to the opening text, not part of the report: delete it`,
      },
      fix: { title: { zh: `删除“${m[0]}”`, en: `Delete “${m[0]}”` }, edits: [{ ...span, newText: '' }], safe: false },
    },
  ];
}

function aloneCounter(start: number, end: number, written: string): RuleFinding {
  const span = { start, end };
  return {
    span,
    message: {
      zh: `开头一行“${written}”是网页上的计数（评论框的字数或页码），不属于报告内容：请删除`,
      en:
        `The first line “${written}” is a web page's counter (a comment box's characters or a page count), ` +
        'not part of the report: delete it',
    },
    fix: { title: { zh: `删除“${written}”`, en: `Delete “${written}”` }, edits: [{ ...span, newText: '' }], safe: false },
  };
}
