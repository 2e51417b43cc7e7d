// text/exec-all.ts stands in for String.prototype.matchAll on the expressions read on every line, and
// text/normalize.ts's foldWidth returns its text when nothing folds: both must give exactly what the code they
// replaced gave. The strings are made up (random, from a few characters chosen to hit the edge cases: empty
// matches, surrogate pairs, a lone surrogate, full-width ASCII, the ideographic space).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execAll } from '../../server/src/engine/text/exec-all.js';
import { foldWidth } from '../../server/src/engine/text/normalize.js';
import { rng } from '../../bench/generate.js';

function randomText(next: () => number, alphabet: readonly string[], max: number): string {
  let s = '';
  const length = Math.floor(next() * max);
  for (let k = 0; k < length; k++) s += alphabet[Math.floor(next() * alphabet.length)] as string;
  return s;
}

test('execAll gives what matchAll gives, empty matches and code points included (made up)', () => {
  const expressions = [/a*/g, /a*/gu, /(?:)/g, /x|/gu, /[0-9]+/g, /(?<=b)/g, /\p{L}?/gu, /.?/g, /(年)([0-9])?/g];
  const next = rng(14);
  for (let t = 0; t < 5000; t++) {
    const s = randomText(next, ['a', 'b', '1', '\ud83d\ude00', '中', '年', '\ud800'], 8);
    for (const re of expressions) {
      const want = [...s.matchAll(re)].map((m) => [m.index, ...m]);
      assert.deepEqual(
        execAll(re, s).map((m) => [m.index, ...m]),
        want,
        `${String(re)} on ${JSON.stringify(s)}`,
      );
      assert.equal(re.lastIndex, 0);
    }
  }
});

test('execAll refuses an expression without the g flag, as matchAll does (made up)', () => {
  assert.throws(() => execAll(/a/, 'a'), TypeError);
});

test('foldWidth folds as the character-at-a-time loop did, and returns the same string when nothing folds (made up)', () => {
  const old = (s: string): string => {
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
      else if (c === 0x3000) out += ' ';
      else out += s[i];
    }
    return out;
  };
  const next = rng(15);
  for (let t = 0; t < 20000; t++) {
    const s = randomText(next, ['a', '１', '\u3000', '中', 'Ａ', '～', '！', '\uff00', '\uff5f', ' ', '\ud83d\ude00'], 9);
    assert.equal(foldWidth(s), old(s), JSON.stringify(s));
  }
  const plain = '二〇二三年度项目支出绩效自评报告';
  assert.equal(foldWidth(plain), plain);
});
