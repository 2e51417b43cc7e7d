// Incremental parsing gives exactly what a from-scratch check gives, after any sequence of edits —
// including edits that open a code fence or an HTML comment across chunks — and re-parses only what
// an edit touched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport, checkText, LineIndex } from '../../server/src/engine/index.js';
import { IncrementalParser } from '../../server/src/engine/parse/chunks.js';
import { readingOf } from '../../server/src/engine/parse/blocks.js';
import { budgetAmounts, firstOfEach, firstOfEachIn, readStatements, type Named } from '../../server/src/engine/model/budget.js';
import type { Sentence } from '../../server/src/engine/parse/sentences.js';
import { generateReport, rng } from '../../bench/generate.js';
import { readExample, registry } from '../helpers.js';

const SNIPPETS = [
  '字',
  '\n',
  '\n\n',
  '```\n',
  '~~~~\n',
  '<!--',
  '-->',
  '<!-- jixiao-disable doc-number -->\n',
  '## 四、新增章节\n\n',
  '（二）',
  '1、',
  '    缩进\n',
  '3232.51 万元',
  '湛财绩【2024】5号',
  '。',
  '\r\n',
  '\r',
  '---\n',
  '# ',
  '> ',
  '- ',
  '| a | b |\n',
];

/** Everything the rules read, as comparable data. */
function snapshot(text: string, parser?: IncrementalParser): string {
  const options = parser ? { registry, parser } : { registry };
  const report = buildReport(text, options);
  return JSON.stringify({
    lines: report.parsed.lines.map((l) => [l.start, l.end, l.lineStart, l.line, l.mdDepth, l.first, l.block, l.text]),
    blocks: report.parsed.blocks.map((b) => [b.start, b.end, b.mdDepth, b.lines.length]),
    comments: report.parsed.comments.map((c) => [c.start, c.end, c.line, c.body]),
    sentences: report.sentences.map((s) => [
      s.start,
      s.end,
      s.block,
      s.amounts.map((a) => [a.start, a.end, a.unitEnd, a.label]),
      s.percents.map((p) => [p.start, p.signEnd]),
    ]),
    numbered: report.numbered.map((s) => [s.start, s.end, s.text]),
    budgetSentences: report.budgetSentences.map((s) => s.start),
    // what the budget rules work out from those sentences (kept while the list is the same object)
    statements: readStatements(report.budgetSentences).map((st) => [
      st.total.amount.start,
      [...st.families].map(([family, parts]) => [family, parts.map((p) => p.amount.start)]),
    ]),
    firstOfEach: (['income', 'expense'] as const).map((flow) =>
      [...firstOfEach(report.budgetSentences, flow)].map(([key, n]) => [key, n.amount.start]),
    ),
    // the same read chunk by chunk, each chunk's kept (spending-over-budget's): the same amounts by key
    firstOfEachIn: (['income', 'expense'] as const).map((flow) => {
      const byKey = (m: ReadonlyMap<string, Named>) => [...m].sort(([a], [b]) => a.localeCompare(b));
      const inChunks = byKey(firstOfEachIn(report, flow));
      assert.deepEqual(inChunks, byKey(firstOfEach(report.budgetSentences, flow)), `firstOfEachIn ${flow}`);
      return inChunks.map(([key, n]) => [key, n.amount.start]);
    }),
    docNumbers: report.docNumbers.map((d) => [d.start, d.end, d.openStart, d.closeStart, d.serialStart, d.di]),
    dates: report.dates.map((d) => [d.start, d.end, d.monthSpan.start, d.daySpan?.start]),
    headings: report.outline.headings.map((h) => [h.line.start, h.level, h.tsec?.id, h.section.end]),
    // the whole outline (an outline may be the last one moved, model/outline.ts): on the report's own lines, each
    // section's place in the tree, and what is read of it on demand
    outline: outlineOf(report),
    // the score and grade: searched again only near the edit while a parser is kept (model/assessment.ts)
    assessment: report.assessment,
    // the line index comes from the chunks' line starts: it must be the one a scan of the text gives
    lineStarts: sameAsScan(report.index.starts, text),
  });
}

