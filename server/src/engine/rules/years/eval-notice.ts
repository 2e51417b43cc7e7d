// The notice that launches a year's self-evaluation cited with a 文号 of a year before that year (乌海 住建 2023:
// 《…关于开展2023年度中央对地方转移支付预算执行情况绩效自评工作的通知>的通知》(乌财监〔2022〕247号)): the self-evaluation
// of year Y is called for once Y has run, in Y + 1 (at the earliest late in Y), never in Y − 1; the 文号 is last year's,
// copied with the sentence. Part of year-consistency.
import type { TextLine } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { clip } from '../../text/clip.js';
import { lineWarnings } from './line-warnings.js';

/** The year a notice's title calls a self-evaluation of: 开展 / 做好 / 组织 … Y年度 … 自评. */
const EVALUATED = /(?:开展|做好|组织|開展)((?:19|20)\d{2}) ?年度?/;
/** The title calls a self-evaluation (not a 事前评价 or a 监控 of the coming year's budget). */
const SELF_EVALUATION = /自评|自評/;
const NOT_AFTER_THE_YEAR = /事前|监控|監控|目标申报|目標申報/;
/** The notice's 文号 right after its title, in brackets: (乌财监〔2022〕247号). */
const DOC_NUMBER = /^[\s\u3000]{0,2}[(（][^()（）〔〕[\]【】]{1,16}[〔[【]((?:19|20)\d{2})[〕\]】][\s\u3000]{0,2}\d{1,5}[\s\u3000]{0,2}号/;

interface StaleNotice {
  /** Offsets in the line of the 文号's year. */
  start: number;
  end: number;
  year: number;
  evaluated: number;
  title: string;
}

const staleOf = lineMemo((line: TextLine): StaleNotice[] => {
  const text = line.text;
  const out: StaleNotice[] = [];
  // few lines cite a notice: the line is searched only for its 《
  for (let open = text.indexOf('《'); open >= 0; open = text.indexOf('《', open + 1)) {
    const close = text.indexOf('》', open);
    if (close < 0) break;
    const title = text.slice(open + 1, close);
    const evaluated = EVALUATED.exec(title);
    if (!evaluated || !SELF_EVALUATION.test(title.slice(evaluated.index)) || NOT_AFTER_THE_YEAR.test(title)) continue;
    const doc = DOC_NUMBER.exec(text.slice(close + 1, close + 40));
    if (!doc) continue;
    const year = Number(doc[1]);
    const evaluatedYear = Number(evaluated[1]);
    if (year >= evaluatedYear) continue;
    const at = close + 1 + doc[0].indexOf(doc[1] as string, doc[0].search(/[〔[【]/));
    out.push({ start: at, end: at + 4, year, evaluated: evaluatedYear, title });
  }
  return out;
});
export const staleEvaluationNotices = lineWarnings(staleOf, /《/, (d) => {
  const title = clip(d.title, 30);
  return {
    zh:
      `开展 ${d.evaluated} 年度自评的通知《${title}》，文号年份却是 ${d.year}：${d.evaluated} 年度的自评要在该年度结束后布置，` +
      `通知不会在 ${d.year} 年印发。文号多半沿用了上一年的，请核对`,
    en:
      `The notice “${title}” calls the self-evaluation of ${d.evaluated}, yet its 文号 is of ${d.year}: a year's ` +
      `self-evaluation is called once the year has run, never in ${d.year}. The 文号 is probably last year's; check it`,
  };
});
