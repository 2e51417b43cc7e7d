// Whether inserting a missing section is certain to repair the report, or may write over a reading
// the drafter meant. Two doubts keep the insertion on request (issue 12: a safe fix only repairs):
//  - the place: the report is built otherwise than the template — the "missing" section may be there
//    under the drafter's own title or without its number, and where it would go depends on which
//    lines are read as headings, which one lost number changes;
//  - the form: a level the skeleton numbers has no single form in the report, so the brackets and
//    spaces written are a guess at the document's style.
import { markerStyles, type MarkerStyle } from '../model/marker-style.js';
import { expectedNumbers, firstAfter, numberedAtOtherLevel } from '../model/numbering.js';
import { MAX_TITLE, type OutlineStyle, type Section } from '../model/outline.js';
import type { Report } from '../model/report.js';
import type { MarkerLevel } from '../parse/markers.js';
import { readingOf } from '../parse/blocks.js';
import { lineMemo } from '../parse/line-memo.js';
import type { TemplateSection } from '../template/template.js';
import { titleKey } from '../text/normalize.js';
import { eq, zq } from './format.js';

export type Doubt = { zh: string; en: string };

/** For a report, why inserting a section is not certain (undefined when it is). */
export function insertionDoubts(report: Report): (tsec: TemplateSection) => Doubt | undefined {
  const place = placeDoubt(report);
  const formOf = formDoubt(report);
  const written = writtenWithoutNumber(report);
  return (tsec) => (report.templateTrusted ? undefined : GUESSED) ?? place ?? written(tsec) ?? formOf(tsec);
}

const GUESSED: Doubt = {
  zh: '模板是按提纲匹配选出的（非作者指定），插入的章节可能不是本地要求的，请核对后再插入',
  en: 'the template was chosen by matching the outline, not named by the author: check the section is one your bureau asks for',
};

/**
 * The section's title stands on a line of its own that is not read as a heading (`自评得分` after its
 * `（一）` was lost): the section is there, and inserting it would write it twice.
 */
function writtenWithoutNumber(report: Report): (tsec: TemplateSection) => Doubt | undefined {
  let keys: Set<string> | undefined;
  return (tsec) => {
    keys ??= shortLineKeys(report);
    if (![...tsec.keys].some((k) => keys?.has(k))) return undefined;
    return {
      zh: `文中已有一行${zq(tsec.title)}，但没有编号，未被识别为标题：请先给它补上编号，而不是再插入一节`,
      en: `a line reads ${eq(tsec.title)} but has no number and is not read as a heading: number it rather than insert the section again`,
    };
  };
}

function placeDoubt(report: Report): Doubt | undefined {
  const { outline } = report;
  // a heading the template does not know, a second one for a section, one numbered at another level
  // than it is read at (the 2021 南县 report's （一）部门概况), or one standing under another parent than
  // the template's (the 2024 谢家集 report's （一）资金投入情况分析 falls under 一、 once
  // 二、绩效情况分析 loses its number)
  const odd = outline.headings.find(
    (h) => !h.tsec || h.duplicate || numberedAtOtherLevel(h) || h.tsec.parent?.id !== h.section.parent?.tsec?.id,
  );
  if (odd) {
    return {
      zh: `文中标题${zq(odd.head.title)}不是模板章节、重复、层级或所属章节与模板不同，本文结构与模板不一，缺的可能就是它，请核对后再插入`,
      en:
        `the report's heading ${eq(odd.head.title)} is not a template section, is repeated, or stands at another level or under ` +
        `another section than the template's: the report is built otherwise, and it may be this one, so check before inserting`,
    };
  }
  const gap = numberGap(outline.roots, expectedNumbers(outline, report.template), titleLikeLines(report), 0);
  if (gap) {
    return {
      zh: `文中标题${zq(gap.heading.head.title)}的编号与前一个同级标题不相接，可能有标题丢了编号，请先核对编号再插入`,
      en:
        `the number of the report's heading ${eq(gap.heading.head.title)} does not follow the one before it: a heading may have ` +
        `lost its number, so check the numbers before inserting`,
    };
  }
  return undefined;
}

const FORM_DOUBT: Doubt = {
  zh: '文中该级标题的编号写法不一或无从参照，插入的编号括号、空格写法无从确定，请核对后再插入',
  en:
    'the headings of a level it numbers write their numbers in different forms, or give nothing to follow, so the form written is ' +
    'a guess: check before inserting',
};

