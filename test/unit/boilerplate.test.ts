// The workspace boilerplate library: entries load and validate like templates (file, field, line),
// reach the sections they name by id, title or alias, come after the template's own wording in
// completion, and entries that fit no template are reported where they are.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { completionsAt } from '../../server/src/engine/assist/complete.js';
import { BoilerplateLibrary, buildReport, loadBoilerplateFile, TemplateError } from '../../server/src/engine/index.js';
import { readExample, registry, ROOT } from '../helpers.js';

const EXAMPLE = join(ROOT, 'examples', 'jixiao-boilerplate.json');
const R2023 = readExample('2023-湛江市科学技术局-整体绩效自评报告.md');

function libraryFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'jixiao-boilerplate-')), 'office.jixiao-boilerplate.json');
  writeFileSync(file, text);
  return file;
}

function loadError(text: string): TemplateError {
  try {
    loadBoilerplateFile(libraryFile(text));
  } catch (e) {
    assert.ok(e instanceof TemplateError);
    return e;
  }
  assert.fail('expected a TemplateError');
}

/** The completion labels offered at the end of `text`, with their detail. */
function offered(text: string, library: BoilerplateLibrary): { label: string; detail: string }[] {
  const report = buildReport(text, { registry });
  return completionsAt(report, text.length, library).map((s) => ({ label: s.label, detail: s.detail.zh }));
}

describe('boilerplate library', () => {
  const example = new BoilerplateLibrary([loadBoilerplateFile(EXAMPLE)]);

  test('the bundled example loads, and every entry fits a built-in template', () => {
    assert.equal(example.entries.length, 4);
    assert.deepEqual(example.unused(registry.list()), []);
  });

  test('an entry reaches its section by title or alias in every template, by id only where the id is', () => {
    const measures = (templateId: string, role: string) => {
      const t = registry.get(templateId);
      const s = t?.all.find((x) => x.role === role);
      assert.ok(t && s, `${templateId} has a ${role} section`);
      return example.for(t, s).map((e) => e.label);
    };
    // 改进措施 is the title in the department template and an alias in the other two
    assert.deepEqual(measures('gd-department-overall', 'measures'), [
      '压实资金使用主体责任',
      '加快政府采购进度',
      '加强科技项目全过程绩效跟踪',
    ]);
    assert.deepEqual(measures('project-expenditure', 'measures'), ['压实资金使用主体责任', '加快政府采购进度']);
    assert.deepEqual(measures('transfer-payment', 'measures'), ['压实资金使用主体责任', '加快政府采购进度']);
    assert.deepEqual(measures('gd-department-overall', 'problems'), ['政府采购进度偏慢']);
  });

  test('completion in 改进措施 offers the office wording after the template wording, numbered to continue the list', () => {
    const items = offered(`${R2023}\n4、`, example);
    const labels = items.map((i) => i.label);
    const own = labels.indexOf('4、压实资金使用主体责任');
    assert.ok(own > 0, labels.join(' / '));
    assert.ok(labels.indexOf('4、加强绩效目标管理和运行监控') < own, 'the template wording comes first');
    assert.equal(items[own]?.detail, '改进措施：本单位常用表述');
    assert.ok(labels.includes('4、加强科技项目全过程绩效跟踪'));
    assert.ok(!labels.includes('4、政府采购进度偏慢'), 'a 存在问题 entry is not offered in 改进措施');
  });

  test('office wording already in the section is not offered again', () => {
    const text = `${R2023}\n4、加快政府采购进度。年初即编制政府采购计划。\n5、`;
    const labels = offered(text, example).map((i) => i.label);
    assert.ok(labels.includes('5、压实资金使用主体责任'));
    assert.ok(!labels.some((l) => l.includes('加快政府采购进度')), labels.join(' / '));
  });

  test('without a library, completion offers the template wording only', () => {
    const labels = offered(`${R2023}\n4、`, new BoilerplateLibrary()).map((i) => i.label);
    assert.ok(labels.includes('4、加强绩效目标管理和运行监控'));
    assert.ok(!labels.some((l) => l.includes('压实资金使用主体责任')));
  });
});

describe('a broken boilerplate library names the file, the field, the reason and the line', () => {
  test('an entry without its text', () => {
    const e = loadError(
      '{\n  "entries": [\n    { "section": "改进措施", "label": "a", "text": "甲。" },\n    { "section": "改进措施", "label": "b" }\n  ]\n}\n',
    );
    assert.equal(e.field, 'entries[1].text');
    assert.match(e.reason, /string/);
    assert.deepEqual(e.at, { line: 4, column: 5 }, 'at the entry that lacks the field');
  });

  test('a misspelt field is refused, not ignored', () => {
    const e = loadError('{ "entries": [ { "section": "改进措施", "label": "a", "txt": "甲。" } ] }');
    assert.match(e.field, /^entries\[0\]/);
  });

  test('malformed JSON: the line and column of the first syntax error', () => {
    const e = loadError('{\n  "entries": [\n    { "section": "改进措施", "label": "a", "text": "甲。", }\n  ]\n}\n');
    assert.equal(e.field, '');
    assert.match(e.reason, /^not valid JSON: /);
    assert.equal(e.at?.line, 3);
    assert.match(e.message, /office\.jixiao-boilerplate\.json:3:\d+: not valid JSON/);
  });

  test('entries that fit no template: an unknown section, an unknown template id, an id of another template; each at its entry', () => {
    const file = libraryFile(
      '{\n  "entries": [\n' +
        '    { "section": "改进举措", "label": "a", "text": "甲。" },\n' +
        '    { "section": "改进措施", "templates": ["gd-department-overal"], "label": "b", "text": "乙。" },\n' +
        '    { "section": "results-measures", "templates": ["project-expenditure"], "label": "c", "text": "丙。" },\n' +
        '    { "section": "suggestions", "templates": ["project-expenditure"], "label": "d", "text": "丁。" }\n' +
        '  ]\n}\n',
    );
    const problems = new BoilerplateLibrary([loadBoilerplateFile(file)]).unused(registry.list());
    assert.deepEqual(
      problems.map((p) => [p.field, p.at?.line]),
      [
        ['entries[0].section', 3],
        ['entries[1].templates', 4],
        ['entries[2].section', 5],
      ],
    );
    assert.match(problems[0]?.reason ?? '', /"改进举措".*any template/);
    assert.match(problems[1]?.reason ?? '', /"gd-department-overal".*gd-department-overall/);
    assert.match(problems[2]?.reason ?? '', /"results-measures".*project-expenditure/);
  });
});
