// The server's language for an editor whose display language is English (issue 18): Chinese findings by
// default, English with `jixiao.language: "en"` and with `auto` (which follows the client's locale); the first
// findings of a report opened as the editor starts are already in the settings' language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { readExample } from '../helpers.js';
import { messageOf, TestClient } from './client.js';

const R2019 = readExample('2019-湛江市科技局-整体绩效自评报告.md');
const URI = 'file:///reports/2019.md';
const ZH = '标题「年度总体工作和重点工作任务」缺少编号，应为「(二)年度总体工作和重点工作任务」';
const EN = 'Heading “年度总体工作和重点工作任务” has no number; it should read “(二)年度总体工作和重点工作任务”';

/** The heading finding's message once the settings are read. */
async function headingMessage(settings: Record<string, unknown>, want: string): Promise<string> {
  const c = new TestClient({ locale: 'en', settings });
  const heading = (d: Diagnostic[]): string => messageOf(d.find((x) => x.code === 'heading-numbering' && x.range.start.line === 19));
  try {
    await c.initialize();
    await c.open(URI, R2019, 1);
    return heading(await c.diagnosticsWhere(URI, (d) => heading(d) === want, `the heading finding reading ${want}`));
  } finally {
    await c.stop();
  }
}

test('an English workbench gets Chinese findings by default, and with the old value zh-cn', async () => {
  assert.equal(await headingMessage({}, ZH), ZH);
  assert.equal(await headingMessage({ language: 'zh-cn' }, ZH), ZH);
});

test('an English workbench gets English findings with language "en" or "auto"', async () => {
  assert.equal(await headingMessage({ language: 'en' }, EN), EN);
  assert.equal(await headingMessage({ language: 'auto' }, EN), EN);
});

test('a report opened as the editor starts waits for the settings: its first findings are English with "en"', async () => {
  const c = new TestClient({ locale: 'en', settings: { language: 'en' } });
  try {
    await c.initialize();
    const history = c.trackHistory(URI);
    await c.open(URI, R2019, 1);
    await c.diagnosticsWhere(URI, (d) => d.length > 0, 'the first findings');
    const first = history.find((p) => p.diagnostics.length > 0);
    const heading = first?.diagnostics.find((x) => x.code === 'heading-numbering' && x.range.start.line === 19);
    assert.equal(messageOf(heading), EN);
  } finally {
    await c.stop();
  }
});
