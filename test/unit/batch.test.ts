// Across a batch (cli/batch.ts): near-identical 存在问题/改进措施, and a report naming another unit of the batch,
// noted on both submissions. Every text here is made up.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { batchNotes, jaccard, shingles, type BatchEntry, type BatchNote } from '../../server/src/cli/batch.js';
import { checkText, summaryFacts } from '../../server/src/engine/index.js';
import { registry } from '../helpers.js';
import { madeUpSubmission, MADE_UP_PROBLEMS } from '../made-up-submission.js';
import { effortMs } from '../effort.js';

function entry(path: string, text: string): BatchEntry {
  const { report } = checkText(text, { registry });
  const f = summaryFacts(report);
  return { path, isReport: report.isReport, unit: f.unit, problems: f.problems, text };
}

const kinds = (notes: Map<string, { kind: string; other: string }[]>, path: string): string[] =>
  (notes.get(path) ?? []).map((n) => `${n.kind} ${n.other}`).sort();

describe('near-identical 存在问题 across the batch (made up)', () => {
  test('the same section under two units, one phrase changed: noted on both, with the similarity', () => {
    const edited = MADE_UP_PROBLEMS.replace('年中调整较多', '年中追加调整较多');
    const notes = batchNotes([
      entry('甲.md', madeUpSubmission('虚构县甲镇人民政府', MADE_UP_PROBLEMS)),
      entry('乙.md', madeUpSubmission('虚构县乙镇人民政府', edited)),
    ]);
    assert.deepEqual(kinds(notes, '甲.md'), ['similar-problems 乙.md']);
    assert.deepEqual(kinds(notes, '乙.md'), ['similar-problems 甲.md']);
    const note = notes.get('甲.md')?.[0];
    assert.ok(note?.similarity !== undefined && note.similarity > 0.8 && note.similarity < 1);
    assert.match(note.message.zh, /乙\.md.*相似度 \d+%/);
  });

  test('two units that write their own problems on the same subjects (shared phrases) are not flagged', () => {
    const own =
      '一是项目前期调研不足，部分课程与基层岗位需求结合不紧；二是资金支付进度偏慢，第四季度集中支付比例较高；' +
      '三是培训档案管理不规范，签到和考核记录存在缺失，预算编制不够精细。';
    const notes = batchNotes([
      entry('甲.md', madeUpSubmission('虚构县甲镇人民政府', MADE_UP_PROBLEMS)),
      entry('乙.md', madeUpSubmission('虚构县乙镇人民政府', own)),
    ]);
    assert.equal(notes.size, 0);
  });

  test('sections that say nothing (无, 暂无问题) are too short to compare', () => {
    const notes = batchNotes([
      entry('甲.md', madeUpSubmission('虚构县甲镇人民政府', '无。')),
      entry('乙.md', madeUpSubmission('虚构县乙镇人民政府', '暂无问题。')),
    ]);
    assert.equal(notes.size, 0);
    assert.equal(shingles('无。').size, 0);
  });

  test('the same unit’s two reports (two projects, two years) may share their wording', () => {
    const notes = batchNotes([
      entry('2024.md', madeUpSubmission('虚构县甲镇人民政府', MADE_UP_PROBLEMS)),
      entry('2024-项目二.md', madeUpSubmission('虚构县甲镇人民政府', MADE_UP_PROBLEMS)),
    ]);
    assert.equal(notes.size, 0);
  });

  test('jaccard of 3-gram sets: identical 1, disjoint 0; punctuation and numbering are not compared', () => {
    const a = shingles(MADE_UP_PROBLEMS);
    assert.equal(jaccard(a, shingles(`1. ${MADE_UP_PROBLEMS.replace(/[，；。]/g, ' ')}`)), 1);
    assert.equal(jaccard(a, shingles('甲乙丙丁戊己庚辛壬癸'.repeat(10))), 0);
  });

  test('a batch of 300 made-up submissions with distinct sections is judged in well under a second (banded MinHash, not all pairs)', () => {
    const entries: BatchEntry[] = [];
    for (let i = 0; i < 300; i++) {
      let problems = '';
      for (let k = 0; k < 120; k++) problems += String.fromCharCode(0x4e00 + ((i * 7919 + k * 104729 + ((k * k) % 97)) % 20000));
      entries.push({ path: `${i}.md`, isReport: true, unit: `虚构县第${i}单位`, problems });
    }
    let notes = new Map<string, BatchNote[]>();
    const ms = effortMs(() => (notes = batchNotes(entries)));
    assert.ok(ms < 1000, `${Math.round(ms)} ms`);
    assert.equal(notes.size, 0);
  });
});

describe('a report that names another unit of the batch (made up)', () => {
  const jia = () => entry('甲.md', madeUpSubmission('虚构县甲镇人民政府', MADE_UP_PROBLEMS));
  test('乙’s report describes itself as 甲 (copied, the name left in): noted on both, naming the unit', () => {
    const yi = entry('乙.md', madeUpSubmission('虚构县乙镇人民政府', '无。', '虚构县甲镇人民政府高度重视干部培训工作。'));
    const notes = batchNotes([jia(), yi]);
    assert.deepEqual(kinds(notes, '乙.md'), ['names-other-unit 甲.md']);
    assert.deepEqual(kinds(notes, '甲.md'), ['names-other-unit 乙.md']);
    assert.match(notes.get('乙.md')?.[0]?.message.zh ?? '', /虚构县甲镇人民政府/);
  });

  test('a unit cited (根据…的通知, in a 《title》) or the department above (same place, same line of work) is not flagged', () => {
    const cited = entry(
      '乙.md',
      madeUpSubmission('虚构县乙镇人民政府', '无。', '根据虚构县甲镇人民政府的安排，按《虚构县甲镇人民政府干部培训办法》执行。'),
    );
    const station = entry('站.md', madeUpSubmission('虚构县林业技术推广站', '无。', '在虚构县林业局指导下，虚构县林业局统筹安排。'));
    const bureau = entry('局.md', madeUpSubmission('虚构县林业局', '无。'));
    assert.equal(batchNotes([jia(), cited, station, bureau]).size, 0);
  });

  test('a unit named by more than two reports of the batch is one they answer to, not a copy', () => {
    const others = ['乙', '丙', '丁'].map((u) =>
      entry(`${u}.md`, madeUpSubmission(`虚构县${u}镇人民政府`, '无。', '虚构县甲镇人民政府统一组织了培训。')),
    );
    assert.equal(batchNotes([jia(), ...others]).size, 0);
  });

  test('a report whose own unit is not read names no other (it may be the same unit’s)', () => {
    const nameless = {
      ...entry('无名.md', madeUpSubmission('虚构县乙镇人民政府', '无。', '虚构县甲镇人民政府高度重视。')),
      unit: undefined,
    };
    assert.equal(batchNotes([jia(), nameless]).size, 0);
  });
});