function outlineOf(report: ReturnType<typeof buildReport>): unknown {
  const { outline } = report;
  const own = new Set(report.parsed.lines);
  const at = (section: { heading: unknown } | undefined): number => (section ? outline.headings.indexOf(section.heading as never) : -1);
  return {
    sections: outline.headings.map((h) => [
      own.has(h.line),
      h.head === readingOf(h.line).head,
      h.section.start,
      h.section.level,
      at(h.section.parent),
      h.section.children.map(at),
      h.duplicate,
    ]),
    roots: outline.roots.map(at),
    byTemplateId: [...outline.byTemplateId].map(([id, section]) => [id, at(section)]),
    bodyStart: outline.bodyStart,
    unnumbered: [...outline.unnumbered],
    ownLevels: outline.ownLevels,
    style: [
      outline.style.halfWidth,
      outline.style.spaceAfterMarker,
      [...outline.style.mdDepth],
      outline.style.indent,
      outline.style.arabicSep,
    ],
  };
}

function sameAsScan(starts: number[], text: string): number[] {
  assert.deepEqual(starts, new LineIndex(text).starts, 'line starts differ from a scan of the text');
  return starts;
}

function findingsOf(text: string, parser?: IncrementalParser): string {
  const { findings } = checkText(text, parser ? { registry, parser } : { registry });
  return JSON.stringify(findings);
}

for (const [name, load, edits] of [
  ['the 2019 example', () => readExample('2019-湛江市科技局-整体绩效自评报告.md'), 150],
  ['the 2023 example', () => readExample('2023-湛江市科学技术局-整体绩效自评报告.md'), 150],
  ['a generated 60 KB report', () => generateReport(60_000, 7), 60],
] as const) {
  test(`incremental = from scratch after ${edits} random edits: ${name}`, () => {
    const r = rng(name.length * 7919);
    let text = load();
    const parser = new IncrementalParser();
    const findingsParser = new IncrementalParser();
    snapshot(text, parser);
    findingsOf(text, findingsParser);
    for (let i = 0; i < edits; i++) {
      const at = Math.floor(r() * (text.length + 1));
      const kind = r();
      if (kind < 0.5) text = text.slice(0, at) + (SNIPPETS[Math.floor(r() * SNIPPETS.length)] as string) + text.slice(at);
      else if (kind < 0.85) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 40));
      else {
        const from = Math.floor(r() * text.length);
        text = text.slice(0, from) + text.slice(from, from + 200) + text.slice(from);
      }
      assert.equal(snapshot(text, parser), snapshot(text), `model differs after edit ${i}`);
      assert.equal(findingsOf(text, findingsParser), findingsOf(text), `findings differ after edit ${i}`);
    }
  });
}

test('incremental = from scratch after 120 edits at sentence ends: paragraphs split and joined', () => {
  const r = rng(4242);
  let text = generateReport(60_000, 9);
  const parser = new IncrementalParser();
  const findingsParser = new IncrementalParser();
  snapshot(text, parser);
  findingsOf(text, findingsParser);
  for (let i = 0; i < 120; i++) {
    const stop = text.indexOf('。', Math.floor(r() * text.length));
    const at = stop < 0 ? text.length : stop + 1;
    const kind = r();
    if (kind < 0.4)
      text = `${text.slice(0, at)}\n\n${text.slice(at)}`; // split the paragraph here
    else if (kind < 0.8)
      text = text.slice(0, at) + text.slice(at).replace(/^\n+/, ''); // join with the next
    else text = `${text.slice(0, at)}字${text.slice(at)}`;
    assert.equal(snapshot(text, parser), snapshot(text), `model differs after edit ${i}`);
    assert.equal(findingsOf(text, findingsParser), findingsOf(text), `findings differ after edit ${i}`);
  }
});

test('made up: edits around the score and the grade read them as a check from scratch does', () => {
  const r = rng(2718);
  let text = generateReport(60_000, 11);
  const parser = new IncrementalParser();
  snapshot(text, parser);
  const WORDS = ['得分', '综合得分为 9', '8 分', '分', '评价结果为“优”', '“良”', '评价等级', '优', '。', '\n', '1', '字'];
  for (let i = 0; i < 150; i++) {
    // near a score or a grade word most of the time, anywhere otherwise
    const anchors = [...text.matchAll(/得分|评分|结果为|等级|等次|优|良/g)].map((m) => m.index);
    const near = anchors.length > 0 && r() < 0.8 ? (anchors[Math.floor(r() * anchors.length)] as number) : Math.floor(r() * text.length);
    const at = Math.max(0, Math.min(text.length, near + Math.floor(r() * 30) - 15));
    const kind = r();
    if (kind < 0.55) text = text.slice(0, at) + (WORDS[Math.floor(r() * WORDS.length)] as string) + text.slice(at);
    else text = text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 12));
    assert.equal(snapshot(text, parser), snapshot(text), `model differs after edit ${i}`);
  }
});

