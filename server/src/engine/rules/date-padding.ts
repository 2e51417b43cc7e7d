// A month or day written with a leading zero (2019年06月18日). GB/T 9704-2012 §7.3.5.7 writes the 成文日期
// without one, but published self-evaluations pad their dates and pass review: a style note (hint) with a
// safe fix, never a warning. A date filled into a labelled field (报告日期:2019年06月18日 on 岳阳 2018's form,
// "岳阳市财政局(制)", annotated as holding; a web page's 日期: / 发布时间: line) follows the form or the site that
// printed the label, not the drafter's prose: left alone. So is a date in a table's cell (岳阳县 2020's voucher
// list: `2020年01月記賬 9 |`), which is the form's style (test/corpus/README.md, session 10), and a date on a line
// of page furniture (a listing site's record): the site's. The hint is for dates in running text and the 落款.
import { applyEdits } from '../fixes/apply.js';
import { furnitureOf } from '../model/furniture.js';
import type { RuleFinding } from './rule.js';
import { defineRule } from './rule.js';

/**
 * A field label just before the date on its line (填报日期： / 报告日期: / 发布时间 |): a form's or a site's entry,
 * in the traditional script of a mirror site too (發(fā)布時間: 2024年07月10日, 茂名 2023).
 */
export const FIELD_LABEL = /(?:时间|時間|日期|时段|期限|期间)[ \u3000]{0,2}[:：|]?[ \u3000|]{0,3}$/;
/**
 * The same field's value when it is a range: its first date and the mark that joins the second (评价时间：2024年01月10日至
 * 2024年01月20日, 评价时段：2023年01月01日—2023年12月31日: made up, session 22 red team). The second date is the field's too.
 */
const FIELD_RANGE =
  /(?:时间|時間|日期|时段|期限|期间)[ \u3000]{0,2}[:：|]?[ \u3000|]{0,3}(?:19|20)[0-9]{2} ?年 ?[0-9]{1,2} ?月(?: ?[0-9]{1,2} ?日)?[ \u3000]{0,2}[至到—–~～\-－][ \u3000]{0,2}$/;

/**
 * How far either side of a date, within its line, a cell's border is looked for: a date fills its cell (`| 2020年01月 |`,
 * `2020年01月記賬 9 |`); a bounded read, as a line may hold thousands of dates.
 */
const CELL_NEAR = 24;
const CELL_BORDER = /[|｜\t]/;

/** The text either side of a date, up to `CELL_NEAR` characters and never past its line. */
function around(text: string, start: number, end: number): { before: string; after: string } {
  const before = text.slice(Math.max(0, start - CELL_NEAR), start);
  const after = text.slice(end, end + CELL_NEAR);
  const nl = after.indexOf('\n');
  return { before: before.slice(before.lastIndexOf('\n') + 1), after: nl < 0 ? after : after.slice(0, nl) };
}

/** Furniture is a short line (a site's record, a toolbar): a longer one is the report's, and is not read whole. */
const FURNITURE_MAX = 160;

/** The line a date stands on when it is short enough to be furniture (bounded reads either side), else undefined. */
function shortLine(text: string, start: number, end: number): string | undefined {
  const head = text.slice(Math.max(0, start - FURNITURE_MAX), start);
  const nl = head.lastIndexOf('\n');
  if (nl < 0 && start > FURNITURE_MAX) return undefined;
  const tail = text.slice(end, end + FURNITURE_MAX);
  const stop = tail.indexOf('\n');
  if (stop < 0 && end + FURNITURE_MAX < text.length) return undefined;
  const line = head.slice(nl + 1) + text.slice(start, end) + (stop < 0 ? tail : tail.slice(0, stop));
  return line.length <= FURNITURE_MAX ? line : undefined;
}

/** A month or day written with a leading zero (07 月). */
const padded = (s: { text: string } | undefined): s is { text: string; start: number; end: number } =>
  s !== undefined && s.text.length > 1 && s.text.charCodeAt(0) === 48;

export default defineRule({
  id: 'date-padding',
  severity: 'hint',
  scope: 'chunk',
  description: {
    zh: '日期的月、日补了零（2019年06月18日）：GB/T 9704-2012 写作“2019年6月18日”。只是写法提示。',
    en: 'A month or day written with a leading zero (2019年06月18日); GB/T 9704-2012 writes 2019年6月18日. A style note only.',
  },
  fixes: [{ does: { zh: '去掉日期补零', en: 'Removes zero padding' }, safe: true }],
  check({ report }) {
    const out: RuleFinding[] = [];
    const { text } = report;
    for (const d of report.dates) {
      if (!padded(d.monthSpan) && !padded(d.daySpan)) continue;
      // ISO dates (2024-07-31) are padded by definition
      if (text[d.start + 4] === '-') continue;
      // the characters either side of the date, within its line (a bounded read: a line may hold thousands of dates)
      const { before, after } = around(text, d.start, d.end);
      if (FIELD_LABEL.test(before.slice(-12)) || FIELD_RANGE.test(before) || CELL_BORDER.test(before) || CELL_BORDER.test(after)) continue;
      const line = shortLine(text, d.start, d.end);
      if (line !== undefined && furnitureOf(line)) continue;
      const edits = [d.monthSpan, d.daySpan].filter(padded).map((s) => ({ start: s.start, end: s.end, newText: String(Number(s.text)) }));
      // the date's own text corrected (never a copy of the whole report per date)
      const want = applyEdits(
        text.slice(d.start, d.end),
        edits.map((e) => ({ ...e, start: e.start - d.start, end: e.end - d.start })),
      );
      out.push({
        span: { start: d.start, end: d.end },
        message: {
          zh: `日期「${text.slice(d.start, d.end)}」的月、日补了零，GB/T 9704 写作「${want}」（写法提示）`,
          en: `Months and days are written without a leading zero in GB/T 9704: “${want}” (style note)`,
        },
        fix: { title: { zh: `改为「${want}」`, en: `Change to “${want}”` }, edits, safe: true },
      });
    }
    return out;
  },
});
