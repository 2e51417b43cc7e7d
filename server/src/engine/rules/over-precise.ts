// Amounts in 万元 with more than four decimals (52.800000 万元): the fifth decimal is a tenth of a yuan,
// below what a budget is kept in, so the figure was pasted from a system export. Figures with their
// unit (52.800000万元) count, and bare figures in a table whose label says 万元 (年度资金总额(万元): 1
// 52.800000), ending a cell. One finding per paragraph. When the extra decimals are zeros, dropping them
// leaves the amount as it was: that fix is safe. Likewise a percentage with five or more decimals that count (98.12345%;
// 0.00012% is a small rate written in full, not over-precise; a purity in nines, 99.99999%, means each one), and an
// amount in 元 of a hundred or more with more than two (1234.5678元: a yuan's smallest part is the 分); a price or an
// average in 元 (0.5653元/千瓦时, 每吨356.125元, 亩均123.456元) keeps the decimals its rate needs, and is left.
import { lineMemo } from '../parse/line-memo.js';
import type { Block, TextLine } from '../parse/blocks.js';
import { zq } from './format.js';
import { defineRule, type RuleFinding } from './rule.js';
import type { TextEdit } from '../types.js';

const MAX_DECIMALS = 4;
/** Decimals of an amount in 元: the 分. */
const MAX_YUAN_DECIMALS = 2;
/** An amount in 元 below this is read as a price (0.5653元, 2.875元 a ton of water), which may need more decimals. */
const LEAST_YUAN = 100;
/** What after 元 makes it a rate's unit (元/千瓦时, 元每吨, 元·天). */
const RATE_AFTER = new Set([...'/／每·']);
/** Words just before a figure in 元 that make it a price or an average (单价, 每吨, 亩均, 费率): bounded look-back. */
const RATE_BEFORE = /[价每均率/／][^，,。；;：:]{0,8}$/;
/** Characters before the figure read for RATE_BEFORE, at most. */
const RATE_REACH = 10;
/** Decimals kept when trailing zeros are dropped: 52.800000 → 52.80, as budgets write 万元. */
const KEPT_DECIMALS = 2;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const SPACES = new Set([32, 0x3000, 0xa0, 9]);
/** What may follow a bare figure in a table: a cell separator. */
const BARE_END = new Set([...' \t\u3000|'].map((c) => c.charCodeAt(0)));
/** How a table or its header gives 万元 as the unit of its figures. */
const WAN_YUAN_LABEL = /[(（]万元[)）]|单位[:：] ?万元/;

type Unit = 'wan' | 'pct' | 'yuan';

interface Figure {
  /** Offsets from the line's start. */
  start: number;
  end: number;
  decimals: number;
  /** Written with 万元 after it (otherwise bare, in 万元 only if its paragraph says so). */
  withUnit: boolean;
  /** 万元 (with it or bare), a per cent, or 元. */
  unit: Unit;
}

/**
 * Decimal figures with more than MAX_DECIMALS digits after the point, followed by 万元 or % or by nothing unit-like, and
 * figures with more than MAX_YUAN_DECIMALS followed by 元.
 */
