// A label with its colon written twice in a row (其中:其中:, 保山广电台 2017; 项目绩效目标完成情况:项目绩效目标完成情况:,
// 六安文旅 2021): a paste that doubled the start of a line or a clause. The colon parts the copies, so the run reader,
// which reads Chinese runs only, does not see them.
import type { Repeat } from './repeat.js';

/** Two to twelve Chinese characters and a colon, then the same again (a back-reference over a bounded run: linear). */
const TWICE = /([\u4e00-\u9fa5]{2,12})([:：])\1[:：]/g;

export function labelTwice(text: string): Repeat[] {
  if (!text.includes(':') && !text.includes('：')) return NONE;
  let out: Repeat[] | undefined;
  for (const m of text.matchAll(TWICE)) {
    const label = m[1] as string;
    // the label starts where the line or a clause does, not inside a longer word (…中:中: is no label twice)
    const before = m.index > 0 ? text.charCodeAt(m.index - 1) : 0;
    if (before >= 0x4e00 && before <= 0x9fa5) continue;
    const length = label.length + 1;
    (out ??= []).push({ at: m.index, length, copies: 2, word: `${label}${m[2] as string}` });
  }
  return out ?? NONE;
}

const NONE: Repeat[] = [];
