// A 自评表 row whose cells were glued together when a web page or a PDF was flattened to text
// (`质量指标项目一次验收合格率100%80%1111管理不够到位`: 2020-上海-松江区九亭镇-自评表), under a header glued the
// same way (`绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施`). Read only when
// the reading is certain: the target and the actual are told apart by a unit or a comparator, the actual
// from the digits after it by its unit, and those digits (分值 then 得分, `1111`) split one way only with
// the 得分 at most the 分值 and the 分值 at most the table's 100. Linear in the cell's length.
import type { Cell } from './table-cells.js';
import { figureOf, type Figure } from './table-figure.js';
import WORDS from './self-eval-table.json' with { type: 'json' };
import { escapeRegExp } from '../text/escape-regexp.js';

export interface GluedRow {
  /** The 三级指标, after the 一级/二级 names glued before it. */
  name: Cell;
  /** The 一级/二级 names glued before the name (`产出指标`, `质量指标`). */
  levels: string[];
  target: Cell;
  actual: Cell;
  weight: Figure;
  score: Figure;
  /** The text after the 得分 (the 偏差原因), '' for none. */
  reason: string;
}

/** A figure as glued rows write it: a comparator, digits, and a unit of the list (no free-text unit: the reason follows). */
const TOKEN = new RegExp(`([≥≧>＞≤≦<＜=＝═]?)([0-9]+(?:\\.[0-9]+)?)(${WORDS.gluedUnits.map(escapeRegExp).join('|')})?`, 'g');
/** A 一级/二级 name glued before the 三级指标: a few characters ending with 指标. */
const LEVEL = /^[^0-9指]{2,8}指标/;
/** The longest text read as a glued cell: a row, not a paragraph. */
const LONGEST = 200;

/**
 * The columns a cell names when it is several header names glued (a leading title such as 绩效指标 is
 * skipped), in order; undefined unless every character after the first name is a name.
 */
export function gluedColumns<K extends string>(text: string, names: Map<string, K>): K[] | undefined {
  if (text.length > LONGEST) return undefined;
  const sorted = [...names.keys()].sort((a, b) => b.length - a.length);
  const cols: K[] = [];
  let p = 0;
  while (p < text.length) {
    const name = sorted.find((n) => text.startsWith(n, p));
    if (name === undefined) {
      if (cols.length > 0) return undefined;
      p++;
      continue;
    }
    cols.push(names.get(name) as K);
    p += name.length;
  }
  return cols.length > 1 ? cols : undefined;
}

/** The row a glued cell holds in the order 三级指标, 指标值, 完成值, 分值, 得分 (then the reason), when certain. */
export function gluedRow(c: Cell): GluedRow | undefined {
  if (c.text.length > LONGEST || !/[0-9]/.test(c.text)) return undefined;
  const tokens = [...c.text.matchAll(TOKEN)];
  if (tokens.length < 3) return undefined;
  const [t, a, d] = tokens.slice(-3) as [RegExpExecArray, RegExpExecArray, RegExpExecArray];
  const end = (m: RegExpExecArray): number => m.index + m[0].length;
  // one figure after another with nothing between, each boundary shown by a unit or a comparator
  if (end(t) !== a.index || end(a) !== d.index || !(t[3] || a[1]) || !a[3]) return undefined;
  if (d[1] || d[3] || d[2]?.includes('.') || /[0-9]/.test(c.text.slice(end(d)))) return undefined;
  const split = onlySplit(d[2] as string);
  if (!split || t.index === 0) return undefined;
  const sub = (from: number, to: number): Cell => ({
    start: c.start + from,
    end: c.start + to,
    text: c.text.slice(from, to),
    rowEnd: false,
  });
  let from = 0;
  const levels: string[] = [];
  for (let m = LEVEL.exec(c.text.slice(from, t.index)); m && from + m[0].length < t.index; m = LEVEL.exec(c.text.slice(from, t.index))) {
    levels.push(m[0]);
    from += m[0].length;
  }
  const weight = figureOf(sub(d.index, d.index + split));
  const score = figureOf(sub(d.index + split, end(d)));
  if (!weight || !score) return undefined;
  return {
    name: sub(from, t.index),
    levels,
    target: sub(t.index, a.index),
    actual: sub(a.index, d.index),
    weight,
    score,
    reason: c.text.slice(end(d)).trim(),
  };
}

/** Where `digits` splits into 分值 and 得分 when exactly one split fits (no leading zero, 得分 ≤ 分值 ≤ 100). */
function onlySplit(digits: string): number | undefined {
  let found: number | undefined;
  for (let k = 1; k < digits.length; k++) {
    const w = digits.slice(0, k);
    const s = digits.slice(k);
    if ((w.length > 1 && w.startsWith('0')) || (s.length > 1 && s.startsWith('0'))) continue;
    if (Number(s) > Number(w) || Number(w) > WORDS.fullScore) continue;
    if (found !== undefined) return undefined;
    found = k;
  }
  return found;
}
