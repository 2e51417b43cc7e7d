// jixiao/exportWord over stdio, as any LSP client sends it: the corrected 2019 example, open, comes back
// as a .docx in the 公文 layout; the 2019 example with its errors comes back as their list, and as a
// .docx when the drafter says so (force); a text that is not a report, and a document not open, answer
// why in both languages.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { ExportWordRequest, type ExportWordResult } from '../../shared/protocol.js';
import { ROOT } from '../helpers.js';
import { TestClient } from './client.js';

const example = (name: string): { uri: string; text: string } => {
  const path = join(ROOT, 'examples', name);
  return { uri: pathToFileURL(path).toString(), text: readFileSync(path, 'utf8') };
};
const FIXED = example('2019-湛江市科技局-整体绩效自评报告-修正稿.md');
const R2019 = example('2019-湛江市科技局-整体绩效自评报告.md');
const NOTES = { uri: 'file:///tmp/jixiao-export-notes.md', text: '# 会议纪要\n\n今天讨论了排班。\n' };

describe('jixiao/exportWord', () => {
  const client = new TestClient();
  before(async () => {
    await client.initialize();
    for (const d of [FIXED, R2019, NOTES]) await client.open(d.uri, d.text);
  });
  after(() => client.stop());
  const ask = (uri: string, force?: boolean): Promise<ExportWordResult> =>
    client.request<ExportWordResult>(ExportWordRequest.method, { uri, ...(force ? { force } : {}) });
  const documentXml = (r: ExportWordResult): string => {
    assert.ok('docx' in r, JSON.stringify(r).slice(0, 300));
    return strFromU8(unzipSync(Buffer.from(r.docx, 'base64'))['word/document.xml'] ?? new Uint8Array());
  };

  test('the corrected 2019 example: a .docx on A4 with the title in 方正小标宋简体', async () => {
    const xml = documentXml(await ask(FIXED.uri));
    assert.match(xml, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.ok(xml.includes('w:eastAsia="方正小标宋简体"'));
    assert.ok(xml.includes('湛江市科技局2019年度整体绩效自评报告'));
  });

  test('a report with errors answers their list (line, rule, both languages); with force, the .docx', async () => {
    const r = await ask(R2019.uri);
    assert.ok('errors' in r && r.errors.length > 0, JSON.stringify(r).slice(0, 300));
    for (const e of r.errors) assert.ok(e.line >= 0 && e.ruleId !== '' && e.message.zh !== '' && e.message.en !== '');
    documentXml(await ask(R2019.uri, true));
  });

  test('a text that is not a report, and a document not open, answer why', async () => {
    const notes = await ask(NOTES.uri, true);
    assert.ok('error' in notes && notes.error.zh.startsWith('不像绩效自评报告，未导出'), JSON.stringify(notes));
    assert.deepEqual(await ask('file:///tmp/not-open.md'), {
      error: { zh: '请先在编辑器中打开这份报告', en: 'open the report in the editor first' },
    });
  });
});
