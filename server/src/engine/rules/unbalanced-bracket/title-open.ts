// A （ opened inside a cited title and still open where the title closes (根据《质量发展纲要(20112020》的规定, 海南质检所 2016:
// the title's period, whose ）was lost with its dash): the title's own bracket, asked for its ） before the 》. Round brackets
// elsewhere in prose are not judged (unbalanced-bracket.ts), but one between 《 and 》 belongs to the citation, as a 文号's does.

/** How far a title is read on either side of the bracket: a cited title's words, not a paragraph. */
const REACH = 60;

/** Whether the unmatched （ at `at` stands between a 《 and the 》 that closes it, with no ） between them. */
export function openInTitle(text: string, at: number): boolean {
  let s = at - 1;
  for (; s >= 0 && at - s <= REACH; s--) {
    const c = text[s];
    if (c === '《') break;
    if (c === '》' || c === '\n') return false;
  }
  if (s < 0 || text[s] !== '《') return false;
  for (let e = at + 1; e < text.length && e - at <= REACH; e++) {
    const c = text[e];
    if (c === '》') return true;
    if (c === ')' || c === '）' || c === '《' || c === '\n') return false;
  }
  return false;
}
