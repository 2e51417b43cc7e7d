// The rules that keep their findings per chunk (`scope: 'chunk'`, check.ts) give what a from-scratch
// check gives after edits: each on the wrong example of its own page (docs/rules/<id>.md, real report
// wording) put into the clean report, typed above, in and below; and kept findings are dropped when what
// the rules may read besides their chunk changes — the template, the evaluation year, the body's start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText, type CheckOptions } from '../../server/src/engine/index.js';
import { IncrementalParser } from '../../server/src/engine/parse/chunks.js';
import { evaluationYear } from '../../server/src/engine/model/filed-date.js';
import { RULES } from '../../server/src/engine/rules/index.js';
import { defineRule, type Rule } from '../../server/src/engine/rules/rule.js';
import { rng } from '../../bench/generate.js';
import { registry } from '../helpers.js';
import { examples, HEADINGS, inReport, readPage, section, SKELETON } from '../rule-pages.js';

const CHUNK_RULES = RULES.filter((r) => r.scope === 'chunk');

const findingsOf = (text: string, parser?: IncrementalParser, options: Partial<CheckOptions> = {}): string =>
  JSON.stringify(checkText(text, { registry, ...options, ...(parser ? { parser } : {}) }).findings);

/** Edits around an example at [start, end) of `text`: typing, line breaks, a paragraph copied above it, a character deleted. */
function edit(text: string, start: number, end: number, r: () => number): string {
  const where = r();
  // above the example (the header and body before it: every chunk after the edit moves), in it, or below it
  const at = where < 0.4 ? Math.floor(r() * start) : where < 0.8 ? start + Math.floor(r() * (end - start)) : end;
  const kind = r();
  if (kind < 0.4) return `${text.slice(0, at)}字${text.slice(at)}`;
  if (kind < 0.55) return `${text.slice(0, at)}\n\n${text.slice(at)}`;
  if (kind < 0.7) return `${text.slice(0, at)}。${text.slice(at)}`;
  if (kind < 0.85) return text.slice(0, start) + text.slice(start, end) + '\n\n' + text.slice(start);
  return text.slice(0, at) + text.slice(at + 1);
}

test('every chunk-scoped rule: incremental = from scratch, editing above, in and below its page’s wrong example', () => {
  assert.ok(CHUNK_RULES.length > 0);
  for (const rule of CHUNK_RULES) {
    const blocks = examples(section(readPage(rule.id), HEADINGS.wrong) ?? '');
    assert.ok(blocks.length > 0, rule.id);
    for (const ex of blocks) {
      const placed = inReport(ex.text);
      let text = placed.text;
      const parser = new IncrementalParser();
      const first = checkText(text, { registry, parser }).findings;
      assert.ok(
        first.some((f) => f.ruleId === rule.id),
        `${rule.id}: the example gives the rule's finding (else this test compares nothing)`,
      );
      const r = rng(rule.id.length * 7919 + ex.text.length);
      let end = placed.end;
      for (let i = 0; i < 25; i++) {
        const before = text.length;
        text = edit(text, placed.start, end, r);
        end = Math.max(placed.start, Math.min(text.length, end + text.length - before));
        assert.equal(findingsOf(text, parser), findingsOf(text), `${rule.id}: findings differ after edit ${i}`);
      }
    }
  }
});

/**
 * A made-up rule for this test only: on the first line of each paragraph it says what a chunk-scoped rule
 * may read besides its chunk — the template, whether it fits, the evaluation year, whether the line is in
 * the body. Run on the whole report or chunk by chunk, it says the same.
 */
const probe: Rule = defineRule({
  id: 'chunk-context-probe',
  severity: 'hint',
  scope: 'chunk',
  description: { zh: '测试用', en: 'for this test' },
  check({ report }) {
    const year = evaluationYear(report)?.year;
    return report.parsed.blocks.flatMap((b) => {
      const line = b.lines[0];
      if (!line) return [];
      const said = `${report.template.id} ${report.templateFits} ${year} ${line.start >= report.outline.bodyStart}`;
      return [{ span: { start: line.start, end: line.end }, message: { zh: said, en: said } }];
    });
  },
});

test('kept findings are dropped when the template, the evaluation year or the body’s start changes', () => {
  (RULES as Rule[]).push(probe);
  try {
    const parser = new IncrementalParser();
    let text = SKELETON;
    const probed = (t: string, options: Partial<CheckOptions> = {}): string[] =>
      checkText(t, { registry, parser, ...options })
        .findings.filter((f) => f.ruleId === probe.id)
        .map((f) => f.message.zh);
    const same = (t: string, options: Partial<CheckOptions> = {}): void =>
      assert.equal(findingsOf(t, parser, options), findingsOf(t, undefined, options));

    const start = probed(text);
    assert.ok(start.length > 3 && start.every((m) => m.includes(' 2023 ')), start.join('\n'));
    // the body's start: a heading put first (in a report whose outline already does not fit) moves it
    // before chunks of the header block that outlive the edit, nothing else changing
    const heading = '## 一、单位基本情况\n\n';
    const misplaced = text.indexOf('填报日期');
    text = text.slice(0, misplaced) + heading + text.slice(misplaced);
    same(text);
    const header = probed(text).filter((m) => m.endsWith(' false')).length;
    text = heading + text;
    same(text);
    assert.ok(probed(text).filter((m) => m.endsWith(' false')).length < header, 'header chunks became body');
    text = text.slice(heading.length);
    same(text);
    // the evaluation year, edited in the header: the chunks below it outlive the edit
    text = text.replace('评价年度：2023 年度', '评价年度：2022 年度');
    same(text);
    assert.ok(probed(text).every((m) => m.includes(' 2022 ')));
    // the template, chosen by the option on the same text (every chunk outlives an unchanged text)
    same(text, { templateId: 'project-expenditure' });
    assert.ok(probed(text, { templateId: 'project-expenditure' }).every((m) => m.startsWith('project-expenditure ')));
    same(text);
  } finally {
    (RULES as Rule[]).pop();
  }
});

test('typo’s findings kept per chunk are dropped when the title changes (its places, read in every chunk)', () => {
  const parser = new IncrementalParser();
  const same = (t: string): void => assert.equal(findingsOf(t, parser), findingsOf(t));
  const places = (t: string): string[] =>
    checkText(t, { registry, parser })
      .findings.filter((f) => f.ruleId === 'typo')
      .map((f) => t.slice(f.span.start, f.span.end));
  // made up: the title names 乐道冲村, the body writes 乐道村
  let text = '# 2024年度段集镇乐道冲村野菊花加工项目支出绩效自评报告\n\n## 一、项目概况\n\n项目在乐道村实施，共投入资金10万元。\n';
  assert.deepEqual(places(text), ['乐道村']);
  same(text);
  // the title edited: the body's chunk outlives the edit, its kept finding must not
  text = text.replace('乐道冲村野菊花', '乐道村野菊花');
  same(text);
  assert.deepEqual(places(text), []);
  text = text.replace('乐道村野菊花', '乐道冲村野菊花');
  same(text);
  assert.deepEqual(places(text), ['乐道村']);
});
