// The first top-level heading written with no number (开远十二中 2024: `部门基本情况` then (一)部门概况 … (二)…; 西平 2022:
// `绩效目标分解下达情况` then 1.财政衔接资金下达预算… 2.…, its later 二、 and 三、 lost to `< >`): a short title alone on its
// line, right before the first item of a numbered run ((一) or 1., a title after it) whose second item follows, in a
// report that writes no 一、 before it nor anywhere (a later 一、 would make the line a preface of the report's own).
// It is 一、 lost. A document's title or a site's label (报告, 目录, 简介: data/heading-numbering.json) is no section.
// Read on every line whatever the outline. Part of heading-numbering.
import type { TextLine } from '../../parse/blocks.js';
import { pickedLines } from '../../parse/picked-lines.js';
import type { Report } from '../../model/report.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';
import { numberStartLines, topNumberLines, topNumeralOf } from './line-start.js';
import data from '../data/heading-numbering.json' with { type: 'json' };

/** (一) or 1. with a Chinese title after it: the first item of a run. */
const FIRST_ITEM = /^[ \t\u3000]*(?:[(（]一[)）]|1[.．](?![0-9]))[ \u3000]*[\u4e00-\u9fa5]/;
const MARKER = /^[ \t\u3000]*([(（]一[)）]|1[.．])/;
const SECOND_ITEM = { '(': /^[ \t\u3000]*[(（]二[)）]/, '1': /^[ \t\u3000]*2[.．](?![0-9])/ };
const SECTION_TITLE = /^[\u4e00-\u9fa5]{2,20}$/;
const NOT_SECTION = data.notSectionTitles;
/** Lines after the first item in which its second is looked for. */
const SECOND_WITHIN = 60;

const firstItemLines = pickedLines((line) => FIRST_ITEM.test(line.text), numberStartLines);

export function firstTopLost(report: Report): RuleFinding[] {
  const from = report.frontMatter.end;
  let oneWritten = false;
  let firstTop = Infinity;
  topNumberLines(report.chunks, (line) => {
    if (line.start < from) return;
    if (topNumeralOf(line) === '一') oneWritten = true;
    firstTop = Math.min(firstTop, line.start);
  });
  if (oneWritten) return [];
  const lines = report.parsed.lines;
  let found: RuleFinding | undefined;
  firstItemLines(report.chunks, (item, at) => {
    if (found || item.start < from || item.start > firstTop) return;
    const title = lines[at - 1];
    if (!title || title.start < from || title.block === item.block || !sectionTitle(title.text)) return;
    if (at >= 2 && (lines[at - 2] as TextLine).block === title.block) return;
    const second = item.text.trimStart().startsWith('1') ? SECOND_ITEM['1'] : SECOND_ITEM['('];
    if (!lines.slice(at + 1, at + 1 + SECOND_WITHIN).some((l) => second.test(l.text))) return;
    const text = title.text.trim();
    const marker = MARKER.exec(item.text)?.[1] ?? '';
    const start = title.start + title.text.indexOf(text);
    found = {
      span: { start, end: start + text.length },
      message: {
        zh: `标题${zq(text)}缺少编号：其下各项从${zq(marker)}编起，本文没有“一、”，应为${zq(`一、${text}`)}`,
        en:
          `Heading ${eq(text)} has no number: the items under it start at ${eq(marker)} and the report has no 一、; ` +
          `write ${eq(`一、${text}`)}`,
      },
      fix: { title: { zh: '补上编号「一、」', en: 'Add the number 一、' }, edits: [{ start, end: start, newText: '一、' }], safe: false },
    };
  });
  return found ? [found] : [];
}

function sectionTitle(text: string): boolean {
  const t = text.trim();
  return SECTION_TITLE.test(t) && !NOT_SECTION.some((w) => t.includes(w));
}
