// The bundled examples, in both heading styles: every defect DOMAIN.md lists for the 2019 seed is
// found, the 2023 seed has no error or warning, the corrected draft is clean, and the exact findings
// match the reviewed golden files.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, checkText, compatibleFixes, type Finding } from '../../server/src/engine/index.js';
import { golden } from '../golden.js';
import { check, exampleNames, readExample, readFixture, registry } from '../helpers.js';

const R2019 = '2019-湛江市科技局-整体绩效自评报告.md';
const R2019_FIXED = '2019-湛江市科技局-整体绩效自评报告-修正稿.md';
const R2023 = '2023-湛江市科学技术局-整体绩效自评报告.md';

function at(text: string, findings: Finding[], ruleId: string, covered: string): Finding {
  const f = findings.find((x) => x.ruleId === ruleId && text.slice(x.span.start, x.span.end).includes(covered));
  assert.ok(
    f,
    `expected a ${ruleId} finding on “${covered}”; got:` +
      `\n${findings.map((x) => `${x.ruleId}: ${text.slice(x.span.start, x.span.end)}`).join('\n')}`,
  );
  return f;
}

const variants2019 = [
  ['plain numbered paragraphs (as published)', () => readExample(R2019)],
  ['Markdown # headings', () => readFixture('2019-markdown-headings.md')],
] as const;

for (const [style, load] of variants2019) {
  describe(`2019 seed, ${style}`, () => {
    const text = load();
    const findings = check(text);

    test('一（二）has no marker, fixed to (二)', () => {
      const f = at(text, findings, 'heading-numbering', '年度总体工作和重点工作任务');
      assert.equal(f.severity, 'error');
      assert.match(f.message.zh, /缺少编号，应为「\(二\)年度总体工作和重点工作任务」/);
    });

    test('the broken marker )部门整体支出绩效管理存在问题 is fixed to (四)', () => {
      const f = at(text, findings, 'heading-numbering', ')部门整体支出绩效管理存在问题');
      assert.deepEqual(
        f.fix?.edits.map((e) => e.newText),
        ['(四)'],
      );
    });

    test('三（二）and 三（三）are missing', () => {
      const missing = findings.filter((f) => f.ruleId === 'missing-section').map((f) => f.message.zh);
      assert.equal(missing.length, 2);
      assert.match(missing[0] as string, /缺少章节「\(二\)部门整体支出绩效指标分析」/);
      assert.match(missing[1] as string, /缺少章节「\(三\)部门重点项目支出绩效情况」/);
    });

    test('今后改进措施 is recognised as 改进措施 and lacks its marker (五)', () => {
      const f = at(text, findings, 'heading-numbering', '今后改进措施');
      assert.match(f.message.zh, /应为「\(五\)今后改进措施」/);
    });

    test('文号 in 【】 brackets, and two 文号 for one notice', () => {
      const brackets = at(text, findings, 'doc-number', '湛财绩【2020】6号');
      assert.match(brackets.message.zh, /应写作「湛财绩〔2020〕6号」/);
      const twice = at(text, findings, 'doc-number', '湛财评〔2020〕6号');
      assert.match(twice.message.zh, /同一通知引用了两个不同的文号/);
    });

    test('一般公共预算支出 exceeds its budget', () => {
      const f = at(text, findings, 'spending-over-budget', '1198.0978万元');
      assert.equal(f.severity, 'warning');
      assert.match(f.message.zh, /1198\.0978 万元 超过 一般公共预算安排拨款 852\.67 万元（超出 345\.4278 万元）/);
    });

    test('the sums hold', () => {
      assert.deepEqual(
        findings.filter((f) => f.ruleId === 'budget-total'),
        [],
      );
    });

    test('site navigation pasted in, at the top and the bottom', () => {
      const nav = findings.filter((f) => f.ruleId === 'pasted-debris' && f.severity === 'warning');
      assert.ok(nav.some((f) => text.slice(f.span.start, f.span.end).includes('当前位置')));
      assert.ok(nav.some((f) => text.slice(f.span.start, f.span.end).includes('您访问的链接即将离开')));
    });

    test('applying every safe fix leaves no structure error and touches nothing else', () => {
      const { edits } = compatibleFixes(findings, true);
      const fixed = applyEdits(text, edits);
      const after = checkText(fixed, { registry }).findings;
      assert.deepEqual(
        after.filter((f) => ['missing-section', 'heading-numbering', 'section-order'].includes(f.ruleId)),
        [],
      );
      // every original line is still there, in order
      const lines = fixed.split('\n');
      let i = 0;
      for (const line of text.split('\n')) {
        const stripped = line
          .replace(/【2020】/, '〔2020〕')
          .replace(/^(\s*)(年度总体|今后改进)/, '$1')
          .trim();
        while (i < lines.length && !(lines[i] as string).includes(stripped.slice(-6))) i++;
        assert.ok(i < lines.length, `line lost by the fixes: ${line}`);
      }
    });
  });
}

const variants2023 = [
  ['Markdown # headings', () => readExample(R2023)],
  ['plain numbered paragraphs (as in the PDF)', () => readFixture('2023-plain.md')],
] as const;

for (const [style, load] of variants2023) {
  describe(`2023 seed, ${style}`, () => {
    const text = load();
    const findings = check(text);

    test('no error or warning', () => {
      assert.deepEqual(
        findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.message.zh),
        [],
      );
    });

    test('the 77.28 % share is worth a hint: 24.75 ÷ 31.97 = 77.42 %', () => {
      const f = at(text, findings, 'ratio', '77.28%');
      assert.equal(f.severity, 'information');
      assert.match(f.message.zh, /24\.75 亿元 ÷ 全社会研发投入 31\.97 亿元 = 77\.42%/);
    });

    test('the 70.9 % growth holds (13.27 ÷ 18.70 = 70.96 %, written truncated)', () => {
      assert.equal(findings.filter((f) => f.ruleId === 'ratio').length, 1);
    });

    test('PDF page debris 习近平 / 平新时代 is noted', () => {
      const f = findings.find((x) => x.ruleId === 'pasted-debris' && x.message.zh.includes('“平”字重复'));
      assert.ok(f);
    });
  });
}

test('the corrected 2019 draft checks clean', () => {
  assert.deepEqual(
    check(readExample(R2019_FIXED)).map((f) => `${f.ruleId}: ${f.message.zh}`),
    [],
  );
});

describe('golden findings', () => {
  for (const name of exampleNames()) {
    test(`examples/${name}`, () => {
      const [actual, expected] = golden(name.replace(/\.md$/, ''), readExample(name));
      assert.equal(actual, expected);
    });
  }
  for (const name of ['2019-markdown-headings.md', '2023-plain.md']) {
    test(`test/fixtures/${name}`, () => {
      const [actual, expected] = golden(`fixture-${name.replace(/\.md$/, '')}`, readFixture(name));
      assert.equal(actual, expected);
    });
  }
});
