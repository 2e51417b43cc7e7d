// An indicator value written with two comparators: doubled (`集中供水率≥≥98%`: 2022-黑龙江-抚远市农村饮水维修养护
// -项目支出), mixed (`≥>95%`), or a comparing word before the sign (`大于≥90%`). Reviewers return these as an
// indicator-design slip (DOMAIN-TABLES §4: mixed comparators): one sign says the direction, and the 指标值 must
// be read by the platform's scoring. Read only where a figure follows (an arrow `=>` before words is left
// alone); runs of > or < alone are breadcrumbs (`首页>>乡镇>>2022年`: 2022-四川-仁寿县彰加镇人民政府-部门整体), and
// the ASCII pairs `>=` / `<=` are one sign written in two characters.
import { lineMemo } from '../parse/line-memo.js';
import { defineRule, type RuleFinding } from './rule.js';

const SIGNS = new Set([...'≥≧≤≦><＞＜=＝']);
/** Two characters that write one sign (>= for ≥). */
const ONE_SIGN = new Set(['>=', '<=', '＞＝', '＜＝', '＞=', '＜=', '>＝', '<＝']);
/** Runs of these alone are breadcrumb or quotation marks (`网站首页>>乡镇>>2022年财政经费决算`), never a doubled sign. */
const ARROWS = /^[>＞]+$|^[<＜]+$/;
/** Words that compare, written before a sign that says the same. */
const WORDS = ['不低于', '不少于', '不超过', '不高于', '不大于', '不小于', '大于', '小于', '高于', '低于', '等于'];
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

interface Hit {
  at: number;
  length: number;
}
const NONE: Hit[] = [];

function hits(text: string): Hit[] {
  let out: Hit[] | undefined;
  for (let i = 0; i < text.length; i++) {
    if (!SIGNS.has(text[i] as string)) continue;
    let end = i;
    while (end < text.length && SIGNS.has(text[end] as string)) end++;
    let after = end;
    if (text[after] === ' ') after++;
    const run = text.slice(i, end);
    if (isDigit(text[after])) {
      const word = WORDS.find((w) => text.endsWith(w, i));
      const at = word ? i - word.length : i;
      if (word || (run.length > 1 && !ONE_SIGN.has(run) && !ARROWS.test(run))) (out ??= []).push({ at, length: end - at });
    }
    i = end - 1;
  }
  return out ?? NONE;
}

const hitsOf = lineMemo((line) => (line.text.includes('于') || /[≥≧≤≦><＞＜=＝]{2}/.test(line.text) ? hits(line.text) : NONE));

export default defineRule({
  id: 'table-comparator',
  severity: 'warning',
  scope: 'chunk',
  description: {
    zh: '指标值写了两个比较符号（≥≥、≥>），或比较词后又加符号（大于≥）。',
    en: 'An indicator value written with two comparators (≥≥, ≥>), or a comparing word before a sign (大于≥).',
  },
  check({ report }) {
    const out: RuleFinding[] = [];
    for (const line of report.parsed.lines) {
      for (const h of hitsOf(line)) {
        const start = line.start + h.at;
        const found = line.text.slice(h.at, h.at + h.length);
        out.push({
          span: { start, end: start + h.length },
          message: {
            zh: `指标值的比较符号写成了「${found}」：只保留一个符号（如 ≥、≤ 或 =），方向与指标性质一致`,
            en: `The indicator value’s comparator is written 「${found}」; keep one sign (≥, ≤ or =), matching the indicator’s direction`,
          },
        });
      }
    }
    return out;
  },
});
