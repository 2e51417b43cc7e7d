// End-to-end scenarios in a real VS Code workbench (code-server + headless Chromium). Each asserts
// on what the workbench shows, and leaves a screenshot in test-results/e2e/. Run by `npm run test:e2e`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbench } from './workbench.js';

const root = join(import.meta.dirname, '..', '..');
const examples = join(root, 'examples');
const screenshots = join(root, 'test-results', 'e2e');
const example2019 = join(examples, '2019-湛江市科技局-整体绩效自评报告.md');

/** What the CLI finds in a report: the template it uses and the counts of its findings. */
function cliSummary(file: string): { template: string; errors: number; warnings: number; information: number } {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'jixiao.cjs'), 'check', '--format', 'json', file], { encoding: 'utf8' });
  const out = JSON.parse(r.stdout) as { files: { template: string }[]; summary: { errors: number; warnings: number; information: number } };
  return { template: out.files[0]!.template, ...out.summary };
}

/** A built-in template's display names, full and short, each in Chinese and English. */
function templateNames(id: string): { full: string[]; short: string[] } {
  type Names = { name: { zh: string; en: string }; shortName: { zh: string; en: string } };
  const t = JSON.parse(readFileSync(join(root, 'schemas', 'templates', `${id}.json`), 'utf8')) as Names;
  return { full: [t.name.zh, t.name.en], short: [t.shortName.zh, t.shortName.en] };
}

/** A string of the manifest in English and in Chinese (package.nls*.json). */
function nls(key: string): string[] {
  return ['package.nls.json', 'package.nls.zh-cn.json'].map((f) => (JSON.parse(readFileSync(join(root, f), 'utf8')) as Record<string, string>)[key] as string);
}

const OFFICE_LIBRARY = JSON.stringify({ ...JSON.parse(readFileSync(join(examples, 'jixiao-boilerplate.json'), 'utf8')), $schema: undefined }, null, 2);
/** A library entry without its text: VS Code's JSON service (the schema) and, once it is listed in the settings, the server each say so. */
const BROKEN_LIBRARY = '{\n  "entries": [\n    { "section": "改进措施", "label": "开展绩效自评培训" }\n  ]\n}\n';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const wb = new Workbench({
  root,
  codeServerDir: process.env.JIXIAO_CODE_SERVER_DIR ?? join(root, '.cache', 'e2e', 'code-server-4.99.4'),
  vsix: join(root, 'jixiao.vsix'),
  screenshots,
  files: {
    '2019.md': example2019,
    '2023.md': join(examples, '2023-湛江市科学技术局-整体绩效自评报告.md'),
    '2019-fixed.md': join(examples, '2019-湛江市科技局-整体绩效自评报告-修正稿.md'),
  },
  // the office's boilerplate library (the example's, with the $schema the extension supplies left out)
  texts: { 'office.jixiao-boilerplate.json': OFFICE_LIBRARY, 'team.jixiao-boilerplate.json': BROKEN_LIBRARY },
  workspaceSettings: { 'jixiao.boilerplate': ['office.jixiao-boilerplate.json'] },
});

