// `jixiao/checkWorkspace` (Jixiao: 检查工作区全部报告, issue 17 §4): every report of the workspace folder checked into
// the Problems view, found and read as `jixiao check` finds and reads them. The folder is made up: the 2019 example
// closed and open, a GBK copy, a .docx exported from it, a binary file, a non-report, a draft the project config's
// `ignores` names and one .gitignore names.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  WorkDoneProgress,
  type WorkDoneProgressBegin,
  type WorkDoneProgressEnd,
  type WorkDoneProgressReport,
} from 'vscode-languageserver-protocol';
import type { CheckWorkspaceResult } from '../../shared/protocol.js';
import { gb18030 } from '../cli/gb18030.js';
import { R2019, run } from '../cli/run.js';
import { TestClient } from './client.js';

let dir: string;
let c: TestClient;
const r2019 = readFileSync(R2019, 'utf8');
const uri = (name: string): string => pathToFileURL(join(dir, name)).href;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-lsp-workspace-'));
  mkdirSync(join(dir, '草稿'));
  mkdirSync(join(dir, 'old'));
  writeFileSync(join(dir, '2019.md'), r2019);
  writeFileSync(join(dir, 'open.md'), r2019);
  writeFileSync(join(dir, 'GBK-2019.md'), gb18030(r2019));
  writeFileSync(join(dir, '截图.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(join(dir, '会议纪要.md'), '# 会议纪要\n\n局务会议研究了下半年工作。\n');
  writeFileSync(join(dir, '草稿', '2019.md'), r2019);
  writeFileSync(join(dir, 'old', '2019.md'), r2019);
  writeFileSync(join(dir, '.jixiaorc.json'), '{ "ignores": ["草稿/"] }');
  writeFileSync(join(dir, '.gitignore'), 'old/\n');
  const exported = run(['export', join(dir, '2019.md'), '-o', join(dir, '2019.docx'), '--force'], dir);
  assert.equal(exported.code, 0, exported.err);
  c = new TestClient({ rootPath: dir });
  await c.initialize();
});
after(async () => {
  await c.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('every report found is checked and published; the bad files are named; ignored ones are left alone', async () => {
  await c.open(uri('open.md'), r2019.replace('湛江市科技局2019年度', '湛江市科技局2019年度（打开的）'));
  const open = await c.diagnosticsOf(uri('open.md'));
  const progress: (WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd)[] = [];
  c.connection.onProgress(WorkDoneProgress.type, 'ws-1', (v) => void progress.push(v));
  c.forgetDiagnostics(uri('open.md'));
  const result = await c.request<CheckWorkspaceResult>('jixiao/checkWorkspace', { workDoneToken: 'ws-1' });
  assert.equal(result.cancelled, false);
  assert.equal(result.files, 7, 'the .md files, the .docx; not the draft nor old/');
  assert.equal(result.reports, 4, '2019.md, open.md, GBK-2019.md, 2019.docx');
  assert.deepEqual(result.notReports, ['会议纪要.md']);
  assert.deepEqual(
    result.unreadable.map((u) => u.path),
    ['截图.md'],
  );
  const closed = c.published(uri('2019.md'))?.diagnostics ?? [];
  assert.deepEqual(
    closed.map((d) => `${d.code}@${d.range.start.line}`),
    open.map((d) => `${d.code}@${d.range.start.line}`),
    'a closed report gets what the editor gives it open',
  );
  assert.equal(c.published(uri('GBK-2019.md'))?.diagnostics.length, closed.length);
  const live = c.published(uri('open.md'));
  assert.ok(live === undefined || live.version === 1, 'an open report keeps its live diagnostics (published with its version)');
  const docx = c.published(uri('2019.docx'))?.diagnostics ?? [];
  assert.ok(docx.length > 0);
  for (const d of docx) {
    assert.match(d.message as string, /^第 \d+ 段：/);
    assert.equal(d.range.start.line, 0);
  }
  assert.equal(c.published(uri('草稿/2019.md')), undefined);
  assert.equal(c.published(uri('old/2019.md')), undefined);
  const errors = [...closed, ...closed, ...open, ...docx].filter((d) => d.severity === 1).length;
  assert.equal(result.errors, errors);
  assert.deepEqual([progress[0]?.kind, progress.at(-1)?.kind], ['begin', 'end']);
  assert.ok(
    progress.some((p) => p.kind === 'report' && p.message?.startsWith('1/7 ')),
    JSON.stringify(progress),
  );
});
