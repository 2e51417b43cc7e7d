// jixiao/importWord over stdio, as any LSP client sends it: a .docx made by pandoc from the 2023 example
// comes back as the example's Markdown; a damaged file, an old .doc and a path that is not a file: uri
// come back as reasons in both languages, and the server stays up. pandoc is installed by
// scripts/e2e/install.sh (CI runs it before the tests).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ImportWordRequest, type ImportWordResult, type TemplateInfo, TemplatesRequest } from '../../shared/protocol.js';
import { ROOT } from '../helpers.js';
import { TestClient } from './client.js';

const EXAMPLE = join(ROOT, 'examples', '2023-湛江市科学技术局-整体绩效自评报告.md');
const PANDOC = spawnSync('pandoc', ['--version']).status === 0;

describe('jixiao/importWord', { skip: PANDOC ? false : 'pandoc is not installed: `bash scripts/e2e/install.sh` installs it' }, () => {
  const client = new TestClient();
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-import-'));
  const docx = join(dir, '2023.docx');
  before(async () => {
    assert.equal(spawnSync('pandoc', ['-f', 'gfm+hard_line_breaks', '-t', 'docx', '-o', docx, EXAMPLE]).status, 0);
    writeFileSync(join(dir, 'damaged.docx'), readFileSync(docx).subarray(0, 1500));
    writeFileSync(join(dir, 'old.doc'), 'x');
    await client.initialize();
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  const ask = (uri: string): Promise<ImportWordResult> => client.request<ImportWordResult>(ImportWordRequest.method, { uri });

  test('the 2023 report comes back as the Markdown it was made from', async () => {
    const r = await ask(pathToFileURL(docx).toString());
    assert.ok('text' in r);
    const trimmed = (s: string): string => s.replace(/[ \t]+$/gm, '');
    assert.equal(trimmed(r.text), trimmed(readFileSync(EXAMPLE, 'utf8')));
    assert.deepEqual(r.notes, []);
  });

  test('files that cannot be imported answer why; the server stays up', async () => {
    assert.deepEqual(await ask(pathToFileURL(join(dir, 'damaged.docx')).toString()), {
      error: { zh: '文件已损坏，不是有效的 .docx（无法解压）', en: 'the file is damaged: not a valid .docx (cannot be unzipped)' },
    });
    const old = await ask(pathToFileURL(join(dir, 'old.doc')).toString());
    assert.ok('error' in old && old.error.zh.includes('另存为 .docx'));
    const missing = await ask(pathToFileURL(join(dir, 'none.docx')).toString());
    assert.ok('error' in missing && missing.error.zh === '无法读取文件（ENOENT）');
    const remote = await ask('vscode-vfs://github/x/y.docx');
    assert.ok('error' in remote && remote.error.zh === '只能导入本机磁盘上的 .docx 文件');
    assert.ok((await client.request<TemplateInfo[]>(TemplatesRequest.method, {})).length > 0);
  });
});
