// The project config file in the language server (issue 17 §1): the same `.jixiaorc.json` the CLI reads
// changes a rule's level in the editor; the file's level wins over the jixiao.rules setting; an edited
// file is read again when the editor reports the change; an untrusted workspace reads no config file;
// a broken file is said (file, line, what) and the rest of it applies. The config files are made up.
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TRUSTED_KEY } from '../../shared/configuration.js';
import {
  NewReportRequest,
  StatusNotification,
  TemplatesRequest,
  type NewReportResult,
  type StatusParams,
  type TemplateInfo,
  type TemplatesParams,
} from '../../shared/protocol.js';
import { readExample, ROOT } from '../helpers.js';
import { TestClient } from './client.js';

const R2019 = readExample('2019-湛江市科技局-整体绩效自评报告.md');
const HINT = 4;
const WARNING = 2;
const ERROR = 1;

const dirs: string[] = [];
const clients: TestClient[] = [];
after(async () => {
  for (const c of clients) await c.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function open(
  config: string,
  settings: Record<string, unknown> = {},
  files: Record<string, string> = {},
): Promise<{ c: TestClient; dir: string; uri: string; status: StatusParams[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-lsp-config-'));
  dirs.push(dir);
  writeFileSync(join(dir, '.jixiaorc.json'), config);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const c = new TestClient({ rootPath: dir, watchFiles: true, settings });
  clients.push(c);
  const status: StatusParams[] = [];
  c.connection.onNotification(StatusNotification.method, (p: StatusParams) => void status.push(p));
  await c.initialize();
  const uri = pathToFileURL(join(dir, '2019.md')).href;
  await c.open(uri, R2019);
  return { c, dir, uri, status };
}

/** A made-up template: the built-in department outline under another id, chosen by the 2019 report's own title. */
function madeUpTemplate(): string {
  const t = JSON.parse(readFileSync(join(ROOT, 'schemas', 'templates', 'gd-department-overall.json'), 'utf8')) as Record<string, unknown>;
  delete t.$schema;
  const titlePatterns = ['湛江市科技局2019年度整体绩效自评报告'];
  return JSON.stringify({ ...t, id: 'office-own', name: { zh: '本局模板', en: 'Office template' }, titlePatterns });
}

const levelsOf = (ds: Diagnostic[], rule: string): (number | undefined)[] => ds.filter((d) => d.code === rule).map((d) => d.severity);

describe('project config file in the language server', () => {
  test('the config file sets a rule level, over the jixiao.rules setting', async () => {
    const { c, uri } = await open('{\n  // made up\n  "rules": { "pasted-debris": "hint", "heading-numbering": "off" },\n}', {
      rules: { 'pasted-debris': 'error', 'doc-number': 'hint' },
    });
    const ds = await c.diagnosticsWhere(uri, (d) => d.some((x) => x.code === 'pasted-debris'), 'pasted-debris findings');
    assert.deepEqual([...new Set(levelsOf(ds, 'pasted-debris'))], [HINT], 'the file wins over the setting');
    assert.deepEqual(levelsOf(ds, 'heading-numbering'), []);
    assert.deepEqual([...new Set(levelsOf(ds, 'doc-number'))], [HINT], 'what the file does not set: the setting');
  });

  test("a report the file's ignores names gets no findings; the others of the folder do", async () => {
    const { c, dir, uri } = await open('{ "ignores": ["草稿/"] }');
    await c.diagnosticsWhere(uri, (d) => d.length > 0, 'findings on the report outside the ignored folder');
    const draft = pathToFileURL(join(dir, '草稿', '2019.md')).href;
    await c.open(draft, R2019);
    assert.deepEqual(await c.diagnosticsWhere(draft, () => true, 'diagnostics of the ignored draft'), []);
  });

  test('an edited config file is read again when the editor says it changed', async () => {
    const { c, dir, uri } = await open('{ "rules": { "pasted-debris": "hint" } }');
    await c.diagnosticsWhere(uri, (d) => levelsOf(d, 'pasted-debris').includes(HINT), 'pasted-debris as a hint');
    const file = join(dir, '.jixiaorc.json');
    writeFileSync(file, '{ "rules": { "pasted-debris": "error" } }');
    c.forgetDiagnostics(uri);
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 2 }] });
    await c.diagnosticsWhere(uri, (d) => levelsOf(d, 'pasted-debris').includes(ERROR), 'pasted-debris as an error after the edit');
  });

  test('a template the config file names is used for its reports; one outside the workspace is refused', async () => {
    const outside = join(mkdtempSync(join(tmpdir(), 'jixiao-lsp-outside-')), 'elsewhere.jixiao.json');
    dirs.push(dirname(outside));
    writeFileSync(outside, madeUpTemplate());
    const config = JSON.stringify({ templates: ['tpl/own.jixiao.json', outside] });
    const { c, status } = await open(config, {}, { 'tpl/own.jixiao.json': madeUpTemplate() });
    await c.until(() => status.find((s) => s.template.id === 'office-own'), 'the report checked with the config file template');
    await c.until(
      () => c.messages.find((m) => m.type === WARNING && m.message.includes('elsewhere.jixiao.json')),
      'a warning naming the template outside the workspace',
    );
  });

  test('the new-report picker offers the config file template where the report will be, and makes the report from it', async () => {
    const { c, dir } = await open(JSON.stringify({ templates: ['tpl/own.jixiao.json'] }), {}, { 'tpl/own.jixiao.json': madeUpTemplate() });
    const ids = async (params: TemplatesParams | null): Promise<string[]> =>
      (await c.request<TemplateInfo[]>(TemplatesRequest.method, params)).map((t) => t.id);
    const there = { uri: pathToFileURL(join(dir, 'new-report.md')).href };
    assert.ok((await ids(there)).includes('office-own'));
    assert.ok((await ids(null)).includes('gd-department-overall'));
    assert.ok(!(await ids(null)).includes('office-own'), 'without a place: the workspace templates alone');
    const made = await c.request<NewReportResult>(NewReportRequest.method, { templateId: 'office-own', year: 2024, ...there });
    assert.equal(made.templateId, 'office-own');
  });

  test('a boilerplate library the config file names is offered by completion, beside the workspace one', async () => {
    const made = (label: string): string =>
      JSON.stringify({ entries: [{ section: '改进措施', label, text: `${label}。（虚构的常用表述）` }] });
    const { c, dir } = await open(
      JSON.stringify({ boilerplate: ['lib/office.jixiao-boilerplate.json'] }),
      { boilerplate: ['ws.jixiao-boilerplate.json'] },
      { 'lib/office.jixiao-boilerplate.json': made('建立虚构台账制度'), 'ws.jixiao-boilerplate.json': made('开展虚构专项培训') },
    );
    const uri = pathToFileURL(join(dir, '2023.md')).href;
    const text = `${readExample('2023-湛江市科学技术局-整体绩效自评报告.md')}\n4、`;
    await c.open(uri, text);
    const lines = text.split('\n');
    const position = { line: lines.length - 1, character: 2 };
    const labels = (await c.request<{ label: string }[]>('textDocument/completion', { textDocument: { uri }, position })).map(
      (i) => i.label,
    );
    assert.ok(labels.includes('4、建立虚构台账制度'), labels.join(' / '));
    assert.ok(labels.includes('4、开展虚构专项培训'), 'the workspace library too');
  });

  test('an untrusted workspace reads no config file', async () => {
    const { c, uri } = await open('{ "rules": { "pasted-debris": "off" } }', { [TRUSTED_KEY]: false });
    const ds = await c.diagnosticsWhere(uri, (d) => d.length > 0, 'diagnostics');
    assert.deepEqual([...new Set(levelsOf(ds, 'pasted-debris'))], [WARNING], 'the built-in level');
  });

  test('a bad entry is said with its file and line; the rest of the file applies', async () => {
    const { c, uri } = await open('{\n  "rules": { "pasted-debris": "off" },\n  "executionTreshold": 95\n}');
    const ds = await c.diagnosticsWhere(uri, (d) => d.length > 0, 'diagnostics');
    assert.deepEqual(levelsOf(ds, 'pasted-debris'), []);
    await c.until(
      () => c.messages.find((m) => m.type === WARNING && /\.jixiaorc\.json:3:3: "executionTreshold" 不是配置项/.test(m.message)),
      'a warning naming the unknown key',
    );
  });
});
