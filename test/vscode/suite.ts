// Runs inside VS Code's extension host (@vscode/test-electron): the extension drives the real editor
// API on the examples. Bundled to dist-test/vscode-suite.cjs by scripts/test-vscode.mjs.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

const examples = path.resolve(__dirname, '..', 'examples');

async function waitFor<T>(what: string, get: () => T | undefined, ms = 20000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = get();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function open(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(path.join(examples, name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

const tests: [string, () => Promise<void>][] = [
  [
    'the 2019 example shows its defects as diagnostics in Chinese',
    async () => {
      const doc = await open('2019-湛江市科技局-整体绩效自评报告.md');
      const diags = await waitFor('diagnostics', () => {
        const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'jixiao');
        return d.length > 0 ? d : undefined;
      });
      assert.ok(diags.some((d) => d.message.startsWith('缺少章节「(二)部门整体支出绩效指标分析」')));
      assert.ok(diags.some((d) => d.message.includes('湛财绩【2020】6号')));
    },
  ],
  [
    'a quick fix inserts the missing section',
    async () => {
      const doc = await open('2019-湛江市科技局-整体绩效自评报告.md');
      const diag = await waitFor('missing-section', () =>
        vscode.languages.getDiagnostics(doc.uri).find((d) => d.code === 'missing-section'),
      );
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        doc.uri,
        diag.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      const fix = actions.find((a) => a.title.startsWith('插入章节'));
      assert.ok(fix?.edit);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.match(doc.getText(), /\(二\)部门整体支出绩效指标分析/);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    },
  ],
  [
    'completion offers 改进措施 boilerplate',
    async () => {
      const doc = await open('2023-湛江市科学技术局-整体绩效自评报告.md');
      const editor = vscode.window.activeTextEditor as vscode.TextEditor;
      const end = doc.lineAt(doc.lineCount - 1).range.end;
      await editor.edit((b) => b.insert(end, '\n4、'));
      const pos = doc.lineAt(doc.lineCount - 1).range.end;
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
      assert.ok(list.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === '4、加强绩效目标管理和运行监控'));
      await vscode.commands.executeCommand('workbench.action.files.revert');
    },
  ],
  [
    'the outline lists the numbered sections of a plain-paragraph report',
    async () => {
      const doc = await open('2019-湛江市科技局-整体绩效自评报告-修正稿.md');
      // the language server answers once it has started: ask until it does
      let names: string[] = [];
      const deadline = Date.now() + 20000;
      while (!names.includes('三、绩效自评情况') && Date.now() < deadline) {
        const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
        names = (symbols ?? []).map((s) => s.name);
        if (!names.includes('三、绩效自评情况')) await new Promise((r) => setTimeout(r, 200));
      }
      assert.ok(names.includes('三、绩效自评情况'), names.join(', '));
    },
  ],
  [
    'hover on a 自评表 cell shows the recomputed rate, and its quick fix writes it into the cell',
    async () => {
      // a made-up table (test/fixtures/tables): 108 ÷ 120 = 90.00 %, written 95%
      const doc = await vscode.workspace.openTextDocument(path.resolve(examples, '..', 'test', 'fixtures', 'tables', 'made-up-自评表.md'));
      await vscode.window.showTextDocument(doc);
      const at = doc.positionAt(doc.getText().indexOf('95%') + 1);
      // the language server answers once it has started: ask until it does
      let text = '';
      const deadline = Date.now() + 20000;
      while (!text.includes('108 ÷ 120') && Date.now() < deadline) {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
        text = (hovers ?? [])
          .flatMap((h) => h.contents)
          .map((c) => (typeof c === 'string' ? c : c.value))
          .join('\n');
        if (!text.includes('108 ÷ 120')) await new Promise((r) => setTimeout(r, 200));
      }
      assert.match(text, /执行率\*\* = 全年执行数 ÷ 全年预算数 = 108 ÷ 120 = \*\*90\.00 %\*\*/);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        doc.uri,
        new vscode.Range(at, at),
        vscode.CodeActionKind.QuickFix.value,
      );
      const fix = actions.find((a) => a.title === '将执行率改为重算的 90.00%');
      assert.ok(fix?.edit, actions.map((a) => a.title).join(', '));
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.ok(doc.lineAt(at.line).text.includes('| 10   | 90.00% | 10   |'), doc.lineAt(at.line).text);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    },
  ],
];

export async function run(): Promise<void> {
  const failures: string[] = [];
  for (const [name, fn] of tests) {
    try {
      await fn();
      console.log(`ok - ${name}`);
    } catch (e) {
      failures.push(name);
      console.log(`not ok - ${name}\n  ${(e as Error).stack ?? String(e)}`);
    }
  }
  console.log(`${tests.length - failures.length} passed, ${failures.length} failed`);
  if (failures.length > 0) throw new Error(`${failures.length} VS Code test(s) failed`);
}
