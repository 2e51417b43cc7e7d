// The reviewer's summary page (jixiao check --format html -o 审核汇总.html), opened from disk in a real headless
// Chromium: a row per submission (the examples, the fixtures, a GBK file, a .docx, a non-report, a binary file,
// two made-up near-identical reports, one made-up report whose name and text hold markup), sorted, filtered and
// expanded, the DOM read back. With UPDATE_SCREENSHOT=1 it also writes docs/images/summary-page.png for the README.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from '../helpers.js';
import { madeUpSubmission, MADE_UP_PROBLEMS } from '../made-up-submission.js';
import { run } from './run.js';

/** The same Chromium as the end-to-end suite (test/e2e/workbench.ts); CI installs it (scripts/e2e/install.sh) before npm test. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const XSS_NAME = '<img src=x onerror="window.__pwned=1">.md';
const XSS_TEXT = '<script>window.__pwned = 2</script>';

/** GBK bytes for text whose characters GBK has: its two-byte forms read back from the decoder (Node has no GBK encoder). */
function gbk(text: string): Buffer {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    const form = code < 0x80 ? [code] : table.get(ch);
    assert.ok(form, `no GBK form for ${ch}`);
    bytes.push(...form);
  }
  return Buffer.from(bytes);
}

let tmp: string;
let page: string;
let browser: Browser | undefined;
let code: number;
const submissions = (): string => join(tmp, 'submissions');

