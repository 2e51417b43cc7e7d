// The money block of Hunan's project self-evaluation form (财政支出项目绩效评价自评报告, 一、项目基本概况), pasted
// from a web page one cell per paragraph (岳阳市南湖新区 2016, 优抚):
//   计划安排资金 / (万元) / 170 / 实际到位资金 / (万元) / 170 / 实际支出 / (万元) / 179.6 / 结余(万元) / 0
// Read only as that run: the labels in the form's order, each followed by its figure (a unit cell may stand
// between). Read from the 计划安排资金 cells only, which are kept per chunk (picked-lines.ts).
import type { TextLine } from '../parse/blocks.js';
import { UNIT_FACTOR, type MoneyUnit } from '../parse/numbers.js';
import { pickedLines } from '../parse/picked-lines.js';
import type { Report } from './report.js';

export interface FundCell {
  /** The label as the form writes it (实际支出). */
  label: string;
  start: number;
  end: number;
  text: string;
  value: number;
  decimals: number;
  unit: MoneyUnit;
  /** In 元. */
  yuan: number;
}

export interface FundCells {
  planned: FundCell;
  arrived: FundCell;
  spent: FundCell;
}

const UNIT = /[(（](万元|元|亿元)[)）]$/;
const PLANNED = /^(?:计划安排资金|预算安排资金)(?:[(（](?:万元|元|亿元)[)）])?$/;
const ARRIVED = /^实际到位资金(?:[(（](?:万元|元|亿元)[)）])?$/;
const SPENT = /^实际支出(?:资金)?(?:[(（](?:万元|元|亿元)[)）])?$/;
const UNIT_CELL = /^[(（](万元|元|亿元)[)）]$/;
const FIGURE = /^\d{1,12}(?:\.\d{1,6})?$/;

/** The label cell at `i` and its figure (after an optional unit cell); the index after the figure. */
function cellAt(lines: readonly TextLine[], i: number, label: RegExp): { cell: FundCell; next: number } | undefined {
  const head = lines[i]?.text.trim() ?? '';
  if (!label.test(head)) return undefined;
  let unit = (UNIT.exec(head)?.[1] ?? '') as MoneyUnit | '';
  let k = i + 1;
  const unitCell = UNIT_CELL.exec(lines[k]?.text.trim() ?? '');
  if (unitCell) {
    unit = unitCell[1] as MoneyUnit;
    k++;
  }
  const line = lines[k];
  const text = line?.text.trim() ?? '';
  if (!line || !unit || !FIGURE.test(text)) return undefined;
  const start = line.start + line.text.indexOf(text);
  const value = Number(text);
  return {
    cell: {
      label: head.replace(UNIT, ''),
      start,
      end: start + text.length,
      text,
      value,
      decimals: text.split('.')[1]?.length ?? 0,
      unit,
      yuan: value * UNIT_FACTOR[unit],
    },
    next: k + 1,
  };
}

/** The lines that are a 计划安排资金 cell, kept per chunk: asked on every keystroke, and few reports have any. */
const plannedLines = pickedLines((line) => PLANNED.test(line.text.trim()), undefined, /(?:计划|预算)安排资金/);

/** The form's money blocks after `from` (the report's lines are its chunks' lines). */
export function fundCells(report: Pick<Report, 'parsed' | 'chunks'>, from: number): FundCells[] {
  const { lines } = report.parsed;
  const out: FundCells[] = [];
  let after = 0; // the first line not read into a block yet
  plannedLines(report.chunks, (line, i) => {
    if (i < after || line.end <= from) return;
    const planned = cellAt(lines, i, PLANNED);
    if (!planned) return;
    const arrived = cellAt(lines, planned.next, ARRIVED);
    const spent = arrived && cellAt(lines, arrived.next, SPENT);
    if (!arrived || !spent) return;
    out.push({ planned: planned.cell, arrived: arrived.cell, spent: spent.cell });
    after = spent.next;
  });
  return out;
}
