// A month or day written with a leading zero (2019年06月18日). GB/T 9704-2012 §7.3.5.7 writes the 成文日期
// without one, but published self-evaluations pad their dates and pass review: a style note (hint) with a
// safe fix, never a warning. A date filled into a labelled field (报告日期:2019年06月18日 on 岳阳 2018's form,
// "岳阳市财政局(制)", annotated as holding; a web page's 日期: / 发布时间: line) follows the form or the site that
// printed the label, not the drafter's prose: left alone. The hint is for dates in running text and the 落款.
import { applyEdits } from '../fixes/apply.js';
import type { RuleFinding } from './rule.js';
import { defineRule } from './rule.js';

/**
 * A field label just before the date on its line (填报日期： / 报告日期: / 发布时间 |): a form's or a site's entry,
 * in the traditional script of a mirror site too (發(fā)布時間: 2024年07月10日, 茂名 2023).
 */
const FIELD_LABEL = /(?:时间|時間|日期)[ \u3000]{0,2}[:：|]?[ \u3000|]{0,3}$/;

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
      // the dozen characters before the date, within its line (a bounded read: a line may hold thousands of dates)
      const before = text.slice(Math.max(0, d.start - 12), d.start);
      if (FIELD_LABEL.test(before.slice(before.lastIndexOf('\n') + 1))) continue;
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
