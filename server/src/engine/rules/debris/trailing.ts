// A page's foot, like its head, holds lines no list of words names: the site's "related articles" and their titles,
// a share or download button, a QR code's caption (相关文章 / …自评报告 / 扫一扫分享本页 / 版权所有 …). They are read by
// where they stand: between the report's signature date and the page's footer that a word gives away, every line
// that is no sentence, table, attachment or heading. They are furniture only so (the run in furniture.ts needs a
// strong line); with no date-only line above them, nothing is added (an excerpt's last lines may be the report's).
import { readingOf, type TextLine } from '../../parse/blocks.js';
import type { Report } from '../../model/report.js';
import type { Furniture, FurnitureKind } from '../../model/furniture.js';
import { RECOGNITION } from '../../model/recognise.js';
import type { FurnitureLine } from './furniture.js';
import { previousNonBlank } from './page-head.js';

const FOOT: FurnitureKind = { id: 'page-foot', name: { zh: '网页页脚的链接和按钮', en: "the page foot's links and buttons" }, from: 'web' };

/** A signature's date on its own line (2024年3月15日, 二〇二四年三月十五日, 2024-03-15). */
const DATE_ONLY =
  /^(?:(?:19|20)[0-9]{2}[ \t]*年[ \t]*[0-9]{1,2}[ \t]*月[ \t]*[0-9]{1,2}[ \t]*日|[〇零一二三四五六七八九]{4}年[〇一二三四五六七八九十]{1,3}月[〇一二三四五六七八九十]{1,3}日|(?:19|20)[0-9]{2}[-./][0-9]{1,2}[-./][0-9]{1,2})$/;
/** Prose or a table's row: the report's, not the page's. */
const NOT_FOOT = /[。；;，,|｜]/;
/** What a report or a 公文 adds after its signature: an attachment, a note, its 抄送 and 印发 lines, a contact. */
const ANNEX = /^(?:附[件表录]|注[:：]|备注|抄[送报]|印发|联系人|联系电话|[(（]此页无正文[)）])/;
/** Non-blank lines walked up from the footer: a page's foot is short. */
const FOOT_LINES = 8;
const LONGEST = RECOGNITION.longestTitle;

/** The lines between the signature's date and the first line of the last strong furniture below it, as weak furniture. */
export function trailingLines(report: Report, furniture: readonly FurnitureLine[]): FurnitureLine[] {
  const { lines } = report.parsed;
  const last = [...furniture].reverse().find((f) => f.found.strong);
  if (!last) return [];
  const bodyStart = report.header.title?.end ?? report.outline.bodyStart;
  // the first line of the footer's run: walk up over the furniture right above it
  const known = new Set(furniture.map((f) => f.at));
  let top = last.at;
  for (let p = previousNonBlank(lines, top); p >= 0 && known.has(p); p = previousNonBlank(lines, p)) top = p;
  const out: FurnitureLine[] = [];
  for (let p = previousNonBlank(lines, top); p >= 0 && out.length < FOOT_LINES; p = previousNonBlank(lines, p)) {
    const line = lines[p] as TextLine;
    const text = line.text.trim();
    // a date in the page's head is its record's (发布日期 on a line of its own), not the report's signature
    if (DATE_ONLY.test(text)) return line.start > bodyStart ? out.reverse() : [];
    if (known.has(p) || !footLike(line, text)) return [];
    out.push({ at: p, found: foot(text) });
  }
  return [];
}

function footLike(line: TextLine, text: string): boolean {
  return text.length <= LONGEST && !NOT_FOOT.test(text) && !ANNEX.test(text) && !readingOf(line).head.marker;
}

function foot(text: string): Furniture {
  return { strong: false, kinds: [FOOT], words: [text], phrases: 0, leading: false };
}