test('made up: typing into budget paragraphs, the chunks read across the edit give the budget amounts in order', () => {
  // only the kept parser's reports in between (a check from scratch between them would make every list new)
  const r = rng(1618);
  let text = generateReport(200_000, 13);
  const parser = new IncrementalParser();
  const SNIPS = ['字', '收入总预算 12.5 万元，', '支出 3.2 万元。', '。', '\n\n', '其中：一般公共预算 1 万元'];
  const inOrder = (m: ReadonlyMap<string, Named>) => [...m].map(([key, n]) => [key, n.amount.start, n.amount.text]);
  for (let i = 0; i < 120; i++) {
    const near = r() < 0.7 ? text.indexOf('预算', Math.floor(r() * text.length)) : Math.floor(r() * text.length);
    const at = near < 0 ? text.length : near;
    if (r() < 0.6) text = text.slice(0, at) + (SNIPS[Math.floor(r() * SNIPS.length)] as string) + text.slice(at);
    else text = text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 30));
    const report = buildReport(text, { registry, parser });
    for (const flow of ['income', 'expense', 'basic'] as const) {
      assert.deepEqual(inOrder(firstOfEachIn(report, flow)), inOrder(firstOfEach(report.budgetSentences, flow)), `${flow} after edit ${i}`);
    }
  }
});

test('a keystroke in a large report re-parses one or two chunks', () => {
  let text = generateReport(500_000, 3);
  const parser = new IncrementalParser();
  parser.update(text, 0);
  const total = parser.lastParsed;
  assert.ok(total > 100, `a 500 KB report has many chunks (${total})`);
  for (const at of [1000, Math.floor(text.length / 2), text.length - 500]) {
    text = text.slice(0, at) + '字' + text.slice(at);
    parser.update(text, 0);
    assert.ok(parser.lastParsed <= 2, `re-parsed ${parser.lastParsed} chunks`);
  }
});

test('opening a code fence re-parses to the end of the fence, and closing it restores the chunks', () => {
  const base = generateReport(100_000, 5);
  const at = base.indexOf('### （三）部门整体支出绩效目标');
  const opened = `${base.slice(0, at)}\`\`\`\n${base.slice(at)}`;
  const parser = new IncrementalParser();
  parser.update(base, 0);
  const fresh = buildReport(opened, { registry });
  const incremental = buildReport(opened, { registry, parser });
  assert.equal(incremental.outline.headings.length, fresh.outline.headings.length);
  assert.ok(
    fresh.outline.headings.length < buildReport(base, { registry }).outline.headings.length,
    'the open fence swallows the headings after it',
  );
  assert.equal(
    incremental.parsed.lines[incremental.parsed.lines.length - 1]?.start,
    fresh.parsed.lines[fresh.parsed.lines.length - 1]?.start,
  );
  // removing the fence again gives back the original model
  assert.equal(snapshot(base, parser), snapshot(base));
});

test('an edit beside the budget sentences keeps them, and what the rules worked out from them; an edit in one does not', () => {
  const base = readExample('2023-湛江市科学技术局-整体绩效自评报告.md');
  const parser = new IncrementalParser();
  const before = buildReport(base, { registry, parser });
  const total = before.budgetSentences.find((s) => s.text.includes('收入总预算'));
  assert.ok(total, 'the 2023 example states its budget');
  // a character typed in the prose just before the paragraph (same chunk: it is parsed again)
  const at = total.start - 2;
  const typed = `${base.slice(0, at)}很${base.slice(at)}`;
  const after = buildReport(typed, { registry, parser });
  assert.equal(after.budgetSentences, before.budgetSentences, 'the same list');
  assert.equal(after.numbered, before.numbered);
  assert.ok(after.budgetSentences.includes(total), 'the same sentence object, moved');
  assert.equal(typed.slice(total.start, total.end), total.text);
  assert.equal(typed.slice(total.amounts[0]!.start, total.amounts[0]!.unitEnd), '3232.51 万元');
  // a digit changed in the sentence: a new sentence, a new list, and the sum checked again
  const digit = typed.indexOf('300.00 万元', total.start);
  const changed = `${typed.slice(0, digit)}300.10 万元${typed.slice(digit + '300.00 万元'.length)}`;
  const edited = checkText(changed, { registry, parser });
  assert.notEqual(edited.report.budgetSentences, before.budgetSentences);
  assert.equal(findingsOf(changed, new IncrementalParser()), JSON.stringify(edited.findings));
  assert.ok(
    edited.findings.some((f) => f.ruleId === 'budget-total' && f.message.zh.includes('3232.61')),
    'the new sum is reported',
  );
});

