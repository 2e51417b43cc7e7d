// Sentences broken across paragraphs at PDF line or page breaks (习近平 / 平新时代): a paragraph that
// ends mid-sentence and a next one that goes on with it, or goes on after the page's number alone on its line
// (福州 2017: `…实际到位资金613万元,补` / `1` / `助情况:…`).
import { readingOf, type Block, type TextLine } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { pickedBlocks, pickedIndexes } from '../../parse/picked-lines.js';
import type { Report } from '../../model/report.js';
import type { RuleFinding } from '../rule.js';

const ENDS_SENTENCE = /[。！？!?；;：:”」』）)】》.…—\-|*_`>]$/;
const CJK = /[\u4e00-\u9fa5]/;
/** Marks inside a line that only prose has: a heading or a list of titles has none. */
const PROSE = /[，,、；;。“”]/;
/** Shorter lines without a full stop are labels or names, not cut sentences. */
const MIN_LINE = 16;
/** A line this long is a cut PDF line even without a comma in it. */
const PDF_LINE = 30;
/** Characters quoted on each side of the cut, within the clause. */
const QUOTED = 4;
const AFTER_STOP = /^.*[。，、；：！？,;:!?]/;
const FROM_STOP = /[。，、；：！？,;:!?].*$/;
/** 第一部分 部门概况: a part of a 部门决算, a title not a sentence going on. */
const PART = /^第[一二三四五六七八九十]{1,3}部分/;
/** 附件:1.… after a table of contents (内蒙古机关事务管理局 2023): a list of attachments, not a sentence going on. */
const ATTACHMENT = /^附[件表][0-9０-９]{0,3}[:：]/;

/** The line ends mid-sentence: a CJK character, no closing punctuation, long enough to be prose. */
const endsOpen = lineMemo((line) => !ENDS_SENTENCE.test(line.text) && CJK.test(line.text.slice(-1)) && [...line.text].length >= MIN_LINE);

/** Blocks whose last line ends mid-sentence, outside a Markdown container: kept per chunk (a keystroke reads the chunks parsed again). */
const openEnded = pickedBlocks((b) => {
  const last = b.lines[b.lines.length - 1];
  return last !== undefined && b.mdDepth === 0 && endsOpen(last);
});

/** A heading the outline did not take (a title with no stop, a numbered item): nothing runs on into or out of it. */
const startsItem = (line: TextLine, text: string): boolean =>
  readingOf(line).head.marker !== undefined ||
  PART.test(line.text) ||
  ATTACHMENT.test(line.text) ||
  LIST_ITEM.test(text.slice(line.lineStart, line.start));
/** Marks of a clause (a cell may list items with 、). */
const CLAUSE = /[，,；;。“”]/;
/** A Markdown list item (- 人员情况, 平泉 2023): a new item, not a sentence going on. */
const LIST_ITEM = /^[ \t]*[-*+][ \t]/;
/**
 * A table laid out one cell per paragraph (南湖新区 2017: 1月31日33号凭证…18号凭证 / 优抚解三难 / 9.1): a cell
 * without a clause mark followed by a short one is the next row's label, not the rest of a sentence.
 */
const cellAfterCell = (last: TextLine, next: Block): boolean =>
  !CLAUSE.test(last.text) &&
  next.lines.length === 1 &&
  !PROSE.test((next.lines[0] as TextLine).text) &&
  [...(next.lines[0] as TextLine).text].length < MIN_LINE;
/**
 * A short line that neither holds a clause mark nor ends a sentence is a form's label wrapped in its cell
 * (…武装等工作 / 年度主要 / 工作内容, 新开镇 2021's cover form), not the rest of a cut sentence: a sentence's
 * rest runs on to its stop, or is as long as a line.
 */
const labelAfter = (next: Block): boolean => {
  const only = next.lines.length === 1 ? (next.lines[0] as TextLine).text : undefined;
  if (only === undefined || PROSE.test(only) || ENDS_SENTENCE.test(only)) return false;
  // or a form's label or title ending in a section's noun (云溪 2015: 项目绩效定量目标(指标)及完成情况 under its goal)
  return [...only].length < MIN_LINE || (TITLE_END.test(only) && [...only].length < PDF_LINE);
};
/**
 * The nouns an outline's titles end in (…情况及原因, …实施情况, …存在的问题): a numbered line ending so is a title even when it
 * lists its topics (郴州科协 2021: `(二)机构情况,包括当年变动情况及原因`, the 湖南 outline's heading with its guidance), and a
 * line ending so after a paragraph is a title, not the paragraph's rest (望岳路 2021: `任务5:突出严管厚爱,建强班子队伍` then
 * `年度部门(单位)总体运行情况及取得的成绩`, the 湖南 部门整体 heading that lost its number and year).
 */
const TITLE_END = /(?:情况|原因|分析|概况|目标|措施|建议|问题|结论|内容|依据|职能|职责|成绩|成效)$/;
/**
 * Parallel items with the same label and a number (岳阳县委宣传部 2022: `任務(wù)2:…新聞宣傳` / `任務(wù)3:…`): a new item,
 * not the rest of a sentence; the label is read up to the digit, two to eight characters.
 */
function sameLabel(last: TextLine, first: TextLine): boolean {
  const m = /^([^\s\d]{2,8}?)\d/.exec(last.text);
  return m !== null && first.text.startsWith(m[1] as string) && /^\d/.test(first.text.slice((m[1] as string).length));
}
const titleLike = (line: TextLine): boolean => !PROSE.test(line.text) && [...line.text].length < PDF_LINE;
/**
 * A numbered heading the outline did not take, shorter than a PDF line and with no clause or list in it (湛江 2023’s
 * `(一) 拟订…战略、促进科技创新强` is an item cut short), a name in quotes
 * allowed (红河 2022: `1.“政采云”电子卖场平台服务经费`, then `项目背景: …`): a title, nothing runs on out of it.
 */
const numberedTitle = (line: TextLine): boolean => {
  const { head } = readingOf(line);
  // the title after its number: a 3、's own 、 is no list (3、资金来源：中央补助资金和县级配套资金, session 22 red team)
  if (head.marker === undefined || [...line.text].length >= PDF_LINE) return false;
  return !CLAUSE_STOP.test(head.title) || TITLE_END.test(line.text);
};
const CLAUSE_STOP = /[，,、；;。]/;
/** The unit naming itself at a paragraph's start: a new sentence's subject. */
const OWN_SUBJECT = /^(?:本单位|本部门|我单位|我部门|我局|我院|我校|我中心|我办|我委|我厅|我站|我所|我馆)/;
/** Blocks looked back through for the numbered line before a numbered one. */
const SIBLING_BACK = 12;
/**
 * A numbered line whose sibling before it (the same level and form, one less) is a title alone on its line is a title
 * too, though it lists its topics with 、 (沅陵 2021: `1、项目单位基本情况` … `3、项目基本性质、用途和主要内容、涉及范围`,
 * then its paragraph): nothing runs on out of it. A first item has no such sibling (湛江 2023's cut duty `(一) 拟订…`).
 */
function titleAfterTitle(blocks: readonly Block[], i: number, last: TextLine): boolean {
  const m = readingOf(last).head.marker;
  if (!m || m.broken || PROSE_STOP.test(last.text)) return false;
  for (let k = i - 1; k >= 0 && k >= i - SIBLING_BACK; k--) {
    for (const line of (blocks[k] as Block).lines) {
      const before = readingOf(line).head.marker;
      if (!before || before.broken || before.level !== m.level) continue;
      // the title after its number (a 1、's own 、 is no list)
      const title = readingOf(line).head;
      const alone = !title.runIn && !CLAUSE_STOP.test(title.title) && [...line.text].length < PDF_LINE;
      return before.value === m.value - 1 && before.sep === m.sep && before.open === m.open && alone;
    }
  }
  return false;
}
/** Marks of a sentence or clause (、 lists topics in a title too). */
const PROSE_STOP = /[，,；;。]/;
/** A page number alone on its line (1, -2-, — 3 —). */
const PAGE_NUMBER = /^[ \t]*[-—–－]? ?[0-9]{1,3} ?[-—–－]?[ \t]*$/;
/** The block is a page number and nothing else. */
const pageNumber = (block: Block): boolean => block.lines.length === 1 && PAGE_NUMBER.test((block.lines[0] as TextLine).text);

export function brokenSentences(report: Report, isDebris: (line: TextLine) => boolean): RuleFinding[] {
  const out: RuleFinding[] = [];
  const { blocks } = report.parsed;
  const headingLines = new Set(report.outline.headings.map((h) => h.line.lineStart));
  // name lists (评价小组) are short lines without punctuation by nature
  const team = report.outline.headings.filter((h) => h.tsec?.role === 'team').map((h) => h.section);
  for (const i of pickedIndexes(openEnded, report.chunks, report.text)) {
    const a = blocks[i] as Block;
    if (i + 1 >= blocks.length) continue;
    // the sentence may go on after a page number the PDF put between its halves: that block is the cut's
    const page = pageNumber(blocks[i + 1] as Block) && i + 2 < blocks.length ? ((blocks[i + 1] as Block).lines[0] as TextLine) : undefined;
    const b = blocks[page ? i + 2 : i + 1] as Block;
    const last = a.lines[a.lines.length - 1];
    const first = b.lines[0];
    if (!last || !first || !endsOpen(last) || a.mdDepth > 0 || b.mdDepth > 0 || last.start < report.outline.bodyStart) continue;
    if (headingLines.has(last.lineStart) || headingLines.has(first.lineStart)) continue;
    const tail = last.text.slice(-1);
    const head = first.text[0] ?? '';
    if (!CJK.test(head) || isDebris(first) || isDebris(last) || startsItem(first, report.text) || titleLike(last) || numberedTitle(last))
      continue;
    if (cellAfterCell(last, b) || labelAfter(b) || titleAfterTitle(blocks, i, last) || sameLabel(last, first)) continue;
    // a paragraph opening on the unit as its subject starts a sentence (开远统战部 2021: …每年市级补助10.00万元 / 本单位2021年度…)
    if (OWN_SUBJECT.test(first.text)) continue;
    if (team.some((t) => last.start >= t.start && last.start < t.end)) continue;
    const repeated = tail === head;
    const before = last.text.slice(-QUOTED).replace(AFTER_STOP, '');
    const after = first.text.slice(0, QUOTED).replace(FROM_STOP, '');
    if (page) {
      const n = page.text.trim();
      out.push({
        span: { start: last.end - 1, end: first.start + 1 },
        message: {
          zh: `句子在分页处断开，中间夹着 PDF 的页码“${n}”（“${before}”/“${after}”）：页码不属于报告内容，请删去并合并为一段`,
          en:
            `A sentence is cut at a page break with the PDF's page number “${n}” between (“${before}” / “${after}”): ` +
            'delete it and join the paragraphs',
        },
        fix: {
          title: { zh: '删去页码并合并为一段', en: 'Delete the page number and join the paragraphs' },
          edits: [{ start: last.end, end: first.start + (repeated ? 1 : 0), newText: '' }],
          safe: false,
        },
      });
      continue;
    }
    out.push({
      severity: 'information',
      span: { start: last.end - 1, end: first.start + 1 },
      message: repeated
        ? {
            zh: `句子在分页处断开，且“${tail}”字重复（PDF 残留）：请合并为一段并删去重复的字`,
            en: `A sentence is cut at a page break and “${tail}” is repeated (PDF debris): join the paragraphs and drop the repeat`,
          }
        : {
            zh: `句子被换行截断成两段（“${before}”/“${after}”，可能来自 PDF 换行）：请合并为一段`,
            en: `A sentence is cut into two paragraphs (“${before}” / “${after}”, likely a PDF line break): join them`,
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
