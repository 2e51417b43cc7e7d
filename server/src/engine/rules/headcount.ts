// 实有 / 在职 people above the approved 编制 in the same paragraph, or in a form's cells (model/staff-cells.ts),
// with no word of why (DOMAIN-TABLES §3 T12: 控制率 above 100 % needs a comment). The parts of a headcount are stated-total's.
import { heads, type Head } from '../model/headcount.js';
import { staffCells } from '../model/staff-cells.js';
import { percentText } from './format.js';
import type { RuleFinding } from './rule.js';
import { factsStart } from '../model/locate.js';
import { defineRule } from './rule.js';

const EXPLAINED = /超编|原因|由于|因为|借调|挂职|划转|待分流|消化/;
/** How far after a form's 实有 cell a reason is looked for. */
const EXPLAIN_AFTER = 200;

export default defineRule({
  id: 'headcount',
  severity: 'warning',
  description: {
    zh: '实有（在职）人数超过同段写明的编制数（或表格中“人员编制”“实有人数”栏的数），且未说明原因。',
    en:
      'The people in post (实有 / 在职) exceed the approved posts (编制) stated in the same paragraph or in a form’s cells ' +
      '(人员编制 / 实有人数), with no reason given.',
  },
  check({ report }) {
    const out: RuleFinding[] = [];
    const bodyStart = factsStart(report);
    let block = -1;
    let posts: Head[] = [];
    let total: Head | undefined;
    let staff: Head | undefined;
    const judge = (): void => {
      const approved = total?.count ?? posts.reduce((acc, p) => acc + p.count, 0);
      if (staff && (total || posts.length > 0) && staff.count > approved) {
        const paragraph = report.parsed.blocks[block];
        if (paragraph && EXPLAINED.test(report.text.slice(paragraph.start, paragraph.end))) return;
        const postsText = total ? `${total.label}${total.count} 人` : posts.map((p) => `${p.label}${p.count} 人`).join('、');
        out.push({
          span: { start: staff.start, end: staff.end },
          message: {
            zh: `${staff.label}${staff.count} 人超过编制数（${postsText}，共 ${approved} 人），超出 ${staff.count - approved} 人：请核对人数，或说明超编原因`,
            en:
              `${staff.count} people in post (${staff.label}) exceed the approved ${approved} posts (${postsText}) ` +
              `by ${staff.count - approved}; check the figures or explain why`,
          },
          related: (total ? [total] : posts).map((p) => ({
            span: { start: p.start, end: p.end },
            message: { zh: '编制数', en: 'Approved posts' },
          })),
        });
      }
    };
    // a headcount is a figure: only sentences with a digit (parse/sentences.ts hasNumbers) say one
    for (const s of report.numbered) {
      if (s.end <= bodyStart) continue;
      if (s.block !== block) {
        judge();
        block = s.block;
        posts = [];
        total = undefined;
        staff = undefined;
      }
      const h = heads(s);
      // the first of each in the paragraph: a later sentence may speak of a sub-unit
      if (posts.length === 0 && !total) {
        posts = h.posts;
        total = h.postsTotal;
      } else if (!total && h.postsTotal) total = h.postsTotal;
      staff ??= h.staff;
    }
    judge();
    // a form's cells (人员编制 / 21 / 实有人数 / 21, or a 基础数据表 row): the reason, if any, follows them
    for (const { posts, staff } of staffCells(report.chunks, report.parsed.lines, bodyStart)) {
      if (staff.count <= posts.count || EXPLAINED.test(report.text.slice(posts.start, staff.end + EXPLAIN_AFTER))) continue;
      // the form's own 控制率 column (实有 ÷ 编制), as the 基础数据表 states it
      const rate = posts.count > 0 ? `（控制率 ${percentText((staff.count / posts.count) * 100, 2)}）` : '';
      out.push({
        span: { start: staff.start, end: staff.end },
        message: {
          zh:
            `${staff.label} ${staff.count} 人超过${posts.label} ${posts.count} 人${rate}，超出 ${staff.count - posts.count} 人：` +
            '请核对人数，或说明超编原因',
          en:
            `${staff.count} people in post (${staff.label}) exceed the ${posts.count} approved posts (${posts.label}) ` +
            `by ${staff.count - posts.count}; check the figures or explain why`,
        },
        related: [{ span: { start: posts.start, end: posts.end }, message: { zh: '编制数', en: 'Approved posts' } }],
      });
    }
    return out;
  },
});