before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'jixiao-html-'));
  const dir = submissions();
  mkdirSync(dir);
  for (const f of readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.md')))
    copyFileSync(join(ROOT, 'examples', f), join(dir, f));
  for (const f of ['2019-markdown-headings.md', '2023-plain.md']) copyFileSync(join(ROOT, 'test', 'fixtures', f), join(dir, f));
  writeFileSync(join(dir, 'gbk-虚构县丙镇人民政府.md'), gbk(madeUpSubmission('虚构县丙镇人民政府', '无。')));
  writeFileSync(join(dir, '虚构县甲镇-made-up.md'), madeUpSubmission('虚构县甲镇人民政府', MADE_UP_PROBLEMS));
  writeFileSync(
    join(dir, '虚构县乙镇-made-up.md'),
    madeUpSubmission('虚构县乙镇人民政府', MADE_UP_PROBLEMS.replace('年中调整较多', '年中追加较多')),
  );
  writeFileSync(join(dir, XSS_NAME), madeUpSubmission('虚构县丁镇人民政府', `无。${XSS_TEXT}`, `${XSS_TEXT}</pre><b>made up</b>`));
  writeFileSync(join(dir, '会议记录.md'), '# 会议记录\n\n随便写的几句话（made up）。\n');
  writeFileSync(join(dir, 'scan.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  const exported = run([
    'export',
    join(dir, '示例单位-2024-培训项目支出绩效自评报告-虚构.md'),
    '-o',
    join(dir, '示例单位-导出.docx'),
    '--force',
  ]);
  assert.equal(exported.code, 0, exported.err);
  const r = run(['check', 'submissions', '--format', 'html', '-o', '审核汇总.html'], tmp);
  code = r.code;
  page = join(tmp, '审核汇总.html');
});
after(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('the summary page, as written', () => {
  test('-o writes the page and says so; the exit code is the batch’s (5: a file could not be read)', () => {
    assert.equal(code, 5);
    assert.ok(existsSync(page));
  });

  test('self-contained: no external resource; markup from a file name or a report is escaped', () => {
    const html = readFileSync(page, 'utf8');
    assert.doesNotMatch(html, /\b(src|href)=["']?(https?:)?\/\//);
    assert.doesNotMatch(html, /<img src=x/);
    assert.doesNotMatch(html, /<script>window\.__pwned/);
    assert.equal((html.match(/<script/g) ?? []).length, 2, 'the data and the page’s own script, nothing else');
  });

  test('without -o the page goes to stdout; --lang en writes it in English', () => {
    const r = run(['check', join(ROOT, 'examples', '2023-湛江市科学技术局-整体绩效自评报告.md'), '--format', 'html', '--lang', 'en']);
    assert.match(r.out, /^<!doctype html>\n<html lang="en">/);
    assert.match(r.out, /Self-evaluation reports: review summary/);
  });

  test('the JSON format carries the same facts and the notes across the batch', () => {
    const json = JSON.parse(run(['check', 'submissions', '--format', 'json'], tmp).out) as {
      files: { path: string; facts?: { unit?: string; score: unknown }; batch?: { kind: string; other: string }[] }[];
      summary: { batchFlagged: number };
    };
    const jia = json.files.find((f) => f.path.endsWith('虚构县甲镇-made-up.md'));
    assert.equal(jia?.facts?.unit, '虚构县甲镇人民政府');
    assert.deepEqual(jia?.facts?.score, { stated: 95, computed: 101 });
    assert.deepEqual(
      jia?.batch?.map((b) => b.kind),
      ['similar-problems'],
    );
    assert.equal(json.summary.batchFlagged, 2);
  });
});

describe('the summary page in headless Chromium', () => {
  let tab: Page;
  // the page's DOM is read by expressions run in it (the tests are typed without the DOM library)
  const rows = (): Promise<string[]> =>
    tab.evaluate<string[]>(`[...document.querySelectorAll('#rows tr.row')].map((tr) => tr.dataset.path)`);
  const cellOf = (path: string, key: string): Promise<string> =>
    tab.evaluate<string>(`(() => {
      const keys = [...document.querySelectorAll('#head th')].map((th) => th.dataset.key);
      const tr = [...document.querySelectorAll('#rows tr.row')].find((r) => r.dataset.path === ${JSON.stringify(path)});
      return tr?.children[keys.indexOf(${JSON.stringify(key)})]?.textContent ?? '';
    })()`);

  before(async () => {
    if (!existsSync(CHROMIUM)) return;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    tab = await browser.newPage({ viewport: { width: 1400, height: 800 }, locale: 'zh-CN' });
    const requests: string[] = [];
    tab.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    await tab.goto(pathToFileURL(page).href);
    await tab.waitForSelector('#rows tr.row');
    assert.deepEqual(requests, [], 'no network');
  });

  test('a row per file: each report, the non-report, the .docx, the GBK file and the unreadable one', async (t) => {
    if (!browser) return t.skip(`no Chromium at ${CHROMIUM} (CI installs it: scripts/e2e/install.sh; or set CHROMIUM_PATH)`);
    const paths = await rows();
    assert.equal(paths.length, 13);
    assert.ok(paths.includes('submissions/scan.md'));
    assert.equal(await cellOf('submissions/scan.md', 'status'), '无法读取');
    assert.equal(await cellOf('submissions/会议记录.md', 'status'), '否（未检查）');
    assert.equal(await cellOf('submissions/示例单位-导出.docx', 'office'), 'docx');
    assert.equal(await cellOf('submissions/gbk-虚构县丙镇人民政府.md', 'unit'), '虚构县丙镇人民政府');
    assert.equal(await cellOf('submissions/虚构县甲镇-made-up.md', 'score'), '95 / 101');
    assert.equal(await cellOf('submissions/虚构县甲镇-made-up.md', 'execution'), '95 / 90');
  });

  test('markup in a file name and in a report is shown as text and never runs', async (t) => {
    if (!browser) return t.skip(`no Chromium at ${CHROMIUM}`);
    assert.equal(await tab.evaluate<unknown>('window.__pwned'), undefined);
    assert.ok((await rows()).includes(`submissions/${XSS_NAME}`));
    assert.equal(await tab.locator('#rows img, #rows b').count(), 0);
  });

  test('a click on a header sorts by it, a second click reverses', async (t) => {
    if (!browser) return t.skip(`no Chromium at ${CHROMIUM}`);
    await tab.click('th[data-key="error"]');
    const errors = async (): Promise<number[]> => Promise.all((await rows()).map(async (p) => Number(await cellOf(p, 'error'))));
    const up = await errors();
    assert.deepEqual(
      up,
      [...up].sort((a, b) => a - b),
    );
    await tab.click('th[data-key="error"]');
    const down = await errors();
    assert.deepEqual(
      down,
      [...down].sort((a, b) => b - a),
    );
    assert.ok((down[0] ?? 0) > 0);
    assert.equal(await tab.getAttribute('th[data-key="error"]', 'aria-sort'), 'descending');
  });

  test('the text box and the selects filter the rows', async (t) => {
    if (!browser) return t.skip(`no Chromium at ${CHROMIUM}`);
    await tab.fill('#filter', '虚构县');
    assert.equal((await rows()).length, 4);
    await tab.fill('#filter', '');
    await tab.selectOption('#recognition', 'batch');
    assert.deepEqual((await rows()).sort(), ['submissions/虚构县乙镇-made-up.md', 'submissions/虚构县甲镇-made-up.md']);
    await tab.selectOption('#recognition', 'other');
    assert.deepEqual((await rows()).sort(), ['submissions/scan.md', 'submissions/会议记录.md']);
    await tab.selectOption('#recognition', '');
    await tab.selectOption('#severity', 'error');
    for (const p of await rows()) assert.ok(Number(await cellOf(p, 'error')) > 0, p);
    await tab.selectOption('#severity', '');
    assert.equal((await rows()).length, 13);
  });

  test('a click on a row opens its findings, each with the lines around it and its span marked', async (t) => {
    if (!browser) return t.skip(`no Chromium at ${CHROMIUM}`);
    await tab.click('tr.row[data-path="submissions/虚构县甲镇-made-up.md"]');
    const detail = await tab.evaluate<{ batch: string[]; findings: { where: string; lines: number[]; marked: string }[] }>(`(() => {
      const d = document.querySelector('tr.detail');
      return {
        batch: [...d.querySelectorAll('.batch-note')].map((n) => n.textContent),
        findings: [...d.querySelectorAll('.finding')].map((f) => ({
          where: f.querySelector('.where')?.textContent ?? '',
          lines: [...f.querySelectorAll('pre .ln')].map((l) => Number(l.textContent)),
          marked: f.querySelector('pre mark')?.textContent ?? '',
        })),
      };
    })()`);
    assert.match(detail.batch[0] ?? '', /虚构县乙镇-made-up\.md.*相似度/);
    const total = detail.findings.find((f) => f.marked === '95' && f.lines.length === 5);
    assert.ok(total, JSON.stringify(detail.findings.slice(0, 3)));
    const line = Number(/:(\d+):\d+$/.exec(total.where)?.[1]);
    assert.deepEqual(total.lines, [line - 2, line - 1, line, line + 1, line + 2]);
    if (process.env.UPDATE_SCREENSHOT === '1') await tab.screenshot({ path: join(ROOT, 'docs', 'images', 'summary-page.png') });
    await tab.click('tr.row[data-path="submissions/虚构县甲镇-made-up.md"]');
    assert.equal(await tab.locator('tr.detail').count(), 0);
  });
});
