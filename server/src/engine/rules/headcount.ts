// 实有 / 在职 people above the approved 编制 in the same paragraph, or in a form's cells (model/staff-cells.ts),
// with no word of why (DOMAIN-TABLES §3 T12: 控制率 above 100 % needs a comment). The parts of a headcount are stated-total's.
import { heads, type Head, type StaffClass } from '../model/headcount.js';
import { pickedNumbered } from '../parse/picked-lines.js';
import { staffCells } from '../model/staff-cells.js';
import { percentText } from './format.js';
import type { RuleFinding } from './rule.js';
import { factsStart } from '../model/locate.js';
import { defineRule } from './rule.js';

/**
 * Words that give the reason; people named as off the posts (编外聘用, 临聘, 劳务派遣: made up, red team, 年末实有人员38人，
 * 其中在职在编33人，编外聘用5人 against 编制35人) say why the headcount is above them; so do people paid from the unit's own
 * funds (红河州第二人民医院 2024: 在职实有906人,其中:财政差额补助298人,单位资金保障608人, against 320 事业编制).
 */
const EXPLAINED_WORDS =
  /超编|原因|由于|因为|借调|挂职|划转|待分流|消化|编外|聘用|临聘|劳务派遣|合同制|公益性岗位|单位资金保障|自有资金保障/g;
/** A reason word counted as none (其中挂职 0 人, 借调0人, 北塔团委 2021): the form's line, no reason. */
const NONE_AFTER = /^[\s\u3000]*(?:人员|人数)?(?:为|有)?[\s\u3000]*[0０][\s\u3000]*[人名个]/;

/**
 * A reason given for a fall in the headcount (与上年相比减少2人,原因是本年退休3人…, 寻甸人大 2024): a fall explains no
 * people above the posts (a reason word that names the excess, 消化超编人员, still does).
 */
const FALL_BEFORE = /减少|下降|减员/;
/** How far back before a reason its own sentence is read for a fall (to a full stop at most). */
const FALL_BACK = 16;
/** A bare reason word: says nothing of what it explains. */
const GENERIC_REASON = /^(?:原因|由于|因为)$/;
/** The last full stop in the words before a reason: what stands before it is another sentence. */
const lastStop = (words: string): number => Math.max(words.lastIndexOf('。'), words.lastIndexOf('；'), words.lastIndexOf(';'));

/** Whether the words give a reason: a reason word that is not followed by a count of none, nor the reason for a fall. */
function explained(words: string): boolean {
  EXPLAINED_WORDS.lastIndex = 0;
  for (let m = EXPLAINED_WORDS.exec(words); m; m = EXPLAINED_WORDS.exec(words)) {
    const end = m.index + m[0].length;
    if (NONE_AFTER.test(words.slice(end, end + 8))) continue;
    // only a bare reason word: 超编 / 借调 / 消化 … say what the reason is about
    const before = GENERIC_REASON.test(m[0]) ? words.slice(Math.max(0, m.index - FALL_BACK), m.index) : '';
    if (FALL_BEFORE.test(before.slice(lastStop(before) + 1))) continue;
    return true;
  }
  return false;
}
/**
 * The sentences with numbers that state a headcount of any kind, picked per chunk (parse/picked-lines.ts): one that
 * states none changes nothing of its paragraph's tally, so a keystroke reads these, not every sentence with a figure.
 */
