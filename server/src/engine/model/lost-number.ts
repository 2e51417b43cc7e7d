// A title line that lost its number: short, on a line of its own, nothing after it. Read in the gap of a
// skipped number (own-numbering.ts), and after the last item of a run of headings when it is written like
// that item (临河动物疫病 2023: （一）資金情況分析。 then 資金管理情況分析。 with no （二）: the same 情况分析 ending, the
// title of the sibling that lost its （二）); after a 1. item only when written much like it (SHARED_ENDING_ITEM).
import { readingOf, type TextLine } from '../parse/blocks.js';
import { isHanCode } from '../text/han.js';

/** A number's separator, kept at a title's start when its numeral was lost (`、项目绩效情况`). */
const SEPARATORS: ReadonlySet<string> = new Set(['、', '.', '．']);

/** The separator a title starts with when its number was lost and the separator kept (`、科普设施建设`), or ''. */
export function keptSeparator(line: TextLine): string {
  const first = readingOf(line).head.title[0] ?? '';
  return SEPARATORS.has(first) ? first : '';
}
/** The longest title of a line taken for a heading that lost its number. */
export const MAX_LOST_TITLE = 30;
/** Chinese characters the ends of two titles share for one to be written like the other (情况分析, 分析). */
const SHARED_ENDING = 2;

/** A line of its own that reads as a title with no number: short, nothing after it. */
export function untitledHeading(line: TextLine): boolean {
  return line.first && titleLike(line);
}

function titleLike(line: TextLine): boolean {
  const { head, titleLength } = readingOf(line);
  return (
    !head.marker &&
    !head.runIn &&
    titleLength >= 2 &&
    titleLength <= MAX_LOST_TITLE &&
    !line.text.startsWith('|') &&
    !MASKED.test(head.title) &&
    !CITED.test(head.title) &&
    !QUOTED_NUMBER.test(head.title) &&
    !CLAUSE.test(head.title)
  );
}

/** A comma inside the line: a sentence's clause, which no title that lost its number holds (现有人员45人，其中在编40人。). */
const CLAUSE = /[，,；;][^，,；;]/;

/**
 * A quotation that holds a number of its own (文件明确规定： then “一、各级财政部门要…, “二、各部门要…, one paragraph each, as a
 * document's text is quoted): the cited document's numbering, no heading of the report's that lost its number. A heading
 * may open with a quoted word (“三公”经费支出情况); only a number right after the mark makes it a quotation's.
 */
