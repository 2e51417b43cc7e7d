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

test('the report’s own numbering (heading-numbering): incremental = from scratch as a number and the line before it change', () => {
  // 岳阳 2018 numbers its duties 1.–5. run into one paragraph, 4. twice: a report no template fits, read on its own sequence
  const entry = readCorpus().find((e) => e.slug === '2018-湖南-岳阳市城市管理监督指挥中心-部门整体');
  assert.ok(entry);
  const parser = new IncrementalParser();
  let text = entry.text;
  const duties = text.slice(text.indexOf('负责全市数字化城市管理监督'), text.indexOf('的业务指导。') + 6);
  const slips = (t: string): string[] =>
    checkText(t, { registry, parser })
      .findings.filter((f) => f.ruleId === 'heading-numbering')
      .map((f) => f.message.zh);
  const steps: [string, string][] = [
    // the number edited in place, then back: the line's kept number must follow its text
    ['考核考评。4.对受理', '考核考评。5.对受理'],
    ['考核考评。5.对受理', '考核考评。4.对受理'],
    // the report's own 职能职责 paragraph (130 characters) put before the number, cut before its last 。: the
    // number is inside the cut sentence, no item; the 。 typed back ends it, and the number is an item again
    ['考核考评。4.对受理', `考核考评。\n${duties.slice(0, -1)}\n4.对受理`],
    [`${duties.slice(0, -1)}\n4.对受理`, `${duties}\n4.对受理`],
    [`${duties}\n4.对受理`, `${duties.slice(0, -1)}\n4.对受理`],
    // typing above: every line below moves, their items are reused
    ['1.完成数字化', '字1.完成数字化'],
    [`考核考评。\n${duties.slice(0, -1)}\n4.对受理`, '考核考评。4.对受理'],
  ];
  const seen = new Set([slips(text).join('\n')]);
  for (const [from, to] of steps) {
    assert.ok(text.includes(from), from);
    text = text.replace(from, to);
    assert.equal(findingsOf(text, parser), findingsOf(text), `after ${JSON.stringify(to)}`);
    seen.add(slips(text).join('\n'));
  }
  // the edits change what the sequence finds (else this compares nothing)
  assert.ok(seen.size >= 3, [...seen].join('\n--\n'));
});
