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
}

const COUNT = /(\d{1,6})[ ]?[人个名]/g;
const CLAUSE_BREAK = /[，,；;：:、（()）。\n]/;
const POSTS = /编制(?:人数|数|数为|为|共|人数为)?$/;
const POSTS_TOTAL = /总编制|共有编制|编制总数|核定编制|实有编制/;
/** In post: 实有人数, 在职人员 …, never 实有编制数 (that is the posts). */
const STAFF = /(?:实有人数|实有在职|在职人员|在职人数|实际在职|现有在职|在职|实有)(?:人员|人数)?(?:为|共|共有)?$/;
const EXCLUDE = /编制|退休|离休|遗属|临聘|聘用|编外|劳务|其中/;

export const heads: (s: Sentence) => Heads = sentenceMemo(
  (s) => {
    const h: Heads = { posts: [] };
    if (/编制|在职|实有/.test(s.text)) read(s, h);
    return h;
  },
  (h) => h.posts.length === 0 && !h.postsTotal && !h.staff,
);

function read(s: Sentence, h: Heads): void {
  COUNT.lastIndex = 0;
  const t = s.text;
  for (let m = COUNT.exec(t); m; m = COUNT.exec(t)) {
    if (/[0-9.．]/.test(t[m.index - 1] ?? '')) continue;
    let from = m.index;
    while (from > 0 && m.index - from < 30 && !CLAUSE_BREAK.test(t[from - 1] ?? '')) from--;
    const label = t.slice(from, m.index).replace(/[\s\u3000]/g, '');
    const head: Head = { start: s.start + m.index, end: s.start + m.index + m[0].length, count: Number(m[1]), label };
    if (POSTS.test(label)) {
      if (POSTS_TOTAL.test(label) && !h.postsTotal) h.postsTotal = head;
      else h.posts.push(head);
    } else if (!h.staff && STAFF.test(label) && !EXCLUDE.test(label)) h.staff = head;
  }
}
