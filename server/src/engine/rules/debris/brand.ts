// A hijacked mirror's brand written over the unit's name: the mirror signs the page's record with it (发布者:pg电子福运象财神)
// and writes it before the title and in place of the unit in sentences (pg电子福运象财神: pg电子福运象财神2016年学生资助专项
// 项目绩效评价报告; …的文件精神和要求,pg电子福运象财神对纳入绩效目标管理的预算项目开展绩效自评; 海南 学生资助 2016). Read by its
// shape, not a list: the publisher a record names, Latin letters run into Chinese (pg电子), no organ's ending — a unit's
// own name (发布者:南县财政局) stands before its title rightly, and a record's admin has no Chinese — then every place
// the text glues it to other words.
import type { TextLine } from '../../parse/blocks.js';
import type { Report } from '../../model/report.js';

/** A record's publisher label and its value, to the next space, bar or colon. */
const PUBLISHER = /(?:发布者|發布者|发布人|發布人|作者|来源|來源|信息来源|信息來源|发布单位|發布單位)[:：] ?([^\s|｜:：]{4,24})/g;
/** Latin letters run into Chinese, either way round. */
const MIXED = /[A-Za-z][\u4e00-\u9fa5]|[\u4e00-\u9fa5][A-Za-z]/;
/** How an organ's or a unit's name ends: such a publisher is the unit itself. */
const ORGAN = /[局厅委办院部署会站所室处馆校司队社镇乡村府心团组]$/;
const isSpace = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\t' || c === '\u3000';

/** The brands a furniture line's record names: values of its publisher labels that have the shape of a mirror's brand. */
export function brandsIn(text: string): string[] {
  if (!MIXED.test(text)) return [];
  const out: string[] = [];
  for (const m of text.matchAll(PUBLISHER)) {
    const v = m[1] as string;
    if (MIXED.test(v) && /[\u4e00-\u9fa5]{2}/.test(v) && !ORGAN.test(v)) out.push(v);
  }
  return out;
}

/**
 * Where the text glues a brand to other words ([line, start, end] in the line, a line's places as one stretch), outside
 * the lines `skip` keeps.
 */
export function gluedBrands(report: Report, brands: readonly string[], skip: (line: TextLine) => boolean): [TextLine, number, number][] {
  const out: [TextLine, number, number][] = [];
  if (brands.length === 0) return out;
  for (const line of report.parsed.lines) {
    if (skip(line)) continue;
    for (const brand of brands) {
      for (let at = line.text.indexOf(brand); at >= 0; at = line.text.indexOf(brand, at + brand.length)) {
        const end = at + brand.length;
        // alone on its line (a page's column of the brand) it is the page's furniture, not a word it replaced
        if (isSpace(line.text[at - 1]) && isSpace(line.text[end])) continue;
        // a line's places are one: the brand before a title and again glued to it (pg电子福运象财神: pg电子福运象财神2016年…)
        const last = out[out.length - 1];
        if (last && last[0] === line) {
          last[1] = Math.min(last[1], at);
          last[2] = Math.max(last[2], end);
        } else out.push([line, at, end]);
      }
    }
  }
  return out;
}
