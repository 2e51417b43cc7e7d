// 截止 before a date where 截至 is meant: 截至 (up to) takes a point in time (截至2022年12月31日),
// 截止 (to stop) does not (申报于3月31日截止, 截止日期). Reviewers return 截止2022年底 and 截止到2021年末
// alike; the fix writes 截至, which is certain once a date follows.
import { lineMemo } from '../parse/line-memo.js';
import words from './data/jiezhi.json' with { type: 'json' };
import { eq, zq } from './format.js';
import { defineRule, type RuleFinding } from './rule.js';

const TIME_WORDS = [...words.timeWords].sort((a, b) => b.length - a.length);
const isDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
const CN_DIGITS = new Set([...'〇零一二三四五六七八九十']);
const SPACES = new Set([' ', '\u3000', '\u00a0']);
/** What a template writes for a digit still to be filled in (截止20xx年12月31日): a date all the same. */
const MASK = new Set([...'xX×_＿']);

/** Length of the date or time word at `at`, or 0: 2022年…, 20xx年…, 12月…, 二〇二二年…, 目前. */
function dateAt(text: string, at: number): number {
  let i = at;
  let digits = 0;
  while (i < text.length && digits < 8 && (isDigit(text.charCodeAt(i)) || (digits > 0 && MASK.has(text[i] as string)))) {
    i++;
    digits++;
  }
  while (digits === 0 && i - at < 4 && CN_DIGITS.has(text[i] ?? '')) i++;
  if (digits === 0) digits = i - at;
  while (i < text.length && SPACES.has(text[i] ?? '')) i++;
  if (digits > 0 && (text[i] === '年' || text[i] === '月' || text[i] === '日')) return dateEnd(text, i + 1) - at;
  for (const w of TIME_WORDS) if (text.startsWith(w, at)) return w.length;
  return eventTime(text, at);
}

/** Characters of an event a time is named by (项目完成 of 截止项目完成时), at least and at most. */
const EVENT_MIN = 2;
const EVENT_MAX = 8;
const CLAUSE_MARK = new Set([...'，,。；;：:']);

/** The verbs an event ends in that 截止 cannot take as its object (it closes 报名, 申报, not 完成). */
const EVENT_VERB = /(?:完成|结束|竣工|验收|评价|考评|检查|自评|统计)$/;

/**
 * Length of a time named by an event, ending in 时 and its clause (区教育设备购置 2017: 截止项目完成时,实际项目开支额为…; 截止考评时,):
 * a point in time as a date is. The event ends in a verb of completion or review: 截止报名时 (when registration closed) is
 * 截止 with its object, right as written; 截止时间 and 截止时 (the deadline) name no event.
 */
function eventTime(text: string, at: number): number {
  for (let i = at; i < text.length && i - at <= EVENT_MAX; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x65f6) {
      // 时
      const ok = i - at >= EVENT_MIN && CLAUSE_MARK.has(text[i + 1] ?? '') && EVENT_VERB.test(text.slice(at, i));
      return ok ? i + 1 - at : 0;
    }
    if (c < 0x4e00 || c > 0x9fff) return 0;
  }
  return 0;
}

/** Past the rest of a date begun at a 年, 月 or 日 (2022年12月31日, 2021年末), bounded. */
function dateEnd(text: string, from: number): number {
  let end = from;
  for (let i = from, n = 0; i < text.length && n < 12; i++, n++) {
    const c = text[i] ?? '';
    if (c === '月' || c === '日' || c === '底' || c === '末') end = i + 1;
    else if (!isDigit(text.charCodeAt(i)) && !SPACES.has(c)) break;
  }
  return end;
}

interface Hit {
  at: number;
  /** 截止 plus a 到 or 至 after it: what the fix replaces with 截至. */
  wordLength: number;
  length: number;
}

function hits(text: string): Hit[] {
  const out: Hit[] = [];
  for (let at = text.indexOf('截止'); at !== -1; at = text.indexOf('截止', at + 2)) {
    let word = 2;
    if (text[at + 2] === '到' || text[at + 2] === '至') word = 3;
    let d = at + word;
    while (d < text.length && SPACES.has(text[d] ?? '')) d++;
    const date = dateAt(text, d);
    if (date > 0) out.push({ at, wordLength: word, length: d + date - at });
  }
  return out;
}

const NONE: Hit[] = [];
const hitsOf = lineMemo((line) => (line.text.includes('截止') ? hits(line.text) : NONE));

export default defineRule({
  id: 'jiezhi',
  severity: 'warning',
  scope: 'chunk',
  description: {
    zh: '表示“到某时为止”应写“截至”：“截止”后面不接时间（截止2022年12月31日 → 截至2022年12月31日）。',
    en: 'Up to a date is 截至, not 截止: 截止 (to stop) takes no date (截止2022年12月31日 → 截至2022年12月31日).',
  },
  fixes: [{ does: { zh: '把“截止”（“截止到”）改为“截至”', en: 'Writes 截至 for 截止 (截止到)' }, safe: true }],
  check({ report }) {
    const out: RuleFinding[] = [];
    for (const line of report.parsed.lines) {
      for (const h of hitsOf(line)) {
        const start = line.start + h.at;
        const found = line.text.slice(h.at, h.at + h.length);
        const want = `截至${line.text.slice(h.at + h.wordLength, h.at + h.length)}`;
        out.push({
          span: { start, end: start + h.length },
          message: {
            zh: `${zq(found)}应写作${zq(want)}：表示到某时为止用“截至”，“截止”后面不接时间（如“截止日期”“于…截止”）`,
            en: `${eq(found)} should be ${eq(want)}: up to a date is 截至; 截止 takes no date (截止日期, 于…截止)`,
          },
          fix: {
            title: { zh: `改为${zq(want)}`, en: `Change to ${eq(want)}` },
            edits: [{ start, end: start + h.wordLength, newText: '截至' }],
            safe: true,
          },
        });
      }
    }
    return out;
  },
});