function formDoubt(report: Report): (tsec: TemplateSection) => Doubt | undefined {
  const { outline } = report;
  const styleOf = markerStyles(outline);
  const { style } = outline;
  const numbered = outline.headings.flatMap((h) => (h.head.marker && !h.head.marker.broken ? [{ h, m: h.head.marker }] : []));
  // the document's own width and spacing, when every numbered heading writes them one way
  const widths = new Set(numbered.filter(({ m }) => m.open !== '').map(({ m }) => m.open === '('));
  const spaces = new Set(numbered.map(({ h, m }) => h.head.titleStart > m.end));
  const certainAt = (level: MarkerLevel): boolean => {
    // the level's own headings all write one form, the one the skeleton is written in
    if (numbered.some(({ h, m }) => m.level === level && h.level === level)) return sameForm(styleOf(level), style, level);
    // none yet: the skeleton writes the standard 1. and the document's width and spacing, if it has one
    const width = level % 2 === 1 || (widths.size === 1 && widths.has(style.halfWidth));
    return width && spaces.size === 1 && spaces.has(style.spaceAfterMarker);
  };
  return (tsec) => ([...levelsOf(tsec)].every(certainAt) ? undefined : FORM_DOUBT);
}

/**
 * The first section whose own number does not follow its sibling before (1 for the first): a number
 * lost from a heading the template does not know turns it into body text and leaves only this gap. A
 * heading with no number or a broken one holds its place (heading-numbering writes it back). A gap
 * the template explains — the number is the template's, the sections skipped are missing — is no
 * doubt unless a line that reads like a title without its number stands in it (the 2024 谢家集
 * report's 绩效情况分析 once its 二、 is lost).
 */
function numberGap(sections: Section[], expected: Map<Section, number>, titleLike: number[], from: number): Section | undefined {
  let want = 1;
  let before = from;
  for (const s of sections) {
    const m = s.heading.head.marker;
    if (m && !m.broken && m.level === s.level) {
      const explained = m.value === expected.get(s) && firstAfter(titleLike, before) >= s.start;
      if (m.value !== want && !explained) return s;
      want = m.value + 1;
    } else want++;
    const inner = numberGap(s.children, expected, titleLike, s.heading.line.lineStart);
    if (inner) return inner;
    before = s.start;
  }
  return undefined;
}

/** Sentence ends: a line ending in one is body text, not a title. */
const SENTENCE_END = new Set(['。', '；', ';', '：', ':', '，', ',', '！', '!', '？', '?']);

/**
 * A short line's title key, kept on the line (asked for every short line on every keystroke). A line with no number
 * and no stop is its own title: its reading (outline.ts reads every line) holds that key already, and it is not kept twice.
 */
const shortKeyOf = lineMemo((l) => {
  if (l.text.length > MAX_TITLE) return null;
  const { head, key } = readingOf(l);
  return head.title === l.text ? key : titleKey(l.text);
});

/** The title keys of the short lines not read as headings (a PDF's lines stand in one paragraph: any line). */
export function shortLineKeys(report: Report): Set<string> {
  const headings = new Set(report.outline.headings.map((h) => h.line.lineStart));
  const out = new Set<string>();
  for (const l of report.parsed.lines) {
    const key = shortKeyOf(l);
    if (key !== null && !headings.has(l.lineStart)) out.add(key);
  }
  return out;
}

/** Line starts of one-line paragraphs that read like a title (short, no sentence end) but are not headings. */
function titleLikeLines(report: Report): number[] {
  const headings = new Set(report.outline.headings.map((h) => h.line.lineStart));
  const { lines } = report.parsed;
  const out: number[] = [];
  lines.forEach((l, i) => {
    // a paragraph of its own, or a line that the line before it closes (…。 or a heading), as a web page's text writes
    // every line in one block (政协 2023: `一、部门基本情况` / `部门概况` once its (一) is lost / a paragraph)
    const before = lines[i - 1];
    const closed = before !== undefined && (headings.has(before.lineStart) || SENTENCE_END.has(before.text.trim().slice(-1)));
    const alone = (l.first && lines[i + 1]?.block !== l.block) || (!l.first && closed);
    const text = l.text.trim();
    const last = text[text.length - 1] ?? '';
    if (
      alone &&
      !headings.has(l.lineStart) &&
      text.length >= 2 &&
      text.length <= MAX_TITLE &&
      !text.startsWith('|') &&
      !SENTENCE_END.has(last)
    )
      out.push(l.lineStart);
  });
  return out;
}

/** Whether a level's headings all write the form the skeleton is written in (outline style). */
function sameForm({ form, certain }: MarkerStyle, style: OutlineStyle, level: MarkerLevel): boolean {
  // brackets are written at levels 2 and 4 only, the separator at level 3 only (一、 has its own)
  const bracketed = level % 2 === 0;
  return (
    certain &&
    (!bracketed || form.halfWidth === style.halfWidth) &&
    (level !== 3 || form.sep === style.arabicSep) &&
    form.space === (style.spaceAfterMarker ? ' ' : '')
  );
}

/** The marker levels a section's skeleton writes: its own and its children's. */
function levelsOf(tsec: TemplateSection): Set<MarkerLevel> {
  const out = new Set<MarkerLevel>();
  const walk = (s: TemplateSection): void => {
    out.add(s.depth as MarkerLevel);
    s.children.forEach(walk);
  };
  walk(tsec);
  return out;
}
