// The built language server over stdio, driven as an editor drives it, on the examples: diagnostics
// (push and pull), quick fixes applied to the text, fix-all, completion, hover, symbols, folding,
// settings, broken templates, and bad requests.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeAction, CompletionItem, Diagnostic, DocumentSymbol, FoldingRange, Hover } from 'vscode-languageserver-protocol';
import { readExample } from '../helpers.js';
import { builtinTemplates } from '../../server/src/engine/index.js';
import { messageOf, TestClient } from './client.js';
import { SERVER_COMMANDS } from '../../shared/commands.js';
import { StatusNotification, TemplatesRequest, type StatusParams, type TemplateInfo } from '../../shared/protocol.js';

const R2019 = readExample('2019-湛江市科技局-整体绩效自评报告.md');
const R2023 = readExample('2023-湛江市科学技术局-整体绩效自评报告.md');
const U2019 = 'file:///reports/2019.md';
const U2023 = 'file:///reports/2023.md';

function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `“${needle}” not in text`);
  const before = text.slice(0, at + delta).split('\n');
  return { line: before.length - 1, character: (before[before.length - 1] as string).length };
}

describe('language server, push diagnostics (zh-CN client)', () => {
  const client = new TestClient();
  let capabilities: Record<string, unknown>;
  before(async () => {
    capabilities = await client.initialize();
  });
  after(() => client.stop());

  test('announces incremental sync, code actions, completion, hover, symbols, folding', () => {
    assert.equal(capabilities.textDocumentSync, 2);
    assert.deepEqual((capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, [
      'quickfix',
      'source.fixAll.jixiao',
      'source.jixiao.insertMissingSections',
    ]);
    assert.deepEqual((capabilities.completionProvider as { triggerCharacters: string[] }).triggerCharacters, ['、']);
    assert.equal(capabilities.hoverProvider, true);
    assert.equal(capabilities.diagnosticProvider, undefined, 'no pull diagnostics for a client without them');
  });

  test('the 2019 example: Chinese diagnostics stamped with the version, rule ids as codes', async () => {
    await client.open(U2019, R2019, 7);
    const diags = await client.diagnosticsOf(U2019);
    const marker = diags.find((d) => d.code === 'heading-numbering' && d.range.start.line === 19);
    assert.ok(marker);
    assert.equal(marker.message, '标题「年度总体工作和重点工作任务」缺少编号，应为「(二)年度总体工作和重点工作任务」');
    assert.equal(marker.severity, 1);
    assert.equal(marker.source, 'jixiao');
    assert.equal(diags.filter((d) => d.code === 'missing-section').length, 2);
    const spend = diags.find((d) => d.code === 'spending-over-budget');
    assert.equal(spend?.relatedInformation?.[0]?.location.uri, U2019);
    assert.equal(spend?.relatedInformation?.[0]?.message, '预算数：一般公共预算安排拨款');
  });

  test('a quick fix inserts a missing section in place; its diagnostic is gone afterwards', async () => {
    const diags = await client.diagnosticsOf(U2019);
    const missing = diags.find((d) => d.code === 'missing-section' && messageOf(d).includes('部门整体支出绩效指标分析')) as Diagnostic;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: U2019 },
      range: missing.range,
      context: { diagnostics: [missing], only: ['quickfix'] },
    });
    const fix = actions.find((a) => a.title === '插入章节「部门整体支出绩效指标分析」');
    assert.ok(fix?.edit?.changes);
    assert.equal(fix.isPreferred, true);
    assert.ok(actions.some((a) => a.title === '插入全部缺失章节'));
    const edits = fix.edit.changes[U2019] ?? [];
    await client.change(U2019, edits);
    const text = client.text(U2019);
    assert.match(
      text,
      /自评结果。?[\s\S]*\n {2}\(二\)部门整体支出绩效指标分析\n\n {2}对照《整体绩效自评指标评分表》[\s\S]*\n {2}\)部门整体支出绩效管理存在问题/,
    );
    const after = await client.diagnosticsOf(U2019);
    assert.equal(after.filter((d) => d.code === 'missing-section').length, 1);
    assert.ok(after.some((d) => messageOf(d).includes('部门重点项目支出绩效情况')));
  });

  test('source.fixAll.jixiao applies every safe fix (for editor.codeActionsOnSave)', async () => {
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: U2019 },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0]?.kind, 'source.fixAll.jixiao');
    await client.change(U2019, actions[0]?.edit?.changes?.[U2019] ?? []);
    const after = await client.diagnosticsOf(U2019);
    assert.deepEqual(
      after.filter((d) => d.severity === 1).map((d) => d.message),
      [],
    );
    assert.match(client.text(U2019), /\(四\)部门整体支出绩效管理存在问题/);
    assert.match(client.text(U2019), /根据湛财绩〔2020〕6号的要求/);
  });

  test('fix-on-save, the corrected 2019 report without the 一、 of 单位基本情况: that number is put back, nothing else changes', async () => {
    const clean = readExample('2019-湛江市科技局-整体绩效自评报告-修正稿.md');
    const damaged = clean.replace('\n一、单位基本情况\n', '\n单位基本情况\n');
    assert.notEqual(damaged, clean);
    const uri = 'file:///reports/2019-corrected.md';
    await client.open(uri, damaged);
    await client.diagnosticsOf(uri);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    const edits = actions[0]?.edit?.changes?.[uri] ?? [];
    assert.equal(edits.length, 1, JSON.stringify(edits));
    await client.change(uri, edits);
    assert.equal(client.text(uri), clean);
  });

  test('completion in 改进措施 offers the missing boilerplate, numbered to continue the list', async () => {
    const text = `${R2023}\n4、`;
    await client.open(U2023, text);
    const pos = positionOf(text, '\n4、', 3);
    const items = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: U2023 },
      position: pos,
      context: { triggerKind: 2, triggerCharacter: '、' },
    });
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('4、加强绩效目标管理和运行监控'), labels.join(' / '));
    assert.ok(!labels.some((l) => l.includes('科学编制并严格执行预算')), 'an item already present is left out');
    const item = items.find((i) => i.label === '4、加强绩效目标管理和运行监控') as CompletionItem;
    const edit = item.textEdit as { range: { start: { line: number; character: number } }; newText: string };
    await client.change(U2023, [edit as never]);
    assert.match(client.text(U2023), /\n4、加强绩效目标管理和运行监控。科学设置/);
    assert.doesNotMatch(client.text(U2023), /4、4、/);
  });

  test('after 、 the items are filtered by the typed 4、 alone: a phrase committed next closes the list (issue 18 §4)', async () => {
    const text = `${R2023}\n4、`;
    await client.open(U2023, text);
    const ask = (context: Record<string, unknown>) =>
      client.request<CompletionItem[]>('textDocument/completion', {
        textDocument: { uri: U2023 },
        position: positionOf(text, '\n4、', 3),
        context,
      });
    const triggered = await ask({ triggerKind: 2, triggerCharacter: '、' });
    assert.ok(triggered.length > 0);
    // VS Code filters an item by the text from its range's start to the caret: 4、 matches, 4、加强 (an input method's phrase) does not
    assert.deepEqual([...new Set(triggered.map((i) => i.filterText))], ['4、']);
    // on Ctrl+Space, typing narrows the list by the label
    const invoked = await ask({ triggerKind: 1 });
    const item = invoked.find((i) => i.label === '4、加强绩效目标管理和运行监控');
    assert.equal(item?.filterText, '4、4、加强绩效目标管理和运行监控');
  });

  test('hover on a total shows the sum of its parts; on a heading, the guidance', async () => {
    await client.open(U2023, R2023, 3);
    const total = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri: U2023 },
      position: positionOf(R2023, '3232.51 万元其中', 2),
    });
    const value = (total.contents as { value: string }).value;
    assert.match(value, /32,325,100 元 = 3,232\.51 万元 = 0\.323251 亿元/);
    assert.match(value, /组成部分之和：一般公共预算安排拨款 2932\.51 \+ 基金预算拨款 300\.00 = \*\*3232\.51 万元\*\* ✓ 相符/);
    const heading = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri: U2023 },
      position: positionOf(R2023, '（五）改进措施', 3),
    });
    assert.match((heading.contents as { value: string }).value, /\*\*改进措施\*\*\n\n针对上述存在问题逐条提出/);
  });

  test('symbols: the outline of a plain-paragraph report; nothing that duplicates # headings', async () => {
    const plain = readExample('2019-湛江市科技局-整体绩效自评报告-修正稿.md');
    await client.open('file:///reports/fixed.md', plain);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri: 'file:///reports/fixed.md' },
    });
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['一、单位基本情况', '二、自评工作开展情况', '三、绩效自评情况'],
    );
    assert.deepEqual(
      symbols[2]?.children?.map((s) => s.name),
      ['(一)自评结果', '(二)部门整体支出绩效指标分析', '(三)部门重点项目支出绩效情况', '(四)部门整体支出绩效管理存在问题', '(五)改进措施'],
    );
    assert.deepEqual(
      symbols[2]?.children?.[1]?.children?.map((s) => s.name),
      ['1. 预算编制情况', '2. 预算执行情况', '3. 预算监督情况', '4. 预算使用效益'],
    );
    const md = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: U2023 } });
    assert.deepEqual(md, []);
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: 'file:///reports/fixed.md' } });
    const first = plain.split('\n').findIndex((l) => l.startsWith('一、单位基本情况'));
    assert.ok(folds.some((f) => f.startLine === first && f.endLine > first + 10));
  });

  test('a README gets no report diagnostics', async () => {
    await client.open('file:///reports/README.md', '# 说明\n\n一、安装\n\n二、使用\n');
    assert.deepEqual(await client.diagnosticsOf('file:///reports/README.md'), []);
  });

  test('the status says which template was chosen and why, and why the text is a report', async () => {
    const statuses = new Map<string, StatusParams>();
    client.connection.onNotification(StatusNotification, (s) => void statuses.set(s.uri, s));
    // made up: a Hunan outline, titled as real Hunan reports are
    const uri = 'file:///reports/hunan.md';
    await client.open(
      uri,
      '# 某县民政局2023年度部门整体支出绩效评价报告\n\n一、部门基本情况\n\n正文。\n\n二、部门整体支出绩效情况\n\n正文。\n\n三、存在的问题及原因分析\n\n正文。\n\n四、下一步改进措施\n\n正文。\n',
    );
    const s = await client.until(() => statuses.get(uri), 'a status for the Hunan report');
    assert.equal(s.template.id, 'hn-department-overall');
    assert.equal(s.templateChoice.source, 'outline');
    assert.match(s.templateChoice.reason.zh, /提纲最相符：提纲有 \d+ 个章节与之相符/);
    assert.match(s.recognition.zh, /标题“某县民政局2023年度部门整体支出绩效评价报告”是绩效自评报告/);
  });

  test('executeCommand inserts all missing sections through workspace/applyEdit', async () => {
    await client.open('file:///reports/again.md', R2019);
    await client.diagnosticsOf('file:///reports/again.md');
    const result = await client.request<{ applied: boolean }>('workspace/executeCommand', {
      command: SERVER_COMMANDS.insertMissingSections,
      arguments: ['file:///reports/again.md'],
    });
    assert.equal(result.applied, true);
    const text = client.text('file:///reports/again.md');
    assert.ok(text.indexOf('(二)部门整体支出绩效指标分析') < text.indexOf('(三)部门重点项目支出绩效情况'));
    assert.ok(text.indexOf('(三)部门重点项目支出绩效情况') < text.indexOf(')部门整体支出绩效管理存在问题'));
  });

  test('settings: a rule turned off and English messages, applied on change', async () => {
    client.settings = { rules: { 'doc-number': 'off' }, language: 'en' };
    await client.open(U2019, R2019, 20);
    await client.diagnosticsWhere(U2019, (d) => d.some((x) => x.code === 'doc-number'), 'doc-number findings before the change');
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const diags = await client.diagnosticsWhere(U2019, (d) => !d.some((x) => x.code === 'doc-number'), 'doc-number findings gone');
    assert.ok(
      diags.some(
        (d) => d.message === 'Heading “年度总体工作和重点工作任务” has no number; it should read “(二)年度总体工作和重点工作任务”',
      ),
    );
  });

  test('bad requests are answered with errors and the server stays up', async () => {
    await assert.rejects(client.request('jixiao/noSuchMethod', {}));
    const nothing = await client.request<unknown>('textDocument/hover', {
      textDocument: { uri: 'file:///not/open.md' },
      position: { line: 99, character: 99 },
    });
    assert.equal(nothing, null);
    const far = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: U2023 },
      position: { line: 100000, character: 5 },
    });
    assert.equal(far, null);
    const templates = await client.request<TemplateInfo[]>(TemplatesRequest.method, {});
    assert.deepEqual(
      templates.map((t) => t.id),
      builtinTemplates().map((t) => t.id),
    );
  });
});

