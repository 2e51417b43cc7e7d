// Runs of a mark no report writes: empty table cells left by a converter (||||||||||), characters lost
// to an encoding (????, ��), a spreadsheet's error values (#DIV/0!, #N/A) and booleans (FALSE FALSE),
// and PDF page numbers flattened into a line (总分 -1- 偏差原因分析).
// The marks and their lengths are data (pasted-debris.json `marks`); each line is read once.
import data from '../pasted-debris.json' with { type: 'json' };
import type { TextLine } from '../../parse/blocks.js';
import type { RuleFinding } from '../rule.js';
import { escapeRegExp } from '../../text/escape-regexp.js';

type MarkKind = 'cells' | 'lost' | 'error' | 'boolean' | 'page' | 'whole' | 'inserted';

export interface Mark {
  kind: MarkKind;
  start: number;
  end: number;
}

/** A line of nothing but lost-character marks (忠县 2024: a lone `?` between the title and 一、), however few of them. */
const ALONE_LOST = new RegExp(`^[ \\t\\u3000]*[${escapeRegExp(data.marks.aloneLost)}]+[ \\t\\u3000]*$`);
const RUNS = new Map((data.marks.runs as { mark: string; min: number; kind: 'cells' | 'lost' }[]).map((r) => [r.mark, r]));
const ERRORS = data.marks.errors;
const BOOLEANS = new Set(data.marks.booleans);

/**
 * A PDF page number flattened into a line of text with spaces around it (总分 -1- 偏差原因分析, 普陀
 * 2022); one on a line of its own is page furniture (model/furniture.json).
 */
const PAGE = /(?:^|[ \u3000])([-—–－] ?[0-9]{1,3} ?[-—–－])(?=[ \u3000]|$)/g;

/**
 * Figures that lost their whole part in extraction, run together after a label (年度总金额.32.06.5,
 * 梁平 2023): a decimal point straight after a Chinese character, then another point. A report writes
 * 0.32 or 32.06, and ends a sentence before an item (工作.2.) with no digit after the second point.
 * The Chinese character before is checked by hand: a lookbehind would slow the scan of a long line.
 */
const WHOLE = /\.[0-9]{1,4}\.[0-9][0-9.]*/g;
/** A character of an encoding mix-up, quoted with up to SIDE neighbours on each side (。ㄒ唬┺D). */
const GARBLED = new RegExp(data.marks.garbled, 'g');
const SIDE = 2;
/** A copying site's tag between two Chinese characters (有关的`信息资料). */
const INSERTED = data.marks.inserted;
const isCjk = (c: number): boolean => c >= 0x4e00 && c <= 0x9fa5;

/** The cheap test a line gets before it is read mark by mark. */
export const ANY_MARK = new RegExp(
  [
    ...[...RUNS.values()].map((r) => `${escapeRegExp(r.mark)}{${r.min}}`),
    ...ERRORS.map(escapeRegExp),
    `\\b(?:${[...BOOLEANS].join('|')})\\b`,
    PAGE.source,
    WHOLE.source,
    data.marks.garbled,
    ...INSERTED.map(escapeRegExp),
    ALONE_LOST.source,
  ].join('|'),
  'i',
);
const WORD = /[A-Za-z]+/g;
/** Between two booleans of a run: spaces or the bars of table cells. */
const BETWEEN_CELLS = /^[ \t|]+$/;

/**
 * Empty cells are debris only on a line of nothing else: a row whose cells end in a run of empty ones
 * (合计 | 100 | |||||||||, 大英 2023; 年度资金总额: | 808.1 | 692.98 | 86% | ||||, 田家庵 2024) is the
 * table as the page wrote it, its merged cells kept, and reviewers leave it.
 */
function onlyBars(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c !== '|' && c !== ' ' && c !== '\t') return false;
  }
  return true;
}

/** A figure's last character, or an empty cell's dash: what stands beside a cell of a flattened table. */
const CELL_END = /[0-9%％\-—–－]/;
/** A number between two dashes each spaced off from it (- 100 -): two empty cells round a figure, or a page number. */
const SPACED = /^[-—–－] [0-9]+ [-—–－]$/;

/**
 * A number between two dashes spaced off from it, with a figure or another empty cell's dash beside it, past the spaces
 * (年度资金总额 130 130 130 10 100 10 其中:当年财政拨款 130 130 - 100 - 上年结转资金, 食品安全抽样 20xx): a flattened 自评表
 * row whose empty cells are written -, not a page number, which stands alone or between sentences (总分 -1- 偏差原因分析)
 * or, unspaced, after a row's last figure (20 20 100 —1— 偏差大或目标未完成, 区商务局 2020).
 */
function betweenCells(text: string, start: number, end: number): boolean {
  if (!SPACED.test(text.slice(start, end))) return false;
  let b = start - 1;
  while (b >= 0 && (text[b] === ' ' || text[b] === '\u3000')) b--;
  let a = end;
  while (a < text.length && (text[a] === ' ' || text[a] === '\u3000')) a++;
  return (b >= 0 && CELL_END.test(text[b] as string)) || (a < text.length && CELL_END.test(text[a] as string));
}

