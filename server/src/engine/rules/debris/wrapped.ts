// Text copied from a PDF keeps the PDF's line breaks inside its paragraphs: lines of the page's width,
// each cut mid-word (其中产业项 / 目 x 个). A drafter's own lines vary in length; lines of one width, all
// running on, are the page's. A title cut that way is often followed by its whole form (绩效自 / 评报告,
// then the full title): the cut copy is debris too.
import { readingOf, type Block, type TextLine } from '../../parse/blocks.js';
import type { Report } from '../../model/report.js';
import { pickedBlocks, pickedIndexes, pickedLines } from '../../parse/picked-lines.js';
import type { RuleFinding } from '../rule.js';
import { deleteLines } from './delete-lines.js';
import { previousNonBlank } from './page-head.js';

/** A line ending in one of these ends a sentence or a clause before a list: the break is the drafter's. */
const ENDS = /[。！？；：!?;:）)】》”」]$/;
/** Display width of the narrowest PDF line read as one (some fifteen CJK characters). */
const NARROWEST = 30;
/** Widths of the lines of one PDF page differ by less than this (ASCII letters and spaces are narrower). */
const TOLERANCE = 7;
const QUOTED = 4;
const AFTER_STOP = /^.*[。，、；：！？,;:!?]/;
const FROM_STOP = /[。，、；：！？,;:!?].*$/;
/** Fewer cut lines in a row than this may be chance. */
const MIN_LINES = 3;
/** Titles looked up in full elsewhere are this long: shorter pairs are table cells one per line (项目资金 / （万元）). */
const SHORTEST_TITLE = 12;
const LONGEST_TITLE = 60;
const CJK = /[\u4e00-\u9fa5]/;

function width(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += s.charCodeAt(i) > 0x2e80 ? 2 : 1;
  return w;
}

/**
 * A form's field on a line of its own: a label, spaces or a colon, its value (淳安 2020: 项目名称 2020年公共文化活动专项资金 /
 * 项目单位 … / 主管部门 …; 威海 2020's cover: 项目名称:城市精细化管理以奖代补奖金 / 主管部门:… / 评价实施方(评价机构):…). Lines of
 * a form's width, but most of them fields, not a paragraph the PDF wrapped (where a line may open 项目 x 个 now and then,
 * 镇财政所 2021).
 */
const FIELD = /^[\u4e00-\u9fa5]{2,8}(?:[(（][\u4e00-\u9fa5]{2,6}[)）])?(?:[ \u3000]*[:：][ \u3000]*|[ \u3000]+)[^ \u3000:：]/;

/** `a` runs on into `b`: adjacent source lines of a block, `a` without a closing stop, `b` no new item, neither a table row. */
function runsOn(a: TextLine, b: TextLine): boolean {
  return (
    b.line === a.line + 1 &&
    a.mdDepth === 0 &&
    b.mdDepth === 0 &&
    !ENDS.test(a.text) &&
    !a.text.includes('|') &&
    !b.text.includes('|') &&
    readingOf(b).head.marker === undefined
  );
}

/** One finding per block whose lines keep a PDF page's width, naming each stretch of cut lines. */
export function wrappedFindings(report: Report): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const b of pickedIndexes(wrappedBlocks, report.chunks, report.text)) {
    const stretches = wrappedStretches(report.parsed.blocks[b] as Block);
    if (stretches.length > 0) out.push(finding(stretches));
  }
  return out;
}

/** The blocks with a stretch of cut lines (rare), kept per chunk: a keystroke reads the chunks parsed again. */
const wrappedBlocks = pickedBlocks((block) => wrappedStretches(block).length > 0);

/** Runs of lines, each running on into the next and at least MIN_LINES of them cut at one width: the lines, the last one included. */
function wrappedStretches(block: Block): TextLine[][] {
  const out: TextLine[][] = [];
  const { lines } = block;
  for (let i = 0; i + 1 < lines.length;) {
    let j = i;
    let lo = Infinity;
    let hi = 0;
    for (; j + 1 < lines.length && runsOn(lines[j] as TextLine, lines[j + 1] as TextLine); j++) {
      const w = width((lines[j] as TextLine).text);
      if (w < NARROWEST || Math.max(hi, w) - Math.min(lo, w) >= TOLERANCE) break;
      lo = Math.min(lo, w);
      hi = Math.max(hi, w);
    }
    const after = lines.slice(i + 1, j + 1);
    if (j - i >= MIN_LINES && 2 * after.filter((l) => FIELD.test(l.text)).length < after.length) out.push(lines.slice(i, j + 1));
    i = Math.max(j, i + 1);
  }
  return out;
}