function figures(text: string): Figure[] {
  const out: Figure[] = [];
  for (let dot = text.indexOf('.'); dot !== -1; dot = text.indexOf('.', dot + 1)) {
    if (dot === 0 || !isDigit(text.charCodeAt(dot - 1))) continue;
    let end = dot + 1;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    const decimals = end - dot - 1;
    if (decimals <= MAX_YUAN_DECIMALS) {
      dot = end - 1;
      continue;
    }
    let start = dot - 1;
    // bounded: a run of digits is read once, by the dot that ends it
    while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
    if (start > 0 && text[start - 1] === '.') continue; // a version or section number: 1.2.345678
    let after = end;
    while (after < text.length && SPACES.has(text.charCodeAt(after))) after++;
    const point = dot;
    dot = end - 1;
    if (decimals <= MAX_DECIMALS) {
      if (isYuanAmount(text, start, point, after)) out.push({ start, end, decimals, withUnit: true, unit: 'yuan' });
      continue;
    }
    const c = text[after];
    if (c === '%' || c === '％') {
      if (significantDecimals(text, start, point, end) > MAX_DECIMALS && !inNines(text, start, end))
        out.push({ start, end, decimals, withUnit: true, unit: 'pct' });
      continue;
    }
    if (isYuanAmount(text, start, point, after)) {
      out.push({ start, end, decimals, withUnit: true, unit: 'yuan' });
      continue;
    }
    // 萬元: a mirror's page in traditional characters (公路养护 20xx: 當年僅支付費用103.11674萬元)
    const withUnit = text.startsWith('万元', after) || text.startsWith('萬元', after);
    if (withUnit || after === text.length || BARE_END.has(text.charCodeAt(end))) out.push({ start, end, decimals, withUnit, unit: 'wan' });
  }
  return out;
}

/**
 * A percentage written in nines (99.99999%, 99.999999%): a purity or an availability stated by its count of nines, each
 * one meant (made up, session 23 red team: 多晶硅纯度达到99.99999%), not a ratio pasted from a sheet.
 */
function inNines(text: string, start: number, end: number): boolean {
  if (!text.startsWith('99.', start)) return false;
  for (let i = start + 3; i < end; i++) if (text[i] !== '9') return false;
  return true;
}

/** Decimals after the zeros that lead a figure below one (0.00012 → 2): what a rate states, not its size. */
function significantDecimals(text: string, start: number, dot: number, end: number): number {
  if (Number(text.slice(start, dot)) !== 0) return end - dot - 1;
  let i = dot + 1;
  while (i < end && text[i] === '0') i++;
  return end - i;
}

/** The figure is an amount in 元 (not 万元, 亿元; not a price or an average), of LEAST_YUAN or more. */
function isYuanAmount(text: string, start: number, dot: number, after: number): boolean {
  if (text[after] !== '元' || RATE_AFTER.has(text[after + 1] ?? '')) return false;
  if (Number(text.slice(start, dot)) < LEAST_YUAN) return false;
  return !RATE_BEFORE.test(text.slice(Math.max(0, start - RATE_REACH), start));
}

const NONE: Figure[] = [];
const figuresOf = lineMemo((line) => (line.text.includes('.') ? figures(line.text) : NONE));

/** The figure without trailing zeros past KEPT_DECIMALS, or undefined when a dropped digit is not zero. */
function trimmed(figure: string, most: number): string | undefined {
  const dot = figure.indexOf('.');
  let end = figure.length;
  while (end > dot + KEPT_DECIMALS + 1 && figure[end - 1] === '0') end--;
  return end - dot - 1 <= most ? figure.slice(0, end) : undefined;
}

/** What each unit's message says, and the most decimals it keeps. */
const SAYS: Record<Unit, { most: number; zh: (shown: string) => string; en: (shown: string) => string }> = {
  wan: {
    most: MAX_DECIMALS,
    zh: (shown) => `以万元为单位的金额${shown}小数超过 ${MAX_DECIMALS} 位（第五位已不足一元）：请保留两到四位小数，并核对合计`,
    en: (shown) =>
      `Amounts in 万元 with more than ${MAX_DECIMALS} decimals (${shown}; the fifth is less than one yuan): ` +
      'keep two to four, and recheck the totals',
  },
  pct: {
    most: MAX_DECIMALS,
    zh: (shown) => `百分比${shown}的小数多达五位以上（多是从表格或系统中直接复制来的）：请保留两位小数`,
    en: (shown) => `Percentages with five or more decimals (${shown}; usually pasted from a sheet or a system): keep two`,
  },
  yuan: {
    most: MAX_YUAN_DECIMALS,
    zh: (shown) => `以元为单位的金额${shown}小数超过两位（元以下只记到分）：请保留两位小数，并核对合计`,
    en: (shown) => `Amounts in 元 with more than two decimals (${shown}; a yuan is kept to the 分): keep two, and recheck the totals`,
  },
};

