// A header line naming the report by a year before the one evaluated: 张家界 应急 2021's cover keeps `2020年度部门整体支出`
// alone on a line above `2021年度张家界市应急管理局`, the previous year's header not updated. Only a line of nothing
// but the year and the report's kind (title-line.json) is read, and only against the year the 评价年度 or the title
// gives: a figure, a mark or a bracket on the line (2020年决算数, a comparison, a cited title) makes it something
// else. Part of year-consistency.
// Also an attachment's line naming the year's own form or report under an earlier year (附件：2020年度项目支出绩效自评表 in a
// 2021 report, 附：2022年度…资金绩效自评表 in a 2023 one: made up, the second blind set of session 23): the report attaches
// the form of the year it evaluates, so an earlier year there is last year's caption kept. A caption alone on a line is
// not read (a report may show the year before's form); the 附件/附 label makes it the report's own attachment.
import type { TextLine } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { pickedLines } from '../../parse/picked-lines.js';
import type { Report } from '../../model/report.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import type { RuleFinding } from '../rule.js';
import WORDS from './title-line.json' with { type: 'json' };

/**
 * A unit's name before the year (德钦县图书馆2023年度部门整体支出绩效自评报告), Han characters and brackets only: bounded, and
 * a name holds no digit, so the year is the line's first.
 */
const UNIT = '[\\u4e00-\\u9fa5（）()]{0,24}';
/** Han characters only between the year and the kind (a unit's name), bounded: the line is read in linear time. */
const KINDS = WORDS.kinds.map(escapeRegExp).join('|');
const TITLE_LINE = new RegExp(
  `^[ \\u3000#]{0,8}${UNIT}((?:19|20)\\d{2})[ \\u3000]?年度?[ \\u3000]?[\\u4e00-\\u9fa5]{0,24}(?:${KINDS})[ \\u3000]*$`,
);
/**
 * `附件：2020年度项目支出绩效自评表`, `附件1：…`, `附：1. …`: the attachment label, one year, and a self-evaluation's form or
 * report at the line's end (title-line.json `attached`). Bounded: linear.
 */
const ATTACHED = WORDS.attached.map(escapeRegExp).join('|');
const ATTACHMENT_LINE = new RegExp(
  `^[ \\u3000#]{0,8}附(?:件|表)?[0-9一二三四五六七八九十]{0,2}[ \\u3000]?[:：][ \\u3000]{0,2}(?:[0-9]{1,2}[.、．][ \\u3000]?)?` +
    `((?:19|20)\\d{2})[ \\u3000]?年度?[ \\u3000]?[\\u4e00-\\u9fa5（）()]{0,40}(?:${ATTACHED})[ \\u3000]*$`,
);
/** A line that restates the report's own title (…绩效自评报告), not a header of a kind of spending. */
const REPORT_TITLE = /(?:自评报告|评价报告)[ \u3000]*$/;
/** A header line is short: a longer line is not read at all. */
const MAX_LINE = 48;

/** The offset and year of the line's year, when the line is such a header. */
const titleYearOf = lineMemo((line: TextLine): { at: number; year: number; attached?: boolean } | null => {
  const text = line.text;
  if (text.length > MAX_LINE) return null;
  // most lines fail at once: such a line opens on its year, after at most its indent or a Markdown heading's marks
  let i = 0;
  while (i < 8 && (text[i] === ' ' || text[i] === '\u3000' || text[i] === '#')) i++;
  // (a unit's name may open with 附 too: 附属医院2023年度…)
  const a = text[i] === '附' ? ATTACHMENT_LINE.exec(text) : null;
  if (a?.[1]) return { at: text.indexOf(a[1], i), year: Number(a[1]), attached: true };
  const m = TITLE_LINE.exec(text);
  return m?.[1] ? { at: text.indexOf(m[1]), year: Number(m[1]) } : null;
});
/** The lines that are such headers, kept per chunk: asked on every keystroke. */
/** What every such line holds, read on a chunk's whole text (TITLE_LINE without its anchors). */
const TITLE_WORDS = new RegExp(
  `(?:19|20)\\d{2}[ \\u3000]?年度?[ \\u3000]?[\\u4e00-\\u9fa5]{0,24}(?:${KINDS})|附(?:件|表)?[0-9一二三四五六七八九十]{0,2}[ \\u3000]?[:：]`,
);
const titleLines = pickedLines((line) => titleYearOf(line) !== null, undefined, TITLE_WORDS);