function finding(stretches: TextLine[][]): RuleFinding {
  const first = stretches[0] as TextLine[];
  const last = stretches[stretches.length - 1] as TextLine[];
  const where = stretches.map((ls) => `${(ls[0] as TextLine).line + 1}—${(ls[ls.length - 1] as TextLine).line + 1}`);
  // the words on each side of the first cut that falls inside a clause (a line may end on 、: nothing to quote before it)
  const quote = (k: number): [string, string] => [
    (first[k] as TextLine).text.slice(-QUOTED).replace(AFTER_STOP, '').trim(),
    (first[k + 1] as TextLine).text.slice(0, QUOTED).replace(FROM_STOP, '').trim(),
  ];
  let k = 0;
  while (k + 2 < first.length && quote(k).includes('')) k++;
  const [before, after] = quote(quote(k).includes('') ? 0 : k);
  const cut = `“${before}”/“${after}”`;
  const edits = stretches.flatMap((ls) => ls.slice(1).map((l, k) => ({ start: (ls[k] as TextLine).end, end: l.start, newText: '' })));
  return {
    severity: 'information',
    span: { start: (first[0] as TextLine).start, end: (last[last.length - 1] as TextLine).end },
    message: {
      zh: `这段文字保留了 PDF 的换行，词句在行末被截断（第 ${where.join('、')} 行，如${cut}）：请删去段内的换行`,
      en:
        `The text keeps a PDF's line breaks, cutting words at line ends (lines ${where.join(', ').replace(/—/g, '–')}, e.g. ${cut}): ` +
        'join the lines',
    },
    fix: { title: { zh: '删去段内的换行', en: 'Join the lines' }, edits, safe: false },
  };
}

/** A title cut in two by a line break whose whole form is a line of its own elsewhere: the cut copy. */
export function cutTitleFindings(report: Report): RuleFinding[] {
  const { lines } = report.parsed;
  // the lines of a title's length by their text, read once a pair is found (a keystroke finds none)
  let whole: Map<string, TextLine> | undefined;
  const out: RuleFinding[] = [];
  for (const i of pickedIndexes(cutEnds, report.chunks)) {
    const a = lines[i] as TextLine;
    const b = lines[i + 1];
    if (!b) continue;
    const length = a.text.length + b.text.length;
    if (b.line !== a.line + 1 || length < SHORTEST_TITLE || length > LONGEST_TITLE) continue;
    // cut mid-word: a character on each side of the break
    if (!CJK.test(a.text.slice(-1)) || !CJK.test(b.text.charAt(0))) continue;
    whole ??= titleLines(report);
    const full = whole.get(a.text.trim() + b.text.trim());
    if (!full || full.line === a.line) continue;
    // the whole title right above the cut one (六安 2021, 西山区第七幼儿园 2024): a page's headline over the document's own
    // title, which its layout cut; which of the two a reviewer strikes, the headline or the cut copy, cannot be told
    if (lines[previousNonBlank(lines, i)] === full) continue;
    out.push({
      severity: 'information',
      span: { start: a.start, end: b.end },
      message: {
        zh: `标题被换行截成两行（“${a.text.slice(-3)}”/“${b.text.slice(0, 3)}”），第 ${full.line + 1} 行又有完整的标题：请删去截断的这两行`,
        en:
          `A title cut in two by a line break (“${a.text.slice(-3)}” / “${b.text.slice(0, 3)}”), ` +
          `and line ${full.line + 1} has it whole: delete the cut copy`,
      },
      fix: { title: { zh: '删去截断的标题', en: 'Delete the cut title' }, edits: [deleteLines(report, a, b)], safe: false },
    });
  }
  return out;
}

/** Lines that may be a cut title's first part (shorter than a title, a CJK character at the break): kept per chunk. */
const cutEnds = pickedLines((a) => a.text.length < LONGEST_TITLE && CJK.test(a.text.slice(-1)));
/** Lines of a title's length, where a cut title's whole form is looked for: kept per chunk. */
const titleLengthLines = pickedLines((l) => l.text.length >= SHORTEST_TITLE && l.text.length <= LONGEST_TITLE);

/** The lines of a title's length by their text (trimmed): the last of each text. */
function titleLines(report: Report): Map<string, TextLine> {
  const whole = new Map<string, TextLine>();
  titleLengthLines(report.chunks, (l) => whole.set(l.text.trim(), l));
  return whole;
}
