// The title of a cited document split by a stray space, where a PDF line ended (《关于全面实施 预算绩效
// 管理的实施意见》, 《…自评工作的 通知》). Joint issuers are written with a space between them
// (《中共中央 国务院关于…》, 《财政部 税务总局关于…》): a space after an issuer's name is right.
import data from '../pasted-debris.json' with { type: 'json' };
import type { TextLine } from '../../parse/blocks.js';
import type { RuleFinding } from '../rule.js';

const ISSUERS = data.issuers;
const isCjk = (c: number): boolean => c >= 0x4e00 && c <= 0x9fa5;
/** A cited title is shorter than this; a 《 without its 》 so near is not a title. */
const LONGEST = 120;

/** The stray spaces of the cited titles of a line, as offsets in its text, one list per title. */
export function straySpaces(text: string): number[][] {
  const out: number[][] = [];
  let close = -1;
  for (let open = text.indexOf('《'); open >= 0; open = text.indexOf('《', open + 1)) {
    // the 》 found for an earlier 《 serves the later ones before it: each line is read once
    if (close < open) close = text.indexOf('》', open);
    if (close < 0) break;
    if (close - open > LONGEST) continue;
    const stray: number[] = [];
    for (let at = text.indexOf(' ', open); at >= 0 && at < close; at = text.indexOf(' ', at + 1)) {
      if (!isCjk(text.charCodeAt(at - 1)) || !isCjk(text.charCodeAt(at + 1))) continue;
      if (!ISSUERS.some((i) => at - i.length > open && text.startsWith(i, at - i.length))) stray.push(at);
    }
    if (stray.length > 0) out.push(stray);
    open = close;
  }
  return out;
}

export function strayFinding(line: Pick<TextLine, 'start' | 'text'>, stray: number[]): RuleFinding {
  const { text } = line;
  const first = stray[0] as number;
  const last = stray[stray.length - 1] as number;
  const open = text.lastIndexOf('《', first);
  const close = text.indexOf('》', last);
  const around = `${text.slice(Math.max(open + 1, first - 4), first)} ${text.slice(first + 1, first + 5)}`;
  const title = text.slice(open, close + 1);
  return {
    severity: 'information',
    span: { start: line.start + open, end: line.start + close + 1 },
    message: {
      zh: `所引文件名${title}中间多了空格（“${around}”），像是 PDF 换行留下的：请删去空格，写全文件名`,
      en: `The cited title ${title} is split by a stray space (“${around}”), likely a PDF line break: delete the space`,
    },
    fix: {
      title: { zh: '删去文件名中的空格', en: 'Delete the space in the title' },
      edits: stray.map((at) => ({ start: line.start + at, end: line.start + at + 1, newText: '' })),
      safe: false,
    },
  };
}
