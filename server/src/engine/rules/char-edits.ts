// A fix that writes the right characters where a word's wrong ones stand, one edit per changed character: the word's
// other characters are left as they are, so a fix never rewrites text it has no reason to touch (二O二二 → 二〇二二,
// 2O23 → 2023, 第一五○中学 → 第一五〇中学). `written` and `right` have one character for one.
import type { TextEdit } from '../types.js';

export function changedCharEdits(start: number, written: string, right: string): TextEdit[] {
  return [...written].flatMap((c, i) => (c === right[i] ? [] : [{ start: start + i, end: start + i + 1, newText: right[i] ?? '' }]));
}
