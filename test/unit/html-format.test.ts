// The summary page's data island (cli/format/html.ts): JSON that no text of a report or a file name can end early.
// The page itself is opened in a real browser by test/cli/html-summary.test.ts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatHtml, scriptJson } from '../../server/src/cli/format/html.js';
import type { FileResult } from '../../server/src/cli/result.js';
import { checkText } from '../../server/src/engine/index.js';
import { registry } from '../helpers.js';

describe('scriptJson', () => {
  test('markup, comments and line separators cannot close the <script> element, and the value reads back the same', () => {
    const value = { path: '</script><script>alert(1)</script>.md', text: '<!-- a & b > c \u2028\u2029 </SCRIPT >' };
    const json = scriptJson(value);
    assert.doesNotMatch(json, /[<>&\u2028\u2029]/);
    assert.deepEqual(JSON.parse(json), value);
  });
});

describe('a finding’s excerpt', () => {
  /** The page's data, read back from its data island. */
  interface PageData {
    rows: { findings: { excerpt: { n: number; text: string; mark?: [number, number] }[] }[] }[];
  }
  /** The page's data, read back from its data island. */
  const data = (html: string): PageData =>
    JSON.parse(/<script type="application\/json" id="data">(.*?)<\/script>/s.exec(html)?.[1] ?? 'null') as PageData;

  test('on a huge line (a pasted table flattened), the part around the span, the span still marked', () => {
    const text = `前一行\n${'甲'.repeat(3000)}标记${'乙'.repeat(3000)}\n后一行\n`;
    const { report } = checkText(text, { registry });
    const start = text.indexOf('标记');
    const r: FileResult = {
      path: 'made-up.md',
      index: report.index,
      isReport: true,
      template: report.template.id,
      templateChoice: { source: 'default', reason: { zh: '', en: '' } },
      recognition: { zh: '', en: '' },
      findings: [{ ruleId: 'typo', severity: 'warning', span: { start, end: start + 2 }, message: { zh: '虚构', en: 'made up' } }],
      text,
    };
    const [line1, line2, line3] = data(formatHtml([r], [], 'zh')).rows[0]?.findings[0]?.excerpt ?? [];
    assert.deepEqual([line1?.text, line3?.text], ['前一行', '后一行']);
    assert.ok(line2 && line2.text.length <= 402 && line2.text.startsWith('…') && line2.text.endsWith('…'));
    assert.equal(line2.text.slice(...(line2.mark ?? [0, 0])), '标记');
  });
});
