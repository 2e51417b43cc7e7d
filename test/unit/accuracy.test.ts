// The field corpus (test/corpus/): every annotation fits its text, and the checker's accuracy on real
// reports never falls below the floor kept in test/accuracy/floor.json (`npm run accuracy` prints the
// figures and the misses).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MADE_UP_DIR, quoteSpan, readCorpus, scoreCorpus } from '../accuracy/score.js';
import { figures, readFloor } from '../accuracy/floor.js';

const corpus = readCorpus();
const KINDS = ['department', 'project', 'special', 'transfer', 'table', 'not-a-report'];

test('the corpus holds real texts of every kind, each with its source and a split', () => {
  assert.ok(corpus.length >= 40, `${corpus.length} texts`);
  for (const e of corpus) {
    assert.match(e.source, /^https?:\/\//, e.slug);
    assert.ok(KINDS.includes(e.kind), `${e.slug}: kind ${e.kind}`);
    assert.ok(e.split === 'tune' || e.split === 'measure', `${e.slug}: split ${e.split}`);
    assert.ok(e.text.length > 0, e.slug);
  }
  for (const k of KINDS)
    assert.ok(
      corpus.some((e) => e.kind === k),
      `no text of kind ${k}`,
    );
});

test('every annotation quotes text that stands on its line', () => {
  for (const e of corpus) for (const a of [...e.defects, ...e.holds]) if (a.kind !== 'not-a-report') quoteSpan(e.text, a, e.slug);
});

const madeUp = readCorpus(MADE_UP_DIR).map((e) => ({ ...e, split: 'measure' as const }));

test('the made-up set says it is made up in each source, and its annotations fit', () => {
  assert.ok(madeUp.length >= 20, `${madeUp.length} texts`);
  for (const e of madeUp) {
    assert.match(e.source, /^made up/, e.slug);
    for (const a of [...e.defects, ...e.holds]) if (a.kind !== 'not-a-report') quoteSpan(e.text, a, e.slug);
  }
});

test('accuracy on the field corpus and on the made-up set stays at or above the floor', () => {
  const scores = { ...scoreCorpus(corpus), madeUp: scoreCorpus(madeUp).measure };
  const floor = readFloor();
  for (const split of ['measure', 'tune', 'madeUp'] as const) {
    const now = figures(scores[split]);
    const min = floor[split];
    const where = `${split} texts (npm run accuracy shows the misses)`;
    assert.ok(now.recognised >= min.recognised, `${where}: recognised ${now.recognised} < floor ${min.recognised}`);
    assert.ok(now.recall >= min.recall, `${where}: recall ${now.recall} < floor ${min.recall}`);
    assert.ok(now.precision >= min.precision, `${where}: precision ${now.precision} < floor ${min.precision}`);
    assert.ok(
      now.holdViolations <= min.holdViolations,
      `${where}: ${now.holdViolations} findings on holding facts > ${min.holdViolations}`,
    );
    assert.ok(now.wronglyRecognised <= min.wronglyRecognised, `${where}: ${now.wronglyRecognised} non-reports taken for reports`);
  }
});