/** The marks of a line: [start, end) in its text, in order. */
export function marksIn(text: string): Mark[] {
  const out: Mark[] = [];
  if (ALONE_LOST.test(text)) {
    const start = text.length - text.trimStart().length;
    return [{ kind: 'lost', start, end: start + text.trim().length }];
  }
  for (let s = 0; s < text.length;) {
    let e = s + 1;
    while (e < text.length && text[e] === text[s]) e++;
    const run = RUNS.get(text[s] as string);
    if (run && e - s >= run.min && (run.kind !== 'cells' || onlyBars(text))) out.push({ kind: run.kind, start: s, end: e });
    s = e;
  }
  for (const err of ERRORS) {
    for (let at = text.indexOf(err); at >= 0; at = text.indexOf(err, at + err.length))
      out.push({ kind: 'error', start: at, end: at + err.length });
  }
  for (const m of text.matchAll(PAGE)) {
    const token = m[1] as string;
    const at = m.index + m[0].length - token.length;
    if (token.length < text.trim().length && !betweenCells(text, at, at + token.length))
      out.push({ kind: 'page', start: at, end: at + token.length });
  }
  for (const m of text.matchAll(WHOLE)) {
    if (isCjk(text.charCodeAt(m.index - 1))) out.push({ kind: 'whole', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(GARBLED)) {
    out.push({ kind: 'lost', start: Math.max(0, m.index - SIDE), end: Math.min(text.length, m.index + 1 + SIDE) });
  }
  for (const mark of INSERTED) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + mark.length)) {
      if (isCjk(text.charCodeAt(at - 1)) && isCjk(text.charCodeAt(at + mark.length)))
        out.push({ kind: 'inserted', start: at, end: at + mark.length });
    }
  }
  let run: Mark | undefined;
  let count = 0;
  for (const m of text.matchAll(WORD)) {
    const end = m.index + m[0].length;
    if (!BOOLEANS.has(m[0].toUpperCase())) run = undefined;
    else if (run && BETWEEN_CELLS.test(text.slice(run.end, m.index))) {
      run.end = end;
      if (++count === 2) out.push(run);
    } else {
      run = { kind: 'boolean', start: m.index, end };
      count = 1;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const QUOTED = 24;
/** Lines without the mark allowed inside one stretch: a table repeats its empty cells row after row. */
const GAP = 3;

export interface MarkedLine {
  line: TextLine;
  /** Its index in the report's lines. */
  at: number;
  marks: Mark[];
}

interface Marked {
  line: TextLine;
  at: number;
  mark: Mark;
}

/**
 * One finding for each kind of mark and each stretch of nearby lines holding it, `marked` in document
 * order. Lines of empty cells stand between the rows of one table however many rows apart (岳阳楼 2021:
 * lines 11, 16, 21 and 24, one defect for the reviewer): their stretch goes on while the table does,
 * a line with a cell's bar at least every GAP lines — a table converted one cell per line puts a lone
 * `|` between its cells (保山 2022: lines 8, 17, 22, 27, 156 and 163 of one 自评表, whose cells
 * hold sentences of their own), where prose between two tables has none. Garbled lines go on so through the lines a mirror
 * glossed with pinyin (`glossed`, their indexes in `lines`).
 */
export function markFindings(
  marked: MarkedLine[],
  lines: readonly TextLine[],
  text: string,
  glossed: ReadonlySet<number> = NO_LINES,
): RuleFinding[] {
  const bars = (l: TextLine): boolean => l.text.includes('|');
  const glossy = (_: TextLine, i: number): boolean => glossed.has(i);
  const out: RuleFinding[] = [];
  const open = new Map<MarkKind, Marked[]>();
  const flush = (kind: MarkKind): void => {
    const stretch = open.get(kind);
    if (stretch) out.push(kind === 'cells' ? cellsFinding(stretch, lines, text) : finding(kind, stretch));
    open.delete(kind);
  };
  for (const { line, at, marks } of marked) {
    for (const [kind, stretch] of open) {
      const last = stretch.at(-1) as Marked;
      if (
        line.line - last.line.line > GAP &&
        !(kind === 'cells' && goesOn(lines, last.at, at, bars)) &&
        !(kind === 'lost' && goesOn(lines, last.at, at, glossy))
      )
        flush(kind);
    }
    for (const mark of marks) {
      const stretch = open.get(mark.kind) ?? [];
      stretch.push({ line, at, mark });
      open.set(mark.kind, stretch);
    }
  }
  for (const kind of [...open.keys()]) flush(kind);
  return out;
}

/** Where the CJK characters right after a garbled stretch end, at most a quote's length on. */
function garbledEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && end - from < QUOTED && /[\u3400-\u9fff]/.test(text.charAt(end))) end++;
  return end;
}

const NO_LINES: ReadonlySet<number> = new Set();

/**
 * The stretch goes on from `from` to `to`: no more than GAP source lines on end without a line that `holds` between them
 * (a blank line counts as one without: `lines` skips it, its number does not). For empty cells, a cell's bar: the table goes
 * on. For garbled text, a mirror's glued pinyin (隆尧一中 20xx: the headings （一） on line 18 and （三） on line 34 garbled,
 * every line between glossed): one mirror's damage, one defect for the reviewer.
 */
