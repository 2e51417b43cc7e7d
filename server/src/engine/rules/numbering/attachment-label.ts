// An attachment's label that lost its word (种子总站 2020: `附件4-1`, then `4-2` alone on its line above 项目绩效目标表, then
// `附件4-3`, `附件4-4`): a number N-M alone on its line where the attachment before or after it is labelled 附件N-(M∓1)
// (or 附表…) at a line's start. A figure alone (a page number, a range) has no such neighbour, and a bare 2 is not read:
// only the two-part label its neighbours share. Read on every line whatever the outline. Part of heading-numbering.
import type { TextLine } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { pickedLines } from '../../parse/picked-lines.js';
import type { Report } from '../../model/report.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';
import { numberStartLines } from './line-start.js';

/** The dashes a label's two numbers are written with, in a bare label and a labelled one alike. */
const DASH = '[-－—–]';
const BARE = new RegExp(`^([ \\t\\u3000]*)([0-9]{1,2})(${DASH})([0-9]{1,2})[ \\t\\u3000]*$`);

interface Bare {
  at: number;
  first: string;
  dash: string;
  second: number;
  text: string;
}

const bareOf = lineMemo((line: TextLine): Bare | null => {
  const m = BARE.exec(line.text);
  if (!m) return null;
  const text = `${m[2] as string}${m[3] as string}${m[4] as string}`;
  return { at: (m[1] as string).length, first: m[2] as string, dash: m[3] as string, second: Number(m[4]), text };
});
const bareLines = pickedLines((line) => bareOf(line) !== null, numberStartLines);

/** An attachment labelled so at a line's start: its word and label. */
const LABELLED = new RegExp(`^[ \\t\\u3000]*(附件|附表)[ \\t\\u3000]*([0-9]{1,2}${DASH}[0-9]{1,2})(?![0-9])`);

/** The labels written with their word at a line's start (`4-1` → `附件4-1`), read once, where a bare label asks for them. */
function labelledLines(lines: readonly TextLine[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of lines) {
    const m = LABELLED.exec(line.text);
    if (m && !out.has(m[2] as string)) out.set(m[2] as string, `${m[1] as string}${m[2] as string}`);
  }
  return out;
}

export function attachmentLabels(report: Report): RuleFinding[] {
  const from = report.frontMatter.end;
  const out: RuleFinding[] = [];
  let labels: Map<string, string> | undefined;
  bareLines(report.chunks, (line) => {
    if (line.start < from) return;
    const b = bareOf(line) as Bare;
    labels ??= labelledLines(report.parsed.lines);
    const near = [b.second - 1, b.second + 1]
      .filter((n) => n >= 1)
      .map((n) => labels?.get(`${b.first}${b.dash}${n}`))
      .filter((x): x is string => x !== undefined);
    const sibling = near[0];
    if (!sibling) return;
    const word = sibling.slice(0, 2);
    const start = line.start + b.at;
    out.push({
      span: { start, end: start + b.text.length },
      message: {
        zh: `${zq(b.text)}前缺了${zq(word)}：前后的附件写作${near.map((x) => zq(x)).join('')}，应为${zq(word + b.text)}`,
        en:
          `${eq(b.text)} lost its ${eq(word)}: the attachments beside it read ${near.map((x) => eq(x)).join(', ')}; ` +
          `write ${eq(word + b.text)}`,
      },
      fix: {
        title: { zh: `改为${zq(word + b.text)}`, en: `Change to ${eq(word + b.text)}` },
        edits: [{ start, end: start, newText: word }],
        safe: false,
      },
    });
  });
  return out;
}
