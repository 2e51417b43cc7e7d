// What one reload says about its problems (server/src/lsp/problems.ts, settings.ts): one notification
// whatever their number, each item short, the output channel bounded; which path settings are the
// user's own is read only from the key the VS Code client sets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { logLines, notification } from '../../server/src/lsp/problems.js';
import { USER_LEVEL_KEY } from '../../shared/configuration.js';
import { readSettings } from '../../server/src/lsp/settings.js';

const problem = (i: number, long = ''): { zh: string; en: string } => ({ zh: `问题 ${i}${long}`, en: `problem ${i}${long}` });

test('no problem: no notification; one: the problem itself; several: the count and the first three', () => {
  assert.equal(notification([], 'zh'), undefined);
  assert.equal(notification([problem(1)], 'zh'), 'Jixiao 问题 1');
  assert.equal(notification([problem(1)], 'en'), 'Jixiao: problem 1');
  assert.equal(
    notification(
      [1, 2].map((i) => problem(i)),
      'en',
    ),
    'Jixiao: 2 problems in the settings and data files (all of them in the "Jixiao" output): 1) problem 1; 2) problem 2',
  );
  const many =
    notification(
      Array.from({ length: 2000 }, (_, i) => problem(i)),
      'zh',
    ) ?? '';
  assert.match(many, /^Jixiao 设置和数据文件中有 2000 处问题（全部见输出面板“Jixiao”）：1\) 问题 0；2\) 问题 1；3\) 问题 2；另有 1997 处$/);
});

test('an item with a very long path or value is cut, so the notification stays readable', () => {
  const message = notification([problem(1, 'x'.repeat(100_000)), problem(2, 'y'.repeat(100_000))], 'en') ?? '';
  assert.ok(message.length < 1000, `${message.length} characters`);
  assert.match(message, /x…; 2\) problem 2y+…$/);
});

test('the output channel gets the first 100 and a line with how many more', () => {
  const lines = logLines(
    Array.from({ length: 20_000 }, (_, i) => problem(i)),
    'en',
  );
  assert.equal(lines.length, 101);
  assert.equal(lines[99], 'Jixiao: problem 99');
  assert.match(lines[100] ?? '', /^Jixiao: 19900 more problems not listed/);
  assert.equal(logLines([problem(1)], 'zh').length, 1);
});

test('path settings are the user’s own only when the client says so, and only those two', () => {
  assert.deepEqual([...readSettings({ templates: ['/x.json'] }).settings.userLevel], [], 'a client that does not say: workspace level');
  assert.deepEqual([...readSettings({ [USER_LEVEL_KEY]: ['boilerplate', 'rules', 'templates'] }).settings.userLevel].sort(), [
    'boilerplate',
    'templates',
  ]);
  assert.deepEqual([...readSettings({ [USER_LEVEL_KEY]: 'templates' }).settings.userLevel], [], 'not a list: ignored');
});

test('unknown rule ids: one problem with the first five, each cut to 40 characters, and the count', () => {
  const rules = Object.fromEntries<string>([
    ...Array.from({ length: 6 }, (_, i): [string, string] => [`nope-${i}`, 'off']),
    ['z'.repeat(500), 'off'],
    ['doc-number', 'off'],
  ]);
  const { settings, problems } = readSettings({ rules });
  assert.equal(problems.length, 1);
  assert.match(
    problems[0]?.zh ?? '',
    /^设置 jixiao\.rules 中有 7 个规则不存在：“nope-0”、“nope-1”、“nope-2”、“nope-3”、“nope-4”等（可用：/,
  );
  assert.deepEqual(settings.rules, { 'doc-number': 'off' }, 'the known rule still applies');
  const long = readSettings({ rules: { ['z'.repeat(500)]: 'off' } }).problems[0]?.en ?? '';
  assert.match(long, /"z{40}…"/);
});
