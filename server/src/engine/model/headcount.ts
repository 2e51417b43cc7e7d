// Headcounts: 编制 (posts approved) and 实有 / 在职 (people in post), as a paragraph states them:
//   共有编制人数54人,实际在职人数52人;  行政事业总编制为249个 … 全局现有在职人员246人;
//   核定政法专项编制247人、行政工勤编制15人 … 在职244人.  Read once per sentence object.
import type { Sentence } from '../parse/sentences.js';
import { sentenceMemo } from '../parse/sentence-memo.js';

export interface Head {
  start: number;
  end: number;
  count: number;
  /** The words before the count, back to the previous clause break. */
  label: string;
}

export interface Heads {
  /** Approved posts; when several are listed without a total (政法专项编制247人、行政工勤编制15人), each. */
  posts: Head[];
  /** A 总编制 / 共有编制 that totals the posts. */
  postsTotal?: Head;
  /** People in post (在职 / 实有人数): the first stated. */
  staff?: Head;
  /**
   * Posts and people in post of one class, the first of each class stated (北塔团委 2021: 行政编制 1 个,事业编制 2 个,
   * 实有行政编制人员 3 人; 德钦人大 2021: 行政编制20人 … 在职在编实有行政人员26人): 行政 people are held against 行政 posts.
   */
  classPosts?: Map<StaffClass, Head>;
  classStaff?: Map<StaffClass, Head>;
}

/** The classes of posts a paragraph states one by one (工勤 and 参公 posts are counted inside these, never held alone). */
export type StaffClass = '行政' | '事业';

const COUNT = /(\d{1,6})[ ]?[人个名]/g;
const CLAUSE_BREAK = /[，,；;：:、（()）。\n]/;
const POSTS = /编制(?:人数|数|数为|为|共|人数为)?$/;
const POSTS_TOTAL = /总编制|共有编制|编制总数|核定编制|实有编制/;
/** In post: 实有人数, 在职人员, 在职在编 / 在编在岗 (red team s23) …, never 实有编制数 (that is the posts). */
const STAFF = /(?:实有人数|在职在编|在编在岗|实有在职|在职人员|在职人数|实际在职|现有在职|在职|实有)(?:人员|人数)?(?:为|共|共有)?$/;
const PART = /其中/;
const SEMICOLON = /[；;]/;
const EXCLUDE = /编制|退休|离休|遗属|临聘|聘用|编外|劳务|其中/;
/** Posts of one class: 行政编制 / 事业编制 (人数, 数, 为); not 行政工勤编制, 参公管理事业编制, nor a 含… aside. */
const CLASS_POSTS = /(行政|事业)编制(?:人数|数|数为|为|共|人数为)?$/;
/** People in post of one class: 实有行政编制人员, 在职在编实有行政人员, 在职事业人员 (在岗 / 现有 too). */
const CLASS_STAFF = /(?:实有|在职|在岗|现有)[^，,]{0,4}?(行政|事业)(?:编制)?(?:人员|人数)(?:为|共|共有)?$/;
/** A part of the people in post of one class, in their 其中 list: 其中行政人员, 事业人员 (not 行政编制: posts). */
const STAFF_PART = /^(?:其中)?[:：]?(行政|事业)(?:人员|人数)(?:为|共|共有)?$/;
/** A class label that is not the class itself: a part of it (含 / 其中), 工勤 or 参公 posts, people not in post. */
const CLASS_EXCLUDE = /含|其中|工勤|参公|参照|退休|离休|遗属|临聘|聘用|编外|劳务|借调|挂职|下属|二级/;

export const heads: (s: Sentence) => Heads = sentenceMemo(
  (s) => {
    const h: Heads = { posts: [] };
    if (/编制|在职|实有/.test(s.text)) read(s, h);
    return h;
  },
  (h) => h.posts.length === 0 && !h.postsTotal && !h.staff && !h.classPosts && !h.classStaff,
);

/** The part of a 实有 total that is in post, named after it (其中在职人员143人). */
const IN_POST = /在职(?:人员|人数)?(?:为|共|共有)?$/;
/** People who hold no post (退休, 离休), counted in a 实有 total that lists them. */
const RETIRED = /退休|离休/;

function read(s: Sentence, h: Heads): void {
  COUNT.lastIndex = 0;
  const t = s.text;
  // 年末实有266人,其中在职人员143人,离休1人,退休122人 (炎陵 2019): the total counts the retired, who hold no post; the people
  // in post, held against the 编制, are its 在职 part
  let inPost: Head | undefined;
  let retired = false;
  // a 其中 list after the people in post goes on to a ； (made up, red team round 2: 全局实有在职人员56人，其中机关编制15人，
  // 下属单位编制41人): its later items, with no 其中 of their own, are parts of the people too
  let partList = false;
  // a 其中 after the posts breaks them down (在职人员编制320人,其中事业编制320人, 红河州第二人民医院 2024): its posts, to the
  // clause's ；, are parts of those, not more posts to add
  let postParts = false;
  let last = 0;
  for (let m = COUNT.exec(t); m; m = COUNT.exec(t)) {
    if (/[0-9.．]/.test(t[m.index - 1] ?? '')) continue;
    let from = m.index;
    while (from > 0 && m.index - from < 30 && !CLAUSE_BREAK.test(t[from - 1] ?? '')) from--;
    const label = t.slice(from, m.index).replace(/[\s\u3000]/g, '');
    const head: Head = { start: s.start + m.index, end: s.start + m.index + m[0].length, count: Number(m[1]), label };
    if ((partList || postParts) && SEMICOLON.test(t.slice(last, m.index))) partList = postParts = false;
    last = m.index + m[0].length;
    if (h.staff && PART.test(label)) partList = true;
    if (!h.staff && (h.posts.length > 0 || h.postsTotal) && PART.test(label)) postParts = true;
    if (POSTS.test(label)) {
      if (POSTS_TOTAL.test(label) && !h.postsTotal) h.postsTotal = head;
      // a 其中 figure after the people in post breaks them down (实有在职人员21人,其中行政编制18人): not a post to add
      else if (!(h.staff && partList) && !postParts) h.posts.push(head);
    } else if (!h.staff && STAFF.test(label) && !EXCLUDE.test(label)) h.staff = head;
    else if (h.staff && !/在职/.test(h.staff.label)) {
      if (!inPost && IN_POST.test(label) && !/编制/.test(label)) inPost = head;
      if (RETIRED.test(label)) retired = true;
    }
    // a part of the people in post named by its class (三亚住建 2019: 实有在编在岗人员67名,其中行政人员60人,工勤人员7人): the
    // 行政 people, held against the 行政 posts
    const partClass = h.staff && partList ? (STAFF_PART.exec(label)?.[1] as StaffClass | undefined) : undefined;
    if (partClass && !h.classStaff?.has(partClass))
      (h.classStaff ??= new Map()).set(partClass, { ...head, label: label.replace(/^其中[:：]?/, '') });
    if (CLASS_EXCLUDE.test(label)) continue;
    const post = CLASS_POSTS.exec(label)?.[1] as StaffClass | undefined;
    if (post && !h.classPosts?.has(post)) (h.classPosts ??= new Map()).set(post, head);
    const staff = CLASS_STAFF.exec(label)?.[1] as StaffClass | undefined;
    if (staff && !h.classStaff?.has(staff)) (h.classStaff ??= new Map()).set(staff, head);
  }
  if (inPost && retired) h.staff = inPost;
}
