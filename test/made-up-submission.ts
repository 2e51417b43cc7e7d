// Made-up submissions for the batch tests (test/unit/batch.test.ts, test/cli/html-summary.test.ts): the bundled
// made-up example (示例单位, a training project) under another made-up unit's name, with a 存在问题 that says
// something. Every unit, figure and sentence is invented; the texts say so.
import { readExample } from './helpers.js';

const EXAMPLE = '示例单位-2024-培训项目支出绩效自评报告-虚构.md';

/** A made-up problems section long enough to compare (three points, as reports write them). */
export const MADE_UP_PROBLEMS =
  '一是预算编制不够精细，部分培训班次的经费测算依据不足，年中调整较多；二是绩效目标设置偏宽泛，培训人次等指标未结合往年完成情况逐项测算；' +
  '三是培训效果跟踪评估机制不健全，对学员返岗后的履职情况缺少回访，评价结果运用不够充分。';

/** The made-up example as `unit`'s report, its 存在问题 replaced by `problems`, and `extra` added to its 项目概况. */
export function madeUpSubmission(unit: string, problems: string, extra = ''): string {
  return readExample(EXAMPLE)
    .replaceAll('示例单位', unit)
    .replace('> 虚构示例（made up）', `评价单位：${unit}\n\n> 虚构示例（made up）`)
    .replace('干部培训项目由', `${extra}干部培训项目由`)
    .replace('存在问题：无。', `存在问题：${problems}`);
}
