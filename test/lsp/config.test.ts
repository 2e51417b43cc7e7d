// Configuration robustness over stdio: broken `jixiao.templates` (malformed JSON, a template that
// fails validation, a file that does not exist, a file replaced while the server runs), unknown rules
// and levels in `jixiao.rules`, an out-of-range `jixiao.executionThreshold`, and settings that are not
// an object at all. Each mistake is reported precisely — file, field, reason, through
// window/showMessage (once per message) and as a diagnostic on the template file — and the built-in
// checks keep working: the 2019 example gets the same diagnostics as with no settings.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { readExample, ROOT } from '../helpers.js';
import { builtinTemplates } from '../../server/src/engine/index.js';
import { messageOf, TestClient, type ClientOptions } from './client.js';
import { TemplatesRequest, type TemplateInfo } from '../../shared/protocol.js';

const R2019 = readExample('2019-湛江市科技局-整体绩效自评报告.md');
const REPORT = 'file:///reports/2019.md';
const BUILT_INS = builtinTemplates().map((t) => t.id);
const WARNING = 2;

/** A valid workspace template: the built-in department outline under another id and title. */
function customTemplate(): Record<string, unknown> & { sections: { title: string }[] } {
  const t = JSON.parse(readFileSync(join(ROOT, 'schemas', 'templates', 'gd-department-overall.json'), 'utf8')) as Record<
    string,
    unknown
  > & { sections: { title: string }[] };
  delete t.$schema;
  return { ...t, id: 'ws-custom', name: { zh: '工作区模板', en: 'Workspace template' }, titlePatterns: ['工作区模板专用标题'] };
}

const VALID = JSON.stringify(customTemplate(), null, 2);
const INVALID = (() => {
  const t = customTemplate();
  (t.sections[0] as { title: string }).title = '';
  return JSON.stringify(t, null, 2);
})();
const MALFORMED = '{\n  "id": "ws-custom",\n  "name": \n}\n';

const cleanup: string[] = [];
function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-config-'));
  cleanup.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const clients: TestClient[] = [];
async function server(options: ClientOptions): Promise<TestClient> {
  const c = new TestClient(options);
  clients.push(c);
  await c.initialize();
  return c;
}

const warnings = (c: TestClient): string[] => c.messages.filter((m) => m.type === WARNING).map((m) => m.message);
const warningAbout = (c: TestClient, needle: string, what = `a warning naming ${needle}`): Promise<string> =>
  c.until(() => warnings(c).find((m) => m.includes(needle)), what);

