// Amounts in 万元 with more than four decimals (52.800000 万元): the fifth decimal is a tenth of a yuan,
// below what a budget is kept in, so the figure was pasted from a system export. Figures with their
// unit (52.800000万元) count, and bare figures in a table whose label says 万元 (年度资金总额(万元): 1
// 52.800000), ending a cell. One finding per paragraph. When the extra decimals are zeros, dropping them
// leaves the amount as it was: that fix is safe.
import { lineMemo } from '../parse/line-memo.js';
import type { Block, TextLine } from '../parse/blocks.js';
import { zq } from './format.js';
import { defineRule, type RuleFinding } from './rule.js';
import type { TextEdit } from '../types.js';

const MAX_DECIMALS = 4;
/** Decimals kept when trailing zeros are dropped: 52.800000 → 52.80, as budgets write 万元. */
const KEPT_DECIMALS = 2;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const SPACES = new Set([32, 0x3000, 0xa0, 9]);
/** What may follow a bare figure in a table: a cell separator. */
const BARE_END = new Set([...' \t\u3000|'].map((c) => c.charCodeAt(0)));
/** How a table or its header gives 万元 as the unit of its figures. */
const WAN_YUAN_LABEL = /[(（]万元[)）]|单位[:：] ?万元/;

interface Figure {
  /** Offsets from the line's start. */
  start: number;
  end: number;
  decimals: number;
  /** Written with 万元 after it (otherwise bare, in 万元 only if its paragraph says so). */
  withUnit: boolean;
}

/** Decimal figures with more than MAX_DECIMALS digits after the point, followed by 万元 or by nothing unit-like. */
function figures(text: string): Figure[] {
  const out: Figure[] = [];
  for (let dot = text.indexOf('.'); dot !== -1; dot = text.indexOf('.', dot + 1)) {
    if (dot === 0 || !isDigit(text.charCodeAt(dot - 1))) continue;
    let end = dot + 1;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    const decimals = end - dot - 1;
    if (decimals <= MAX_DECIMALS) {
      dot = end - 1;
      continue;
    }
    let start = dot - 1;
    while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
    if (start > 0 && text[start - 1] === '.') continue; // a version or section number: 1.2.345678
    let after = end;
    while (after < text.length && SPACES.has(text.charCodeAt(after))) after++;
    const withUnit = text.startsWith('万元', after);
    if (withUnit || after === text.length || BARE_END.has(text.charCodeAt(end))) out.push({ start, end, decimals, withUnit });
    dot = end - 1;
  }
  return out;
}

const NONE: Figure[] = [];
const figuresOf = lineMemo((line) => (line.text.includes('.') ? figures(line.text) : NONE));

/** The figure without trailing zeros past KEPT_DECIMALS, or undefined when a dropped digit is not zero. */
function trimmed(figure: string): string | undefined {
  const dot = figure.indexOf('.');
  let end = figure.length;
  while (end > dot + KEPT_DECIMALS + 1 && figure[end - 1] === '0') end--;
  return end - dot - 1 <= MAX_DECIMALS ? figure.slice(0, end) : undefined;
}

