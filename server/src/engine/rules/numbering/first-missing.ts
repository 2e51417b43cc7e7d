// A part whose sub-headings start at （二） (东川城管 2020: 摘要, the duties paragraph, then `(二)2020年度重点工作`; 渔业增殖放流
// 2019: the report's title, three paragraphs, then `(二)项目预算`): the paragraphs before it are the （一） part's, and its
// heading was lost or never written. Read only where the （二） is a heading on its own line, the first number of any
// level below 一、 in its part, with a paragraph before it in that part and no （一） written anywhere in that stretch (run
// into a line, `…如下:(一)项目概况。`, it is there). A part starting at （三） or further is left alone: more than one heading
// lost is rarer than a text cut or reordered on purpose. A （二） right under its 一、, no paragraph between, is no heading
// lost but a run numbered from （二）: said where the number after it is its （三） (一、部门基本情况 （二）部门职能
// （三）人员情况). A 2. read so too, the first number below 一、 of its part with no 1. written in that stretch (胶州 耕地 20xx:
// an essay copy's title, two paragraphs of background, then `2.项目内容及实施情况。`); a paragraph of page furniture (a sharing
// site's banner over an excerpt cut before its 1.: XX市渔业 2019) is none of the part's. Part of heading-numbering.
import type { TextLine } from '../../parse/blocks.js';
import { readingOf } from '../../parse/blocks.js';
import type { NumberedItem } from '../../model/own-numbering.js';
import { itemCodes, levelOf } from '../../model/item-codes.js';
import { MAX_LOST_TITLE } from '../../model/lost-number.js';
import type { Report } from '../../model/report.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';
import { numberedHeading } from './numbered-heading.js';
import debris from '../pasted-debris.json' with { type: 'json' };
import { furnitureOf } from '../../model/furniture.js';

/** How a message names a heading's level. */
const LEVEL_ZH: Record<number, string> = { 2: '二级', 3: '三级' };

/** A line of body text: it ends a sentence, or is longer than a title. */
function bodyLine(line: TextLine): boolean {
  const t = line.text.trim();
  return /[。；;！？]$/.test(t) || [...t].length > MAX_LOST_TITLE;
}

/**
 * Whether a line writes （一） anywhere, in either width, or what other checks read as one damaged: `(-)`, `（ ）`, `<>`, `(一`
 * with no closing bracket, `一)` with no opening one, ㈠ — the (一) is there, and its damage is theirs to tell.
 */
const FIRST = /[(（<【][ \u3000]*[一—\-－─]?[ \u3000]*[)）>】]|[(（]一|一[)）]|㈠/;
/**
 * A line that opens on an encoding mix-up's characters (桂阳 20xx: `。ㄒ唬⿲m椯Y金概况`, its （一）专项资金概况 garbled by a
 * mirror): its number may be the （一）, lost with the rest; pasted-debris tells the garbling.
 */
/** A line that writes 1. or 1、 anywhere (a first item run into a line is there). */
const FIRST_3 = /(?:^|[^0-9.])1[.．、]|[(（]1[)）]|①/;
const GARBLED = new RegExp(`^[ \u3000]*.{0,2}(?:${debris.marks.garbled})`, 'u');

/** `items`: the report's numbered lines (numberedItems), read once for the checks that walk them. */
export function firstMissing(report: Report, items: readonly NumberedItem[]): RuleFinding[] {
  const { lines } = report.parsed;
  const from = report.frontMatter.end;
  // where the current part starts: the line after its 一、 (or the report's start), and whether a number below 一、 was seen in it
  let partStart = -1;
  let seenBelow = false;
  const out: RuleFinding[] = [];
  const codes = itemCodes(items);
  for (let i = 0; i < items.length; i++) {
    // past its part's first number below 一、, only an unbroken 一、 (a new part) is read: most items
    if (seenBelow && levelOf(codes[i] as number) !== 1) continue;
    const item = items[i] as NumberedItem;
    // most reports have no front matter: no line of theirs is read for its offset (a 1 MB report walks 2,000 items)
    if (from > 0 && item.line.start < from) continue;
    const m = item.marker;
    if (m.level === 1 && !m.broken) {
      partStart = item.lineIndex;
      seenBelow = false;
      continue;
    }
    const first = !seenBelow;
    seenBelow = true;
    if (!first || m.broken || (m.level !== 2 && m.level !== 3) || m.value !== 2) continue;
    const { head } = readingOf(item.line);
    if (head.runIn || [...head.title].length > MAX_LOST_TITLE || head.title.length < 2) continue;
    let body = false;
    // a （一） run into the 一、 line (text that lost its break: 一、部门基本情况（一）部门职能) is written
    const top = lines[partStart];
    // the part's first number of this level, written anywhere in the stretch
    const firstOfLevel = m.level === 2 ? FIRST : FIRST_3;
    let written = top !== undefined && top.start >= from && firstOfLevel.test(top.text);
    for (let k = partStart + 1; k < item.lineIndex && !written; k++) {
      const line = lines[k] as TextLine;
      if (line.start < from) continue;
      if (firstOfLevel.test(line.text) || GARBLED.test(line.text)) written = true;
      else if (!body && bodyLine(line) && !furnitureOf(line.text)) body = true;
    }
    if (written) continue;
    const want = m.level === 2 ? `${m.open}一${m.close}` : `${m.open}1${m.close}${m.sep}`;
    if (!body) {
      // no paragraph before it: no （一） part lost, but a run numbered from （二）, if the next number is its （三） (and the
      // 一、 line above does not hold a （一） run into it: 一、基本情况（一）部门职能)
      const next = items[i + 1];
      if (top && next && next.marker.level === 2 && next.marker.value === 3 && !next.marker.broken && numberedHeading(next))
        out.push(fromSecond(item, head.title, want));
      continue;
    }
    out.push({
      span: { start: item.line.start + m.start, end: item.line.start + m.end },
      message: {
        zh:
          `标题${zq(m.text + head.title)}前没有${zq(want)}：本部分的${LEVEL_ZH[m.level]}标题从${zq(m.text)}开始，其前的段落缺少${zq(want)}标题` +
          `（标题丢了或漏写）：请补上${zq(want)}标题，或把其后的编号依次改正`,
        en:
          `No ${eq(want)} before the heading ${eq(m.text + head.title)}: the part's level-${m.level} headings start at ` +
          `${eq(m.text)}, and the paragraphs before it have no ${eq(want)} heading (lost or never written): add it, or renumber ` +
          'the headings after it',
      },
    });
  }
  return out;
}

/** A part's level-2 headings numbered from （二）, right under its 一、: the first is （一）, and those after it one less. */
function fromSecond(item: NumberedItem, title: string, want: string): RuleFinding {
  const m = item.marker;
  return {
    span: { start: item.line.start + m.start, end: item.line.start + m.end },
    message: {
      zh:
        `编号跳号：本部分的二级标题从${zq(m.text + title)}开始，没有${zq(want)}：若是编号写错，应为${zq(want + title)}，` +
        `其后的编号依次改正；若漏写了${zq(want)}一节，请补上`,
      en:
        `Skipped number: the part's level-2 headings start at ${eq(m.text + title)}, with no ${eq(want)}: if the numbers are ` +
        `wrong, it should read ${eq(want + title)} and those after it one less; if the ${eq(want)} section was left out, add it`,
    },
  };
}
