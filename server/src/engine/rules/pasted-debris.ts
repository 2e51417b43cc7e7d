// Text pasted from a web page or a PDF brings debris: site navigation and footers, and sentences
// broken across paragraphs at PDF line or page breaks (习近平 / 平新时代).
import { readingOf, type Block } from '../parse/blocks.js';
import { lineMemo } from '../parse/line-memo.js';
import type { Report } from '../model/report.js';
import type { RuleFinding } from './rule.js';
import { defineRule } from './rule.js';

const WEB =
  /当前位置|首页[ \u00a0]{0,2}>|【打印】|【字体|繁体版|无障碍|长者助手|移动版|您访问的链接即将离开|^继续访问$|^放弃$|^关闭窗口$|^(发布)?时间[:：][ \u00a0]{0,2}\d{4}-\d{1,2}-\d{1,2}.{0,40}来源[:：]/;
const ENDS_SENTENCE = /[。！？!?；;：:”」』）)】》.…—\-|*_`>]$/;
const CJK = /[\u4e00-\u9fa5]/;

// Per-line answers are remembered on the line: lines outlive edits elsewhere in the document.
const isWeb = lineMemo((line) => WEB.test(line.text));
/** The line ends mid-sentence: a CJK character, no closing punctuation, long enough to be prose. */
const endsOpen = lineMemo((line) => !ENDS_SENTENCE.test(line.text) && CJK.test(line.text.slice(-1)) && [...line.text].length >= MIN_LINE);
/** Shorter lines without a full stop are labels or names, not cut sentences. */
const MIN_LINE = 16;

export default defineRule({
  id: 'pasted-debris',
  severity: 'warning',
  description: {
    zh: '从网页或 PDF 粘贴带入的残留：网站导航、页脚，句子被换行或分页截断。',
    en: 'Debris from pasting a web page or PDF: site navigation and footers, sentences cut by line or page breaks.',
  },
  fixes: [{ does: { zh: '删除网页残留、合并被截断的段落', en: 'Deletes web debris, joins cut paragraphs' }, safe: false }],
  check({ report }) {
    return [...webDebris(report), ...brokenSentences(report)];
  },
});

function webDebris(report: Report): RuleFinding[] {
  const out: RuleFinding[] = [];
  let run: { start: number; end: number; endLine: number; count: number } | undefined;
  const flush = (): void => {
    if (!run) return;
    const lineStart = report.index.lineStart(report.index.lineOf(run.start));
    const next = report.index.lineStart(run.endLine + 1);
    const deleteEnd = run.endLine + 1 >= report.index.lineCount ? report.text.length : next;
    out.push({
      span: { start: run.start, end: run.end },
      message: {
        zh: `疑似从网页粘贴带入的导航或页脚文字（${run.count} 行），提交前请删除`,
        en:
          `Looks like website navigation or footer text pasted in (${run.count} line${run.count > 1 ? 's' : ''}); delete it ` +
          `before submitting`,
      },
      fix: {
        title: { zh: '删除这些网页残留', en: 'Delete this web page debris' },
        edits: [{ start: lineStart, end: deleteEnd, newText: '' }],
        safe: false,
      },
    });
    run = undefined;
  };
  for (const line of report.parsed.lines) {
    if (!isWeb(line)) {
      if (run && line.line > run.endLine + 3) flush();
      continue;
    }
    if (run && line.line <= run.endLine + 3) {
      run.end = line.end;
      run.endLine = line.line;
      run.count++;
    } else {
      flush();
      run = { start: line.start, end: line.end, endLine: line.line, count: 1 };
    }
  }
  flush();
  return out;
}

function brokenSentences(report: Report): RuleFinding[] {
  const out: RuleFinding[] = [];
  const { blocks } = report.parsed;
  const headingLines = new Set(report.outline.headings.map((h) => h.line.lineStart));
  // name lists (评价小组) are short lines without punctuation by nature
  const team = report.outline.headings.filter((h) => h.tsec?.role === 'team').map((h) => h.section);
  for (let i = 0; i + 1 < blocks.length; i++) {
    const a = blocks[i] as Block;
    const b = blocks[i + 1] as Block;
    const last = a.lines[a.lines.length - 1];
    const first = b.lines[0];
    if (!last || !first || !endsOpen(last) || a.mdDepth > 0 || b.mdDepth > 0 || last.start < report.outline.bodyStart) continue;
    if (headingLines.has(last.lineStart) || headingLines.has(first.lineStart)) continue;
    const tail = last.text.slice(-1);
    const head = first.text[0] ?? '';
    // a numbered line (十、…决算表 after 九、…) starts an item of its own: a contents list, not a cut sentence
    const numbered = readingOf(first).head.marker && !readingOf(first).head.marker?.broken;
    if (!CJK.test(head) || numbered || isWeb(first) || team.some((t) => last.start >= t.start && last.start < t.end)) continue;
    const repeated = tail === head;
    out.push({
      severity: 'information',
      span: { start: last.end - 1, end: first.start + 1 },
      message: repeated
        ? {
            zh: `句子在分页处断开，且“${tail}”字重复（PDF 残留）：请合并为一段并删去重复的字`,
            en: `A sentence is cut at a page break and “${tail}” is repeated (PDF debris): join the paragraphs and drop the repeat`,
          }
        : {
            zh: '句子被换行截断成两段（可能来自 PDF 换行）：请合并为一段',
            en: 'A sentence is cut into two paragraphs (likely a PDF line break): join them',
          },
      fix: {
        title: { zh: '合并为一段', en: 'Join the paragraphs' },
        edits: [{ start: last.end, end: first.start + (repeated ? 1 : 0), newText: '' }],
        safe: false,
      },
    });
  }
  return out;
}
