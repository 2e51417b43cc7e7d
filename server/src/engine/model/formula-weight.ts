// The 分值 of the budget-execution row when the form writes it in the 得分 header as the score's formula
// (`得分 (20分*执行率)`: 湖北's and 云南's county forms, 2022-云南-隆阳区化肥减量增效示范县项目-自评表,
// 2020-湖北-通城县塘湖镇-自评表) instead of in a 分值 column. The formula defines the weight: 20 分 times
// the rate. A header with no figure in it (`得分(分*执行率)`, a blank template) gives none.
import type { Cell } from './table-cells.js';
import type { Figure } from './table-figure.js';
import { unconverted } from '../text/traditional.js';

/** Bracket, the weight, 分, a times sign, the rate's name (a column name of the money header, data). */
export function formulaPattern(rateNames: readonly string[]): RegExp {
  const names = [...rateNames].sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`[(（][ \\u3000]?(\\d{1,3}(?:\\.\\d{1,2})?)[ \\u3000]?分[ \\u3000]?[*＊×xX][ \\u3000]?(?:${names})`);
}

/** Cells after the header run looked at: the formula may stand in a cell of its own after 得分. */
const AFTER = 1;

/**
 * The weight the header cells `from`–`to` (and the cell after them) write as 得分's formula: the figure
 * at its place in the text, or undefined when no cell holds one or two cells hold different ones.
 */
export function formulaWeight(cells: readonly Cell[], from: number, to: number, pattern: RegExp): Figure | undefined {
  let found: Figure | undefined;
  for (let k = from; k < Math.min(cells.length, to + AFTER); k++) {
    const c = cells[k] as Cell;
    // a mirror's page: 執(zhí)行率 read as 执行率, the digits' place taken back to the text
    const read = unconverted(c.text);
    const m = pattern.exec(read.line);
    if (!m) continue;
    const digits = m[1] as string;
    const at = m.index + m[0].indexOf(digits);
    const start = c.start + (read.at ? (read.at[at] as number) : at);
    const decimals = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
    const f: Figure = { start, end: start + digits.length, text: digits, value: Number(digits), decimals, unit: '', comparator: '' };
    if (found && found.value !== f.value) return undefined;
    found ??= f;
  }
  return found && found.value > 0 ? found : undefined;
}