/** What a sentence says, and what the model's cache keyed by it (budgetAmounts) says of it, as data. */
function reading(s: Sentence): string {
  return JSON.stringify({
    text: s.text,
    at: [s.start, s.end, s.block],
    amounts: s.amounts.map((a) => [a.start, a.end, a.unitEnd, a.value, a.unit, a.label]),
    percents: s.percents.map((p) => [p.start, p.signEnd, p.value, p.label]),
    budget: budgetAmounts(s).map((b) => [b.amount.start, b.total?.flow, Object.keys(b.parts)]),
  });
}

// The caches of budget-total, ratio and year-consistency are keyed by sentence objects and by the
// list of them, and kept across edits: they hold only if a kept object always says what a fresh
// parse of the new text says. (Their findings are compared with a fresh check in the tests above.)
test('a sentence object kept across edits reads as a fresh parse of the new text, its budget reading too', () => {
  const r = rng(2718);
  let text = generateReport(60_000, 11);
  const parser = new IncrementalParser();
  let previous = new Set<Sentence>(buildReport(text, { registry, parser }).numbered);
  let kept = 0;
  let sameList = 0;
  let before = buildReport(text, { registry, parser });
  for (let i = 0; i < 80; i++) {
    const at = Math.floor(r() * (text.length + 1));
    const kind = r();
    if (kind < 0.4) text = text.slice(0, at) + (SNIPPETS[Math.floor(r() * SNIPPETS.length)] as string) + text.slice(at);
    else if (kind < 0.8) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 20));
    else text = `${text.slice(0, at)}字${text.slice(at)}`;
    const report = buildReport(text, { registry, parser });
    const fresh = buildReport(text, { registry }).numbered;
    assert.equal(report.numbered.length, fresh.length, `edit ${i}`);
    report.numbered.forEach((s, k) => {
      if (!previous.has(s)) return;
      kept++;
      assert.equal(reading(s), reading(fresh[k] as Sentence), `edit ${i}: a kept sentence says something else than a fresh one`);
    });
    if (report.budgetSentences === before.budgetSentences) {
      sameList++;
      assert.equal(
        JSON.stringify(report.budgetSentences.map(reading)),
        JSON.stringify(buildReport(text, { registry }).budgetSentences.map(reading)),
      );
    }
    previous = new Set(report.numbered);
    before = report;
  }
  assert.ok(kept > 1000 && sameList > 10, `kept sentences ${kept}, kept lists ${sameList}: the promise was put to the test`);
});

test('a budget paragraph split in two, or two joined, is read again: statements are per paragraph', () => {
  const base = readExample('2023-湛江市科学技术局-整体绩效自评报告.md');
  const line = base.split('\n').find((l) => l.includes('收入总预算'))!;
  const one = base.replace(
    line,
    '我局 2023 年收入总预算 3232.51 万元。其中：一般公共预算安排拨款 2932.51 万元，基金预算拨款 300.10 万元。',
  );
  const summed = (r: ReturnType<typeof checkText>): boolean =>
    r.findings.some((f) => f.ruleId === 'budget-total' && f.message.zh.includes('3232.61'));
  const parser = new IncrementalParser();
  assert.ok(summed(checkText(one, { registry, parser })), 'one paragraph: the parts are summed');
  // the sentences keep their text when the paragraph is split after the first one
  const two = one.replace('万元。其中', '万元。\n\n其中');
  const split = checkText(two, { registry, parser });
  assert.equal(JSON.stringify(split.findings), findingsOf(two));
  assert.ok(!summed(split), 'two paragraphs: a total and parts apart are not one statement');
  const joined = checkText(one, { registry, parser });
  assert.equal(JSON.stringify(joined.findings), findingsOf(one));
  assert.ok(summed(joined));
});

