// A national notice cited by its title with a 文号 that is not its own (《中央自然灾害救灾资金管理暂行办法》财建〔2020〕45号,
// 云南应急管理厅 2020: the notice is 财建〔2020〕245号, a digit lost). The notices and their 文号 are data
// (data/national-notices.json); only a citation with the notice's own 机关代字 is compared — another code is a province's
// notice of the same title, or one forwarding it.
import type { DocNumber } from '../../parse/doc-numbers.js';
import data from '../data/national-notices.json' with { type: 'json' };
import { eq, zq } from '../format.js';
import type { RuleFinding } from '../rule.js';

type Notice = (typeof data.notices)[number];
const BY_TITLE = new Map<string, Notice>(data.notices.map((n) => [n.title, n]));
/** The notice's earlier or later editions under the same title and code, each right too (财预〔2009〕76号 of the 2011 办法). */
const editionsOf = (n: Notice): readonly (readonly number[])[] => ('editions' in n ? (n.editions ?? []) : []);
/** Longest title read back from the 》 before a 文号. */
const LONGEST_TITLE = 80;
/** 关于印发〈…〉的通知: the notice that issues the cited one. */
const ISSUING = /关于印发[〈<《]([^〉>》]+)[〉>》]的通知$/;

/** The notice named by the 《title》 right before the 文号 at `start` (past a bracket and spaces), or undefined. */
function citedNotice(text: string, start: number): Notice | undefined {
  let i = start - 1;
  while (i >= 0 && ' \u3000(（'.includes(text[i] as string) && start - i <= 3) i--;
  if (text[i] !== '》') return undefined;
  const close = i;
  while (i > 0 && close - i < LONGEST_TITLE && text[i - 1] !== '《' && text[i - 1] !== '\n') i--;
  if (text[i - 1] !== '《') return undefined;
  const title = text.slice(i, close).replace(/[ \u3000]/g, '');
  return BY_TITLE.get(title) ?? BY_TITLE.get(ISSUING.exec(title)?.[1] ?? '');
}

/** The finding for a national notice cited with its code but another year or serial, or undefined. */
export function wrongNational(text: string, d: DocNumber): RuleFinding | undefined {
  if (d.year === undefined || !d.serial) return undefined;
  const n = citedNotice(text, d.start);
  if (!n || d.code !== n.code || (d.year === n.year && Number(d.serial) === n.serial)) return undefined;
  if (editionsOf(n).some(([year, serial]) => d.year === year && Number(d.serial) === serial)) return undefined;
  const right = `${n.code}〔${n.year}〕${n.serial}号`;
  return {
    span: { start: d.start, end: d.end },
    message: {
      zh: `《${n.title}》的文号是${zq(right)}，这里写作${zq(d.text)}：请对照原文件核对年份和序号`,
      en: `The 文号 of 《${n.title}》 is ${eq(right)}, written here ${eq(d.text)}: check the year and the number against the notice`,
    },
  };
}
