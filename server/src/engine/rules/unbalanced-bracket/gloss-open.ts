// A bracketed gloss opened in a sentence and never closed in its paragraph (…医疗卫生共同体（以下简称“医共体”建设，提升
// 基层…; …改造（含视频监控、一键报警、周界防护三个子项，改造内容包括…: made-up blind texts, red team s23): a （ whose first
// words say what it does — names a short form (以下简称, 下称), lists what a sum or a work holds (含, 包括, 其中), or points to
// where more is (详见, 参见, 见: …上门服务（详见\n附件2，全年…) — or whose words end their sentence (（个别县配套率低于50%。) asks
// for its ） within the paragraph. Not in a table's row (an extracted table loses brackets with its cells), not
// in a caption left open right before its table (unitLeftOpen's), not where a PDF or a quotation carries the paragraph on
// (the neighbouring paragraph's ） closes it: splitAcross, before this is asked).

/** The words a gloss opens with, the longest first (以下简称 before 简称). */
const OPENERS = ['以下简称', '以下统称', '以下称', '下称', '简称', '统称', '不含', '包括', '包含', '其中', '含'];
/** The words a pointer opens with (详见附件2): asked for its ） only where the sentence runs on past it (…，全年…). */
const POINTERS = ['详见', '参见', '见'];
const LONGEST = Math.max(...OPENERS.map((o) => o.length));

/** Whether the unmatched （ at `at` opens a gloss (its opener right after it), in prose, before no table. */
export function glossLeftOpen(text: string, at: number, paragraphEnd: number): boolean {
  const head = text.slice(at + 1, at + 1 + LONGEST);
  const opened =
    OPENERS.some((o) => head.startsWith(o)) ||
    (POINTERS.some((o) => head.startsWith(o)) && runsOn(text, at, paragraphEnd)) ||
    clauseStopped(text, at, paragraphEnd);
  if (!opened) return false;
  // the bracket's own line and the paragraph's: no cell bar (read to the paragraph's end, bounded by it)
  let s = at;
  while (s > 0 && at - s < LINE_REACH && text[s - 1] !== '\n') s--;
  if (text.slice(s, at).includes('|')) return false;
  let e = at;
  while (e < paragraphEnd && e - at < LINE_REACH && text[e] !== '|') e++;
  if (e < paragraphEnd && text[e] === '|') return false;
  // a caption before a table: the next non-blank line is a row
  let n = paragraphEnd;
  while (n < text.length && n - paragraphEnd < LINE_REACH && (text[n] === '\n' || text[n] === ' ' || text[n] === '\r')) n++;
  return text[n] !== '|';
}

/**
 * The bracket's words run into their sentence's 。 with no bracket between (…县级配套不足（个别县配套率低于50%。, made-up
 * blind text, red team s23): a bracketed clause whose ） was never written, read within CLAUSE_REACH characters of Chinese.
 */
function clauseStopped(text: string, at: number, paragraphEnd: number): boolean {
  // opened mid-sentence, after a word and on one (a note opening its paragraph, （注：…, may run over paragraphs; a table's
  // garbled cells, …(50%,80%)50%-0%(50册合理…, open after figures)
  if (!isHan(text[at - 1]) || !isHan(text[at + 1])) return false;
  let han = 0;
  for (let k = at + 1; k < paragraphEnd && k - at <= CLAUSE_REACH; k++) {
    const c = text[k] as string;
    if (c === '。' || c === '！' || c === '？') return han >= 2;
    if ('（）()【】[]|：:'.includes(c)) return false;
    if (isHan(c)) han++;
  }
  return false;
}
/** A clause's mark follows the bracket within CLAUSE_REACH, before any bracket or cell bar: its sentence runs on. */
function runsOn(text: string, at: number, paragraphEnd: number): boolean {
  for (let k = at + 1; k < paragraphEnd && k - at <= CLAUSE_REACH; k++) {
    const c = text[k] as string;
    if ('，,；;。'.includes(c)) return true;
    if ('（）()【】[]|'.includes(c)) return false;
  }
  return false;
}
const isHan = (c: string | undefined): boolean => c !== undefined && c >= '\u4e00' && c <= '\u9fff';
/** How far a bracketed clause is read for the 。 that ends it. */
const CLAUSE_REACH = 60;

/** How far along a line a cell's bar is looked for: bounded, a megabyte line is not read once per bracket. */
const LINE_REACH = 400;