function goesOn(lines: readonly TextLine[], from: number, to: number, holds: (line: TextLine, at: number) => boolean): boolean {
  let last = (lines[from] as TextLine).line;
  for (let i = from + 1; i <= to; i++) {
    const l = lines[i] as TextLine;
    if (l.line - last > GAP + 1) return false;
    if (holds(l, i)) last = l.line;
  }
  return true;
}

function finding(kind: MarkKind, stretch: Marked[], rows = stretch.length): RuleFinding {
  const { line, mark } = stretch[0] as Marked;
  const lastOne = stretch[stretch.length - 1] as Marked;
  // garbled text runs on into rare characters the test does not mark (ㄒ唬┞毮苈氊): quoted with them
  const whole = line.text.slice(mark.start, kind === 'lost' ? garbledEnd(line.text, mark.end) : mark.end);
  const quoted = whole.length > QUOTED ? `${whole.slice(0, QUOTED)}…` : whole;
  const from = line.line + 1;
  const to = lastOne.line.line + 1;
  const n = rows;
  const where = {
    zh: from === to ? `第 ${from} 行` : `第 ${from}—${to} 行 ${n} 处`,
    en: from === to ? `line ${from}` : `lines ${from}–${to}, ${n}`,
  };
  const message = {
    cells: {
      zh: `表格转换留下的成串空单元格（${where.zh}，如“${quoted}”），不属于报告内容：请删除，或按原表格恢复合并的单元格`,
      en:
        `Runs of empty table cells left by a converter (${where.en}, e.g. “${quoted}”), not part of the report: ` +
        'delete them or restore the merged cells',
    },
    lost: {
      zh: `复制或转换编码时丢失的文字变成了乱码（${where.zh}，如“${quoted}”）：请对照原文件补回`,
      en: `Characters lost in copying or converting the encoding (${where.en}, e.g. “${quoted}”): restore them from the source document`,
    },
    inserted: {
      zh: `复制网站在字词之间插入的记号（${where.zh}，如“${quoted}”），不属于报告内容：请删除`,
      en: `A mark a copying site put between the characters (${where.en}, e.g. “${quoted}”), not part of the report: delete it`,
    },
    whole: {
      zh: `数字丢了整数部分，连成了一串（${where.zh}，如“${quoted}”）：是转换文件时丢的，请对照原文件补回`,
      en:
        `Figures lost their whole part and run together (${where.en}, e.g. “${quoted}”), lost in converting the file: ` +
        'restore them from the source document',
    },
    error: {
      zh: `电子表格的错误值留在了报告里（${where.zh}，如“${quoted}”）：请填入正确的计算结果`,
      en: `Spreadsheet error values are left in the report (${where.en}, e.g. “${quoted}”): fill in the right results`,
    },
    page: {
      zh: `PDF 的页码混进了正文（${where.zh}，如“${quoted}”）：请删除`,
      en: `PDF page numbers slipped into the text (${where.en}, e.g. “${quoted}”): delete them`,
    },
    boolean: {
      zh: `电子表格的逻辑值混入了报告（${where.zh}，如“${quoted}”）：请删除，或改为这些单元格应填的内容`,
      en: `Spreadsheet booleans slipped into the report (${where.en}, e.g. “${quoted}”): delete them or fill in what the cells should hold`,
    },
  }[kind];
  return { span: { start: line.start + mark.start, end: lastOne.line.start + lastOne.mark.end }, message };
}

/** Fewest bars of a line of empty cells inside a table's stretch: a lone `|` or `||` parts two cells. */
const INNER_CELLS = 3;

/**
 * Lines of empty cells are a table's, one defect however many (the reviewer names them all in one note): the first
 * line is the finding, each line a related place — with the shorter runs between (甘其毛都 2024: |||| and |||||
 * among runs of ten) — and the fix deletes each line whole, its line break with it (a line of such cells holds
 * nothing else), leaving the table's cells between as they are.
 */
function cellsFinding(stretch: Marked[], lines: readonly TextLine[], text: string): RuleFinding {
  const rows: TextLine[] = [];
  for (let i = (stretch[0] as Marked).at; i <= (stretch.at(-1) as Marked).at; i++) {
    const l = lines[i] as TextLine;
    if (onlyBars(l.text) && l.text.split('|').length - 1 >= INNER_CELLS) rows.push(l);
  }
  const { message } = finding('cells', stretch, rows.length);
  const places = rows.map((l) => ({ start: l.start, end: l.end }));
  return {
    span: places[0] as { start: number; end: number },
    message,
    related: places.map((span) => ({ span, message: { zh: '空单元格的行', en: 'a line of empty cells' } })),
    fix: {
      title: { zh: '删去空单元格的行', en: 'Delete the lines of empty cells' },
      edits: rows.map((line) => {
        const br = text.indexOf('\n', line.end);
        return { start: line.lineStart, end: br < 0 ? text.length : br + 1, newText: '' };
      }),
      // the merged cells of the table as it was may be what the drafter wants back
      safe: false,
    },
  };
}