/** The diagnostics published on a (template) file, once they satisfy `ok`. */
const fileDiagnostics = (c: TestClient, uri: string, ok: (d: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> =>
  c.until(() => {
    const p = c.published(uri);
    return p && ok(p.diagnostics) ? p.diagnostics : undefined;
  }, what);

async function templateIds(c: TestClient): Promise<string[]> {
  return (await c.request<TemplateInfo[]>(TemplatesRequest.method, {})).map((t) => t.id);
}

/** Polls an async condition until it holds. */
async function eventually<T>(f: () => Promise<T | undefined>, what: string, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Re-reads the settings (didChangeConfiguration) and waits for the report's diagnostics published after it. */
async function reconfigure(c: TestClient, settings: unknown): Promise<Diagnostic[]> {
  c.settings = settings as Record<string, unknown>;
  c.forgetDiagnostics(REPORT);
  await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  return c.diagnosticsOf(REPORT);
}

const withoutData = (ds: Diagnostic[]): Diagnostic[] => ds.map(({ data: _data, ...d }) => d);

/** A minimal glob matcher (**, *, ?, {a,b}) for file-watcher patterns. */
function globMatches(pattern: string, path: string): boolean {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === '*' && pattern[i + 1] === '*') {
      re += pattern[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += pattern[i + 2] === '/' ? 2 : 1;
    } else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else if (ch === '{') re += '(?:';
    else if (ch === '}') re += ')';
    else if (ch === ',') re += '|';
    else re += ch.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`).test(path);
}

describe('configuration robustness', () => {
  let baseline: Diagnostic[];
  before(async () => {
    const c = await server({});
    await c.open(REPORT, R2019);
    baseline = await c.diagnosticsOf(REPORT);
    assert.ok(baseline.some((d) => d.code === 'heading-numbering') && baseline.some((d) => d.code === 'missing-section'));
  });
  after(async () => {
    await Promise.all(clients.map((c) => c.stop()));
    for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
  });

  /** The built-ins still work: the 2019 example is checked exactly as without any settings. */
  async function builtInsWork(c: TestClient): Promise<void> {
    await c.open(REPORT, R2019);
    assert.deepEqual(await c.diagnosticsOf(REPORT), baseline);
    assert.deepEqual(await templateIds(c), BUILT_INS);
  }

  test('a template file with malformed JSON: file and reason reported, built-ins work', async () => {
    const dir = workspace({ 'bad-syntax.jixiao.json': MALFORMED });
    const file = join(dir, 'bad-syntax.jixiao.json');
    const c = await server({ rootPath: dir, settings: { templates: ['bad-syntax.jixiao.json'] } });
    const message = await warningAbout(c, 'bad-syntax.jixiao.json');
    assert.match(message, /^Jixiao 模板有误，已忽略：/);
    assert.ok(message.includes(`${file}:4:1: 不是有效的 JSON：`), `the file, and the line and column of the error: ${message}`);
    assert.match(message, /不是有效的 JSON：\S.*（内置模板照常使用）$/s, 'the reason says what is wrong with the JSON');
    const diags = await fileDiagnostics(c, pathToFileURL(file).href, (d) => d.length > 0, 'a diagnostic on the template file');
    assert.equal(diags.length, 1);
    assert.equal(diags[0]?.severity, 1);
    assert.equal(diags[0]?.source, 'jixiao');
    assert.match(messageOf(diags[0]), /^不是有效的 JSON：\S/);
    assert.deepEqual(diags[0]?.range.start, { line: 3, character: 0 }, 'placed at the syntax error');
    await builtInsWork(c);
  });

  test('a template that fails validation: the message names the file and the field (sections[0].title)', async () => {
    const dir = workspace({ 'bad.jixiao.json': INVALID });
    const file = join(dir, 'bad.jixiao.json');
    const c = await server({ rootPath: dir, settings: { templates: ['bad.jixiao.json'] } });
    const message = await warningAbout(c, 'bad.jixiao.json');
    const titleLine = INVALID.split('\n').findIndex((l) => l.includes('"title": ""'));
    assert.ok(message.includes(`${file}:${titleLine + 1}:7: sections[0].title: 数值过小`), message);
    const diags = await fileDiagnostics(c, pathToFileURL(file).href, (d) => d.length > 0, 'a diagnostic on the template file');
    assert.deepEqual(
      diags.map((d) => d.message),
      ['sections[0].title: 数值过小：期望 string >=1 字符'],
      'in the client’s language (zh-CN)',
    );
    assert.deepEqual(diags[0]?.range.start, { line: titleLine, character: 6 }, 'placed at the field');
    await builtInsWork(c);
  });

  test(
    'a template file that does not exist: the resolved path and the reason (ENOENT), built-ins work; created later, it ' + 'loads',
    async () => {
      const dir = workspace();
      const file = join(dir, 'missing.jixiao.json');
      const c = await server({ rootPath: dir, watchFiles: true, settings: { templates: ['missing.jixiao.json'] } });
      const message = await warningAbout(c, 'missing.jixiao.json');
      assert.ok(message.includes(`${file}: 无法读取文件（ENOENT）`), message);
      await builtInsWork(c);
      // the file appears: the editor reports it, the template loads, the error goes
      writeFileSync(file, VALID);
      await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 1 }] });
      await eventually(async () => ((await templateIds(c)).includes('ws-custom') ? true : undefined), 'the created template loaded');
      await fileDiagnostics(c, pathToFileURL(file).href, (d) => d.length === 0, 'the error on the created file cleared');
    },
  );

  test('a template file replaced while the server runs: broken, fixed, broken again — reported and cleared each time', async () => {
    const dir = workspace({ 'custom.jixiao.json': VALID });
    const file = join(dir, 'custom.jixiao.json');
    const uri = pathToFileURL(file).href;
    const c = await server({ rootPath: dir, watchFiles: true, settings: { templates: ['custom.jixiao.json'] } });
    // a report that names the workspace template in its front matter
    const report = `---\ntemplate: ws-custom\n---\n${R2019}`;
    const codes = (ds: Diagnostic[]): string[] => [...new Set(ds.map((d) => String(d.code)))].sort();

    await eventually(async () => ((await templateIds(c)).includes('ws-custom') ? true : undefined), 'the workspace template loaded');
    await c.open(REPORT, report);
    const valid = await c.diagnosticsOf(REPORT);
    assert.ok(!valid.some((d) => d.code === 'unknown-template'), 'the valid workspace template is used');
    assert.ok(valid.some((d) => d.code === 'heading-numbering'));
    assert.deepEqual(warnings(c), []);
    assert.deepEqual(c.published(uri)?.diagnostics ?? [], [], 'no error on a valid template file');

    // broken on disk; the editor reports the file change
    writeFileSync(file, INVALID);
    c.forgetDiagnostics(REPORT);
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
    const broken = await fileDiagnostics(c, uri, (d) => d.length > 0, 'the error on the broken template file');
    assert.deepEqual(
      broken.map((d) => d.message),
      ['sections[0].title: 数值过小：期望 string >=1 字符'],
    );
    const titleLine = INVALID.split('\n').findIndex((l) => l.includes('"title": ""')) + 1;
    assert.ok((await warningAbout(c, 'custom.jixiao.json')).includes(`${file}:${titleLine}:7: sections[0].title: `));
    assert.ok(!(await templateIds(c)).includes('ws-custom'));
    const fallback = await c.diagnosticsOf(REPORT);
    assert.ok(
      fallback.some((d) => d.code === 'unknown-template'),
      'the report says its template is gone',
    );
    assert.deepEqual(
      codes(fallback.filter((d) => d.code !== 'unknown-template')),
      codes(baseline),
      'the built-in checks go on with the default template',
    );

    // fixed again; this time the settings are re-read
    writeFileSync(file, VALID);
    c.forgetDiagnostics(REPORT);
    await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await fileDiagnostics(c, uri, (d) => d.length === 0, 'the error on the template file cleared');
    assert.ok((await templateIds(c)).includes('ws-custom'));
    assert.deepEqual(await c.diagnosticsOf(REPORT), valid);

    // broken another way: a new reason, a new message
    writeFileSync(file, MALFORMED);
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
    const again = await fileDiagnostics(c, uri, (d) => d.length > 0, 'the error on the malformed template file');
    assert.match(messageOf(again[0]), /^不是有效的 JSON：/);
    await warningAbout(c, `${file}:4:1: 不是有效的 JSON`);
    assert.equal(c.published(uri)?.diagnostics.length, 1);
  });

  test('the server asks the editor to watch the template files, so a replaced template is noticed without a settings change', async () => {
    // Nothing else tells the server that a template file changed on disk: the VS Code client declares
    // no synchronize.fileEvents, so the server must register workspace/didChangeWatchedFiles itself
    // (the client advertises dynamic registration) for the files named in jixiao.templates.
    const dir = workspace({ 'custom.jixiao.json': VALID });
    const file = join(dir, 'custom.jixiao.json');
    const c = await server({ rootPath: dir, watchFiles: true, settings: { templates: ['custom.jixiao.json'] } });
    await eventually(async () => ((await templateIds(c)).includes('ws-custom') ? true : undefined), 'the workspace template loaded');
    const registration = await c
      .until(
        () => c.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'),
        'a workspace/didChangeWatchedFiles registration',
        3000,
      )
      .catch(() => undefined);
    assert.ok(
      registration,
      `no client/registerCapability for workspace/didChangeWatchedFiles; the server registered only: ` +
        `${c.registrations.map((r) => r.method).join(', ')}`,
    );
    const watchers =
      (registration.registerOptions as { watchers?: { globPattern: string | { baseUri: string | { uri: string }; pattern: string } }[] })
        ?.watchers ?? [];
    const covers = watchers.some(({ globPattern: g }) => {
      if (typeof g === 'string') return globMatches(g.startsWith('/') || g.startsWith('**') ? g : `**/${g}`, file);
      const base = fileURLToPath(typeof g.baseUri === 'string' ? g.baseUri : g.baseUri.uri);
      return file.startsWith(`${base}/`) && globMatches(g.pattern, file.slice(base.length + 1));
    });
    assert.ok(covers, `the watchers ${JSON.stringify(watchers)} do not cover ${file}`);
  });

  test(
    'a boilerplate library: its wording is offered in completion; a broken entry is shown at its line, and fixing the file ' +
      'brings it in',
    async () => {
      const good = readFileSync(join(ROOT, 'examples', 'jixiao-boilerplate.json'), 'utf8');
      const broken = '{\n  "entries": [\n    { "section": "改进措施", "label": "开展绩效自评培训" }\n  ]\n}\n';
      const dir = workspace({ 'office.jixiao-boilerplate.json': good, 'team.jixiao-boilerplate.json': broken });
      const teamUri = pathToFileURL(join(dir, 'team.jixiao-boilerplate.json')).href;
      const c = await server({
        rootPath: dir,
        watchFiles: true,
        settings: { boilerplate: ['office.jixiao-boilerplate.json', 'team.jixiao-boilerplate.json'] },
      });
      const errors = await fileDiagnostics(c, teamUri, (d) => d.length > 0, 'the error on the broken library');
      assert.deepEqual(
        errors.map((d) => [d.range.start.line, d.message]),
        [[2, 'entries[0].text: 无效输入：期望 string，实际接收 undefined']],
      );
      assert.match(
        await warningAbout(c, 'team.jixiao-boilerplate.json'),
        /^Jixiao 常用表述库有误：.*team\.jixiao-boilerplate\.json:3:5: entries\[0\]\.text/,
      );

      const U2023 = 'file:///reports/2023.md';
      const text = `${readExample('2023-湛江市科学技术局-整体绩效自评报告.md')}\n4、`;
      await c.open(U2023, text);
      const lines = text.split('\n');
      const position = { line: lines.length - 1, character: 2 };
      const labels = async (): Promise<string[]> =>
        (await c.request<{ label: string }[]>('textDocument/completion', { textDocument: { uri: U2023 }, position })).map((i) => i.label);
      const before = await labels();
      assert.ok(before.includes('4、压实资金使用主体责任'), before.join(' / '));
      assert.ok(!before.includes('4、开展绩效自评培训'), 'the broken file is left out');

      writeFileSync(
        join(dir, 'team.jixiao-boilerplate.json'),
        broken.replace('"开展绩效自评培训" }', '"开展绩效自评培训", "text": "开展绩效自评培训。每年组织一次绩效自评业务培训。" }'),
      );
      await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: teamUri, type: 2 }] });
      await fileDiagnostics(c, teamUri, (d) => d.length === 0, 'the error on the fixed library cleared');
      assert.ok((await labels()).includes('4、开展绩效自评培训'));
    },
  );

  test(
    'an unknown rule id and an invalid level in jixiao.rules: a warning naming each, other rules unaffected, each said ' + 'once',
    async () => {
      const c = await server({ settings: { rules: { 'no-such-rule': 'off', 'doc-number': 'loud', 'pasted-debris': 'off' } } });
      const unknown = await warningAbout(c, 'no-such-rule');
      assert.match(unknown, /jixiao\.rules/);
      assert.match(unknown, /“no-such-rule”不存在/);
      const level = await warningAbout(c, 'jixiao.rules.doc-number');
      assert.match(level, /“loud”无效/);
      assert.match(level, /error \/ warning \/ information \/ hint \/ off/);
      await c.open(REPORT, R2019);
      const diags = await c.diagnosticsOf(REPORT);
      // pasted-debris is off; doc-number keeps its default level; everything else as without settings
      assert.deepEqual(withoutData(diags), withoutData(baseline.filter((d) => d.code !== 'pasted-debris')));
      assert.ok(diags.filter((d) => d.code === 'doc-number').every((d) => d.severity === 2));
      // the same settings again: no second message
      await reconfigure(c, c.settings);
      await reconfigure(c, { ...c.settings });
      assert.equal(warnings(c).filter((m) => m.includes('no-such-rule')).length, 1);
      assert.equal(warnings(c).filter((m) => m.includes('jixiao.rules.doc-number')).length, 1);
      assert.ok(c.alive());
    },
  );

  test('jixiao.executionThreshold out of range: a warning, and the default 90 is used', async () => {
    // 存在问题 says 无 while the report states an execution rate of 85 %
    const start = R2019.indexOf('  存在问题\n');
    const text = `${R2019.slice(0, start)}  无。\n\n${R2019.slice(R2019.indexOf('  今后改进措施'))}`.replace(
      '2019年一般公共预算支出1198.0978万元。',
      '2019年一般公共预算支出1198.0978万元。全年预算执行率为85%。',
    );
    const c = await server({ settings: { executionThreshold: 150 } });
    const message = await warningAbout(c, 'jixiao.executionThreshold');
    assert.match(message, /0–100/);
    assert.match(message, /默认值 90/);
    await c.open(REPORT, text);
    const flagged = (await c.diagnosticsOf(REPORT)).filter((d) => d.code === 'problems-vs-execution');
    assert.equal(flagged.length, 1);
    assert.match(messageOf(flagged[0]), /执行率只有 85%（低于 90%）/, 'the default threshold, not 150');
    // a valid threshold is applied: 80 % lets 85 % pass
    assert.ok(!(await reconfigure(c, { executionThreshold: 80 })).some((d) => d.code === 'problems-vs-execution'));
    // other out-of-range values fall back to 90 as well
    for (const bad of [-1, 100.5, '90', true]) {
      const again = (await reconfigure(c, { executionThreshold: bad })).filter((d) => d.code === 'problems-vs-execution');
      assert.match(messageOf(again[0]), /（低于 90%）/, `executionThreshold ${JSON.stringify(bad)}`);
    }
    assert.ok(c.alive());
  });

  test('settings that are not an object (null, a number, an array, a string, a boolean): no crash, defaults', async () => {
    const c = await server({});
    await c.open(REPORT, R2019);
    assert.deepEqual(await c.diagnosticsOf(REPORT), baseline);
    for (const settings of [
      null,
      42,
      [1, 2, 3],
      ['rules', 'off'],
      'jixiao',
      true,
      { rules: null, templates: null, executionThreshold: null, language: null },
    ]) {
      assert.deepEqual(await reconfigure(c, settings), baseline, `settings ${JSON.stringify(settings)}`);
      assert.ok(c.alive(), `the server exited on settings ${JSON.stringify(settings)}`);
      assert.deepEqual(await templateIds(c), BUILT_INS);
    }
    assert.doesNotMatch(c.stderr, /uncaught/i);
  });
});
