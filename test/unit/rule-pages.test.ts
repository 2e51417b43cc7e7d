// Each rule's page docs/rules/<id>.md: there is one per rule and no other; it has a wrong and a right
// example, each naming the file its wording comes from (and, when it says “摘自 / from”, every line of it
// is that file's own); checking the wrong example gives the rule's finding, inside the example, and the
// right one does not; its fix section says what the rule's metadata says (automatic / on request); and
// the repository address the pages are linked by is package.json's. How an example is put into a
// report to be checked is described in test/rule-pages.ts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixLabel, REPOSITORY_URL, ruleDocUrl, RULES } from '../../server/src/engine/index.js';
import { check, ROOT } from '../helpers.js';
import { examples, HEADINGS, inReport, linesNotInSource, pageIds, readPage, section, SKELETON } from '../rule-pages.js';
import { PROBLEMS_BODY } from './rules/_report.js';

const NO_FIX = '没有修复 / No fix';
/**
 * What a rule's examples are checked with: copied-from-last-year holds a report to last year's, here a
 * made-up 2022 report of the same outline holding only the clean report's 存在问题 (the 2023 report's own),
 * so the page's examples of that section are what differs.
 */
const LAST_YEAR =
  '---\ntemplate: gd-department-overall\n---\n\n# 2022 年度部门整体支出绩效自评报告\n\n评价年度：2022 年度\n\n## 三、绩效自评情况\n\n' +
  `### （四）部门整体支出绩效管理存在问题\n\n${PROBLEMS_BODY}\n`;
const optionsFor = (id: string): { previous?: string } => (id === 'copied-from-last-year' ? { previous: LAST_YEAR } : {});

test('one page per rule, and no page without a rule', () => {
  assert.deepEqual(pageIds(), RULES.map((r) => r.id).sort());
});

test('the pages are linked at package.json repository.url', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { repository: { url: string } };
  assert.equal(REPOSITORY_URL, manifest.repository.url.replace(/\.git$/, ''));
  assert.equal(ruleDocUrl('doc-number'), `${REPOSITORY_URL}/blob/main/docs/rules/doc-number.md`);
  assert.equal(ruleDocUrl('document-size'), undefined, 'the size note is not a rule and has no page');
});

test('the clean report the examples are put into is clean', () => {
  assert.deepEqual(check(SKELETON), []);
});

for (const rule of RULES) {
  describe(`docs/rules/${rule.id}.md`, () => {
    const page = readPage(rule.id);

    test('is titled by the rule id and has every section', () => {
      assert.ok(page.startsWith(`# \`${rule.id}\` `), 'the first line is “# `<id>` 名称 / Name”');
      for (const heading of Object.values(HEADINGS)) {
        const body = section(page, heading);
        assert.ok(body?.trim(), `a non-empty “## ${heading}” section`);
      }
      assert.ok(section(page, HEADINGS.off)?.includes(`"${rule.id}": "off"`), 'says how to turn it off in jixiao.rules');
      assert.deepEqual(check(page), [], 'the page itself is not taken for a report (its examples are fenced)');
    });

    for (const kind of ['wrong', 'right'] as const) {
      const blocks = examples(section(page, HEADINGS[kind]) ?? '');

      test(`${kind}: at least one example, each from a real text (摘自: every line is the source's own)`, () => {
        assert.ok(blocks.length >= 1, `a \`\`\`markdown block under “${HEADINGS[kind]}”`);
        for (const ex of blocks) {
          if (ex.verbatim) assert.deepEqual(linesNotInSource(ex), [], `lines not in ${ex.source} (say 改编自 / adapted from if changed)`);
          else
            assert.deepEqual(
              linesNotInSource(ex).filter((l) => l.startsWith('(no file')),
              [],
              `${ex.source} exists`,
            );
        }
      });

      test(
        kind === 'wrong'
          ? 'wrong: each example gives the rule’s finding, inside the example'
          : 'right: no example gives the rule’s finding',
        () => {
          for (const ex of blocks) {
            const r = inReport(ex.text);
            const mine = check(r.text, optionsFor(rule.id)).filter((f) => f.ruleId === rule.id);
            if (kind === 'right')
              assert.deepEqual(
                mine.map((f) => f.message.zh),
                [],
                ex.text,
              );
            else
              assert.ok(
                mine.some((f) => f.span.start >= r.start && f.span.start <= r.end),
                `no ${rule.id} finding in\n${ex.text}`,
              );
          }
        },
      );
    }

    test('its fix section gives the label of each fix kind the rule declares, and no other', () => {
      const fix = section(page, HEADINGS.fix) ?? '';
      const kinds = rule.fixes ?? [];
      if (kinds.length === 0) assert.ok(fix.includes(NO_FIX), `says “${NO_FIX}”`);
      for (const k of kinds) {
        const label = fixLabel(k);
        assert.ok(fix.includes(`${label.zh} — ${label.en}`), `says “${label.zh} — ${label.en}”`);
      }
      assert.equal(
        fix.includes('（自动）'),
        kinds.some((k) => k.safe),
        'says （自动） exactly when a fix is safe',
      );
      assert.equal(
        fix.includes('（需确认）'),
        kinds.some((k) => !k.safe),
        'says （需确认） exactly when a fix is not',
      );
    });
  });
}
