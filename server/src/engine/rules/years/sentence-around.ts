// The sentence a phrase of a line stands in, read a bounded reach each way (a flattened page may hold no 。 for
// thousands of characters): what the readings of a year check for the words that make the year another's on purpose.

/** What ends a sentence within a line (a cell of a flattened table included). */
const END = /[。；;！？!?|]/;

/**
 * The words before `from` and after `to`, each up to `reach` characters and to the sentence's end that way (`ends`: what
 * ends a sentence for the reader, END unless it says otherwise).
 */
export function sentenceAround(text: string, from: number, to: number, reach: number, ends = END): { before: string; after: string } {
  const head = text.slice(Math.max(0, from - reach), from);
  let cut = -1;
  for (let i = head.length - 1; i >= 0 && cut < 0; i--) if (ends.test(head[i] as string)) cut = i;
  const rest = text.slice(to, to + reach);
  const b = rest.search(ends);
  return { before: head.slice(cut + 1), after: b < 0 ? rest : rest.slice(0, b) };
}
