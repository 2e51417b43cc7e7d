// A function of one string that keeps its last answer. A page's opening is asked about on every keystroke (is it a page
// a mirror converted to traditional script?), and typing below the opening leaves it as it was: the same string, the
// same answer, not worked out again.

/** `compute`, answering again only when asked about another string than last time. */
export function lastAnswer<T>(compute: (s: string) => T): (s: string) => T {
  let last: { s: string; answer: T } | undefined;
  return (s) => {
    if (last?.s !== s) last = { s, answer: compute(s) };
    return last.answer;
  };
}
