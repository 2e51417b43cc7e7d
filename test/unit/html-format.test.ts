// The summary page's data island (cli/format/html.ts): JSON that no text of a report or a file name can end early.
// The page itself is opened in a real browser by test/cli/html-summary.test.ts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { scriptJson } from '../../server/src/cli/format/html.js';

describe('scriptJson', () => {
  test('markup, comments and line separators cannot close the <script> element, and the value reads back the same', () => {
    const value = { path: '</script><script>alert(1)</script>.md', text: '<!-- a & b > c \u2028\u2029 </SCRIPT >' };
    const json = scriptJson(value);
    assert.doesNotMatch(json, /[<>&\u2028\u2029]/);
    assert.deepEqual(JSON.parse(json), value);
  });
});
