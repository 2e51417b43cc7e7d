// The project config file reader (server/src/config/): made-up config files in a temporary folder.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigCache } from '../../server/src/config/cache.js';
import { findConfigFile } from '../../server/src/config/find.js';
import { readConfig } from '../../server/src/config/read.js';

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'jixiao-config-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

describe('project config file', () => {
  test('JSONC (comments, trailing commas) is read, values checked through the options', () => {
    const root = folder({ '.jixiaorc.json': '{\n  // made-up\n  "rules": { "pasted-debris": "off", },\n  "executionThreshold": 80,\n}' });
    const c = readConfig(join(root, '.jixiaorc.json'));
    assert.deepEqual(c.problems, []);
    assert.deepEqual(c.values, { rules: { 'pasted-debris': 'off' }, executionThreshold: 80 });
    assert.equal(c.sources.executionThreshold, join(root, '.jixiaorc.json'));
  });

  test('an unknown key, a bad value, an unknown rule: each a problem at its line, the rest applies', () => {
    const root = folder({
      'jixiao.config.json':
        '{\n  "executionTreshold": 80,\n  "region": 5,\n' +
        '  "rules": { "no-such-rule": "off", "ratio": "loud", "headcount": "hint" },\n  "maxDocumentSize": 2\n}',
    });
    const c = readConfig(join(root, 'jixiao.config.json'));
    assert.deepEqual(c.values, { rules: { headcount: 'hint' }, maxDocumentSize: 2 });
    const said = c.problems.map((p) => `${p.at?.line}: ${p.en}`);
    assert.equal(said.length, 4, said.join('\n'));
    assert.match(said[0] as string, /^2: "executionTreshold" is no option/);
    assert.match(said[1] as string, /^3: region must be /);
    assert.match(said[2] as string, /^4: rules names an unknown rule "no-such-rule"/);
    assert.match(said[3] as string, /^4: rules\.ratio must be one of error, warning/);
  });

  test('a file that is not JSON, or not an object, applies nothing and says why', () => {
    const root = folder({ 'a/.jixiaorc.json': '{ "rules": ', 'b/.jixiaorc.json': '[1]' });
    const a = readConfig(join(root, 'a/.jixiaorc.json'));
    assert.deepEqual(a.values, {});
    assert.match(a.problems[0]?.en ?? '', /not valid JSON.*the file is not used/);
    assert.match(readConfig(join(root, 'b/.jixiaorc.json')).problems[0]?.en ?? '', /must be a JSON object/);
    const dir = readConfig(root); // a folder by that name
    assert.match(dir.problems[0]?.en ?? '', /not a regular file/);
  });

  test('paths are resolved from the config file folder', () => {
    const root = folder({ 'office/.jixiaorc.json': '{ "templates": ["tpl/mine.json", "/abs/t.json"] }' });
    assert.deepEqual(readConfig(join(root, 'office/.jixiaorc.json')).values.templates, [join(root, 'office/tpl/mine.json'), '/abs/t.json']);
  });

  test('the nearest file wins, .jixiaorc.json before jixiao.config.json; none up to the root is none', () => {
    const root = folder({
      '.jixiaorc.json': '{}',
      'sub/jixiao.config.json': '{}',
      'sub/.jixiaorc.json': '{}',
      'sub/deeper/x.md': '',
    });
    const memo = new Map<string, string | undefined>();
    assert.equal(findConfigFile(join(root, 'sub/deeper'), memo), join(root, 'sub/.jixiaorc.json'));
    assert.equal(memo.get(join(root, 'sub/deeper')), join(root, 'sub/.jixiaorc.json'));
    assert.equal(findConfigFile(join(root, 'other'), memo), join(root, '.jixiaorc.json'));
    assert.equal(new ConfigCache().forFolder(join(root, 'sub/deeper')).file, join(root, 'sub/.jixiaorc.json'));
  });

  test('extends: a path and a package, rules merged by rule, lists added, the file on top', () => {
    const root = folder({
      'node_modules/@made-up-bureau/jixiao-config/jixiao.config.json':
        '{ "rules": { "ratio": "off", "headcount": "off" }, "templates": ["bureau-template.json"], "executionThreshold": 85 }',
      'base.json': '{ "extends": "@made-up-bureau/jixiao-config", "region": "广东" }',
      'unit/.jixiaorc.json': '{ "extends": "../base.json", "rules": { "headcount": "warning" }, "templates": ["own.json"] }',
    });
    const c = readConfig(join(root, 'unit/.jixiaorc.json'));
    assert.deepEqual(c.problems, []);
    const pkg = join(root, 'node_modules/@made-up-bureau/jixiao-config');
    assert.deepEqual(c.values, {
      rules: { ratio: 'off', headcount: 'warning' },
      templates: [join(pkg, 'bureau-template.json'), join(root, 'unit/own.json')],
      executionThreshold: 85,
      region: '广东',
    });
    assert.equal(c.sources.executionThreshold, join(pkg, 'jixiao.config.json'));
    assert.equal(c.sources.region, join(root, 'base.json'));
    assert.equal(c.files.length, 3);
  });

  test('extends: a cycle is said and cut, a missing package is said, the rest applies', () => {
    const root = folder({
      'a.json': '{ "extends": "./b.json", "executionThreshold": 70 }',
      'b.json': '{ "extends": ["./a.json", "no-such-made-up-package"], "region": "四川" }',
    });
    const c = readConfig(join(root, 'a.json'));
    assert.deepEqual(c.values, { region: '四川', executionThreshold: 70 });
    const said = c.problems.map((p) => p.en).join('\n');
    assert.match(said, /goes round in a circle, cut: .*a\.json → .*b\.json → .*a\.json/);
    assert.match(said, /the package "no-such-made-up-package", not found/);
  });
});
