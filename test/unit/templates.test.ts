// Templates: the built-ins validate, broken files are refused with file, field and reason, and the
// right template is chosen for a document (front matter, option, title, default).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildReport,
  BUILT_IN_DATA,
  builtinTemplates,
  loadTemplateFile,
  parseTemplate,
  TemplateError,
  TemplateRegistry,
} from '../../server/src/engine/index.js';
import { readExample, registry } from '../helpers.js';

const minimal = {
  id: 'mini',
  name: { zh: '最小模板', en: 'Minimal' },
  titlePatterns: ['最小报告'],
  scoreBands: [{ min: 0, grades: ['差'] }],
  preamble: '# 最小报告',
  sections: [{ id: 'a', title: '基本情况', guidance: { zh: '写基本情况。', en: 'Basics.' } }],
};

function templateError(json: unknown): TemplateError {
  try {
    parseTemplate(json, 'ws/t.json');
  } catch (e) {
    assert.ok(e instanceof TemplateError);
    return e;
  }
  assert.fail('expected a TemplateError');
}

describe('built-in templates', () => {
  test('the outlines load, with guidance on every section and boilerplate where drafters need it', () => {
    const ids = builtinTemplates().map((t) => t.id);
    assert.deepEqual(ids, [
      'gd-department-overall',
      'project-expenditure',
      'transfer-payment',
      'transfer-payment-central',
      'hn-department-overall',
      'sc-department-overall',
      'sc-project-expenditure',
      'yn-department-overall',
      'yn-project-expenditure',
      'yn-final-accounts',
    ]);
    // the built-ins are built unvalidated when the engine starts: each must pass the schema and build the same
    BUILT_IN_DATA.forEach((json, i) => assert.deepEqual(parseTemplate(json, 'built-in'), builtinTemplates()[i]));
    for (const t of builtinTemplates()) {
      for (const s of t.all) assert.ok(s.guidance.zh.length > 4 && s.guidance.en.length > 4, `${t.id}/${s.id} guidance`);
      // an outline with a 改进措施 section offers its standard items (the 部门决算's and 云南 部门整体's have none)
      if (t.all.some((s) => s.role === 'measures'))
        assert.ok(
          t.all.some((s) => s.role === 'measures' && s.boilerplate.length >= 3),
          `${t.id} has 改进措施 boilerplate`,
        );
    }
    const gd = registry.get('gd-department-overall');
    assert.deepEqual(
      gd?.sections.map((s) => s.title),
      ['单位基本情况', '自评工作开展情况', '绩效自评情况'],
    );
    assert.ok(gd?.all.find((s) => s.role === 'measures')?.aliases.includes('今后改进措施'));
  });
});

describe('a broken template names the file, the field and the reason', () => {
  test('an empty title', () => {
    const e = templateError({ ...minimal, sections: [{ ...minimal.sections[0], title: '' }] });
    assert.equal(e.file, 'ws/t.json');
    assert.equal(e.field, 'sections[0].title');
    assert.match(e.reason, /1/);
  });
  test('the reason in Chinese and in English', () => {
    const e = templateError({ ...minimal, sections: [{ ...minimal.sections[0], title: '' }] });
    assert.equal(e.describe('zh'), 'ws/t.json: sections[0].title: 数值过小：期望 string >=1 字符');
    assert.equal(e.describe('en'), 'ws/t.json: sections[0].title: Too small: expected string to have >=1 characters');
    assert.equal(e.describe('en'), e.message);
  });
  test('a missing field', () => {
    const { scoreBands: _, ...rest } = minimal;
    const e = templateError(rest);
    assert.equal(e.field, 'scoreBands');
  });
  test('a nested section with a bad id', () => {
    const e = templateError({
      ...minimal,
      sections: [{ ...minimal.sections[0], children: [{ id: 'Bad Id', title: 'x', guidance: { zh: 'x', en: 'x' } }] }],
    });
    assert.equal(e.field, 'sections[0].children[0].id');
  });
  test('an unknown field (a typo) is refused, not ignored', () => {
    const e = templateError({ ...minimal, sections: [{ ...minimal.sections[0], requird: true }] });
    assert.equal(e.field, 'sections[0]');
    assert.match(e.reason, /requird/);
  });
  test('duplicate section ids', () => {
    const e = templateError({ ...minimal, sections: [minimal.sections[0], { ...minimal.sections[0], title: '其他' }] });
    assert.equal(e.field, 'sections[1].id');
    assert.match(e.reason, /duplicate section id "a"/);
  });
  test('a file that is not JSON, and one that cannot be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-tpl-'));
    writeFileSync(join(dir, 'broken.json'), '{ "id": ');
    assert.throws(
      () => loadTemplateFile(join(dir, 'broken.json')),
      (e: unknown) => e instanceof TemplateError && /not valid JSON/.test(e.reason) && e.file.endsWith('broken.json'),
    );
    assert.throws(
      () => loadTemplateFile(join(dir, 'gone.json')),
      (e: unknown) => e instanceof TemplateError && /cannot read file \(ENOENT\)/.test(e.reason),
    );
  });
  test('in a file, the error says the line and column of the bad field, or of the first syntax error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-tpl-'));
    const lines = JSON.stringify({ ...minimal, sections: [minimal.sections[0], { ...minimal.sections[0], title: '' }] }, null, 2).split(
      '\n',
    );
    writeFileSync(join(dir, 'empty-title.json'), lines.join('\n'));
    const titleLine = lines.findIndex((l) => l.includes('"title": ""')) + 1;
    assert.throws(
      () => loadTemplateFile(join(dir, 'empty-title.json')),
      (e: unknown) =>
        e instanceof TemplateError &&
        e.field === 'sections[1].title' &&
        e.at?.line === titleLine &&
        e.at.column === 7 &&
        e.message.includes(`empty-title.json:${titleLine}:7: sections[1].title:`),
    );
    const dupLines = JSON.stringify(
      { ...minimal, sections: [minimal.sections[0], { ...minimal.sections[0], title: '其他' }] },
      null,
      2,
    ).split('\n');
    writeFileSync(join(dir, 'dup.json'), dupLines.join('\n'));
    const secondId = dupLines.findIndex((l, i) => l.includes('"id": "a"') && i > dupLines.findIndex((m) => m.includes('"id": "a"'))) + 1;
    assert.throws(
      () => loadTemplateFile(join(dir, 'dup.json')),
      (e: unknown) => e instanceof TemplateError && e.field === 'sections[1].id' && e.at?.line === secondId,
    );
    writeFileSync(join(dir, 'comma.json'), '{\n  "id": "x",\n  "name": { "zh": "甲", },\n}');
    assert.throws(
      () => loadTemplateFile(join(dir, 'comma.json')),
      (e: unknown) => e instanceof TemplateError && e.at?.line === 3 && /not valid JSON/.test(e.reason),
    );
  });
});

