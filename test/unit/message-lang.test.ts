// The language Jixiao speaks (issue 18): Chinese for everyone unless `jixiao.language` says `en`; `auto`
// follows the editor's display language; a `zh-cn` written before session 13 keeps Chinese. The client
// decides it in one module, and translates its own strings there, whatever VS Code's display language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import { messageLang } from '../../shared/message-lang.js';
import { translate } from '../../client/src/translate.js';
import { OPTIONS } from '../../server/src/engine/options.js';

test('Chinese by default, whatever the display language; English only when asked for', () => {
  assert.equal(OPTIONS.language.default, 'zh-cn');
  for (const display of ['en', 'en-us', 'zh-cn', 'zh-tw', 'de', undefined]) {
    assert.equal(messageLang(OPTIONS.language.default, display), 'zh', `display ${display}`);
    assert.equal(messageLang(undefined, display), 'zh', `no setting, display ${display}`);
    assert.equal(messageLang('zh-cn', display), 'zh', `the old value zh-cn, display ${display}`);
    assert.equal(messageLang('en', display), 'en', `en, display ${display}`);
  }
});

test('auto follows the display language, Chinese when the editor does not say', () => {
  assert.equal(messageLang('auto', 'en'), 'en');
  assert.equal(messageLang('auto', 'en-GB'), 'en');
  assert.equal(messageLang('auto', 'de'), 'en');
  assert.equal(messageLang('auto', 'zh-CN'), 'zh');
  assert.equal(messageLang('auto', 'zh-tw'), 'zh');
  assert.equal(messageLang('auto', undefined), 'zh');
});

test('a client string in Chinese or English, its arguments in place', () => {
  const message = 'Jixiao: checked as “{0}” ({1}): {2}. A report because {3}. Click to open the Problems view.';
  const args = ['部门整体支出绩效自评报告', 'gd-department-overall', '提纲相符', '标题含“自评报告”'];
  assert.equal(
    translate('zh', message, args),
    'Jixiao：按“部门整体支出绩效自评报告”（gd-department-overall）检查：提纲相符。判为自评报告：标题含“自评报告”。单击打开“问题”视图。',
  );
  assert.equal(
    translate('en', message, args),
    'Jixiao: checked as “部门整体支出绩效自评报告” (gd-department-overall): 提纲相符. A report because 标题含“自评报告”. Click to open the Problems view.',
  );
  assert.equal(translate('zh', 'line {0}: {1}', [12, '缺少章节']), '第 12 行：缺少章节');
  // made-up: a string without a translation stays English; a placeholder without its argument stays as written
  assert.equal(translate('zh', 'made-up text {0} {1}', ['a']), 'made-up text a {1}');
});

test("no client file reads VS Code's display language or vscode.l10n but client/src/lang.ts", () => {
  const dir = join(ROOT, 'client', 'src');
  const readers = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'lang.ts')
    .filter((f) => /vscode\.env\.language|vscode\.l10n/.test(readFileSync(join(dir, f), 'utf8')));
  assert.deepEqual(readers, []);
});
