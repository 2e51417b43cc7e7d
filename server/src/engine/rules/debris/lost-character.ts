// A table cell that lost its first character when a web page was copied: the 自评表 of a 信息公开
// page gives one cell per line, and a cell such as “ 陵区林业局” keeps a space where 零 was. Only a
// cell whose full form the document writes elsewhere (零陵区林业局) is certain enough to name.
import type { TextLine } from '../../parse/blocks.js';
import type { Report } from '../../model/report.js';
import type { RuleFinding } from '../rule.js';
import { pickedLines } from '../../parse/picked-lines.js';

const CELL = /^[\u4e00-\u9fa5]{3,12}$/;
const CJK = /[\u4e00-\u9fa5]/;
/** Prepositions and particles a sentence writes before a name, never its first character. */
const BEFORE_A_NAME = new Set([...'于在由向对与和及的经从为是至到给被将把同据按']);
/** Each candidate is looked up in the whole text: a bounded number keeps the rule linear. */
const MAX_CANDIDATES = 32;

/**
 * A one-line cell indented by one character, picked per chunk (the line's own fields): a keystroke does not test every
 * line of the report again. isCandidate asks that the character is a space.
 */
const indentedCells = pickedLines((line) => line.start - line.lineStart === 1 && line.mdDepth === 0 && CELL.test(line.text));

/** A one-line cell indented by a single space, the place of the character it lost. */
function isCandidate(report: Report, line: TextLine): boolean {
  return line.start - line.lineStart === 1 && report.text[line.lineStart] === ' ' && line.mdDepth === 0 && CELL.test(line.text);
}

/**
 * The character the text writes before `cell` elsewhere, when it always writes the same one. A candidate's own copy has
 * its space before it, not a Chinese character: the answer is the cell's, whichever of its copies asks.
 */
function lostCharacter(text: string, cell: string): string | undefined {
  let lost: string | undefined;
  for (let at = text.indexOf(cell); at >= 0; at = text.indexOf(cell, at + 1)) {
    const before = text[at - 1] ?? '';
    // a word of its own before the name, not a character of it (乌海 精神卫生 2021: 行政隶属于乌海市卫生健康委员会, the cell
    // `乌海市卫生健康委员会` whole): the cell lost nothing
    if (!CJK.test(before) || BEFORE_A_NAME.has(before)) continue;
    if (lost !== undefined && lost !== before) return undefined;
    lost = before;
  }
  return lost;
}

export function lostCharacterFindings(report: Report): RuleFinding[] {
  const out: RuleFinding[] = [];
  let looked = 0;
  // a cell that lost its character on every page of a form is looked up once (each look-up reads the whole text)
  const seen = new Map<string, string | undefined>();
  indentedCells(report.chunks, (line) => {
    if (looked > MAX_CANDIDATES || !isCandidate(report, line)) return;
    if (++looked > MAX_CANDIDATES) return;
    if (!seen.has(line.text)) seen.set(line.text, lostCharacter(report.text, line.text));
    const lost = seen.get(line.text);
    if (lost === undefined) return;
    const full = lost + line.text;
    out.push({
      span: { start: line.start, end: line.end },
      message: {
        zh: `单元格“${line.text}”丢了第一个字（网页复制残留，文中别处作“${full}”）：请补上“${lost}”`,
        en: `The cell “${line.text}” lost its first character in copying (the text elsewhere has “${full}”): put back “${lost}”`,
      },
      fix: {
        title: { zh: `补上“${lost}”`, en: `Put back “${lost}”` },
        edits: [{ start: line.lineStart, end: line.start, newText: lost }],
        safe: false,
      },
    });
  });
  return out;
}
