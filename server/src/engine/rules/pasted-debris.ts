// Text pasted from a web page or a PDF brings debris: site navigation, page tools, posting metadata,
// essay-site wrappers and paywall notices (words in model/furniture.json), spam a mirror site injected,
// a PDF's table of contents with its page numbers, line breaks flattened into spaces (自 评), and
// sentences broken across paragraphs (习近平 / 平新时代).
import type { TextLine } from '../parse/blocks.js';
import { lineMemo } from '../parse/line-memo.js';
import type { RuleFinding } from './rule.js';
import { defineRule } from './rule.js';
import { brokenSentences } from './debris/broken.js';
import { contentsFindings, contentsTitle } from './debris/contents.js';
import { flattenedFinding, flattenedGaps, HAS_GAP } from './debris/flattened.js';
import { furnitureFindings, type FurnitureLine } from './debris/furniture.js';
import { lostCharacterFindings } from './debris/lost-character.js';
import { ANY_WORD, furnitureOf, spamIn, type Furniture } from '../model/furniture.js';

const ENDS_IN_DIGIT = /[0-9]$/;

/** What a line is as debris. */
interface Debris {
  furniture: Furniture | undefined;
  /** An entry of a table of contents (部门概况3): its title, spaces removed. */
  entry: string | undefined;
  spam: [number, number][];
  gaps: number[];
}

/**
 * Worked out once per line object (lines outlive edits elsewhere in the document), and only for the
 * lines a cheap test lets through: a debris word, a space between two characters, a final digit.
 */
const debrisOf = lineMemo((line): Debris | null => {
  const { text } = line;
  const word = ANY_WORD.test(text);
  const gap = HAS_GAP.test(text);
  const digit = ENDS_IN_DIGIT.test(text);
  if (!word && !gap && !digit) return null;
  return {
    furniture: word ? furnitureOf(text) : undefined,
    entry: digit ? contentsTitle(text)?.replace(/\s+/g, '') : undefined,
    spam: word ? spamIn(text) : [],
    gaps: gap ? flattenedGaps(text) : [],
  };
});

export default defineRule({
  id: 'pasted-debris',
  severity: 'warning',
  description: {
    zh: '从网页或 PDF 粘贴带入的残留：网站导航、发布信息、页面工具栏、范文网站和会员提示、植入的广告、带页码的目录、丢了字的单元格，以及被压成空格或截断句子的换行。',
    en:
      'Debris from pasting a web page or PDF: navigation, posting metadata, page tools, essay-site and paywall notices, injected spam, ' +
      'a table of contents with page numbers, a cell that lost a character, line breaks flattened into spaces or cutting sentences.',
  },
  fixes: [
    {
      does: {
        zh: '删除标题前整行都是网页导航、工具栏或发布信息的行',
        en: 'Deletes lines before the title that are web page navigation, tools or posting metadata from end to end',
      },
      safe: true,
    },
    {
      does: {
        zh: '删除其他网页残留和目录，删去词中的空格，补上单元格丢失的字，合并被截断的段落',
        en:
          'Deletes other web debris and a table of contents, removes spaces inside words, puts back a lost first character, ' +
          'joins cut paragraphs',
      },
      safe: false,
    },
  ],
  check({ report }) {
    const { lines } = report.parsed;
    // one pass over the lines; each detector then reads only the lines its cheap test let through
    const furniture: FurnitureLine[] = [];
    const entries: number[] = [];
    const inline: RuleFinding[] = [];
    for (let at = 0; at < lines.length; at++) {
      const line = lines[at] as TextLine;
      const d = debrisOf(line);
      if (!d) continue;
      if (d.furniture) furniture.push({ at, found: d.furniture });
      if (d.entry !== undefined) entries.push(at);
      for (const [s, e] of d.spam) inline.push(spamFinding(line, s, e));
      if (d.gaps.length > 0 && !splitFromOneLine(lines, at)) inline.push(flattenedFinding(line, d.gaps));
    }
    inline.push(...flattenedAcrossPieces(report.text, lines));
    const entryOf = (line: TextLine): string | undefined => debrisOf(line)?.entry;
    return [
      ...furnitureFindings(report, furniture),
      ...contentsFindings(report, entries, entryOf),
      ...inline,
      ...lostCharacterFindings(report),
      ...brokenSentences(report, (line) => debrisOf(line)?.furniture !== undefined || entryOf(line) !== undefined),
    ].sort((a, b) => a.span.start - b.span.start);
  },
});

/** The line is one of the pieces parsing cut a source line into (items run in: run-in.ts). */
function splitFromOneLine(lines: readonly TextLine[], at: number): boolean {
  const { line } = lines[at] as TextLine;
  return lines[at - 1]?.line === line || lines[at + 1]?.line === line;
}

/**
 * Flattened spaces stand a PDF line apart across the whole source line, so a source line cut into
 * pieces at run-in items is judged as written, with one finding and one fix for all its gaps.
 */
function flattenedAcrossPieces(text: string, lines: readonly TextLine[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i] as TextLine;
    let j = i;
    while (j + 1 < lines.length && (lines[j + 1] as TextLine).line === first.line) j++;
    if (j > i) {
      const source = { start: first.start, text: text.slice(first.start, (lines[j] as TextLine).end) };
      const gaps = HAS_GAP.test(source.text) ? flattenedGaps(source.text) : [];
      if (gaps.length > 0) out.push(flattenedFinding(source, gaps));
    }
    i = j;
  }
  return out;
}

function spamFinding(line: TextLine, s: number, e: number): RuleFinding {
  const spam = line.text.slice(s, e);
  return {
    span: { start: line.start + s, end: line.start + e },
    message: {
      zh: `句中混入了转载网站植入的广告文字“${spam}”，不属于报告内容：请对照原文件改回原来的文字`,
      en:
        `Spam a mirror site injected into the sentence (“${spam}”), not part of the report: ` +
        'restore the original wording from the source document',
    },
  };
}
