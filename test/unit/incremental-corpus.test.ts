// Incremental checking gives what a from-scratch check gives on real reports, whose findings the
// generated text and the examples do not have: every rule that keeps its work on a sentence, a line or a
// block must still put its findings on the right characters after typing above them (an edit shifts
// the sentences after it in place; what a rule kept from them must move too).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine/index.js';
import { IncrementalParser } from '../../server/src/engine/parse/chunks.js';
import { readCorpus } from '../accuracy/score.js';
import { rng } from '../../bench/generate.js';
import { registry } from '../helpers.js';

const INSERTS = ['字', '。', '\n', '\n\n', '12.5万元', '共3个'];
const EDITS_PER_TEXT = 12;

const findingsOf = (text: string, parser?: IncrementalParser): string =>
  JSON.stringify(checkText(text, parser ? { registry, parser } : { registry }).findings);

test('incremental = from scratch on every field-corpus text, typing above and among its findings', () => {
  let compared = 0;
  for (const entry of readCorpus()) {
    const r = rng(entry.slug.length * 104729);
    let text = entry.text;
    const parser = new IncrementalParser();
    findingsOf(text, parser);
    for (let i = 0; i < EDITS_PER_TEXT; i++) {
      // half the edits in the first tenth of the text, so most findings lie after them and are shifted
      const at = Math.floor(r() * (i % 2 ? text.length : text.length / 10));
      text = text.slice(0, at) + (INSERTS[Math.floor(r() * INSERTS.length)] as string) + text.slice(at);
      assert.equal(findingsOf(text, parser), findingsOf(text), `${entry.slug}: findings differ after edit ${i} at ${at}`);
      compared++;
    }
  }
  assert.ok(compared >= 40 * EDITS_PER_TEXT, `${compared} comparisons`);
});
