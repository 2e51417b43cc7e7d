// Last year's report in the editor (issue 16 §3): an open report is held against the report of the year
// before by the same unit in its folder, .md or .docx, as the command line does, or against the file the
// `jixiao.previousReport` setting names; a report with no such neighbour gets no copied-from-last-year finding.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { USER_LEVEL_KEY as USER_LEVEL } from '../../shared/configuration.js';
import { ROOT } from '../helpers.js';
import { TestClient } from './client.js';

const R2023 = join(ROOT, 'examples', '2023-湛江市科学技术局-整体绩效自评报告.md');
/** Made up: the 2023 report carried forward into a 2024 draft, only its evaluation year changed. */
const DRAFT = readFileSync(R2023, 'utf8').replace('评价年度：2023 年度', '评价年度：2024 年度');
const copied = (ds: { source?: string; code?: unknown }[]): number => ds.filter((d) => d.code === 'copied-from-last-year').length;

describe('last year’s report beside an open report', () => {
  const client = new TestClient();
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-lsp-previous-'));
  before(async () => {
    for (const sub of ['md', 'docx', 'alone']) mkdirSync(join(dir, sub));
    copyFileSync(R2023, join(dir, 'md', '2023.md'));
    await client.initialize();
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a 2024 draft beside the 2023 report (.md): its copied problems and measures, figures and notice', async () => {
    const uri = pathToFileURL(join(dir, 'md', '2024.md')).toString();
    await client.open(uri, DRAFT);
    const ds = await client.diagnosticsWhere(uri, (d) => copied(d) > 0, 'copied-from-last-year findings');
    assert.ok(copied(ds) >= 7, `copied-from-last-year: ${copied(ds)}`);
  });

  test('the same draft alone in its folder: nothing copied', async () => {
    const uri = pathToFileURL(join(dir, 'alone', '2024.md')).toString();
    await client.open(uri, DRAFT);
    const ds = await client.diagnosticsOf(uri);
    assert.ok(ds.length > 0, 'checked');
    assert.equal(copied(ds), 0);
  });

  const pandoc = spawnSync('pandoc', ['--version']).status === 0;
  test(
    'last year’s report as a .docx (made by pandoc)',
    { skip: pandoc ? false : 'pandoc is not installed: `bash scripts/e2e/install.sh` installs it' },
    async () => {
      const made = spawnSync('pandoc', ['-f', 'gfm+hard_line_breaks', '-t', 'docx', '-o', join(dir, 'docx', '2023.docx'), R2023]);
      assert.equal(made.status, 0);
      const uri = pathToFileURL(join(dir, 'docx', '2024.md')).toString();
      await client.open(uri, DRAFT);
      const ds = await client.diagnosticsWhere(uri, (d) => copied(d) > 0, 'copied-from-last-year findings against the .docx');
      assert.ok(copied(ds) >= 7);
    },
  );
});

describe('the jixiao.previousReport setting', () => {
  const root = mkdtempSync(join(tmpdir(), 'jixiao-lsp-previous-setting-'));
  const outside = mkdtempSync(join(tmpdir(), 'jixiao-lsp-previous-outside-'));
  mkdirSync(join(root, 'archive'));
  mkdirSync(join(root, 'drafts'));
  copyFileSync(R2023, join(root, 'archive', '2023年自评报告.md'));
  copyFileSync(R2023, join(outside, '2023.md'));
  after(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
  const warnings = (c: TestClient): string[] => c.messages.filter((m) => m.type === 2).map((m) => m.message);

  test('names last year’s report in another folder of the workspace (relative to it): the draft is held against it', async () => {
    const c = new TestClient({ rootPath: root, settings: { previousReport: 'archive/2023年自评报告.md' } });
    await c.initialize();
    try {
      const uri = pathToFileURL(join(root, 'drafts', '2024.md')).toString();
      await c.open(uri, DRAFT);
      const ds = await c.diagnosticsWhere(uri, (d) => copied(d) > 0, 'copied-from-last-year findings');
      assert.ok(copied(ds) >= 7, `copied-from-last-year: ${copied(ds)}`);
      // last year's report opened itself is not held against itself, nor is a report of that year or before
      const self = pathToFileURL(join(root, 'archive', '2023年自评报告.md')).toString();
      await c.open(self, readFileSync(R2023, 'utf8'));
      assert.equal(copied(await c.diagnosticsOf(self)), 0);
      const sameYear = pathToFileURL(join(root, 'drafts', '2023-copy.md')).toString();
      await c.open(sameYear, readFileSync(R2023, 'utf8'));
      assert.equal(copied(await c.diagnosticsOf(sameYear)), 0);
    } finally {
      await c.stop();
    }
  });

  test('a workspace-level setting naming a file outside the workspace: not read, and a warning says why', async () => {
    const c = new TestClient({ rootPath: root, settings: { previousReport: join(outside, '2023.md') } });
    await c.initialize();
    try {
      const warning = await c.until(() => warnings(c).find((m) => m.includes('previousReport')), 'the warning');
      assert.ok(warning.includes('工作区') || warning.includes('workspace'), warning);
      const uri = pathToFileURL(join(root, 'drafts', '2024.md')).toString();
      await c.open(uri, DRAFT);
      const ds = await c.diagnosticsOf(uri);
      assert.ok(ds.length > 0, 'checked');
      assert.equal(copied(ds), 0);
    } finally {
      await c.stop();
    }
  });

  test('the same file named in the user’s own settings is read; a file that is not there gets a warning', async () => {
    const c = new TestClient({ rootPath: root, settings: { previousReport: join(outside, '2023.md'), [USER_LEVEL]: ['previousReport'] } });
    await c.initialize();
    try {
      const uri = pathToFileURL(join(root, 'drafts', '2024.md')).toString();
      await c.open(uri, DRAFT);
      const ds = await c.diagnosticsWhere(uri, (d) => copied(d) > 0, 'copied-from-last-year findings');
      assert.ok(copied(ds) >= 7);
    } finally {
      await c.stop();
    }
    const missing = new TestClient({ rootPath: root, settings: { previousReport: 'archive/2022.md' } });
    await missing.initialize();
    try {
      const warning = await missing.until(() => warnings(missing).find((m) => m.includes('previousReport')), 'the warning');
      assert.ok(warning.includes('ENOENT') && warning.includes('2022.md'), warning);
    } finally {
      await missing.stop();
    }
  });
});
