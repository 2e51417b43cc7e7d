// A real VS Code workbench for the end-to-end scenarios: code-server (the VS Code web workbench and
// extension host) with the built .vsix installed, in isolated folders on a free loopback port, driven
// by Debian's Chromium through playwright-core. Everything started here is stopped by close().
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { WaitError, waitFor } from './wait.js';
import type { PageElement } from './page-element.js';

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

/** `text` as a regular expression that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
  private counters = 0;
  private userData!: string;
  private baseSettings: Record<string, unknown> = {};

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
    // a name may lie in a subfolder (config/…): its folder is made first
    const place = (name: string): string => {
      mkdirSync(dirname(join(this.workspace, name)), { recursive: true });
      return join(this.workspace, name);
    };
    for (const [name, source] of Object.entries(this.options.files)) cpSync(source, place(name));
    for (const [name, text] of Object.entries(this.options.texts ?? {})) writeFileSync(place(name), text);
    if (this.options.workspaceSettings) {
      mkdirSync(join(this.workspace, '.vscode'));
      writeFileSync(join(this.workspace, '.vscode', 'settings.json'), JSON.stringify(this.options.workspaceSettings, null, 2));
    }
    this.userData = userData;
    this.baseSettings = {
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
      // jixiao.language is left at its default (Chinese), as a drafter whose VS Code is in English finds it
    };
    this.writeUserSettings({});
    const install = spawnSync(
      process.execPath,
      [this.entry(), '--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', this.options.vsix],
      {
        encoding: 'utf8',
      },
    );
    if (install.status !== 0) throw new Error(`installing the .vsix failed:\n${install.stdout}\n${install.stderr}`);

    const port = await freePort();
    this.server = spawn(
      process.execPath,
      [
        this.entry(),
        '--auth',
        'none',
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--user-data-dir',
        userData,
        '--extensions-dir',
        extensions,
        this.workspace,
      ],
      { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.server.stdout?.on('data', (d: Buffer) => (this.serverLog += d.toString()));
    this.server.stderr?.on('data', (d: Buffer) => (this.serverLog += d.toString()));
    await this.waitForHttp(port);

    this.browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--lang=zh-CN',
      ],
    });
    const context = await this.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    this.page = await context.newPage();
    await this.page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(this.workspace)}`);
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    // the workbench is ready when the Explorer lists the workspace's files
    const first = Object.keys(this.options.files)[0] ?? '';
    await waitFor(
      () => this.texts('.explorer-folders-view .monaco-list-row'),
      (rows) => rows.some((r) => r.includes(first)),
      `the Explorer listing ${first}`,
      90000,
    );
  }

  private async waitForHttp(port: number): Promise<void> {
    const health = async (): Promise<string> => {
      if (this.server?.exitCode !== null) return 'exited';
      return fetch(`http://127.0.0.1:${port}/healthz`).then((r) => `HTTP ${r.status}`);
    };
    const state = await waitFor(health, (s) => s === 'HTTP 200' || s === 'exited', `code-server answering on port ${port}`, 60000).catch(
      (e: Error) => {
        throw new Error(`${e.message}\n${this.serverLog}`);
      },
    );
    if (state === 'exited') throw new Error(`code-server exited:\n${this.serverLog}`);
  }

  /** The text of each element `target` matches now (its aria-label where it has one, as list rows do), without waiting. */
  async texts(target: string | Locator): Promise<string[]> {
    const located = typeof target === 'string' ? this.page.locator(target) : target;
    return located.evaluateAll((els: PageElement[]) =>
      els.map((e) => (e.getAttribute('aria-label') ?? e.innerText ?? '').replace(/\u00a0/g, ' ')),
    );
  }

  /** Waits until an element of `selector` shows `text`, and returns it. */
  async shown(selector: string, text: string | RegExp, what: string, ms?: number): Promise<Locator> {
    const has = (t: string): boolean => (typeof text === 'string' ? t.includes(text) : text.test(t));
    await waitFor(
      () => this.texts(selector),
      (rows) => rows.some(has),
      what,
      ms,
    );
    return this.page.locator(selector).filter({ hasText: text }).first();
  }

  /** Waits until `target` matches at least one visible element. */
  async present(target: Locator, what: string, ms?: number): Promise<void> {
    const visible = (): Promise<number> => target.evaluateAll((els: PageElement[]) => els.filter((e) => e.checkVisibility()).length);
    await waitFor(visible, (n) => n > 0, what, ms);
  }

  /**
   * Presses `key` and gives the quick input's text box (command palette, Quick Open, Go to Line) once it is open. The key
   * is pressed again when the box has not opened in 10 s: a key pressed while the workbench moves its focus (a tab
   * closing, a hover) can be lost, and CI once waited 30 s for a Quick Open that F1 never opened (19-composition).
   */
  private async quickInput(key: string, what: string): Promise<Locator> {
    const input = this.page.locator('.quick-input-widget input[type="text"]');
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press(key);
      try {
        await this.present(input, what, attempt < 3 ? 10_000 : undefined);
        return input;
      } catch (e) {
        if (attempt >= 3 || !(e instanceof WaitError)) throw e;
      }
    }
  }

  /** Waits until the element's animations (a hover fading in) have finished, so that a screenshot shows it whole. */
  async settled(target: Locator, what: string): Promise<void> {
    const running = (): Promise<number> =>
      target.evaluate((el: PageElement) => el.getAnimations({ subtree: true }).filter((a) => a.playState === 'running').length);
    await waitFor(running, (n) => n === 0, `${what} to finish its animations`);
  }

  /** Runs a command from the command palette by its title. */
  async command(title: string): Promise<void> {
    const input = await this.quickInput('F1', 'the command palette');
    await input.fill(`>${title}`);
    const row = await this.shown('.quick-input-list .monaco-list-row', title, `the command "${title}" in the command palette`);
    await row.click();
    // the palette has closed, or the command has replaced it with its own question
    const palette = (): Promise<string[]> =>
      input.evaluateAll((els: PageElement[]) => els.filter((e) => e.checkVisibility()).map((e) => e.value ?? ''));
    await waitFor(palette, (values) => !values.includes(`>${title}`), `the command palette to close after running "${title}"`);
  }

  /** Types `typed` into the command palette and waits for the command `title` among the rows; closes the palette. */
  async paletteFinds(typed: string, title: string): Promise<void> {
    const input = await this.quickInput('F1', 'the command palette');
    await input.fill(`>${typed}`);
    await this.shown('.quick-input-list .monaco-list-row', title, `the command palette finding "${title}" for "${typed}"`);
    await this.page.keyboard.press('Escape');
  }

  /** Opens a file by Quick Open; `binary`: one the editor cannot show as text (a .docx), so no text is waited for. */
  async openFile(name: string, { binary = false } = {}): Promise<void> {
    const input = await this.quickInput('F1', 'Quick Open');
    await input.fill(name);
    const row = await this.shown('.quick-input-list .monaco-list-row', name, `${name} in Quick Open`);
    await row.click();
    await this.shown('.tab.active', name, `${name} as the active tab`);
    // the document has loaded: the editor showing it has text
    if (!binary) await this.shown(`${this.editorOf(name)} .view-line`, /\S/, `the text of ${name} in the editor`);
  }

  /** Puts the cursor at a 1-based line and column with Go to Line. */
  async goTo(line: number, column: number): Promise<void> {
    await this.focusEditor();
    const input = await this.quickInput('Control+G', 'Go to Line');
    // typed, not filled: Go to Line reacts to key input
    await this.page.keyboard.type(`:${line}:${column}`.slice(1));
    await waitFor(
      () => input.inputValue(),
      (v) => v === `:${line}:${column}`,
      `Go to Line holding :${line}:${column}`,
    );
    await this.page.keyboard.press('Enter');
    await this.shown('.statusbar-item', `Ln ${line}, Col ${column}`, `the cursor at Ln ${line}, Col ${column} in the status bar`);
  }

  /** Types `typed` on a new last line of the file, asks for completion, and waits for the item `label`. */
  async suggestAtEnd(name: string, typed: string, label: string): Promise<void> {
    await this.openFile(name);
    await this.focusEditor();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.type(typed);
    await this.shown(
      `${this.editorOf(name)} .view-line`,
      new RegExp(`^${escapeRegExp(typed)}\\s*$`),
      `the typed line "${typed}" in ${name}`,
    );
    await this.page.keyboard.press('Control+Space');
    await this.shown('.suggest-widget .monaco-list-row', label, `the completion item "${label}"`);
  }

  /** The selector of the editor showing the workspace file `name`. */
  editorOf(name: string): string {
    return `.part.editor .monaco-editor[data-uri$="/${name}"]`;
  }

  async focusEditor(): Promise<void> {
    await this.command('View: Focus Active Editor Group');
    await this.present(this.page.locator('.part.editor .monaco-editor.focused'), 'the editor to have the focus');
  }

  /**
   * Saves the active editor and returns the text on disk once the write is over. VS Code writes a file
   * by truncating it and then writing it (over code-server's remote link): in between the file is
   * empty, so "changed on disk" alone is not "saved" — the tab losing its dirty mark is.
   */
  async save(name: string): Promise<string> {
    const before = this.read(name);
    await this.focusEditor();
    await this.page.keyboard.press('Control+S');
    const state = async (): Promise<{ dirty: boolean; text: string }> => ({
      dirty: (await this.page.locator('.tab.active.dirty').count()) > 0,
      text: this.read(name),
    });
    const saved = await waitFor(state, (s) => !s.dirty && s.text !== before, `${name} saved (its tab clean, the file changed on disk)`);
    return saved.text;
  }

  /** Chooses a row of an open list (code actions, suggestions) with the keyboard, as a user does. */
  async choose(rows: string, text: string): Promise<void> {
    const row = await this.shown(rows, text, `the row "${text}"`);
    const index = Number(await row.getAttribute('data-index'));
    const focusedRow = this.page.locator(`${rows}.focused`);
    const focused = (await focusedRow.count()) > 0 ? Number(await focusedRow.first().getAttribute('data-index')) : 0;
    for (let i = focused; i < index; i++) await this.page.keyboard.press('ArrowDown');
    await this.shown(`${rows}.focused`, text, `the row "${text}" focused`);
    await this.page.keyboard.press('Enter');
  }

  /**
   * Counts, from now on, the toast notifications that say `message`; returns a function that reads
   * the count. Counting the toasts on screen cannot tell once from twice: VS Code closes a
   * notification when the same one is shown again (one toast either way), and hides a toast after
   * 18 s. Each toast is a new element, so the distinct elements seen count the times it was shown.
   */
  async countToasts(message: string): Promise<() => Promise<number>> {
    const key = `jixiaoToasts${++this.counters}`;
    await this.page.evaluate(`(() => {
      const seen = new Set();
      const look = () =>
        document.querySelectorAll('.notification-toast').forEach((t) => t.textContent.includes(${JSON.stringify(message)}) && seen.add(t));
      new MutationObserver(look).observe(document.body, { childList: true, subtree: true, characterData: true });
      look();
      window[${JSON.stringify(key)}] = seen;
    })()`);
    return () => this.page.evaluate<number>(`window[${JSON.stringify(key)}].size`);
  }

  /** The process ids of the extension's language servers running now. */
  languageServers(): number[] {
    const r = spawnSync('pgrep', ['-f', `${this.tmp}/extensions/.*dist/server.cjs`], { encoding: 'utf8' });
    return r.stdout.split('\n').filter(Boolean).map(Number);
  }

  /** Kills the extension's language server processes (as a crash would); returns their ids. */
  killLanguageServer(): number[] {
    const pids = this.languageServers();
    for (const pid of pids) process.kill(pid, 'SIGKILL');
    return pids;
  }

  read(name: string): string {
    return readFileSync(join(this.workspace, name), 'utf8');
  }

  /** Writes a file of the workspace from outside the editor (as another program would). */
  write(name: string, text: string): void {
    writeFileSync(join(this.workspace, name), text);
  }

  private writeUserSettings(extra: Record<string, unknown>): void {
    writeFileSync(join(this.userData, 'User', 'settings.json'), JSON.stringify({ ...this.baseSettings, ...extra }, null, 2));
  }

  /**
   * Sets the user's settings to the workbench's own with `extra` over them, as a drafter does: in the
   * settings.json editor, pasted and saved (code-server does not notice the file written behind its back).
   */
  async userSettings(extra: Record<string, unknown>): Promise<void> {
    const wanted = { ...this.baseSettings, ...extra };
    await this.command('Preferences: Open User Settings (JSON)');
    await this.shown('.tab.active', 'settings.json', 'the user settings.json open');
    await this.present(this.page.locator('.part.editor .monaco-editor.focused'), 'the settings editor to have the focus');
    await this.page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(JSON.stringify(wanted, null, 2))})`);
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.press('Control+V');
    await this.page.keyboard.press('Control+S');
    const file = join(this.userData, 'User', 'settings.json');
    await waitFor(
      () => Promise.resolve(readFileSync(file, 'utf8')),
      (t) => {
        try {
          return JSON.stringify(JSON.parse(t)) === JSON.stringify(wanted);
        } catch {
          return false;
        }
      },
      `the user settings saved with ${JSON.stringify(extra)}`,
    );
    await this.command('View: Close Editor');
  }

  /** The lines the extension wrote to its output channel "Jixiao" so far (VS Code keeps each channel in a log file). */
  outputLines(): string[] {
    const logs = join(this.userData, 'logs');
    const files = existsSync(logs) ? readdirSync(logs, { recursive: true, encoding: 'utf8' }).filter((f) => /Jixiao\.log$/.test(f)) : [];
    return files.flatMap((f) => readFileSync(join(logs, f), 'utf8').split('\n'));
  }

  /**
   * Waits until the rows of the Problems view are what `ok` wants, and returns them. With `filter`,
   * the view's filter is set to it meanwhile (the list renders only the rows in view); with `shot`,
   * a screenshot is taken once they are.
   */
  async problems(what: string, ok: (rows: string[]) => boolean, options: { filter?: string; shot?: string } = {}): Promise<string[]> {
    await this.command('Problems: Focus on Problems View');
    const box = this.page
      .locator('.part.panel')
      .getByPlaceholder(/^Filter/)
      .first();
    if (options.filter !== undefined) await box.fill(options.filter);
    try {
      const rows = await waitFor(() => this.texts('.markers-panel .monaco-list-row'), ok, `Problems rows with ${what}`);
      if (options.shot) await this.screenshot(options.shot);
      return rows;
    } finally {
      if (options.filter !== undefined) await box.fill('');
    }
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
    const hover = await this.shown('.workbench-hover, .monaco-hover', text, `a hover with ${String(text)}`);
    return hover.innerText();
  }

  /**
   * Saves what a failed scenario left on screen into `dir`: a screenshot, the workbench's text, the
   * active editor's whole text (its model, through the clipboard: the DOM holds only the lines in
   * view) and code-server's log. Returns the files written.
   */
  async record(dir: string, error: unknown): Promise<string[]> {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const files: string[] = [];
    // a part that cannot be had (no page yet, no text editor open) leaves <name>.unavailable.txt saying why
    const put = async (name: string, get: () => Promise<string | Buffer>): Promise<void> => {
      const [path, content] = await Promise.resolve()
        .then(get)
        .then(
          (c) => [join(dir, name), c] as const,
          (e: Error) => [join(dir, `${name}.unavailable.txt`), `${e.message}\n`] as const,
        );
      writeFileSync(path, content);
      files.push(path);
    };
    await put('error.txt', () => Promise.resolve(`${(error as Error).stack ?? String(error)}\n`));
    await put('screenshot.png', () => this.page.screenshot({ timeout: 15000 }));
    await put('workbench.txt', () => this.page.evaluate<string>('document.body.innerText'));
    await put('editor.txt', () => this.activeEditorText());
    await put('code-server.log', () => Promise.resolve(this.serverLog));
    return files;
  }

  /** The active editor's model text, copied with Select All (the DOM renders only the lines in view). */
  private async activeEditorText(): Promise<string> {
    const editor = this.page.locator('.part.editor .editor-group-container.active .monaco-editor[data-uri]').first();
    if ((await editor.count()) === 0) throw new Error('no text editor is active');
    const uri = await editor.getAttribute('data-uri');
    const none = `(nothing copied from ${uri})`;
    await this.page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(none)})`);
    await this.page.keyboard.press('Escape');
    await editor.locator('textarea').first().focus({ timeout: 5000 });
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.press('Control+C');
    const text = await waitFor(
      () => this.page.evaluate<string>('navigator.clipboard.readText()'),
      (t) => t !== none,
      `the text of ${uri} on the clipboard`,
      5000,
    );
    return `${uri}\n\n${text}`;
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
