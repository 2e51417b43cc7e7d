// What repeated-word reads on a line: a run written again right after itself, or a word written again after a mark.

export interface Repeat {
  /** Offset of the first copy, from the line's start. */
  at: number;
  /** Length of one copy. */
  length: number;
  /** Copies in a row (2 or more). */
  copies: number;
  /** Where the repeat ends, from the line's start, when it is not at + copies × length. */
  end?: number;
  /** What the fix deletes, [from, to) from the line's start, when it is not the copies after the first. */
  cut?: readonly [number, number];
  /** What is written once, when it is not the first copy's text (a clause without its mark). */
  word?: string;
  /** The word stands twice in one list (洲湖镇、洋门乡、寮塘乡、洲湖镇), not twice in a row. */
  listed?: boolean;
  /** Deleting the copy is certain (的的: one 的 is never meant twice), so the fix may be applied on save. */
  safe?: boolean;
}