export default defineRule({
  id: 'over-precise',
  severity: 'warning',
  scope: 'chunk',
  description: {
    zh: '以万元为单位的金额小数超过四位（如 52.800000 万元，第五位小数已不足一元），以元为单位的金额小数超过两位（1234.5678元），或百分比小数多达五位（98.12345%）。',
    en:
      'An amount in 万元 with more than four decimals (52.800000 万元: the fifth decimal is less than one yuan), one in 元 ' +
      'with more than two (1234.5678元), or a percentage with five or more (98.12345%).',
  },
  fixes: [{ does: { zh: '删去多余的零（金额不变）', en: 'Drops the extra zeros (the amount is unchanged)' }, safe: true }],
  check({ report }) {
    const out: RuleFinding[] = [];
    for (const block of report.parsed.blocks) {
      const all: { line: TextLine; f: Figure }[] = [];
      let labelled: boolean | undefined;
      let columns: WanColumns | undefined;
      for (const line of block.lines) {
        for (const f of figuresOf(line)) {
          if (!f.withUnit && !(labelled ??= saysWanYuan(block))) continue;
          if (!f.withUnit && !inWanColumn(line, f, (columns ??= wanColumns(block)))) continue;
          all.push({ line, f });
        }
      }
      if (all.length === 0) continue;
      for (const unit of UNITS) {
        const found = all.length === 1 && all[0]?.f.unit === unit ? all : all.filter(({ f }) => f.unit === unit);
        const finding = paragraphFinding(found, unit);
        if (finding) out.push(finding);
      }
    }
    return out;
  },
});

const UNITS: readonly Unit[] = ['wan', 'pct', 'yuan'];

/** One finding for a paragraph's figures in one unit, the first spanned, the others related; undefined for none. */
function paragraphFinding(found: { line: TextLine; f: Figure }[], unit: Unit): RuleFinding | undefined {
  const first = found[0];
  if (!first) return undefined;
  const says = SAYS[unit];
  const texts = found.map(({ line, f }) => line.text.slice(f.start, f.end));
  const fixed = texts.map((t) => trimmed(t, says.most));
  const edits: TextEdit[] = [];
  found.forEach(({ line, f }, i) => {
    const t = fixed[i];
    if (t !== undefined) edits.push({ start: line.start + f.start, end: line.start + f.end, newText: t });
  });
  // shown with its unit: 98.12345%, 1234.5678元 (the span is the figure, which the fix rewrites)
  const distinct = [...new Set(texts.map((t) => (unit === 'pct' ? `${t}%` : unit === 'yuan' ? `${t}元` : t)))];
  const shown = distinct.slice(0, 3).map(zq).join('、') + (found.length > 1 ? `（共 ${found.length} 处）` : '');
  const shownEn = distinct.slice(0, 3).join(', ') + (found.length > 1 ? `; ${found.length} figures` : '');
  const finding: RuleFinding = {
    span: { start: first.line.start + first.f.start, end: first.line.start + first.f.end },
    message: { zh: says.zh(shown), en: says.en(shownEn) },
  };
  if (found.length > 1)
    finding.related = found.slice(1).map(({ line, f }) => ({
      span: { start: line.start + f.start, end: line.start + f.end },
      message:
        unit === 'pct'
          ? { zh: '同一段中的另一个百分比', en: 'Another percentage in the same paragraph' }
          : { zh: '同一段中的另一个金额', en: 'Another amount in the same paragraph' },
    }));
  if (edits.length === found.length)
    finding.fix = {
      title: { zh: '删去多余的零', en: 'Drop the extra zeros' },
      edits,
      safe: true,
    };
  return finding;
}

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
