// Word field codes extracted with the page number they print (丰泽 book118: `PAGE PAGE 3 丰泽区教育局关于…`; 南宁 2018:
// `PAGE PAGE 8 南宁市财政项目支出绩效自评报告…`). Codes that open the first line after a block of page furniture
// (blank lines between) are that block's: the reviewer strikes them with it, one defect, and the block's finding
// names them and deletes them too. Elsewhere they are a finding of their own. The pattern is data (pasted-debris.json).
import data from '../pasted-debris.json' with { type: 'json' };
import type { TextLine } from '../../parse/blocks.js';
import type { RuleFinding } from '../rule.js';

const CODES = new RegExp(data.fieldCodes, 'g');
/** The cheap test: every code holds PAGE (NUMPAGES too). */
export const HAS_CODES = (text: string): boolean => text.includes('PAGE');

/** The runs of field codes of a line: [start, end) in its text. */
export function fieldCodesIn(text: string): [number, number][] {
  return [...text.matchAll(CODES)].map((m) => [m.index, m.index + m[0].length]);
}

export interface CodedLine {
  line: TextLine;
  /** Its index in the report's lines. */
  at: number;
  codes: [number, number][];
}

/** One finding per line holding codes, or the codes joined to the furniture block just above (`blocks` is changed). */
export function fieldCodeFindings(coded: readonly CodedLine[], lines: readonly TextLine[], blocks: RuleFinding[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const { line, at, codes } of coded) {
    const [s, e] = codes[0] as [number, number];
    const quoted = line.text.slice(s, e);
    const block = line.text.slice(0, s).trim() === '' ? blockAbove(lines, at, blocks) : undefined;
    const edit = { start: line.start + s, end: line.start + spacesAfter(line.text, e), newText: '' };
    if (block) {
      const n = line.line + 1;
      block.span = { start: block.span.start, end: line.start + e };
      block.message = {
        zh: `${block.message.zh}；第 ${n} 行开头还有 Word 的域代码和页码“${quoted}”，也请删除`,
        en: `${block.message.en}; line ${n} opens with Word field codes and a page number (“${quoted}”): delete them too`,
      };
      (block.related ??= []).push({
        span: { start: line.start + s, end: line.start + e },
        message: { zh: 'Word 的域代码和页码', en: 'Word field codes and a page number' },
      });
      block.fix?.edits.push(edit);
      continue;
    }
    out.push({
      span: { start: line.start + s, end: line.start + (codes.at(-1) as [number, number])[1] },
      message: {
        zh: `Word 的域代码和它生成的页码留在了文字里（第 ${line.line + 1} 行，如“${quoted}”），不属于报告内容：请删除`,
        en: `Word field codes and the page number they print are left in the text (line ${line.line + 1}, e.g. “${quoted}”): delete them`,
      },
      fix: {
        title: { zh: '删除域代码和页码', en: 'Delete the field codes' },
        edits: codes.map(([a, b]) => ({ start: line.start + a, end: line.start + spacesAfter(line.text, b), newText: '' })),
        safe: false,
      },
    });
  }
  return out;
}

/** The furniture block that ends on the last non-blank line above `at`, if any. */
function blockAbove(lines: readonly TextLine[], at: number, blocks: readonly RuleFinding[]): RuleFinding | undefined {
  let i = at - 1;
  while (i >= 0 && (lines[i] as TextLine).text.trim() === '') i--;
  const above = lines[i];
  return above ? blocks.find((b) => b.span.end === above.end) : undefined;
}

/** The end of the spaces after `from`. */
function spacesAfter(text: string, from: number): number {
  let end = from;
  while (text[end] === ' ' || text[end] === '\u3000') end++;
  return end;
}