export default defineRule({
  id: 'over-precise',
  severity: 'warning',
  scope: 'chunk',
  description: {
    zh: '以万元为单位的金额小数超过四位（如 52.800000 万元）：第五位小数已不足一元。',
    en: 'An amount in 万元 with more than four decimals (52.800000 万元): the fifth decimal is less than one yuan.',
  },
  fixes: [{ does: { zh: '删去多余的零（金额不变）', en: 'Drops the extra zeros (the amount is unchanged)' }, safe: true }],
  check({ report }) {
    const out: RuleFinding[] = [];
    for (const block of report.parsed.blocks) {
      const found: { line: TextLine; f: Figure }[] = [];
      let labelled: boolean | undefined;
      let columns: WanColumns | undefined;
      for (const line of block.lines) {
        for (const f of figuresOf(line)) {
          if (!f.withUnit && !(labelled ??= saysWanYuan(block))) continue;
          if (!f.withUnit && !inWanColumn(line, f, (columns ??= wanColumns(block)))) continue;
          found.push({ line, f });
        }
      }
      const first = found[0];
      if (!first) continue;
      const texts = found.map(({ line, f }) => line.text.slice(f.start, f.end));
      const fixed = texts.map(trimmed);
      const edits: TextEdit[] = [];
      found.forEach(({ line, f }, i) => {
        const t = fixed[i];
        if (t !== undefined) edits.push({ start: line.start + f.start, end: line.start + f.end, newText: t });
      });
      const distinct = [...new Set(texts)];
      const shown = distinct.slice(0, 3).map(zq).join('、') + (found.length > 1 ? `（共 ${found.length} 处）` : '');
      const shownEn = distinct.slice(0, 3).join(', ') + (found.length > 1 ? `; ${found.length} figures` : '');
      const finding: RuleFinding = {
        span: { start: first.line.start + first.f.start, end: first.line.start + first.f.end },
        message: {
          zh: `以万元为单位的金额${shown}小数超过 ${MAX_DECIMALS} 位（第五位已不足一元）：请保留两到四位小数，并核对合计`,
          en:
            `Amounts in 万元 with more than ${MAX_DECIMALS} decimals (${shownEn}; the fifth is less than one yuan): ` +
            'keep two to four, and recheck the totals',
        },
      };
      if (found.length > 1)
        finding.related = found.slice(1).map(({ line, f }) => ({
          span: { start: line.start + f.start, end: line.start + f.end },
          message: { zh: '同一段中的另一个金额', en: 'Another amount in the same paragraph' },
        }));
      if (edits.length === found.length)
        finding.fix = {
          title: { zh: '删去多余的零', en: 'Drop the extra zeros' },
          edits,
          safe: true,
        };
      out.push(finding);
    }
    return out;
  },
});

/** The paragraph (or flattened table) gives 万元 as its unit: 年度资金总额(万元), 单位：万元. */
function saysWanYuan(block: Block): boolean {
  return block.lines.some((l) => WAN_YUAN_LABEL.test(l.text));
}

/**
 * The cells of a pipe table's header row that say 万元, by their place in the row, and how many cells the row has; undefined
 * when the label is not in a pipe row (单位：万元 above a table: every column is in 万元).
 */
/** A row's label with a unit of its own that is not 万元: yuan per unit, 亩, a per cent (bounded: linear). */
const ROW_UNIT = /[(（](?:元|亩|%|％)[^()（）万]{0,5}[)）]/;
interface WanColumns {
  cells: ReadonlySet<number>;
  count: number;
}
function wanColumns(block: Block): WanColumns | undefined {
  const header = block.lines.find((l) => l.text.includes('|') && WAN_YUAN_LABEL.test(l.text));
  if (!header || block.lines.some((l) => !l.text.includes('|') && WAN_YUAN_LABEL.test(l.text))) return undefined;
  const cells = header.text.split('|');
  return { cells: new Set(cells.flatMap((c, i) => (WAN_YUAN_LABEL.test(c) ? [i] : []))), count: cells.length };
}

/**
 * Whether a bare figure stands in a column in 万元: in a pipe table whose header names its columns' units, only the columns
 * the header says 万元 of (经度 112.934567, 面积（亩） 12.34567, 单价（元/千瓦时） 0.588765 beside 投资(万元): made up,
 * session 22 red team), and in no row whose label names its own unit (亩均补助（元/亩）). A row of another shape than the
 * header's (a PDF's table run together) is read as before.
 */
function inWanColumn(line: TextLine, f: Figure, columns: WanColumns | undefined): boolean {
  if (!columns || !line.text.includes('|')) return true;
  // a row that names its own unit (亩均补助（元/亩）, 补助面积（亩）, 占比（%）) is not in the header's 万元
  if (ROW_UNIT.test(line.text)) return false;
  const cells = line.text.split('|');
  if (cells.length !== columns.count) return true;
  let cell = 0;
  for (let i = line.text.indexOf('|'); i >= 0 && i < f.start; i = line.text.indexOf('|', i + 1)) cell++;
  return columns.cells.has(cell);
}
