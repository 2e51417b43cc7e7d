// The cheap test every line gets for page furniture (model/furniture.ts, hasFurnitureWord) reads the patterns cut at
// their top-level `|`: the branches anchored at the line's start tried there alone, a lookbehind of plain characters
// opening a branch read as those characters. It must say what one alternation of the patterns as written says. The
// lines are made up, each beside a variant that moves the pattern's words off the line's start or drops the words
// looked behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasFurnitureWord } from '../../server/src/engine/model/furniture.js';

const CASES: [string, boolean][] = [
  // anchored at the line's start
  ['日期:2023-05-01', true],
  ['报告日期:2023-05-01', true],
  ['标  题：', true],
  ['正文标  题：', false],
  ['全部类型', true],
  ['查看全部类型', false],
  ['2023-5-1 12:30', true],
  ['我们在 2023-5-1 12:30 开会', false],
  // a lookbehind of plain characters opening the branch
  ['本文内容由某某网整理', true],
  ['由某某网整理', false],
  ['根据《某某网印发》', true],
  ['根据《关于印发》', false],
  // a class opening the branch
  ['江苏体育足球比赛', true],
];

test('made-up lines: the furniture words test as the patterns are written', () => {
  for (const [line, furniture] of CASES) assert.equal(hasFurnitureWord(line), furniture, line);
});