const QUOTED_NUMBER =
  /^[“「『"‘'][ \u3000]{0,2}(?:[一二三四五六七八九十]{1,3}[、.．,，]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．]|第[一二三四五六七八九十百\d]{1,4}[条章节款项部])/;

/** A cited document's title (《…会议纪要》, 《…实施方案》 on a line of a list of 依据): no heading of the report's. */
const CITED = /^[《〈<]/;

/**
 * A number masked out as the figures of a redacted copy are (保亭果蔬 20xx: `*.預算執行情況分析`, `(*)預算執行率`,
 * `????*.決策與管理情況分析` after a few characters the page could not show): the title has its number, only hidden.
 */
const MASKED = /^[?？]{0,8}(?:[(（]\*{1,3}[)）]|\*{1,3}[.．、])/;

const ENDS_SENTENCE = /[。！？!?]$/;

/**
 * A title line inside a paragraph of one-line paragraphs (巩义 2023, no blank lines: …奠定了基础。 / 财政衔接…自评情况 /
 * 根据…): a source line of its own after one that ends its sentence, itself ending in none.
 */
function titleInParagraph(line: TextLine, before: TextLine | undefined): boolean {
  if (!before || line.inLine || before.line !== line.line - 1) return false;
  return ENDS_SENTENCE.test(before.text.trimEnd()) && !ENDS_SENTENCE.test(line.text.trimEnd()) && titleLike(line);
}

/** A title numbered in words (第四部分 其他重要事项…, a 部门决算's parts, 临翔 2022): it has its number. */
const PART = /^[ \u3000]*第[一二三四五六七八九十0-9]+[部章节篇]/;

/** A title without its closing marks (资金情况分析。 → 资金情况分析). */
function bare(title: string): string {
  let end = title.length;
  while (end > 0 && !isHanCode(title.charCodeAt(end - 1))) end--;
  return title.slice(0, end);
}

/** Whether two titles end in the same Chinese characters (`shared` of them), neither being the other. */
function sameEnding(a: string, b: string, shared: number): boolean {
  const x = bare(a);
  const y = bare(b);
  return x.length > shared && y.length > shared && x !== y && x.endsWith(y.slice(-shared));
}

/**
 * Characters the ends of two third-level titles share (龙感湖 2023: 1.项目资金到位情况分析, a paragraph, then 项目资金执行情况分析
 * bare): 1. numbers list items as often as headings, so a bare line after one is its sibling only when it is written
 * much like it, and reads as no sentence (no comma).
 */
export const SHARED_ENDING_ITEM = 4;
const COMMA = /[,，;；]/;

const OPENS_LIST = /[：:][\s\u3000]*$/;

/**
 * A line that the line before leads into with its colon (平凉公共文化 2023: …具体情况如下: then 2023年…资金下达情况, the
 * caption of the table after it): what the colon announces — a caption, a list, a form — not a sibling heading.
 */
function introduced(line: TextLine, before: TextLine | undefined): boolean {
  return before !== undefined && before.line < line.line && OPENS_LIST.test(before.text);
}

/**
 * A line that leads with its colon into the numbered list right under it (梯子河小学 2022: `(三)绩效目标。`, `总绩效目标:…`,
 * then `具体绩效目标:` over `1、满足全校60名…`): the list's label, not a sibling heading that lost its number.
 */
function leadsList(line: TextLine, after: TextLine | undefined): boolean {
  return after !== undefined && after.line === line.line + 1 && OPENS_LIST.test(line.text) && readingOf(after).head.marker !== undefined;
}

/**
 * The one title line among `lines[from, to)` written like `last`'s title (their ends the same): the sibling after
 * `last` that lost its number. Undefined when there is none, or more than one (which lost it is a guess).
 */
export function lostAfterRun(
  lines: readonly TextLine[],
  last: TextLine,
  from: number,
  to: number,
  shared = SHARED_ENDING,
): TextLine | undefined {
  const title = readingOf(last).head.title;
  // a title right under `last`, no text between (汨罗公交 2017, a 自评表: 三、项目绩效自评情况 then the row label
  // 项目绩效定性目标及实施计划完成情况): `last`'s first part or caption, not a sibling after a section left empty
  // (where two such titles stand, which lost the number is a guess, as before)
  let underLast: TextLine | undefined;
  let lost: TextLine | undefined;
  // a title that kept a separator `last`'s number does not end with lost a number of another form (同德镇 2021: `、项目绩效情况`
  // after （三）项目财务管理情况, its 三、 or 四、 lost): not the sibling that follows `last`
  const sep = readingOf(last).head.marker?.sep ?? '';
  for (let k = from; k < to; k++) {
    const line = lines[k] as TextLine;
    const own = readingOf(line).head.title;
    if (underLast === undefined && line.text.trim() !== '') underLast = line;
    if (!(untitledHeading(line) || titleInParagraph(line, lines[k - 1])) || PART.test(own) || !sameEnding(title, own, shared)) continue;
    const kept = keptSeparator(line);
    if (kept && kept !== sep) continue;
    if (shared > SHARED_ENDING && COMMA.test(own)) continue;
    if (introduced(line, lines[k - 1]) || leadsList(line, lines[k + 1])) continue;
    if (lost) return undefined;
    lost = line;
  }
  return lost === underLast && !readingOf(last).head.runIn ? undefined : lost;
}
