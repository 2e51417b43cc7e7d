// A form's money block flattened to one line per cell pair, a total then its 其中 lines (彭水 卫健委 2024 自评表):
//   计划生育家庭特别扶助制度补助资金(万元)
//   年度预算资金总额: 321.25
//   其中:中央补助 166.00
//   市级资金 136.00
//   本级资金(包括结转结余) 20.25
// The lines after the total, from the one that opens with 其中 to the last that is a label and one figure, are its
// parts. The figures carry no unit (the form's header gives it): they are compared as written, within their rounding.
import type { TextLine } from '../parse/blocks.js';
import { halfUnit } from '../parse/numbers.js';
import { RoundingSlack } from './rounding.js';

export interface LineFigure {
  label: string;
  start: number;
  end: number;
  written: string;
  value: number;
}

export interface LineTotal {
  total: LineFigure;
  parts: LineFigure[];
  /** The unit the total's line or the line above it names ((万元)), or ''. */
  unit: string;
  sum: number;
}

/** A label then one figure ending the line: 年度预算资金总额: 321.25, 市级资金 136.00. No other digit in the label. */
const LABEL_FIGURE = /^([^\d|]{2,40}?)[\s\u3000]*[:：]?[\s\u3000]*(\d{1,9}(?:\.\d{1,4})?)[\s\u3000]*$/;
/** What names a total. */
const TOTAL = /总额|合计|总计/;
const OPENS_PARTS = /^[\s\u3000]*其中[:：]?/;
const UNIT = /[(（](万元|元|亿元)[)）]/;
/** No form lists more sources under a total. */
const MAX_PARTS = 8;

function figure(line: TextLine): LineFigure | undefined {
  const m = LABEL_FIGURE.exec(line.text);
  if (!m) return undefined;
  const written = m[2] ?? '';
  const at = line.text.lastIndexOf(written);
  return { label: (m[1] ?? '').trim(), start: line.start + at, end: line.start + at + written.length, written, value: Number(written) };
}

const decimalsOf = (w: string): number => (w.includes('.') ? w.length - w.indexOf('.') - 1 : 0);

/** The totals of `lines` whose 其中 lines do not add up to them within the rounding of every figure. */
export function lineTotals(lines: readonly TextLine[]): LineTotal[] {
  const out: LineTotal[] = [];
  for (let i = 0; i + 2 < lines.length; i++) {
    const line = lines[i] as TextLine;
    // (a cheap test first: most lines end otherwise)
    const last = line.text.charCodeAt(line.text.length - 1);
    if (!(last >= 48 && last <= 57) && last !== 32) continue;
    const total = figure(line);
    if (!total || !TOTAL.test(total.label)) continue;
    const first = lines[i + 1] as TextLine;
    if (first.line !== line.line + 1 || !OPENS_PARTS.test(first.text)) continue;
    const parts: LineFigure[] = [];
    let j = i + 1;
    // the parts are the lines right below, up to one that is no label and figure (a bare 其中: for the next level, a
    // heading, a blank line), names another total, or opens another 其中 list
    for (; j < lines.length && parts.length <= MAX_PARTS; j++) {
      const l = lines[j] as TextLine;
      const f = l.line === (lines[j - 1] as TextLine).line + 1 ? figure(l) : undefined;
      if (!f || TOTAL.test(f.label) || (j > i + 1 && OPENS_PARTS.test(l.text))) break;
      parts.push({ ...f, label: f.label.replace(OPENS_PARTS, '') });
    }
    if (parts.length < 2 || parts.length > MAX_PARTS) continue;
    const slack = new RoundingSlack(true).add({ slack: halfUnit(decimalsOf(total.written)), decimal: total.written.includes('.') });
    let sum = 0;
    for (const p of parts) {
      sum += p.value;
      slack.add({ slack: halfUnit(decimalsOf(p.written)), decimal: p.written.includes('.') });
    }
    if (slack.holds(sum, total.value)) continue;
    const unit = UNIT.exec(line.text)?.[1] ?? UNIT.exec(lines[i - 1]?.text ?? '')?.[1] ?? '';
    out.push({ total, parts, unit, sum });
  }
  return out;
}
