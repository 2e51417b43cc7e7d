// A cited title's last word written again after its closing 》 (《…(优抚)的通知》通知, 临夏退役军人 2023: 根据《…的通知》
// or 根据《…的通知》要求). The two characters before 》 and the two after are the same word: no text means it.
import type { Repeat } from './repeat.js';

const AGAIN = /([\u4e00-\u9fa5]{2})[》〉]\1/g;

export function titleWordRepeats(text: string): Repeat[] {
  if (!text.includes('》') && !text.includes('〉')) return NONE;
  let out: Repeat[] | undefined;
  for (const m of text.matchAll(AGAIN)) {
    (out ??= []).push({ at: m.index, length: 2, copies: 2, end: m.index + 5, cut: [m.index + 3, m.index + 5] });
  }
  return out ?? NONE;
}

const NONE: Repeat[] = [];
