// A closing bracket that ends a phrase whose opening one was lost (264万元不含上年结转148.44万元), for 264万元(不含上年
// 结转148.44万元); a form's subtitle 2021年度) for (2021年度); a label 年度预算资金总额): whose ( never was): a ) with no (
// before it in its paragraph, right after a word and right before the end of its clause. Not a list or heading marker
// (1)、a)、二)、(十二): the word before it is not a bare numeral), not an emoticon or a formula (the character before it
// is Chinese), and not a table row flattened with its | (a cell's bracket is split from its pair there). When the
// sentence holds a ( of its own, which bracket is wrong is not clear (渝财教[2020]75号,(大足教财[2021]4号)-关于…通知--校舍维修)):
// not judged. Nor a form's period subtitle standing alone on its line (2021年度)): the extraction loses its ( with the
// table's (tune: three of four such lines were left unmarked by their readers).
import { isHan } from '../../text/han.js';

/** Chinese characters the word before the ) must have: a marker 二) has one, 十二) two, made only of numerals. */
const WORD = 2;
const NUMERALS = new Set([...'一二三四五六七八九十百零〇两']);
/** What may follow a ) that ends a clause: the line's end, a space before the next cell, or a clause's punctuation. */
const CLAUSE_END = new Set([...'\n\r \u3000\u00a0:：，,。；;！!？?、']);

/** Whether the unmatched ) at `at` ends a clause right after a word: its ( was lost, or never written. */
export function closesClause(text: string, at: number): boolean {
  if (at + 1 < text.length && !CLAUSE_END.has(text[at + 1] as string)) return false;
  let s = at;
  while (s > 0 && isHan(text[s - 1] ?? '')) s--;
  if (at - s < WORD) return false;
  let numeralsOnly = true;
  for (let k = s; k < at && numeralsOnly; k++) numeralsOnly = NUMERALS.has(text[k] as string);
  if (numeralsOnly) return false;
  // the line around it, read a bounded way either side: a text of nothing but such brackets stays linear
  let ls = at;
  while (ls > 0 && at - ls < REACH && text[ls - 1] !== '\n') ls--;
  let le = at;
  while (le < text.length && le - at < REACH && text[le] !== '\n') le++;
  const line = text.slice(ls, le);
  if (line.includes('|') || PERIOD_SUBTITLE.test(line)) return false;
  // no ( since the sentence, or the form's cell (a space in a flattened row), began: none is left open in the
  // paragraph, so a ( there makes this one's pair the doubt
  for (let k = at - 1; k >= ls && !SENTENCE_START.has(text[k] as string); k--) if (text[k] === '(' || text[k] === '（') return false;
  return true;
}

/** How far along its line either side of the ) is read. */
const REACH = 160;
/** A form's period subtitle alone on its line, its ( lost with the table's: 2021年度), 2019年). */
const PERIOD_SUBTITLE = /^[ \u3000]*[0-9０-９]{4}年度?[)）][ \u3000]*$/;
/** Where a sentence begins (after its predecessor's end), or a cell of a flattened form (after a space). */
const SENTENCE_START = new Set([...'。！？!?；; \u3000']);