test('incremental = from scratch: the score read past a component’s 得分 (lookbehind), edits around 得分 (made up, red team s23)', () => {
  let seed = 7;
  const r = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pad = '本局认真开展各项工作。'.repeat(30);
  let text =
    `# 某县红十字会2023年度部门整体支出绩效自评报告\n\n评价年度：2023年度\n\n一、部门基本情况\n\n${pad}\n\n二、自评结论\n\n` +
    `预算执行率得分9.56分，产出指标得分52分，${pad}效益得分28分，自评总分98.56分，自评等级为“优”。\n`;
  const snippets = ['指标', '率', '执行率', '满意度', '得分', '得分7分', '产出', '综合', '字', '，', '总分'];
  const parser = new IncrementalParser();
  buildReport(text, { registry, parser });
  for (let i = 0; i < 600; i++) {
    const hits = [...text.matchAll(/得分/g)].map((m) => m.index);
    const near = hits.length > 0 && r() < 0.8 ? (hits[Math.floor(r() * hits.length)] ?? 0) + Math.floor(r() * 8) - 5 : r() * text.length;
    const at = Math.max(0, Math.min(text.length, Math.floor(near)));
    if (r() < 0.55) text = text.slice(0, at) + (snippets[Math.floor(r() * snippets.length)] ?? '') + text.slice(at);
    else text = text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 3));
    assert.deepEqual(buildReport(text, { registry, parser }).assessment, buildReport(text, { registry }).assessment, `edit ${i}`);
  }
});

test('typing at four places, as the bench does (paragraphs joined, prose and headings typed into): the model as from scratch', () => {
  for (const original of [generateReport(60_000, 3), readExample('2023-湛江市科学技术局-整体绩效自评报告.md')]) {
    const parser = new IncrementalParser();
    let text = original;
    snapshot(text, parser);
    for (const place of [0.1, 0.4, 0.7, 0.95]) {
      // after a line break (a blank line's second: two paragraphs joined), then inside a heading's title
      for (const at0 of [
        text.indexOf('\n', Math.floor(text.length * place)) + 1,
        text.indexOf('\n## ', Math.floor(text.length * place)) + 5,
      ]) {
        if (at0 <= 4) continue;
        for (let i = 0, at = at0; i < 12; i++, at++) {
          text = `${text.slice(0, at)}字${text.slice(at)}`;
          assert.equal(snapshot(text, parser), snapshot(text), `model differs at ${place} after key ${i}`);
        }
      }
    }
  }
});

test('typing into the text right under a heading (the heading re-parsed with it, read the same): the model as from scratch', () => {
  // the 2023 example's headings, and a made-up report whose headings share their paragraph with the text below them
  // and whose unnumbered Markdown headings (a 附件 heading) stand in the same chunks
  const madeUp = readExample('2023-湛江市科学技术局-整体绩效自评报告.md')
    .replace(/\n\n(?=[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/g, '\n\n## 附件说明\n\n')
    .replace(/(\n[一二三四五六七八九十]+、[^\n]{1,20})\n\n/g, '$1\n');
  for (const original of [readExample('2023-湛江市科学技术局-整体绩效自评报告.md'), madeUp, generateReport(60_000, 5)]) {
    const parser = new IncrementalParser();
    let text = original;
    snapshot(text, parser);
    const headings = buildReport(text, { registry }).outline.headings;
    for (let k = 0; k < headings.length; k += 3) {
      const fresh = buildReport(text, { registry }).outline.headings[k];
      if (!fresh) break;
      // the first character of the next line with text after the heading's
      let at = text.indexOf('\n', fresh.line.end) + 1;
      while (at > 0 && at < text.length && text[at] === '\n') at++;
      if (at <= 0 || at >= text.length) continue;
      for (let i = 0; i < 4; i++, at++) {
        text = `${text.slice(0, at)}字${text.slice(at)}`;
        assert.equal(snapshot(text, parser), snapshot(text), `model differs under heading ${k} after key ${i}`);
      }
    }
  }
});

test('typing at the end of the paragraph above an unnumbered Markdown heading: its offset moves, the model as from scratch', () => {
  // made up: the 2023 example with a 附件说明 heading (no number, no section of the template) before each numbered part,
  // right under the paragraph above (no blank line: the two in one chunk, parsed again together)
  let text = readExample('2023-湛江市科学技术局-整体绩效自评报告.md').replace(/\n\n(?=（[一二三四五六七八九十]+）)/g, '\n## 附件说明\n\n');
  const parser = new IncrementalParser();
  snapshot(text, parser);
  assert.ok(buildReport(text, { registry }).outline.unnumbered.size > 0, 'the made-up headings are noted as unnumbered');
  for (let from = 0, k = 0; k < 6; k++) {
    const heading = text.indexOf('\n## 附件说明', from);
    if (heading < 0) break;
    for (let i = 0; i < 3; i++) {
      text = `${text.slice(0, heading + i)}字${text.slice(heading + i)}`;
      assert.equal(snapshot(text, parser), snapshot(text), `model differs above heading ${k} after key ${i}`);
    }
    from = heading + 20;
  }
});
