// heading-numbering's checks of a number at a line's start read their lines through pickers among the lines that may
// start with a number (pickedLines' `among`, numbering/line-start.ts), and the rare lines of a run with the run's lines
// next to them (numbering/rare-in-run.ts): after random edits these are what a pass over every line of the report
// gives, and the rule finds what a check from scratch finds. The edits write in and take out numbered lines, numbers
// that lost a bracket, glued digits and circled numbers, blank lines between them (new chunks) and the front matter's
// end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine/index.js';
import { IncrementalParser } from '../../server/src/engine/parse/chunks.js';
import { pickedLines } from '../../server/src/engine/parse/picked-lines.js';
import type { TextLine } from '../../server/src/engine/parse/blocks.js';
import { rareInRun } from '../../server/src/engine/rules/numbering/rare-in-run.js';
import { generateReport, rng } from '../../bench/generate.js';
import { registry } from '../helpers.js';

const INSERTS = [
  '字',
  '\n',
  '\n\n',
  '\n(一绩效目标分解下达情况\n',
  '\n二)绩效目标完成情况\n',
  '\n（三）项目管理\n',
  '\n\n（四偏离绩效目标的原因\n\n',
  '\n1职能职责\n',
  '\n2.机构和人员情况\n',
  '\n①局机关内设股室7\n③区级办公室2\n',
  '\n\n⑤项目\n\n',
];

function edit(text: string, r: () => number): string {
  const at = Math.floor(r() * text.length);
  if (r() < 0.2) return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 12));
  return text.slice(0, at) + (INSERTS[Math.floor(r() * INSERTS.length)] as string) + text.slice(at);
}

/** A made-up run (lines that start with a bracket) and its rare lines (those with a 一 as well), among it. */
const inRun = (line: TextLine): boolean => /^[(（]/.test(line.text);
const isRare = (line: TextLine): boolean => line.text.includes('一');
const run = pickedLines(inRun);
const rare = pickedLines(isRare, run);

/** What lost-close, glued-marker and circled-skip say. */
const KINDS = ['缺了后括号', '后缺了点号', '跳号：前一项'];
const findingsOf = (text: string, parser?: IncrementalParser): string =>
  JSON.stringify(checkText(text, { registry, ...(parser ? { parser } : {}) }).findings.filter((f) => f.ruleId === 'heading-numbering'));

test('rare lines of a run, with the run’s lines next to them, and heading-numbering’s findings, after random edits', () => {
  const r = rng(7919);
  const parser = new IncrementalParser();
  let text = generateReport(25_000, 3);
  let rareSeen = 0;
  const said = new Set<string>();
  for (let i = 0; i < 150; i++) {
    text = edit(text, r);
    const { report } = checkText(text, { registry, parser });
    const from = report.frontMatter.end;
    const got: [number, number | undefined, number | undefined][] = [];
    rareInRun(report.chunks, run, rare, from, (line, before, after) => got.push([line.start, before?.start, after?.start]));
    const all = report.parsed.lines.filter((line) => line.start >= from && inRun(line));
    const want = all.flatMap((line, k): [number, number | undefined, number | undefined][] =>
      isRare(line) ? [[line.start, all[k - 1]?.start, all[k + 1]?.start]] : [],
    );
    assert.deepEqual(got, want, `edit ${i}: the rare lines and their neighbours`);
    rareSeen += got.length;
    if (i % 5 !== 4) continue;
    const fresh = findingsOf(text);
    assert.equal(findingsOf(text, parser), fresh, `edit ${i}: heading-numbering`);
    for (const kind of KINDS) if (fresh.includes(kind)) said.add(kind);
  }
  // the edits write what the checks read: else the comparisons above compare nothing
  assert.ok(rareSeen > 0);
  assert.deepEqual([...said].sort(), [...KINDS].sort());
});