describe('language server, pull diagnostics and workspace templates', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-ws-'));
  writeFileSync(
    join(dir, 'broken.jixiao.json'),
    JSON.stringify({
      id: 'x',
      name: { zh: '坏', en: 'bad' },
      titlePatterns: ['x'],
      scoreBands: [{ min: 0, grades: ['差'] }],
      preamble: '',
      sections: [],
    }),
  );
  const client = new TestClient({ pull: true, rootPath: dir, settings: { templates: ['broken.jixiao.json'] } });
  let capabilities: Record<string, unknown>;
  before(async () => {
    capabilities = await client.initialize();
  });
  after(() => client.stop());

  test('textDocument/diagnostic answers with the findings', async () => {
    assert.ok(capabilities.diagnosticProvider);
    await client.open(U2019, R2019);
    const report = await client.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: U2019 } });
    assert.equal(report.kind, 'full');
    assert.ok(report.items.some((d) => d.code === 'missing-section'));
  });

  test('a broken workspace template is reported with file, field and reason; built-ins keep working', async () => {
    const warning = await client.until(() => client.messages.find((m) => m.message.includes('broken.jixiao.json')), 'the template warning');
    assert.match(warning.message, /Jixiao 模板有误，已忽略：.*broken\.jixiao\.json:1:\d+: sections: .*（内置模板照常使用）/);
    const report = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: U2019 } });
    assert.ok(report.items.some((d) => d.code === 'heading-numbering'));
  });
});