/** A line of nothing but a report word: the end of a title split over two lines. */
const REPORT_WORD_LINE = /^[ \u3000#]{0,8}(?:绩效自评报告|绩效评价报告|自评报告|绩效自评表)[ \u3000]*$/;
/** How many lines down the title's second line is looked for (blank lines between, as a PDF's cover spaces them). */
const TITLE_REACH = 3;

/** The next line after `line` (the `at`th of the report's), no more than TITLE_REACH source lines on, is a report word alone. */
function titleGoesOn(report: Report, line: TextLine, at: number): boolean {
  const next = report.parsed.lines[at + 1];
  return next !== undefined && next.line - line.line <= TITLE_REACH && REPORT_WORD_LINE.test(next.text);
}

export function staleTitleLines(report: Report): RuleFinding[] {
  const { header } = report;
  const stated = header.evalYear ?? header.titleYear;
  if (!stated) return [];
  const y = stated.year;
  const source = header.evalYear ? { zh: '评价年度', en: 'the evaluation year' } : { zh: '标题', en: 'the title' };
  const out: RuleFinding[] = [];
  const from = report.frontMatter.end;
  titleLines(report.chunks, (line, at) => {
    const t = titleYearOf(line);
    if (!t || line.start < from || t.year === y) return;
    const start = line.start + t.at;
    if (t.year > y) {
      // the report's own title again in the body, under the next year (德钦图书馆 2022: the cover says 2022年度, the body's
      // title 德钦县图书馆2023年度部门整体支出绩效自评报告, written in 2023): one report evaluates one year. A title and a
      // 评价年度 that disagree in the header are weighed against the body's years (year-consistency.ts outvoted), not here.
      if (t.attached || t.year !== y + 1 || line.start < report.outline.bodyStart || !REPORT_TITLE.test(line.text)) return;
      out.push({
        severity: 'warning',
        span: { start, end: start + 4 },
        message: {
          zh: `「${line.text.trim()}」写的是 ${t.year} 年度，而${source.zh}是 ${y} 年：同一份报告评价的是同一年度，是否把成文的年份写成了评价年度？请核对并统一`,
          en:
            `“${line.text.trim()}” says ${t.year} but ${source.en} is ${y}: one report evaluates one year; was the year ` +
            'of writing put for the year evaluated? Check and make them agree',
        },
        fix: { title: { zh: `改为 ${y}`, en: `Change to ${y}` }, edits: [{ start, end: start + 4, newText: String(y) }], safe: false },
      });
      return;
    }
    // the first line of a title split over two, its report word on the next line (乌海 精神卫生 2021's cover: `2021 年度精防科
    // 精神卫生工作专项资金` / `绩效自评报告`, under an essay site's headline that gives 2023): a title of its own, which the
    // header's title disagrees with, weighed against the body's years (year-consistency.ts), not a heading left from last year
    if (!t.attached && titleGoesOn(report, line, at)) return;
    if (t.attached) {
      out.push({
        severity: 'warning',
        span: { start, end: start + 4 },
        message: {
          zh: `附件「${line.text.trim()}」写的是 ${t.year} 年，而${source.zh}是 ${y} 年：所附应是 ${y} 年度的自评表，是否沿用了往年的附件名称或表格？请核对并改为 ${y} 年`,
          en:
            `The attachment “${line.text.trim()}” says ${t.year} but ${source.en} is ${y}: the form attached is the ${y} one; ` +
            `was an earlier year's caption or form kept? Check it and write ${y}`,
        },
        fix: { title: { zh: `改为 ${y}`, en: `Change to ${y}` }, edits: [{ start, end: start + 4, newText: String(y) }], safe: false },
      });
      return;
    }
    out.push({
      severity: 'warning',
      span: { start, end: start + 4 },
      message: {
        zh: `「${line.text.trim()}」写的是 ${t.year} 年，而${source.zh}是 ${y} 年：是否沿用了往年报告的标题？请改为 ${y} 年`,
        en: `“${line.text.trim()}” says ${t.year} but ${source.en} is ${y}: was an earlier report's heading left? Write ${y}`,
      },
      fix: { title: { zh: `改为 ${y}`, en: `Change to ${y}` }, edits: [{ start, end: start + 4, newText: String(y) }], safe: false },
    });
  });
  return out;
}
