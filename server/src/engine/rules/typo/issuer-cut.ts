// A cited document's issuer that lost the last character of its name before 关于 (《云南省林业和草原关于印发…》 for
// 云南省林业和草原局, 隆阳林草 2022; 《徐闻县财政关于…》 for 县财政局): an issuer's name ends in the word for a body
// (厅, 局, 府, 部, 院, 委, 会, 办, 室…) or in a place (省, 市, 县: 《四川省关于…》), so a title whose words before 关于
// end in any other character (原, 政) names no issuer. Read only inside 《》, where the words before 关于 are the
// issuer's name; the lost character is not known (局 or 厅), so no fix is offered. The endings are data (typo.json
// `issuerEnds`).
import list from '../data/typo.json' with { type: 'json' };
import type { Glued } from './glued-digits.js';
import { charTable } from '../../text/char-table.js';
import { isHanCode } from '../../text/han.js';
import { zq, eq } from '../format.js';

const ENDS = charTable(list.issuerEnds);
/** Fewest characters of a name read: 《本市关于》 or a cut word is no issuer's name. */
const SHORTEST = 4;

/** Each issuer's name before 关于 in a 《》 title of the line that ends in no body's or place's character. */
export function issuerCuts(text: string): Glued[] {
  let out: Glued[] | undefined;
  for (let at = text.indexOf('关于'); at >= 0; at = text.indexOf('关于', at + 2)) {
    const last = text.charCodeAt(at - 1);
    if (!isHanCode(last) || ENDS[last] === 1) continue;
    let start = at - 1;
    while (start > 0 && isHanCode(text.charCodeAt(start - 1))) start--;
    if (text[start - 1] !== '《' || at - start < SHORTEST) continue;
    const name = text.slice(start, at);
    (out ??= []).push({
      start,
      end: at,
      message: {
        zh: `发文机关名称${zq(name)}不完整：机关名称应以“局”“厅”“委”“办”等结尾，疑少了最后一个字，请对照原文件补全`,
        en:
          `The issuer's name ${eq(name)} is cut: a body's name ends in 局, 厅, 委, 办…; ` +
          'the last character seems lost — complete it from the document',
      },
    });
  }
  return out ?? NONE;
}

const NONE: Glued[] = [];
