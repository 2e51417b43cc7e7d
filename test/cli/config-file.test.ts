// The project config file on the command line (issue 17 §1): each report is checked with its nearest
// `.jixiaorc.json` / `jixiao.config.json`, flags on top; a broken config in a subfolder is one line on
// stderr and its reports are checked with the defaults; `extends` by path and by package; `jixiao config
// --print` says where each option came from. The config files are made up.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import { R2019, run } from './run.js';

const MADE_UP = join(ROOT, 'examples', '示例单位-2024-培训项目支出绩效自评报告-虚构.md');

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-config-cli-'));
  const put = (path: string, text: string): void => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  // the office's config: pasted-debris off, a stricter execution threshold (a rate below 100 % needs a reason)
  put('.jixiaorc.json', '{\n  // made up\n  "rules": { "pasted-debris": "off" },\n  "executionThreshold": 100,\n}\n');
  copyFileSync(R2019, join(dir, 'a.md'));
  copyFileSync(MADE_UP, join(dir, 'b.md'));
  // a subfolder whose config is cut short: its reports use the defaults (not the office's file either)
  put('broken/.jixiaorc.json', '{ "rules": { "pasted-debris": "off" ');
  // a default template that does not exist, and a template file that is no template: said, the rest applies
  put('odd/.jixiaorc.json', '{ "defaultTemplate": "no-such-made-up-template", "templates": ["t.json"], "rules": { "doc-number": "off" } }');
  put('odd/t.json', '{ "id": "x" }');
  copyFileSync(R2019, join(dir, 'broken', 'a.md'));
  // extends: unit → ../shared/base.json → the made-up bureau's package
  put(
    'chain/node_modules/@made-up-bureau/jixiao-config/jixiao.config.json',
    '{ "rules": { "heading-numbering": "off", "doc-number": "off" } }',
  );
  put('chain/shared/base.json', '{ "extends": "@made-up-bureau/jixiao-config", "rules": { "doc-number": "warning" } }');
  put('chain/unit/jixiao.config.json', '{ "extends": "../shared/base.json", "rules": { "missing-section": "off" } }');
  copyFileSync(R2019, join(dir, 'chain', 'unit', 'a.md'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

interface Json {
  files: { path: string; findings: { ruleId: string; severity: string }[] }[];
}
const rulesOf = (json: Json, path: string): string[] => json.files.find((f) => f.path === path)?.findings.map((f) => f.ruleId) ?? [];
const severityOf = (json: Json, path: string, rule: string): string | undefined =>
  json.files.find((f) => f.path === path)?.findings.find((f) => f.ruleId === rule)?.severity;

test('the folder config turns a rule off and raises the execution threshold; --no-config and flags go over it', () => {
  const r = run(['check', '--format', 'json', 'a.md', 'b.md'], dir);
  const json = JSON.parse(r.out) as Json;
  assert.equal(r.err, '');
  assert.ok(!rulesOf(json, 'a.md').includes('pasted-debris'));
  assert.ok(rulesOf(json, 'a.md').includes('heading-numbering'));
  assert.ok(rulesOf(json, 'b.md').includes('table-low-rate'), 'threshold 100: a rate below it needs a reason');
  const plain = JSON.parse(run(['check', '--format', 'json', '--no-config', 'a.md', 'b.md'], dir).out) as Json;
  assert.ok(rulesOf(plain, 'a.md').includes('pasted-debris'));
  assert.ok(!rulesOf(plain, 'b.md').includes('table-low-rate'));
  const flags = JSON.parse(
    run(['check', '--format', 'json', '--rule', 'pasted-debris=hint', '--execution-threshold', '90', 'a.md', 'b.md'], dir).out,
  ) as Json;
  assert.equal(severityOf(flags, 'a.md', 'pasted-debris'), 'hint');
  assert.ok(!rulesOf(flags, 'b.md').includes('table-low-rate'));
});

test('a broken config in a subfolder: one line naming it, the batch goes on, its reports use the defaults', () => {
  const r = run(['check', '--format', 'json', '.'], dir);
  const lines = r.err.trim().split('\n');
  assert.equal(lines.length, 1, r.err);
  assert.match(lines[0] as string, /broken[/\\]\.jixiaorc\.json:1:\d+: 不是有效的 JSON.*整个文件未使用/);
  const json = JSON.parse(r.out) as Json;
  assert.ok(rulesOf(json, 'broken/a.md').includes('pasted-debris'), 'the defaults, not the office config above');
  assert.ok(!rulesOf(json, 'a.md').includes('pasted-debris'));
  assert.equal(json.files.length, 4);
});

test('a default template that does not exist and a broken template file: one line each, the rest of the config applies', () => {
  copyFileSync(R2019, join(dir, 'odd', 'a.md'));
  try {
    const r = run(['check', '--lang', 'en', '--format', 'json', 'odd/a.md'], dir);
    const lines = r.err.trim().split('\n');
    assert.equal(lines.length, 2, r.err);
    assert.match(lines[0] as string, /odd[/\\]\.jixiaorc\.json: broken template ignored: .*t\.json/);
    assert.match(lines[1] as string, /defaultTemplate names no template "no-such-made-up-template"/);
    assert.ok(!rulesOf(JSON.parse(r.out) as Json, 'odd/a.md').includes('doc-number'));
  } finally {
    rmSync(join(dir, 'odd', 'a.md'));
  }
});

test('a batch large enough for worker threads: every file gets its folder config in the workers too', () => {
  const many = mkdtempSync(join(tmpdir(), 'jixiao-config-many-'));
  try {
    writeFileSync(join(many, '.jixiaorc.json'), '{ "rules": { "pasted-debris": "off" } }');
    for (let i = 0; i < 40; i++) copyFileSync(R2019, join(many, `r${i}.md`));
    const json = JSON.parse(run(['check', '--format', 'json', '.'], many).out) as Json;
    assert.equal(json.files.length, 40);
    assert.deepEqual(
      json.files.filter((f) => f.findings.some((x) => x.ruleId === 'pasted-debris')).map((f) => f.path),
      [],
    );
    assert.ok(json.files.every((f) => f.findings.some((x) => x.ruleId === 'heading-numbering')));
  } finally {
    rmSync(many, { recursive: true, force: true });
  }
});

test('extends: a path, then a package; rules merged rule by rule, the nearest file on top', () => {
  const json = JSON.parse(run(['check', '--format', 'json', 'chain/unit/a.md'], dir).out) as Json;
  const rules = rulesOf(json, 'chain/unit/a.md');
  assert.ok(!rules.includes('heading-numbering'), 'off in the package');
  assert.ok(!rules.includes('missing-section'), 'off in the unit file');
  assert.equal(severityOf(json, 'chain/unit/a.md', 'doc-number'), 'warning', 'the package says off, base.json warning');
  assert.ok(rules.includes('pasted-debris'), 'the office config is not the nearest: not used');
});

test('config --print: each option with its value and where it came from', () => {
  const r = run(['config', '--print', '--lang', 'en', '--rule', 'ratio=off', 'chain/unit/a.md'], dir);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /config file: .*chain[/\\]unit[/\\]jixiao\.config\.json/);
  assert.match(r.out, /extends: .*base\.json, .*@made-up-bureau[/\\]jixiao-config[/\\]jixiao\.config\.json/);
  assert.match(
    r.out,
    /rules +\{"heading-numbering":"off","doc-number":"warning","missing-section":"off","ratio":"off"\} +← .*jixiao\.config\.json \+ --rule/,
  );
  assert.match(r.out, /executionThreshold +90 +← default/);
  const json = JSON.parse(run(['config', '--print', '--format', 'json', 'a.md'], dir).out) as {
    options: Record<string, { value: unknown; from: string[] }>;
  };
  assert.deepEqual(json.options.executionThreshold, { value: 100, from: [join(dir, '.jixiaorc.json')] });
  assert.equal(run(['config', 'a.md'], dir).code, 2);
});

test('ignores: the reports a walk or a glob finds are left out, from the file and what it extends; a file named is checked', () => {
  const project = mkdtempSync(join(tmpdir(), 'jixiao-ignores-cli-'));
  try {
    mkdirSync(join(project, '草稿'));
    mkdirSync(join(project, 'sub'));
    // made up: the office's file ignores its drafts folder, the base it extends any 模板 file, anywhere below
    writeFileSync(join(project, '.jixiaorc.json'), '{ "extends": "./base.json", "ignores": ["草稿/"] }');
    writeFileSync(join(project, 'base.json'), '{ "ignores": ["**/*模板*.md"] }');
    for (const f of ['a.md', '草稿/a.md', 'sub/2024模板.md']) copyFileSync(R2019, join(project, f));
    const paths = (args: string[]): string[] =>
      (JSON.parse(run(['check', '--format', 'json', ...args], project).out) as Json).files.map((f) => f.path);
    assert.deepEqual(paths(['.']), ['a.md']);
    assert.deepEqual(paths(['**/*.md']), ['a.md']);
    assert.deepEqual(paths(['草稿/a.md']), ['草稿/a.md']);
    assert.deepEqual(paths(['--no-config', '.']).sort(), ['a.md', 'sub/2024模板.md', '草稿/a.md'].sort());
    const print = run(['config', '--print', 'a.md'], project);
    assert.ok(print.out.includes('  不检查（ignores）: **/*模板*.md, 草稿/\n'), print.out); // what it extends first
    // a value that is no list of patterns: said once, nothing ignored
    writeFileSync(join(project, 'base.json'), '{ "ignores": "草稿/" }');
    writeFileSync(join(project, '.jixiaorc.json'), '{ "extends": "./base.json" }');
    const r = run(['check', '--format', 'json', '.'], project);
    assert.match(r.err, /ignores 应为模式的列表|ignores must be a list of patterns/);
    assert.equal((JSON.parse(r.out) as Json).files.length, 3);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});
