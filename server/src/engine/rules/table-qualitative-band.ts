// T8 of DOMAIN-TABLES §3: a 定性 indicator answered with one of the platform's three answers (达成年度指标 /
// 部分达成年度指标并具有一定效果 / 未达成年度指标且效果较差) is scored within that answer's part of its 分值
// (80–100 %, 60–80 %, below 60 %). A 部分达成 row at full marks, or a 达成 row at half, is what a reviewer
// recomputes and sends back. Only a cell that is one of the answers is read: a free description (明显提升,
// 有所提升) names no band, and is table-unmet-reason's when it is scored below its 分值.
import type { IndicatorRow } from '../model/self-eval-table.js';
import data from './data/qualitative-bands.json' with { type: 'json' };
import { perTable } from './per-table.js';
import { defineRule, type RuleFinding } from './rule.js';

interface Band {
  answer: string;
  minPercent: number;
  maxPercent: number;
}

/** Every start with its band, longest first: 部分达成… and 未达成… are tried before 达成…. */
const STARTS = data.bands.flatMap((band) => band.starts.map((start) => ({ start, band }))).sort((a, b) => b.start.length - a.start.length);
const REST = [...data.rest].sort((a, b) => b.length - a.length);
const DROPPED = /[\s\u3000。．.；;]/g;

/** The band the actual cell answers with, or undefined when the cell is not one of the answers. */
function answerBand(cell: string): Band | undefined {
  const text = cell.replace(DROPPED, '');
  const hit = STARTS.find((s) => text.startsWith(s.start));
  if (!hit) return undefined;
  let at = hit.start.length;
  while (at < text.length) {
    const word = REST.find((w) => text.startsWith(w, at));
    if (!word) return undefined;
    at += word.length;
  }
  return hit.band;
}

/** A score's distance from the band it must fall in, a hundredth of a point allowed. */
function outside(row: IndicatorRow, band: Band): boolean {
  const weight = row.weight.value;
  const score = row.score.value;
  return score < (weight * band.minPercent) / 100 - 0.005 || score > (weight * band.maxPercent) / 100 + 0.005;
}

const points = (weight: number, percent: number): string => String(Number(((weight * percent) / 100).toFixed(2)));

export default defineRule({
  id: 'table-qualitative-band',
  severity: 'warning',
  description: {
    zh: '自评表中定性指标的完成情况是“达成 / 部分达成 / 未达成年度指标”之一，得分却不在评分规则给这一档的分数范围内。',
    en: 'A qualitative indicator answered 达成 / 部分达成 / 未达成年度指标 is scored outside the range the scoring rules give that answer.',
  },
  check({ report }) {
    return perTable(report, 'table-qualitative-band', (table) => {
      const out: RuleFinding[] = [];
      for (const row of table.indicators) {
        if (!(row.weight.value > 0)) continue;
        const band = answerBand(row.actual.text);
        if (!band || !outside(row, band)) continue;
        const lo = points(row.weight.value, band.minPercent);
        const hi = points(row.weight.value, band.maxPercent);
        const range = band.minPercent === 0 ? `低于 ${hi} 分` : `${lo}–${hi} 分`;
        const rangeEn = band.minPercent === 0 ? `below ${hi}` : `${lo}–${hi}`;
        out.push({
          span: { start: row.score.start, end: row.score.end },
          message: {
            zh:
              `${row.name.text} 完成情况为“${band.answer}”，按评分规则得分应为分值 ${row.weight.text} 的 ` +
              `${band.minPercent === 0 ? `${band.maxPercent}% 以下` : `${band.minPercent}%–${band.maxPercent}%`}（${range}），` +
              `表中得分 ${row.score.text}：请按完成情况改正得分，或改写完成情况`,
            en:
              `${row.name.text}: answered “${band.answer}”, which the scoring rules score at ` +
              `${band.minPercent === 0 ? `below ${band.maxPercent} %` : `${band.minPercent}–${band.maxPercent} %`} of the weight ` +
              `${row.weight.text} (${rangeEn}), but the score is ${row.score.text}; correct the score, or the answer`,
          },
          related: [{ span: { start: row.actual.start, end: row.actual.end }, message: { zh: '完成情况', en: 'Answer' } }],
        });
      }
      return out;
    });
  },
});
