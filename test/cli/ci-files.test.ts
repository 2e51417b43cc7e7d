// action.yml and .pre-commit-hooks.yaml, read as the tools read them (no YAML library: the lines that matter).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import { run } from './run.js';

test('the pre-commit hook passes the reports of examples/ and not the README; jixiao checks them without exit 4', () => {
  const hooks = readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
  const files = new RegExp(/^\s*files: (.*)$/m.exec(hooks)?.[1] ?? '$^');
  const entry = /^\s*entry: npx --no-install jixiao (.*)$/m.exec(hooks)?.[1]?.split(' ') ?? [];
  assert.deepEqual(entry, ['check', '--no-progress']);
  const staged = ['README.md', 'CHANGELOG.md', ...readdirSync(join(ROOT, 'examples')).map((f) => `examples/${f}`)];
  const passed = staged.filter((f) => files.test(f));
  assert.ok(passed.length >= 3 && !passed.includes('README.md'), passed.join(', '));
  const r = run([...entry, ...passed.filter((f) => f.endsWith('.md'))]);
  assert.equal(r.code, 1, r.err); // the 2019 example's errors
});

test('the action runs the check with the GitHub format through the bundled command', () => {
  const action = readFileSync(join(ROOT, 'action.yml'), 'utf8');
  assert.match(action, /using: composite/);
  assert.match(action, /node "\$GITHUB_ACTION_PATH\/bin\/jixiao\.cjs" check --format github --no-progress/);
});
