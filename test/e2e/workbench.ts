// A real VS Code workbench for the end-to-end scenarios: code-server (the VS Code web workbench and
// extension host) with the built .vsix installed, in isolated folders on a free loopback port, driven
// by Debian's Chromium through playwright-core. Everything started here is stopped by close().
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export interface WorkbenchOptions {
  root: string;
  codeServerDir: string;
  vsix: string;
  /** Files copied into the workspace: target name → source path. */
  files: Record<string, string>;
  /** Files written into the workspace: target name → content. */
  texts?: Record<string, string>;
  /** The workspace folder's settings (.vscode/settings.json). */
  workspaceSettings?: Record<string, unknown>;
  screenshots: string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

export class Workbench {
  page!: Page;
  workspace!: string;
  private browser: Browser | undefined;
  private server: ChildProcess | undefined;
  private tmp!: string;
  private serverLog = '';

  constructor(readonly options: WorkbenchOptions) {}

  private entry(): string {
    return join(this.options.codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  }

  async start(): Promise<void> {
    this.tmp = mkdtempSync(join(tmpdir(), 'jixiao-e2e-'));
    const userData = join(this.tmp, 'user-data');
    const extensions = join(this.tmp, 'extensions');
    this.workspace = join(this.tmp, 'workspace');
    mkdirSync(join(userData, 'User'), { recursive: true });
    mkdirSync(this.workspace, { recursive: true });
    for (const [name, source] of Object.entries(this.options.files)) cpSync(source, join(this.workspace, name));
    for (const [name, text] of Object.entries(this.options.texts ?? {})) writeFileSync(join(this.workspace, name), text);
    if (this.options.workspaceSettings) {
      mkdirSync(join(this.workspace, '.vscode'));
      writeFileSync(join(this.workspace, '.vscode', 'settings.json'), JSON.stringify(this.options.workspaceSettings, null, 2));
    }
    writeFileSync(
      join(userData, 'User', 'settings.json'),
      JSON.stringify({
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.colorTheme': 'Default Light Modern',
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        'update.mode': 'none',
        'editor.minimap.enabled': false,
        'editor.fontFamily': "'Noto Sans Mono CJK SC', 'Noto Sans CJK SC', monospace",
        'chat.commandCenter.enabled': false,
        'jixiao.language': 'zh-cn',
      }),
    );
    const install = spawnSync(process.execPath, [this.entry(), '--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', this.options.vsix], {
      encoding: 'utf8',
    });
    if (install.status !== 0) throw new Error(`installing the .vsix failed:\n${install.stdout}\n${install.stderr}`);

    const port = await freePort();
    this.server = spawn(
      process.execPath,
      [this.entry(), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--user-data-dir', userData, '--extensions-dir', extensions, this.workspace],
      { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.server.stdout?.on('data', (d: Buffer) => (this.serverLog += d.toString()));
    this.server.stderr?.on('data', (d: Buffer) => (this.serverLog += d.toString()));
    await this.waitForHttp(port);

    this.browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-CN'],
    });
    const context = await this.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    this.page = await context.newPage();
    await this.page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(this.workspace)}`);
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await this.page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 60000 }).catch(() => undefined);
  }

  private async waitForHttp(port: number): Promise<void> {
    const deadline = Date.now() + 60000;
    while (Date.now() < deadline) {
      try {
        const r = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (r.ok) return;
      } catch {
        // not up yet
      }
      if (this.server?.exitCode !== null) throw new Error(`code-server exited:\n${this.serverLog}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`code-server did not answer on port ${port}:\n${this.serverLog}`);
  }

  /** Runs a command from the command palette by its title. */
  async command(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input[type="text"]');
    await input.waitFor();
    await input.fill(`>${title}`);
    const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    await row.waitFor({ timeout: 15000 });
    await row.click();
  }

  async openFile(name: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input[type="text"]');
    await input.waitFor();
    await input.fill(name);
    const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
    await row.waitFor({ timeout: 15000 });
    await row.click();
    await this.page.locator(`.tab.active[aria-label*="${name}"], .tab.active:has-text("${name}")`).first().waitFor({ timeout: 15000 });
    await this.page.locator('.part.editor .monaco-editor .view-lines').first().waitFor();
  }

  /** Puts the cursor at a 1-based line and column with Go to Line. */
  async goTo(line: number, column: number): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input[type="text"]');
    await input.waitFor();
    // typed, not filled: Go to Line reacts to key input
    await this.page.keyboard.type(`:${line}:${column}`.slice(1));
    await this.page.locator('.quick-input-widget .quick-input-message, .quick-input-widget .monaco-list-row', { hasText: String(line) }).first().waitFor({ timeout: 5000 }).catch(() => undefined);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.statusbar-item', { hasText: `Ln ${line}, Col ${column}` }).first().waitFor({ timeout: 10000 });
  }

  /** Types `typed` on a new last line of the file, asks for completion, and waits for the item `label`. */
  async suggestAtEnd(name: string, typed: string, label: string): Promise<void> {
    await this.openFile(name);
    await this.focusEditor();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.type(typed);
    await this.page.keyboard.press('Control+Space');
    await this.page.locator('.suggest-widget .monaco-list-row', { hasText: label }).first().waitFor({ timeout: 20000 });
  }

  async focusEditor(): Promise<void> {
    await this.command('View: Focus Active Editor Group');
  }

  /** Saves the active editor and waits until the file on disk has changed. */
  async save(name: string): Promise<void> {
    const before = this.read(name);
    await this.focusEditor();
    await this.page.keyboard.press('Control+S');
    const deadline = Date.now() + 15000;
    while (this.read(name) === before) {
      if (Date.now() > deadline) throw new Error(`${name} was not saved`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Chooses a row of an open list (code actions, suggestions) with the keyboard, as a user does. */
  async choose(rows: string, text: string): Promise<void> {
    const row = this.page.locator(rows, { hasText: text }).first();
    await row.waitFor({ timeout: 20000 });
    const index = Number(await row.getAttribute('data-index'));
    const focused = Number(await this.page.locator(`${rows}.focused`).first().getAttribute('data-index').catch(() => '0'));
    for (let i = focused; i < index; i++) await this.page.keyboard.press('ArrowDown');
    await this.page.locator(`${rows}.focused`, { hasText: text }).first().waitFor({ timeout: 5000 });
    await this.page.keyboard.press('Enter');
  }

  /** Kills the extension's language server process (as a crash would); returns how many were found. */
  killLanguageServer(): number {
    const r = spawnSync('pgrep', ['-f', `${this.tmp}/extensions/.*dist/server.cjs`], { encoding: 'utf8' });
    const pids = r.stdout.split('\n').filter(Boolean).map(Number);
    for (const pid of pids) process.kill(pid, 'SIGKILL');
    return pids.length;
  }

  read(name: string): string {
    return readFileSync(join(this.workspace, name), 'utf8');
  }

  /** Writes a file of the workspace from outside the editor (as another program would). */
  write(name: string, text: string): void {
    writeFileSync(join(this.workspace, name), text);
  }

  /** The rows of the Problems panel, as text. */
  async problems(): Promise<string[]> {
    await this.command('Problems: Focus on Problems View');
    const rows = this.page.locator('.markers-panel .monaco-list-row');
    await rows.first().waitFor({ timeout: 20000 });
    return rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
  }

  /**
   * The Problems rows under the view's filter set to `filter` (the list renders only the rows in view),
   * once `ok` holds for them or after `ms`; with `shot`, a screenshot is taken while filtered.
   */
  async problemsFiltered(filter: string, ok: (rows: string[]) => boolean, shot?: string, ms = 30000): Promise<string[]> {
    await this.problems();
    const box = this.page.locator('.part.panel').getByPlaceholder(/^Filter/).first();
    await box.fill(filter);
    const deadline = Date.now() + ms;
    let rows: string[] = [];
    for (;;) {
      rows = await this.page.locator('.markers-panel .monaco-list-row').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
      if (ok(rows) || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    if (shot) await this.screenshot(shot);
    await box.fill('');
    return rows;
  }

  /** Saves a screenshot of the page, or of the part `clip` gives (CSS pixels of the viewport). */
  async screenshot(name: string, clip?: { x: number; y: number; width: number; height: number }): Promise<string> {
    mkdirSync(this.options.screenshots, { recursive: true });
    const path = join(this.options.screenshots, `${name}.png`);
    await this.page.screenshot({ path, ...(clip ? { clip } : {}) });
    return path;
  }

  /** Waits until the mouse hover shown for an element has the text, and returns all of its text. */
  async hoverText(target: Locator, text: string | RegExp): Promise<string> {
    await target.hover();
    const hover = this.page.locator('.workbench-hover, .monaco-hover').filter({ hasText: text }).first();
    await hover.waitFor({ timeout: 10000 });
    return hover.innerText();
  }

  async close(): Promise<void> {
    await this.browser?.close().catch(() => undefined);
    if (this.server?.pid !== undefined && this.server.exitCode === null) {
      try {
        process.kill(-this.server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    if (this.tmp) rmSync(this.tmp, { recursive: true, force: true });
  }

  get log(): string {
    return this.serverLog;
  }
}
