// Hover content: an amount normalised (元 / 万元 / 亿元) and, on a total, the sum of its parts; on a
// heading, what the template says belongs in that section; on a 自评表's 执行率, its 得分, the 总分 or an
// indicator's 得分, the value recomputed with its formula (table-cell.ts).
import { readStatements, sumOfParts } from '../model/budget.js';
import type { Report } from '../model/report.js';
import { formatNumber, UNIT_FACTOR, type Amount } from '../parse/numbers.js';
import type { Localized, Span } from '../types.js';
import { paragraphSentences, sentenceAt } from '../model/locate.js';
import { tableCellAt } from './table-cell.js';

export interface HoverContent {
  span: Span;
  /** Markdown. */
  contents: Localized;
}

function grouped(n: number, decimals: number): string {
  const [int = '0', frac] = formatNumber(n, decimals).split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
}

/** The amount in 元, 万元 and 亿元, each with exactly the precision the written figure carries. */
function normalised(a: Amount): string {
  const precision = (unit: number): number => Math.max(0, Math.log10(unit) - Math.log10(UNIT_FACTOR[a.unit]) + a.decimals);
  return [
    `${grouped(a.yuan, precision(1))} 元`,
    `${grouped(a.yuan / 1e4, precision(1e4))} 万元`,
    `${grouped(a.yuan / 1e8, precision(1e8))} 亿元`,
  ].join(' = ');
}

export function hoverAt(report: Report, offset: number): HoverContent | undefined {
  if (!report.isReport) return undefined;
  const cell = tableCellAt(report, offset);
  if (cell) {
    return {
      span: cell.hoverSpan,
      contents: { zh: `${cell.formula.zh}\n\n${cell.verdict.zh}`, en: `${cell.formula.en}\n\n${cell.verdict.en}` },
    };
  }
  const heading = report.outline.headings.find((h) => h.line.start <= offset && offset <= h.line.end);
  if (heading?.tsec) {
    const t = heading.tsec;
    const alias =
      heading.head.title !== t.title ? { zh: `（模板标题：${t.title}）`, en: ` (template title: ${t.title})` } : { zh: '', en: '' };
    return {
      span: { start: heading.line.start, end: heading.line.end },
      contents: {
        zh: `**${t.title}**${alias.zh}${t.required ? '' : ' · 可选'}\n\n${t.guidance.zh}\n\n*${report.template.name.zh}*`,
        en: `**${t.title}**${alias.en}${t.required ? '' : ' · optional'}\n\n${t.guidance.en}\n\n*${report.template.name.en}*`,
      },
    };
  }
  const at = sentenceAt(report, offset);
  const amount = at >= 0 ? report.sentences[at]?.amounts.find((a) => a.start <= offset && offset <= a.unitEnd) : undefined;
  if (!amount) return undefined;
  const lines: Localized[] = [
    {
      zh: `**${amount.text} ${amount.unitText}** = ${normalised(amount)}`,
      en: `**${amount.text} ${amount.unitText}** = ${normalised(amount)}`,
    },
  ];
  for (const st of readStatements(paragraphSentences(report, at))) {
    if (st.total.amount.start !== amount.start) continue;
    for (const parts of st.families.values()) {
      if (parts.length < 2) continue;
      // the same sum and tolerance as the budget-total rule, so hover and squiggle never disagree
      const { sum, decimals, holds: ok } = sumOfParts(amount, parts);
      const expr = parts.map((p) => `${p.name} ${formatNumber(p.amount.yuan / UNIT_FACTOR[amount.unit], p.amount.decimals)}`).join(' + ');
      lines.push({
        zh: `组成部分之和：${expr} = **${formatNumber(sum, decimals)} ${amount.unit}** ${ok ? '✓ 相符' : `✗ 与所写 ${amount.text} 不符`}`,
        en:
          `Sum of the parts: ${expr} = **${formatNumber(sum, decimals)} ${amount.unit}** ` +
          `${ok ? '✓ matches' : `✗ differs from the stated ${amount.text}`}`,
      });
    }
  }
  return {
    span: { start: amount.start, end: amount.unitEnd },
    contents: { zh: lines.map((l) => l.zh).join('\n\n'), en: lines.map((l) => l.en).join('\n\n') },
  };
}
