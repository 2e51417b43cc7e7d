// The server's settings are read through the option definitions (server/src/engine/options.ts): a
// value of the wrong type or out of range falls back to the option's default with a problem that
// names the setting, the value and what it should be (zh first, then English); in a list or a map
// only the bad items are left out; an absent or null value is the default, silently.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OPTIONS } from '../../server/src/engine/index.js';
import { DEFAULT_SETTINGS, readSettings } from '../../server/src/lsp/settings.js';
import { TRUSTED_KEY } from '../../shared/configuration.js';

test('each option of the wrong type or out of range: its default, and a problem naming setting, value and range', () => {
  const cases: [string, unknown, RegExp, RegExp][] = [
    [
      'enable',
      'yes',
      /^设置 jixiao\.enable 应为 true 或 false，而不是 "yes"，已使用默认值 true$/,
      /^jixiao\.enable must be true or false, not "yes"; using true$/,
    ],
    [
      'language',
      'fr',
      /^设置 jixiao\.language 应为 zh-cn \/ en \/ auto 之一，而不是 "fr"/,
      /must be one of zh-cn, en, auto, not "fr"; using "zh-cn"$/,
    ],
    [
      'maxDocumentSize',
      0,
      /^设置 jixiao\.maxDocumentSize 应为 大于 0 的数字，而不是 0，已使用默认值 10$/,
      /must be a number above 0, not 0; using 10$/,
    ],
    [
      'executionThreshold',
      150,
      /^设置 jixiao\.executionThreshold 应为 0–100 的数字，而不是 150，已使用默认值 90$/,
      /must be a number from 0 to 100, not 150; using 90$/,
    ],
    ['executionThreshold', '90', /而不是 "90"/, /not "90"/],
    [
      'defaultTemplate',
      '',
      /^设置 jixiao\.defaultTemplate 应为 非空字符串/,
      /must be a non-empty string, not ""; using "gd-department-overall"$/,
    ],
    ['templates', 'a.json', /^设置 jixiao\.templates 应为 列表，每项为非空字符串/, /must be a list, each item a non-empty string/],
    ['rules', ['doc-number'], /^设置 jixiao\.rules 应为 对象/, /must be an object/],
  ];
  for (const [key, value, zh, en] of cases) {
    const { settings, problems } = readSettings({ [key]: value });
    assert.equal(problems.length, 1, `${key}: ${JSON.stringify(value)}`);
    assert.match(problems[0]?.zh ?? '', zh);
    assert.match(problems[0]?.en ?? '', en);
    assert.deepEqual(
      settings[key as keyof typeof OPTIONS],
      OPTIONS[key as keyof typeof OPTIONS].default,
      `${key} falls back to its default`,
    );
  }
});

test('valid values are taken as given', () => {
  const raw = {
    enable: false,
    language: 'en',
    maxDocumentSize: 0.5,
    executionThreshold: 0,
    defaultTemplate: 'transfer-payment',
    templates: ['a.json'],
    rules: { 'doc-number': 'hint' },
    previousReport: 'archive/2023.md',
  };
  const { settings, problems } = readSettings(raw);
  assert.deepEqual(problems, []);
  const { userLevel: _, trusted, ...values } = settings;
  assert.deepEqual(values, { ...raw, boilerplate: [], region: '' });
  assert.equal(trusted, true, 'a client that does not say trusts the folders it opened');
});

test('the client says the workspace is untrusted: project config files are not read', () => {
  assert.equal(readSettings({ [TRUSTED_KEY]: false }).settings.trusted, false);
  assert.equal(readSettings({ [TRUSTED_KEY]: true }).settings.trusted, true);
});

test('a list keeps its good items; each bad one is named with its position', () => {
  const { settings, problems } = readSettings({ templates: ['a.json', '', 3, 'b.json'] });
  assert.deepEqual(settings.templates, ['a.json', 'b.json']);
  assert.deepEqual(
    problems.map((p) => p.en),
    ['jixiao.templates item 2, "", is not a non-empty string; left out', 'jixiao.templates item 3, 3, is not a non-empty string; left out'],
  );
  assert.match(problems[0]?.zh ?? '', /^设置 jixiao\.templates 的第 2 项 "" 无效，应为 非空字符串，已忽略$/);
});

test('absent and null values are the defaults, without a problem; the defaults are not shared between reads', () => {
  const { settings, problems } = readSettings({ rules: null, templates: null, executionThreshold: null, language: null });
  assert.deepEqual(problems, []);
  assert.deepEqual(settings, DEFAULT_SETTINGS);
  settings.templates.push('x.json');
  (settings.rules as Record<string, string>)['doc-number'] = 'off';
  assert.deepEqual(readSettings({}).settings.templates, []);
  assert.deepEqual(readSettings({}).settings.rules, {});
  assert.deepEqual(DEFAULT_SETTINGS.templates, []);
});
