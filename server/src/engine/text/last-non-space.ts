// The character before a place in a line, past spaces: what a number follows (a mark, a word, or the line's start).

/** The last character before `at` that is no space (half- or full-width); '' at the line's start. */
export function lastNonSpace(s: string, at: number): string {
  let k = at - 1;
  while (k >= 0 && (s[k] === ' ' || s[k] === '\u3000')) k--;
  return k >= 0 ? (s[k] as string) : '';
}
