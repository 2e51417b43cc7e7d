// Localisation is complete both ways: every %key% of the manifest has English and Chinese text,
// every runtime string of the extension has a Chinese translation, and nothing is left over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

const read = (p: string): string => readFileSync(join(ROOT, p), 'utf8');
const manifest = read('package.json');
const en = JSON.parse(read('package.nls.json')) as Record<string, string>;
const zh = JSON.parse(read('package.nls.zh-cn.json')) as Record<string, string>;
const keys = [...manifest.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1] as string);

test('every manifest key has English and Chinese text', () => {
  assert.ok(keys.length > 20);
  for (const k of keys) {
    assert.ok(en[k]?.trim(), `package.nls.json lacks ${k}`);
    assert.ok(zh[k]?.trim(), `package.nls.zh-cn.json lacks ${k}`);
    assert.match(zh[k] as string, /[\u4e00-\u9fa5]/, `${k} in package.nls.zh-cn.json is not Chinese`);
  }
});

test('no translation is left without a use, and both files have the same keys', () => {
  const used = new Set(keys);
  assert.deepEqual(
    Object.keys(en).filter((k) => !used.has(k)),
    [],
  );
  assert.deepEqual(Object.keys(en).sort(), Object.keys(zh).sort());
});

test('every runtime string of the extension has a Chinese translation', () => {
  const bundle = JSON.parse(read('client/src/strings-zh.json')) as Record<string, string>;
  const strings = readdirSync(join(ROOT, 'client', 'src'))
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) =>
      [...read(join('client', 'src', f)).matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => (m[1] as string).replace(/\\'/g, "'")),
    );
  assert.ok(strings.length >= 5);
  for (const s of strings) assert.ok(bundle[s], `client/src/strings-zh.json lacks “${s}”`);
  assert.deepEqual(
    Object.keys(bundle).filter((k) => !strings.includes(k)),
    [],
    'translations nobody uses',
  );
});

test('the walkthrough steps and snippets the manifest names exist', () => {
  const m = JSON.parse(manifest) as {
    contributes: { walkthroughs: { steps: { media: { markdown: string } }[] }[]; snippets: { path: string }[] };
  };
  for (const step of m.contributes.walkthroughs[0]?.steps ?? [])
    assert.ok(existsSync(join(ROOT, step.media.markdown)), step.media.markdown);
  for (const s of m.contributes.snippets) JSON.parse(read(s.path));
});

test('every command title carries its Chinese and its English words, the same in both files (issue 18)', () => {
  // the palette then finds 新建 and "New report" whatever VS Code's display language, as the README names them
  const m = JSON.parse(manifest) as { contributes: { commands: { title: string }[] } };
  const readme = read('README.md');
  for (const { title } of m.contributes.commands) {
    const key = title.slice(1, -1);
    assert.equal(zh[key], en[key], key);
    const [chinese, english, ...rest] = (en[key] as string).split(' / ');
    assert.ok(/^[\u4e00-\u9fa5]/.test(chinese ?? '') && /^[A-Z][a-z]+ /.test(english ?? '') && rest.length === 0, `${key}: ${en[key]}`);
    assert.ok(readme.replace(/\s+/g, ' ').includes(en[key] as string), `the README names ${en[key]}`);
  }
});
