// An essay site that files reports as a compilation (…绩效评价报告(精选10篇), 通用7篇) heads its page with its own lines above
// the compilation's blurb: a headline of another page of the site or the collection's title, the site's name, a date with its
// column (围场 20xx: 农村厕所改造项目绩效评价报告 / 知远网 / 2025-03-15报告 / 知远网整理的…(精选10篇); 省级农田 20xx:
// 2017年度耕地质量提升计划资金绩效评价报告 / 合集下载 / …(通用7篇)). The pieces follow under their own labels (篇1, …报告1):
// every line above the blurb is the site's, struck with it as one block. A head of nothing but a title (多美网: 财政资金项目支出
// 绩效自评报告 right above 欢迎阅读…(精选4篇)) is the page showing the report's title, which reviewers keep: the head is
// read as the site's only when a line of it is no title (the site's name, 合集下载, a date). A blurb in the editor's name
// (以下是小编整理的…) opens the pieces as a count does.
import type { TextLine } from '../../parse/blocks.js';
import type { Report } from '../../model/report.js';
import type { Furniture, FurnitureKind } from '../../model/furniture.js';
import type { FurnitureLine } from './furniture.js';
import { inHead, nextNonBlank, titleOf } from './page-head.js';
import { ESSAY_HEAD_ID } from './placed-kinds.js';
import { reportWord } from '../../model/recognise.js';
import { simplify } from '../../text/traditional.js';

const ESSAY_HEAD: FurnitureKind = { id: ESSAY_HEAD_ID, name: { zh: '范文网站的页头', en: "an essay site's head" }, from: 'web' };
/** A compilation's count of pieces, as an essay site words it (精选10篇, (通用7篇), 范文5篇, 范文汇总6篇). */
const COMPILATION = /(?:精品|精选|通用|优秀|热门|推荐|范文)(?:汇总|合集|大全)?[(（]?[0-9]{1,3}篇/;
/**
 * The blurb that hands the page over to the pieces in the editor's name (以下是小编整理的婦幼保健自評報告,僅供參考: 涟源 妇幼
 * 20xx; 以下是小編精心整理的優質糧食工程項目績效評價報告: 优质粮食 20xx), its count of pieces cut off or never written: the
 * essay site's, as a count is.
 */
const EDITOR = /(?:以下|下面)(?:是|为)小编/;
const blurb = (text: string): boolean => COMPILATION.test(text) || EDITOR.test(simplify(text));
/** Quoted in the message: a line's start. */
const QUOTE = 30;

/** The lines above an essay compilation's first line of furniture in the page's head, as weak furniture. */
export function essayHeadLines(report: Report, furniture: readonly FurnitureLine[]): FurnitureLine[] {
  const { lines } = report.parsed;
  const first = furniture.find((f) => f.found.kinds.some((k) => k.id === 'essay-site') && blurb((lines[f.at] as TextLine).text));
  if (!first || !inHead(lines, first.at)) return [];
  const counted = COMPILATION.test((lines[first.at] as TextLine).text);
  const known = new Set(furniture.map((f) => f.at));
  const out: FurnitureLine[] = [];
  let site = false;
  for (let at = 0; at < first.at; at++) {
    const text = (lines[at] as TextLine).text.trim();
    if (text !== '' && !known.has(at)) out.push({ at, found: headOf(text) });
    // the site's own line found by its words (合集下载), between the title and the blurb
    else if (known.has(at)) site = true;
  }
  // a title alone above the blurb is the report's, as the page shows it; so is the head above a blurb in the editor's name
  // with no count, unless a title of the head is printed again under the blurb, over the piece (涟源 妇幼 20xx: 婦幼保健自評報告
  // above and below 以下是小編整理的…; a single essay's 下面是小编为大家整理的… under the report's one title keeps it)
  if (!site && out.every((l) => isTitle((lines[l.at] as TextLine).text))) return [];
  return counted || titleAgain(lines, first.at, out) ? out : [];
}

/** Non-blank lines read under the blurb for a title of the head printed again. */
const AGAIN_REACH = 4;

/** A title among `head` is printed again within AGAIN_REACH non-blank lines under the line at `at`. */
function titleAgain(lines: readonly TextLine[], at: number, head: readonly FurnitureLine[]): boolean {
  const titles = head
    .map((l) => (lines[l.at] as TextLine).text)
    .filter(isTitle)
    .map(titleOf);
  let next = at;
  for (let seen = 0; seen < AGAIN_REACH; seen++) {
    next = nextNonBlank(lines, next);
    if (next < 0) return false;
    const again = titleOf((lines[next] as TextLine).text);
    // whole or in part (麦积 20xx: 2023年度畜牧项目绩效自评报告12篇 above, 畜牧项目绩效自评报告12篇 under the blurb)
    if (again.length >= SHORTEST && titles.some((t) => t.includes(again) || again.includes(t))) return true;
  }
  return false;
}
/** A copy shorter than this is no title printed again (一、基本情况 inside a longer title's words). */
const SHORTEST = 8;

/** A line that names a report (…绩效评价报告, …自评): a title, the report's or another page's. */
const isTitle = (text: string): boolean => reportWord(titleOf(text)) !== undefined;

function headOf(text: string): Furniture {
  const chars = [...text];
  const quote = chars.length <= QUOTE ? text : `${chars.slice(0, QUOTE).join('')}…`;
  return { strong: false, kinds: [ESSAY_HEAD], words: [quote], phrases: 0, leading: false };
}