const scenarios: [string, () => Promise<void>][] = [
  [
    '1-problems: the 2019 example lists its defects in Chinese, with squiggles',
    async () => {
      await wb.openFile('2019.md');
      await wb.page.locator('.squiggly-error').first().waitFor({ timeout: 60000 });
      const rows = await wb.problems();
      const text = rows.join('\n');
      assert.match(text, /缺少章节「\(二\)部门整体支出绩效指标分析」/);
      assert.match(text, /缺少章节「\(三\)部门重点项目支出绩效情况」/);
      assert.match(text, /标题「年度总体工作和重点工作任务」缺少编号/);
      assert.match(text, /标题「\)部门整体支出绩效管理存在问题」的编号残缺/);
      assert.match(text, /文号「湛财绩【2020】6号」不规范/);
      // the status bar names the template and counts the findings
      const status = wb.page.locator('.statusbar-item[id$="jixiao.status"]');
      await status.waitFor({ timeout: 20000 });
      assert.match((await status.getAttribute('aria-label')) ?? '', /5.*6.*1/);
      await wb.goTo(20, 3);
      await wb.screenshot('1-problems');
    },
  ],
  [
    '2-status-bar: the status bar names the template and counts the findings; a click opens the Problems view',
    async () => {
      const expected = cliSummary(example2019);
      const names = templateNames(expected.template);
      await wb.command('View: Hide Panel');
      const problemsPanel = wb.page.locator('.part.panel .markers-panel');
      await problemsPanel.waitFor({ state: 'hidden', timeout: 10000 });
      await wb.openFile('2019.md');
      const status = wb.page.locator('.statusbar-item[id$="jixiao.status"]');
      await status.waitFor({ timeout: 20000 });
      // the counts are the CLI's, each after its icon
      for (const icon of ['error', 'warning', 'info']) assert.equal(await status.locator(`.codicon-${icon}`).count(), 1, `the ${icon} icon`);
      const text = await status.innerText();
      const counts = /(\d+)\D+(\d+)\D+(\d+)\s*$/.exec(text);
      assert.ok(counts, `no counts in the status bar item: ${JSON.stringify(text)}`);
      assert.deepEqual(counts.slice(1).map(Number), [expected.errors, expected.warnings, expected.information], text);
      // the template's short name is on the item, its full name in the tooltip
      assert.match(text, new RegExp(names.short.map(escape).join('|')));
      const named = new RegExp(names.full.map(escape).join('|'));
      assert.match(await wb.hoverText(status, named), named);
      // a click opens the Problems view with this report's findings
      await status.click();
      await problemsPanel.waitFor({ state: 'visible', timeout: 10000 });
      const rows = await problemsPanel.locator('.monaco-list-row').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
      assert.ok(rows.some((r) => r.includes('缺少章节「(二)部门整体支出绩效指标分析」')), rows.join('\n'));
      // the picture: the item with its tooltip above the Problems view
      await wb.page.mouse.move(700, 200);
      await wb.hoverText(status, named);
      await new Promise((r) => setTimeout(r, 300));
      await wb.screenshot('2-status-bar', { x: 0, y: 420, width: 1440, height: 480 });
    },
  ],
  [
    '3-hover: hovering the total shows the computed sum',
    async () => {
      await wb.openFile('2023.md');
      const line = wb.read('2023.md').split('\n').findIndex((l) => l.includes('收入总预算 3232.51'));
      const col = (wb.read('2023.md').split('\n')[line] as string).indexOf('3232.51') + 3;
      await wb.goTo(line + 1, col);
      await wb.command('Show or Focus Hover');
      const hover = wb.page.locator('.monaco-hover-content').filter({ hasText: '组成部分之和' }).first();
      await hover.waitFor({ timeout: 20000 });
      assert.match(await hover.innerText(), /一般公共预算安排拨款 2932\.51 \+ 基金预算拨款 300\.00 = 3232\.51 万元 ✓ 相符/);
      await new Promise((r) => setTimeout(r, 500)); // the hover fades in
      await wb.screenshot('3-hover');
      await wb.page.keyboard.press('Escape');
    },
  ],
  [
    '4-quick-fix: the light bulb inserts the missing section, numbered, and its diagnostic goes',
    async () => {
      await wb.openFile('2019.md');
      const lines = wb.read('2019.md').split('\n');
      const results = lines.findIndex((l) => l.trim() === '三、绩效自评情况');
      await wb.goTo(results + 1, 5);
      await wb.page.keyboard.press('Control+.');
      await wb.page.locator('.action-widget .monaco-list-row', { hasText: '插入章节「部门整体支出绩效指标分析」' }).first().waitFor({ timeout: 20000 });
      await wb.screenshot('4-quick-fix-menu');
      await wb.choose('.action-widget .monaco-list-row', '插入章节「部门整体支出绩效指标分析」');
      await wb.save('2019.md');
      const text = wb.read('2019.md');
      assert.match(text, /自评结果[\s\S]*\n {2}\(二\)部门整体支出绩效指标分析\n\n[\s\S]*\n {2}\)部门整体支出绩效管理存在问题/);
      const rows = await wb.problems();
      assert.ok(!rows.some((r) => r.includes('缺少章节「(二)部门整体支出绩效指标分析」')), rows.join('\n'));
      assert.ok(rows.some((r) => r.includes('缺少章节「(三)部门重点项目支出绩效情况」')));
      await wb.screenshot('4-quick-fix-applied');
    },
  ],
  [
    '5-completion: in 改进措施, Ctrl+Space offers the standard wording, numbered',
    async () => {
      await wb.suggestAtEnd('2023.md', '4、', '4、加强绩效目标管理和运行监控');
      await wb.screenshot('5-completion');
      await wb.choose('.suggest-widget .monaco-list-row', '4、加强绩效目标管理和运行监控');
      await wb.save('2023.md');
      const tail = wb.read('2023.md').slice(-300);
      assert.match(tail, /\n4、加强绩效目标管理和运行监控。科学设置[^\n]+\n?$/, tail);
    },
  ],
  [
    '6-outline: the Outline view shows the numbered sections of a plain-paragraph report',
    async () => {
      await wb.openFile('2019-fixed.md');
      await wb.command('View: Hide Panel');
      await wb.command('Explorer: Focus on Outline View');
      // give the Outline the height the folder tree takes: collapse the folder section
      await wb.page.locator('.pane-header', { hasText: 'WORKSPACE' }).first().click();
      const rows = wb.page.locator('.pane-body .monaco-list-row');
      await rows.filter({ hasText: '三、绩效自评情况' }).first().waitFor({ timeout: 30000 });
      const labels = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
      for (const title of ['一、单位基本情况', '二、自评工作开展情况', '三、绩效自评情况']) {
        assert.ok(labels.some((l) => l.includes(title)), `${title} not in the outline: ${labels.join(' | ')}`);
      }
      assert.ok(labels.some((l) => l.includes('(二)年度总体工作和重点工作任务')), 'sub-sections are nested in the outline');
      await wb.screenshot('6-outline');
    },
  ],
  [
    '7-new-report: the New report command writes a skeleton whose only warnings are the blanks to fill',
    async () => {
      await wb.command('Jixiao: New self-evaluation report');
      const pick = wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'gd-department-overall' }).first();
      await pick.waitFor({ timeout: 20000 });
      await pick.click();
      await wb.page.locator('.tab.active', { hasText: 'Untitled' }).waitFor({ timeout: 20000 });
      await wb.page.locator('.view-line', { hasText: '一、单位基本情况' }).first().waitFor({ timeout: 20000 });
      // the server checks the new document: no structure finding, no error, only the skeleton's blanks
      const groups = (rows: string[]): string[] => rows.filter((r) => /problems? in file/.test(r));
      const findings = (rows: string[]): string[] => rows.filter((r) => !/problems? in file/.test(r));
      const filtered = (r: string[]): boolean => groups(r).length > 0 && groups(r).every((g) => g.includes('Untitled')) && findings(r).length > 0;
      const rows = await wb.problemsFiltered('Untitled', filtered);
      assert.ok(filtered(rows), rows.join('\n'));
      // warnings are the blanks to fill; besides them at most notes (the score is a blank too)
      const warnings = findings(rows).filter((r) => r.startsWith('Warning'));
      assert.ok(warnings.length > 0 && warnings.every((r) => r.includes('还没有填写')), rows.join('\n'));
      assert.deepEqual(findings(rows).filter((r) => r.startsWith('Error')), []);
      assert.equal(await wb.page.locator('.part.editor .squiggly-error').count(), 0);
      await wb.screenshot('7-new-report');
    },
  ],
  [
    '8-crash: a crashed server is restarted, the drafter is told once, and squiggles come back',
    async () => {
      await wb.openFile('2019.md');
      await wb.page.locator('.squiggly-error').first().waitFor({ timeout: 30000 });
      for (let crash = 0; crash < 2; crash++) {
        const killed = wb.killLanguageServer();
        assert.ok(killed > 0, 'the language server process was found');
        await new Promise((r) => setTimeout(r, 3000));
      }
      const toasts = wb.page.locator('.notification-toast', { hasText: 'The Jixiao checker stopped unexpectedly' });
      await toasts.first().waitFor({ timeout: 20000 });
      assert.equal(await toasts.count(), 1, 'told once, not at every crash');
      await wb.screenshot('8-crash');
      // the restarted server checks again: edit the file and the diagnostics follow
      await wb.goTo(20, 3);
      await wb.page.keyboard.type('(二)');
      const deadline = Date.now() + 30000;
      let rows: string[] = [];
      while (Date.now() < deadline) {
        rows = await wb.problems();
        if (!rows.some((r) => r.includes('年度总体工作和重点工作任务」缺少编号')) && rows.some((r) => r.includes('缺少章节'))) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      assert.ok(!rows.some((r) => r.includes('年度总体工作和重点工作任务」缺少编号')), 'the fixed heading is no longer reported');
      assert.ok(rows.some((r) => r.includes('缺少章节')), 'the other findings are back');
    },
  ],
  [
    '9-walkthrough: the Getting Started walkthrough shows its steps; its button runs New report and ticks the step',
    async () => {
      const titles = new RegExp(nls('walkthrough.title').map(escape).join('|'));
      await wb.command('View: Hide Panel');
      await wb.command('Notifications: Clear All Notifications');
      await wb.command('Welcome: Open Walkthrough...');
      const row = wb.page.locator('.quick-input-list .monaco-list-row').filter({ hasText: titles }).first();
      await row.waitFor({ timeout: 20000 });
      await row.click();
      const detail = wb.page.locator('.gettingStartedContainer .gettingStartedSlideDetails');
      await detail.locator('.category-title').filter({ hasText: titles }).first().waitFor({ timeout: 20000 });
      const steps = detail.locator('button.getting-started-step');
      const shown = (await steps.locator('.step-title').allInnerTexts()).map((t) => t.trim());
      const expected = ['create', 'diagnostics', 'fix', 'cli'].map((id) => nls(`walkthrough.${id}.title`));
      assert.equal(shown.length, expected.length, shown.join(' | '));
      shown.forEach((t, i) => assert.ok(expected[i]!.includes(t), `step ${i + 1}: ${t}, expected one of ${expected[i]!.join(' / ')}`));
      // the first step's media is the walkthrough's Markdown page, rendered in a webview
      const deadline = Date.now() + 20000;
      let media = false;
      while (!media && Date.now() < deadline) {
        for (const frame of wb.page.frames()) {
          if (await frame.locator('h2', { hasText: 'Create a report' }).count().catch(() => 0)) media = true;
        }
        if (!media) await new Promise((r) => setTimeout(r, 500));
      }
      assert.ok(media, 'the step media (walkthrough/create.md) is shown');
      // the first step's button runs the New report command (its template choice opens) and ticks the step
      const label = new RegExp(`^(${nls('command.newReport').map(escape).join('|')})$`);
      await steps.first().locator('button, a, [role="button"]').filter({ hasText: label }).first().click();
      await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'gd-department-overall' }).first().waitFor({ timeout: 20000 });
      await wb.page.keyboard.press('Escape');
      await steps.first().and(wb.page.locator('[aria-checked="true"]')).waitFor({ timeout: 10000 });
      await steps.first().locator('.codicon-getting-started-step-checked').waitFor({ timeout: 5000 });
      await wb.screenshot('9-walkthrough');
    },
  ],
  [
    '10-boilerplate: the office library is offered in 改进措施; a broken library file is marked by the schema and by the server',
    async () => {
      await wb.command('Notifications: Clear All Notifications');
      const office = '5、压实资金使用主体责任';
      await wb.suggestAtEnd('2023.md', '5、', office);
      await wb.screenshot('10-boilerplate-completion');
      await wb.choose('.suggest-widget .monaco-list-row', office);
      await wb.save('2023.md');
      assert.match(wb.read('2023.md').slice(-300), /\n5、压实资金使用主体责任。明确每个项目的责任科室和责任人/);
      // a second library, broken, is added to the folder's settings while VS Code runs
      wb.write('.vscode/settings.json', JSON.stringify({ 'jixiao.boilerplate': ['office.jixiao-boilerplate.json', 'team.jixiao-boilerplate.json'] }));
      await wb.openFile('team.jixiao-boilerplate.json');
      const marked = (rows: string[]): boolean => rows.some((r) => /Missing property "text"/.test(r)) && rows.some((r) => r.includes('entries[0].text'));
      const rows = await wb.problemsFiltered('team.jixiao-boilerplate', marked, '10-boilerplate-broken');
      assert.ok(marked(rows), `the schema's and the server's findings on the broken library, in:\n${rows.join('\n')}`);
    },
  ],
];