const headcountSentences = pickedNumbered((s) => {
  const h = heads(s);
  return (
    h.posts.length > 0 ||
    h.postsTotal !== undefined ||
    h.staff !== undefined ||
    (h.classPosts?.size ?? 0) > 0 ||
    (h.classStaff?.size ?? 0) > 0
  );
});
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
    // the posts the people in post's own sentence states (现有行政编制20名，全额拨款事业编制4名，年底实有在职人员21人):
    // they are the same unit's, while an earlier sentence's may be a part's (江永巡察办 2023: 核定编制8名;设立4个巡察组,
    // 每一个巡察组核定编制3名 — 8 + 4 × 3 = 20, the 行政编制20名 of the sentence with the 21 in post)
    let ownPosts: Head[] | undefined;
    let ownTotal: Head | undefined;
    // the first posts and people in post of each class in the paragraph (行政编制 1 个 … 实有行政编制人员 3 人)
    const classPosts = new Map<StaffClass, Head>();
    const classStaff = new Map<StaffClass, Head>();
    const judge = (): void => {
      // most paragraphs with figures name no people in post: nothing to weigh (no list made per paragraph)
      if (!staff && classStaff.size === 0) return;
      if (ownPosts) {
        posts = ownPosts;
        total = ownTotal;
      }
      const approved = total?.count ?? posts.reduce((acc, p) => acc + p.count, 0);
      const over = staff && (total || posts.length > 0) && staff.count > approved;
      const overClass = [...classStaff].filter(([c, h]) => h.count > (classPosts.get(c)?.count ?? Infinity));
      if (!over && overClass.length === 0) return;
      const paragraph = report.parsed.blocks[block];
      // the whole paragraph's figures hold, say too little, or count workers whose posts it does not state (三亚住建 2019:
      // 行政编制37名,实有在编在岗人员67名,其中行政人员60人,工勤人员7人): the people of one class against that class's posts,
      // unless a reason follows them in the paragraph (a form's paragraph may hold its own 原因 heading before them)
      if (!over || (staff && workersBeyond(report.text, staff, total ? [total] : posts))) {
        for (const [c, h] of overClass) {
          const p = classPosts.get(c) as Head;
          const end = Math.min(h.end + EXPLAIN_AFTER, paragraph?.end ?? h.end);
          if (!explained(report.text.slice(Math.min(p.start, h.start), end))) out.push(classFinding(report.text, h, p));
        }
        return;
      }
      if (paragraph && explained(report.text.slice(paragraph.start, paragraph.end))) return;
      if (staff) {
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
    headcountSentences(report.chunks, (s) => {
      if (s.end <= bodyStart) return;
      if (s.block !== block) {
        judge();
        block = s.block;
        posts = [];
        total = undefined;
        staff = undefined;
        ownPosts = undefined;
        ownTotal = undefined;
        classPosts.clear();
        classStaff.clear();
      }
      const h = heads(s);
      if (h.classPosts) for (const [c, p] of h.classPosts) if (!classPosts.has(c)) classPosts.set(c, p);
      if (h.classStaff) for (const [c, p] of h.classStaff) if (!classStaff.has(c)) classStaff.set(c, p);
      // the first of each in the paragraph: a later sentence may speak of a sub-unit
      if (posts.length === 0 && !total) {
        posts = h.posts;
        total = h.postsTotal;
      } else if (!total && h.postsTotal) total = h.postsTotal;
      if (!staff && h.staff && (h.posts.length > 0 || h.postsTotal)) {
        ownPosts = h.posts;
        ownTotal = h.postsTotal;
      }
      staff ??= h.staff;
    });
    judge();
    // a form's cells (人员编制 / 21 / 实有人数 / 21, or a 基础数据表 row): the reason, if any, follows them
    for (const { posts, staff } of staffCells(report.chunks, report.parsed.lines, bodyStart)) {
      if (staff.count <= posts.count || explained(report.text.slice(posts.start, staff.end + EXPLAIN_AFTER))) continue;
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

/** Posts of one class (核定事业编制14名), not a total nor 工勤 posts. */
const ONE_CLASS = /(?:行政|事业)编制/;
/** How far after the people in post their breakdown is read for 工勤. */
const WORKERS_AFTER = 40;
/**
 * The posts stated are of one class and the people in post are broken down with 工勤 among them (保山地震局 2021, tune corpus:
 * 核定事业编制14 名 … 实有在职在编人员19人(公务员14人,工勤人员5人)): the workers hold posts the paragraph does not state.
 */
function workersBeyond(text: string, staff: Head, posts: readonly Head[]): boolean {
  if (posts.length === 0 || !posts.every((p) => ONE_CLASS.test(p.label) && !p.label.includes('工勤'))) return false;
  return text.slice(staff.end, staff.end + WORKERS_AFTER).includes('工勤');
}

/** People in post of one class above that class's posts (行政编制 1 个 … 实有行政编制人员 3 人). */
function classFinding(text: string, staff: Head, posts: Head): RuleFinding {
  const over = staff.count - posts.count;
  const counter = text[posts.end - 1] === '个' ? '个' : '人';
  return {
    span: { start: staff.start, end: staff.end },
    message: {
      zh: `${staff.label}${staff.count} 人超过${posts.label}${posts.count} ${counter}，超出 ${over} 人：请核对人数，或说明超编原因`,
      en:
        `${staff.count} people in post (${staff.label}) exceed the ${posts.count} approved posts (${posts.label}) ` +
        `by ${over}; check the figures or explain why`,
    },
    related: [{ span: { start: posts.start, end: posts.end }, message: { zh: '编制数', en: 'Approved posts' } }],
  };
}
