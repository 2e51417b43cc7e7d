// An essay site's blurb run into the report it introduces, on one line (经开区 扶贫资金 2021 on a sharing site: `…本站为大家
// 整理的相关的2021年度财政扶贫资金绩效自评报告,供大家参考选择。2021年度财政扶贫资金绩效自评报告依据中央财政专项扶贫资金…`): the
// blurb ends with the sentence of its last word, and the report's title opens what follows. Only the blurb is the site's:
// deleting the whole line would delete the report's title and its first paragraph.
import type { Furniture } from '../../model/furniture.js';
import { RECOGNITION, reportWord, titleReading } from '../../model/recognise.js';
import { hanCount } from '../../text/han.js';

const ESSAY_SITE = 'essay-site';
/** Chinese characters the report's part of the line has at least: a title and more than a few words of its text. */
const REST = 40;
const SENTENCE_END = /[。！？!?]/g;

/** Where the report's text starts in a line of an essay site's blurb (its offset in `text`), or undefined: the line is the site's. */
export function blurbEnd(text: string, found: Furniture): number | undefined {
  if (!found.kinds.every((k) => k.id === ESSAY_SITE)) return undefined;
  let last = -1;
  for (const w of found.words) {
    const at = text.lastIndexOf(w);
    if (at >= 0) last = Math.max(last, at + w.length);
  }
  if (last < 0) return undefined;
  SENTENCE_END.lastIndex = last;
  const m = SENTENCE_END.exec(text);
  if (!m) return undefined;
  const end = m.index + 1;
  const rest = text.slice(end);
  if (hanCount(rest) < REST) return undefined;
  // the report's own title opens the rest (`2021年度…绩效自评报告依据…`): a blurb's second sentence would name no report word
  return reportWord(titleReading(rest.slice(0, RECOGNITION.longestTitle))) ? end : undefined;
}
