// scripts/ascii-regexps.mjs: a bundle's regular expressions written in ASCII match what they matched, and nothing
// but regular expression literals is rewritten (a raw template keeps its characters).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runInNewContext } from 'node:vm';
import { asciiRegexps } from '../../scripts/ascii-regexps.mjs';

test('regular expressions in ASCII match as written; other text is kept', () => {
  const source = [
    'const a = /收入总预算|[一-龥]{2}\\、/;',
    'const b = /😀[^\\s、。]/u;',
    'const c = /\\\\收/;',
    'const raw = String.raw`收入`; // 注释',
    'module.exports = { a, b, c, raw };',
  ].join('\n');
  const { code, left } = asciiRegexps(source);
  assert.equal(left, 4); // 收入 in the raw template and 注释 in the comment
  assert.ok(code.includes('String.raw`收入`'));
  const run = (js: string) => {
    const module = { exports: {} as Record<string, RegExp | string> };
    runInNewContext(js, { module, String });
    return module.exports;
  };
  const [was, now] = [run(source), run(code)];
  assert.equal(now.raw, was.raw);
  for (const s of ['收入总预算', '一二、', '一、', '😀x', '😀、', '\\收', '收']) {
    for (const k of ['a', 'b', 'c']) assert.equal((now[k] as RegExp).test(s), (was[k] as RegExp).test(s), `${k} on ${s}`);
  }
  assert.doesNotMatch(code.split('\n').slice(0, 3).join('\n'), /[\u0080-\uffff]/);
});
