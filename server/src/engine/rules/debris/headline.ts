// The page's own headline above its publication record. A portal prints the article's headline, then the record
// (来源: 发布时间:), then the document it posts, which may carry a title of its own (岳阳楼 人大办 2016: the headline
// `2016年度区人大代表之家项目支出绩效自评报告`, `来源:楼区财政局   2017-11-23 10:15`, then the form's title
// `岳阳楼区财政支出项目绩效评价自评报告`; 桃源 公安局 2022: `…专项支出绩效自评`, the record, `2022年度桃源县公安局` /
// `特殊人群收治经费专项资金绩效报告`). A reviewer keeps the document's title and strikes the page's headline with the
// record: one block. A headline the page prints twice right above its record (泸溪 林业局 2022, 湘西州 民宗局 2018) is
// struck once: the copy nearest the body stays as the title, unless the document's own title follows the record.
// A title after the record that repeats the headline in part (明光 2023, 南昌档案馆 2022) is the copy a reviewer strikes
// instead: the headline stays. One that repeats it word for word a few lines under the record (景洪 2018, 隆阳 河图 2018) is
// the document's own title: the headline goes with the record.
import { readingOf, type TextLine } from '../../parse/blocks.js';
import type { Report } from '../../model/report.js';
import type { Furniture, FurnitureKind } from '../../model/furniture.js';
import { RECOGNITION, reportWord } from '../../model/recognise.js';
import { hanCount } from '../../text/han.js';
import type { FurnitureLine } from './furniture.js';
import { inHead, nextNonBlank, previousNonBlank, titleOf } from './page-head.js';
import { HEADLINE_ID } from './placed-kinds.js';

const HEADLINE: FurnitureKind = { id: HEADLINE_ID, name: { zh: '网页标题', en: 'page headline' }, from: 'web' };

/** A headline: a line of no sentence, at most a title's length, with a few Chinese characters. */
const SENTENCE = /[。；;，,！!？?]/;
const FEWEST = 6;
/** Quoted in the message: the headline's start. */
const QUOTE = 30;

/**
 * The headline lines above the page's first publication record (a `metadata` line of `furniture` in the page's head whose
 * line above is no furniture), as weak furniture for furniture.ts to join to the record's run. `furniture`: the lines
 * found by their words, in order.
 */
export function headlineLines(report: Report, furniture: readonly FurnitureLine[]): FurnitureLine[] {
  const { lines } = report.parsed;
  const known = new Set(furniture.map((f) => f.at));
  const record = furniture.find((f) => f.found.kinds.some((k) => k.id === 'metadata'));
  if (!record || !inHead(lines, record.at)) return [];
  const above = previousNonBlank(lines, record.at);
  if (above < 0 || known.has(above) || !headline(lines[above] as TextLine)) return [];
  const reading = titleOf((lines[above] as TextLine).text);
  const before = previousNonBlank(lines, above);
  const copy = before >= 0 && !known.has(before) && titleOf((lines[before] as TextLine).text) === reading ? before : -1;
  // the record's run goes on over the furniture lines right after it
  let end = record.at;
  for (let next = nextNonBlank(lines, end); next >= 0 && known.has(next); next = nextNonBlank(lines, next)) end = next;
  const own = ownTitleAfter(report, end, reading) || copiedBelow(lines, end, reading);
  if (own) return [...(copy >= 0 ? [copy] : []), above].map((at) => ({ at, found: headlineOf(lines[at] as TextLine) }));
  return copy >= 0 ? [{ at: copy, found: headlineOf(lines[copy] as TextLine) }] : [];
}

/**
 * A line that may be the page's headline: a title's length, no sentence, no heading's number, a few Chinese characters,
 * and a title's words: a year or a report's word (an aggregator's region tag, 四川-雅安-名山区, names neither).
 */
function headline(line: TextLine): boolean {
  const text = line.text.trim();
  if (text.length > RECOGNITION.longestTitle || SENTENCE.test(text) || text.includes('|')) return false;
  if (readingOf(line).head.marker !== undefined || hanCount(text) < FEWEST) return false;
  const reading = titleOf(text);
  return YEAR.test(reading) || reportWord(reading) !== undefined || RECOGNITION.titleEndings.some((w) => reading.includes(w));
}
const YEAR = /(?:19|20)[0-9]{2}年/;

/** Two titles one of which holds the other: the same title, copied whole or in part (南昌档案馆 2022: `2022年整体支出绩效自评报告`). */
const copies = (a: string, b: string): boolean => a.includes(b) || b.includes(a);

/**
 * The document's own title follows the record (after `end`, its last line): the title the report's header reads starts
 * there (湘西州 2018, 桃源 2022), or the next line names a report in other words than the headline (岳阳楼 2016).
 */
function ownTitleAfter(report: Report, end: number, headlineReading: string): boolean {
  const { lines } = report.parsed;
  const last = lines[end] as TextLine;
  const title = report.header.title;
  if (title && title.start >= last.end) return !copies(titleOf(title.value), headlineReading);
  const next = nextNonBlank(lines, end);
  if (next < 0) return false;
  const line = lines[next] as TextLine;
  if (!headline(line)) return false;
  const reading = titleOf(line.text);
  return !copies(reading, headlineReading) && reportWord(reading) !== undefined;
}

/**
 * The headline printed again, word for word, a few lines under the record's run (景洪 公安 2018: the headline, 来源, 访问次数,
 * 发布时间, 监督索引号, then the same title; 隆阳 河图 2018: the headline over a record of ten lines, a field or a value a line):
 * the copy under the record is the document's own title, the one above is the page's. Read to `COPY_REACH` non-blank lines
 * after `end`, and not past a numbered heading.
 */
function copiedBelow(lines: readonly TextLine[], end: number, headlineReading: string): boolean {
  let next = end;
  for (let seen = 0; seen < COPY_REACH; seen++) {
    next = nextNonBlank(lines, next);
    if (next < 0) return false;
    const line = lines[next] as TextLine;
    if (readingOf(line).head.marker !== undefined) return false;
    if (titleOf(line.text) === headlineReading) return true;
  }
  return false;
}
const COPY_REACH = 12;

function headlineOf(line: TextLine): Furniture {
  const chars = [...line.text.trim()];
  const quote = chars.length <= QUOTE ? chars.join('') : `${chars.slice(0, QUOTE).join('')}…`;
  return { strong: false, kinds: [HEADLINE], words: [quote], phrases: 0, leading: false };
}