describe('which template applies', () => {
  const project = '# 某某项目支出绩效自评报告\n\n## 一、基本情况\n\n## 二、绩效评价工作开展情况\n';

  test('the title selects the project outline', () => {
    const r = buildReport(project, { registry });
    assert.equal(r.template.id, 'project-expenditure');
    assert.equal(r.templateSource, 'title');
    assert.ok(r.isReport);
  });

  test('front matter wins over the title and over the option', () => {
    const r = buildReport(`---\ntemplate: transfer-payment\n---\n${project}`, { registry, templateId: 'gd-department-overall' });
    assert.equal(r.template.id, 'transfer-payment');
    assert.equal(r.templateSource, 'front-matter');
  });

  test('front matter is read whatever the line breaks: \\n, \\r\\n or a lone \\r', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['---', 'template: transfer-payment', '---', project.replace(/\n/g, eol)].join(eol);
      const r = buildReport(text, { registry });
      assert.equal(r.template.id, 'transfer-payment', JSON.stringify(eol));
      assert.equal(r.templateSource, 'front-matter');
    }
  });

  test('the option wins over the title', () => {
    const r = buildReport(project, { registry, templateId: 'transfer-payment' });
    assert.equal(r.template.id, 'transfer-payment');
  });

  test('an unknown id in front matter falls back to the title (else the default) and is reported', () => {
    const r = buildReport(`---\ntemplate: nope\n---\n${project}`, { registry });
    assert.equal(r.template.id, 'project-expenditure');
    assert.equal(buildReport('---\ntemplate: nope\n---\n一、单位基本情况\n', { registry }).template.id, 'gd-department-overall');
    assert.deepEqual(r.unknownTemplate && r.unknownTemplate.id, 'nope');
  });

  test('the examples are department reports by their outlines, which fit the Guangdong template', () => {
    const r = buildReport(readExample('2023-湛江市科学技术局-整体绩效自评报告.md'), { registry });
    assert.equal(r.template.id, 'gd-department-overall');
    assert.equal(r.templateSource, 'outline');
    assert.ok(r.templateChoice.fits);
    assert.equal(r.recognition.by, 'title');
  });

  test('a workspace template with a built-in id replaces it', () => {
    const custom = parseTemplate({ ...minimal, id: 'gd-department-overall', titlePatterns: ['整体绩效自评报告'] }, 'ws/gd.json');
    const reg = new TemplateRegistry([custom]);
    assert.equal(reg.get('gd-department-overall')?.source, 'ws/gd.json');
    assert.equal(buildReport('# 整体绩效自评报告\n\n一、基本情况\n', { registry: reg }).outline.headings[0]?.tsec?.id, 'a');
  });
});