/** With JIXIAO_E2E_DOCS=1 the screenshots shown in the README are refreshed from this run. */
const DOC_IMAGES: Record<string, string> = {
  '1-problems': 'problems.png',
  '4-quick-fix-menu': 'quick-fix.png',
  '5-completion': 'completion.png',
  '3-hover': 'hover.png',
  '6-outline': 'outline.png',
  '2-status-bar': 'status-bar.png',
  '9-walkthrough': 'walkthrough.png',
};

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void wb.close().finally(() => process.exit(130));
  });
}

let passed = 0;
let failed = 0;
try {
  await wb.start();
  for (const [name, run] of scenarios) {
    try {
      await run();
      passed++;
      console.log(`✔ ${name}`);
    } catch (e) {
      failed++;
      console.log(`✖ ${name}\n  ${(e as Error).stack ?? String(e)}`);
      await wb.screenshot(`FAILED-${name.split(':')[0]}`).catch(() => undefined);
      await wb.page.keyboard.press('Escape').catch(() => undefined);
    }
  }
} catch (e) {
  failed++;
  console.log(`✖ the workbench could not be started: ${(e as Error).stack ?? String(e)}\n${wb.log}`);
} finally {
  await wb.close();
}
if (process.env.JIXIAO_E2E_DOCS === '1' && failed === 0) {
  mkdirSync(join(root, 'docs', 'images'), { recursive: true });
  for (const [shot, image] of Object.entries(DOC_IMAGES)) copyFileSync(join(screenshots, `${shot}.png`), join(root, 'docs', 'images', image));
  console.log('copied the screenshots to docs/images/');
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
