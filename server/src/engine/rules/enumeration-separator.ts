// An item of an inline enumeration that lost the separator before its number (…、办公室3、财务科):
// the items run together. Only a run that counts 1, 2, 3 … with the same marker (、 or .) and begins
// the line or follows a separator is an enumeration; a figure after a word (行政1、事业2) is a count.
// The fix inserts the separator the neighbouring items use, which is certain; with none to copy
// there is no fix. Also two cited documents run together (5号)《关于) and two items of a list of amounts
// (…24.51万元城乡社区支出…, enumeration-separator/glued-amounts.ts), and the last item of a list in 、 joined by a comma
// (…专项资金3.50万元,农民工工资…专项资金500.00万元。, enumeration-separator/comma-last.ts), or an item of one form with
// the list's (科学化、标准化,现代化; 进校园,进景区、进乡村; 送戏下乡，送医下乡活动; 武术,体操 inside the list,
// enumeration-separator/comma-parallel.ts). And commas in a list of names that a stated count reads as 、 (6个职能股室，即
// 院长办公室、医疗室、财务室、食堂,接待室,档案室: model/enumerations.ts).
import type { TextLine } from '../parse/blocks.js';
import { lineMemo } from '../parse/line-memo.js';
import { eq, zq } from './format.js';
import { defineRule, type RuleFinding } from './rule.js';
import { isHan } from '../text/han.js';
import { gluedAmounts } from './enumeration-separator/glued-amounts.js';
import { commaLast } from './enumeration-separator/comma-last.js';
import { commaParallel, type ParallelComma } from './enumeration-separator/comma-parallel.js';
import { enumerations, type Enumeration } from '../model/enumerations.js';
import type { Report } from '../model/report.js';

const SEPARATORS = new Set([...'；;。，,：:！!？? \u3000\t']);
/** What may end an item's text when nothing separates it from the next number. */
const ENDS_ITEM = (c: string): boolean => isHan(c) || '）)》”」'.includes(c);
/** What may begin an item's text after its marker. */
const BEGINS_ITEM = (c: string): boolean => isHan(c) || '“《（(「'.includes(c);

interface Marker {
  at: number;
  n: number;
  mark: string;
  /** The character before the number ('' at the line's start). */
  before: string;
}

interface Hit {
  /** Offset of the glued number, from the line's start. */
  at: number;
  length: number;
  /** The separator the other items use, or '' when none is seen. */
  separator: string;
  /** A citation run into the next before a 和 that joins the list's last: the list's mark, 、, is missing there. */
  beforeJoin?: boolean;
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
/** 、 . ．, by char code. */
const isMark = (c: number): boolean => c === 0x3001 || c === 0x2e || c === 0xff0e;

function markers(text: string): Marker[] {
  let out: Marker[] | undefined;
  for (let i = 0; i < text.length; i++) {
    if (!isDigitCode(text.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < text.length && isDigitCode(text.charCodeAt(end))) end++;
    // a number of one or two digits, not after a digit or a marker (1.2, 2.3.1), then its marker and item text
    const p = text.charCodeAt(i - 1);
    if (end - i <= 2 && !isMark(p) && isMark(text.charCodeAt(end)) && BEGINS_ITEM(text[end + 1] ?? ''))
      (out ??= []).push({ at: i, n: Number(text.slice(i, end)), mark: text[end] ?? '', before: text[i - 1] ?? '' });
    i = end - 1;
  }
  return out ?? NO_MARKERS;
}

/**
 * A number with its marker right after what may end an item (ENDS_ITEM's characters), nothing between (办公室3、): the
 * only lines worth reading. A native test: a loop over every character of every line ran interpreted in the CLI's engine.
 */
const GLUED = /[\u4e00-\u9fa5）)》”」][0-9]+[、.．]/;
const hasGlued = (text: string): boolean => GLUED.test(text);

function hits(text: string): Hit[] {
  if (!hasGlued(text)) return NONE;
  const ms = markers(text);
  // most lines have no number glued to the word before it: nothing to chain
  if (ms.length < 2 || !ms.some((m) => m.n > 1 && ENDS_ITEM(m.before))) return NONE;
  const out: Hit[] = [];
  // the enumeration each marker continues: the last marker numbered one less, with the same mark
  const chain = new Map<Marker, Marker[]>();
  const last = new Map<string, Marker>();
  for (const m of ms) {
    const prev = last.get(`${m.mark}${m.n - 1}`);
    const startsRun = m.n === 1 && (m.before === '' || SEPARATORS.has(m.before));
    const run = startsRun ? [m] : prev && chain.get(prev) ? [...(chain.get(prev) as Marker[]), m] : undefined;
    if (!run) continue;
    chain.set(m, run);
    last.set(`${m.mark}${m.n}`, m);
    if (m.n > 1 && ENDS_ITEM(m.before)) {
      const seen = run.slice(1, -1).find((x) => SEPARATORS.has(x.before) && x.before !== ' ' && x.before !== '\u3000' && x.before !== '\t');
      out.push({ at: m.at, length: String(m.n).length + 1, separator: seen?.before ?? '' });
    }
  }
  return out.length ? out : NONE;
}

/**
 * Cited documents listed one after another, 《通知》（文号）、《通知》（文号）, where one lost its separator:
 * （洪财资环指〔2023〕35号）《关于恳请拨付…的函》. A 文号's closing bracket never runs into the next title in correct
 * text (GB/T 15834 separates titles with a 顿号 when a bracketed note stands after them), but many drafters list all their
 * citations so (广东 医院管理 2019: four in a row), so a glued pair is read only where the same line separates other
 * citations with a mark, the one to insert (the fix), or on a line where a 和, 及 or 与 joins two citations. Before it,
 * the list's 、 is missing between two of its items (…(开财字〔2020〕181号)《…》(开财发〔2022〕296号)和《…》, 开远 2023;
 * 雅安林业 2022): the fix inserts it, on request. After it, the 和 joined two as if the list ended there
 * ((云发改价格〔2021〕775号)和《…》(红粮联〔2022〕15号)《红河州…, 红河粮储 2024): 、 or 和 is said without a fix.
 * Titles that follow each other with no 文号 between, 《A》《B》, need none: GB/T 15834 leaves them unseparated.
 */
function citationHits(text: string): Hit[] {
  const titles = titleHits(text);
  const docs = numberHits(text);
  return titles.length === 0 ? docs : docs.length === 0 ? titles : [...docs, ...titles].sort((a, b) => a.at - b.at);
}

/** Marks that end a sentence or a clause of a list of its own: a list of titles is read inside them. */
const SENTENCE_END = /[。；;]/g;

/**
 * Two titles with nothing between them (》《) in a sentence that separates its other titles with 、 (保山 交通 2020:
 * 《中华人民共和国会计法》、《中华人民共和国预算法》《行政单位财务规则》, annotated so by two readers): one list written two
 * ways. GB/T 15834 lets titles stand together unseparated; a list that uses 、 elsewhere takes it here too.
 */
function titleHits(text: string): Hit[] {
  if (!text.includes('》《') || !text.includes('》、《')) return NONE;
  let out: Hit[] | undefined;
  let from = 0;
  for (const end of [...text.matchAll(SENTENCE_END)].map((m) => m.index).concat(text.length)) {
    const sentence = text.slice(from, end);
    if (sentence.includes('》、《'))
      for (let at = sentence.indexOf('》《'); at >= 0; at = sentence.indexOf('》《', at + 1))
        (out ??= []).push({ at: from + at, length: 2, separator: '、' });
    from = end + 1;
  }
  return out ?? NONE;
}

/** A 文号's closing bracket run into the next title (号)《). */
function numberHits(text: string): Hit[] {
  if (!text.includes('号)《') && !text.includes('号）《')) return NONE;
  let glued: number[] | undefined;
  let separator = '';
  /** Where the first 和 (及, 与) joining two citations stands, or -1. */
  let joined = -1;
  for (let i = text.indexOf('号'); i >= 0; i = text.indexOf('号', i + 1)) {
    const close = text[i + 1];
    if (close !== ')' && close !== '）') continue;
    const next = text[i + 2] ?? '';
    if (next === '《') (glued ??= []).push(i + 1);
    else if (!separator && CITATION_SEPARATORS.has(next) && text[i + 3] === '《') separator = next;
    else if (joined < 0 && CITATION_JOINS.has(next) && text[i + 3] === '《') joined = i;
  }
  if (!glued) return NONE;
  if (separator) return glued.map((at) => ({ at, length: 2, separator }));
  // 和 joins a list's last item: a citation run into the next before it (开远 2023: A(…181号)B(…296号)和C) or after it
  // (红河粮储 2024: A(…)和B(…15号)C) is an item of a list that lost its mark
  return joined >= 0
    ? glued.map((at) => (at < joined ? { at, length: 2, separator, beforeJoin: true } : { at, length: 2, separator }))
    : NONE;
}

const CITATION_SEPARATORS = new Set([...'、，,；;']);
/** Words that join two citations: a line that joins two with one separates its citations, so a glued pair lost a mark. */
const CITATION_JOINS = new Set([...'和及与']);
const NONE: Hit[] = [];
const NO_MARKERS: Marker[] = [];
const hitsOf = lineMemo((line) => hits(line.text));
const citationsOf = lineMemo((line) => citationHits(line.text));
const amountsOf = lineMemo((line) => gluedAmounts(line.text));
const commasOf = lineMemo((line) => commasFor(line.text));
/** The commas where a 、 belongs: comma-last.ts's, then comma-parallel.ts's at another comma. */
function commasFor(text: string): ParallelComma[] {
  const last = commaLast(text);
  const parallel = commaParallel(text);
  if (parallel.length === 0) return last;
  return [...last, ...parallel.filter((p) => !last.some((c) => c.at === p.at))];
}
/** A source line cut into pieces, by its first piece: kept while the whole line reads the same. */
const joined = new WeakMap<TextLine, { text: string; hits: Hit[] }>();
function joinedHits(first: TextLine, text: string): Hit[] {
  const memo = joined.get(first);
  if (memo?.text === text) return memo.hits;
  const found = hits(text);
  joined.set(first, { text, hits: found });
  return found;
}

export default defineRule({
  id: 'enumeration-separator',
  severity: 'warning',
  scope: 'chunk',
  description: {
    zh: '列举的一项缺了与上一项之间的分隔符号，编号直接连在上一项后面（如“办公室3、财务科”），或引用的文件连在一起（“5号)《关于”）。',
    en:
      'An enumerated item lost the separator before its number, which runs on from the item before (办公室3、财务科), ' +
      'or two cited documents run together (5号)《关于).',
  },
  fixes: [
    {
      does: { zh: '补上与其他各项（其他文件之间）相同的分隔符号', en: 'Inserts the separator the other items (citations) use' },
      safe: true,
    },
    {
      does: {
        zh: '在以“和”连接最后一个文件的引用列举中，给前面连在一起的文件之间补上“、”',
        en: 'Inserts 、 between citations run together before the 和 that joins the last of their list',
      },
      safe: false,
    },
    { does: { zh: '删去列举最后一项与“等”之间的逗号', en: 'Deletes the comma between a list’s last item and its 等' }, safe: true },
  ],
  check({ report }) {
    const out: RuleFinding[] = [];
    const commasSeen = new Set<number>();
    const lines = report.parsed.lines;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as TextLine;
      // Items run into one source line are split into lines of their own by parsing (run-in.ts), at
      // every number that follows in order: 办公室3、财务科 too. A missing separator is seen on the
      // source line as written, so the pieces of one source line are read together again.
      let j = i;
      while (j + 1 < lines.length && (lines[j + 1] as TextLine).line === line.line) j++;
      // one line as parsed, or several pieces of one source line: asked before i moves past the pieces
      const single = j === i;
      const text = single ? line.text : report.text.slice(line.start, (lines[j] as TextLine).end);
      const found = single ? hitsOf(line) : joinedHits(line, text);
      i = j;
      // the items of one list that all ran together (目标:1.提升…指数2.切实保障…速度3.加快…, 万源 2021) are one slip:
      // one finding on the first, the others related, one fix inserting every separator
      let list: RuleFinding | undefined;
      for (const h of found) {
        const start = line.start + h.at;
        const from = Math.max(0, h.at - 4);
        const around = text.slice(from, h.at + h.length + 4);
        const item = text.slice(h.at, h.at + h.length);
        const finding: RuleFinding = {
          span: { start, end: start + h.length },
          message: {
            zh:
              `列举项${zq(item)}前缺少分隔符号（${zq(around)}），与上一项连在了一起：` +
              `请在编号前补上${h.separator ? zq(h.separator) : '“；”或“，”'}`,
            en:
              `The enumerated item ${eq(item)} has no separator before it (${eq(around)}) and runs on from the item before: ` +
              `insert ${h.separator ? eq(h.separator) : '；'} before the number`,
          },
        };
        if (h.separator)
          finding.fix = {
            title: { zh: `补上${zq(h.separator)}`, en: `Insert ${eq(h.separator)}` },
            edits: [{ start, end: start, newText: h.separator }],
            safe: true,
          };
        if (list) {
          (list.related ??= []).push({ span: finding.span, message: finding.message });
          if (list.fix && finding.fix) list.fix.edits.push(...finding.fix.edits);
          else delete list.fix;
        } else out.push((list = finding));
      }
      if (list?.related) list.message = inList(list.message, list.related.length);
      for (const h of single ? citationsOf(line) : citationHits(text)) out.push(citationFinding(text, line.start, h));
      for (const g of single ? amountsOf(line) : gluedAmounts(text)) {
        const at = line.start + g.at;
        out.push({
          span: { start: at - 2, end: at + g.shown.length - 2 },
          message: {
            zh: `列举的两项连在了一起（${zq(g.shown)}）：同句其他各项之间用${zq(g.separator)}分隔，请在金额后补上${zq(g.separator)}`,
            en:
              `Two listed items run together (${eq(g.shown)}): the other items are separated by ${eq(g.separator)}; ` +
              'insert it after the amount',
          },
          fix: {
            title: { zh: `补上${zq(g.separator)}`, en: `Insert ${eq(g.separator)}` },
            edits: [{ start: at, end: at, newText: g.separator }],
            safe: true,
          },
        });
      }
      for (const c of single ? dengCommasOf(line) : commasBeforeDeng(text)) {
        const at = line.start + c;
        const shown = text.slice(Math.max(0, c - 4), c + 4);
        out.push({
          span: { start: at, end: at + 1 },
          message: {
            zh: `列举的最后一项和“等”之间多了逗号（${zq(shown)}）：“等”紧跟最后一项，请删去逗号`,
            en: `A comma stands between the list's last item and its 等 (${eq(shown)}): 等 follows the last item; delete the comma`,
          },
          fix: { title: { zh: '删去逗号', en: 'Delete the comma' }, edits: [{ start: at, end: at + 1, newText: '' }], safe: true },
        });
      }
      for (const c of single ? commasOf(line) : commasFor(text)) {
        const at = line.start + c.at;
        commasSeen.add(at);
        out.push({
          span: { start: at, end: at + 1 },
          message: c.middle
            ? {
                zh: `列举的各项用“、”分隔，其中两项之间却是逗号（${zq(c.shown)}）：请改为“、”`,
                en: `The listed items are separated by 、 but two of them by a comma (${eq(c.shown)}): write 、`,
              }
            : c.first
              ? {
                  zh: `列举的各项用“、”分隔，第一项后却是逗号（${zq(c.shown)}）：请改为“、”`,
                  en: `The listed items are separated by 、 but the first one is followed by a comma (${eq(c.shown)}): write 、`,
                }
              : {
                  zh: `列举的各项用“、”分隔，最后一项前却是逗号（${zq(c.shown)}）：请改为“、”`,
                  en: `The listed items are separated by 、 but the last one follows a comma (${eq(c.shown)}): write 、`,
                },
          fix: { title: { zh: '改为「、」', en: 'Change to 、' }, edits: [{ start: at, end: at + 1, newText: '、' }], safe: true },
        });
      }
    }
    for (const f of countedCommas(report, commasSeen)) out.push(f);
    return out;
  },
});

/**
 * A comma between a list's last item and the 等 that closes it (财务科、业务科、办公室,等科室: 邵阳 美术馆 2022): 等 follows
 * the last item directly. Only after a list in 、 and before a word (等科室, 等单位), not 等等 (，等等。 is written so) nor a
 * word that starts with 等 (,等级为优秀; ,等待…).
 */
const COMMA_BEFORE_DENG = /、[^、，,。；;：:\s]{1,15}([,，])等(?![等级待同于次额量候比到效价值])(?=[\u4e00-\u9fa5])/g;
/** Where each such comma stands in `text`. */
function commasBeforeDeng(text: string): number[] {
  if (!text.includes('等')) return NO_COMMAS;
  return [...text.matchAll(COMMA_BEFORE_DENG)].map((m) => m.index + m[0].length - 2);
}
const NO_COMMAS: number[] = [];
const dengCommasOf = lineMemo((line) => commasBeforeDeng(line.text));

/** Commas a stated count reads as 、 (the count is right with the names behind them), each list once, its commas fixed together. */
function countedCommas(report: Report, seen: ReadonlySet<number>): RuleFinding[] {
  let out: RuleFinding[] | undefined;
  for (const s of report.numbered)
    for (const e of enumerations(s)) {
      const commas = e.commas?.filter((c) => !seen.has(c));
      if (commas?.length) (out ??= []).push(countedCommaFinding(report.text, e, commas));
    }
  return out ?? [];
}

function countedCommaFinding(text: string, e: Enumeration, commas: number[]): RuleFinding {
  const first = commas[0] as number;
  const last = commas[commas.length - 1] as number;
  const counted = text.slice(e.start, e.end);
  // (a list written with commas alone ends at its last name: the excerpt stops there)
  const shown = text.slice(Math.max(e.listStart, first - 4), Math.min(e.allCommas ? e.listEnd : text.length, last + 6));
  const n = commas.length;
  return {
    span: { start: first, end: last + 1 },
    message: e.allCommas
      ? {
          zh: `写明「${counted}」，列出的 ${e.count} 个名称却用逗号隔开（${zq(shown)}）：并列的名称之间应用顿号“、”，请将这 ${n} 处逗号改为“、”`,
          en:
            `The text says “${counted}” and lists its ${e.count} names with commas (${eq(shown)}): ` +
            `names in a list take 、; change these ${n} commas`,
        }
      : {
          zh: `写明「${counted}」，列出的名称用“、”分隔，其中 ${n} 处却是逗号（${zq(shown)}）：连同逗号隔开的名称正好 ${e.count} 个，请改为“、”`,
          en:
            `The text says “${counted}” and lists the names with 、, but ${n} of them follow a comma (${eq(shown)}); ` +
            `with those the names are ${e.count}: write 、`,
        },
    fix: {
      title: { zh: '改为「、」', en: 'Change to 、' },
      edits: commas.map((c) => ({ start: c, end: c + 1, newText: '、' })),
      safe: true,
    },
  };
}

/** The first run-together item's message, with how many more the list holds. */
function inList(m: { zh: string; en: string }, more: number): { zh: string; en: string } {
  return { zh: `${m.zh}（同一列举另有 ${more} 处）`, en: `${m.en} (${more} more in the same list)` };
}

/** The citation whose closing bracket runs into the next 《title》, with the author's separator inserted between. */
function citationFinding(text: string, lineStart: number, h: Hit): RuleFinding {
  const start = lineStart + h.at;
  const at = start + 1;
  const around = text.slice(Math.max(0, h.at - 5), h.at + h.length + 6);
  // before the 和 that joins the list's last citation, the list's own mark: offered, not applied unasked (a few drafters
  // write their citations so throughout)
  if (h.beforeJoin)
    return {
      span: { start, end: start + h.length },
      message: {
        zh: `引用的文件之间缺少分隔符号（${zq(around)}）：这几个文件列为一组，最后一个之前用了“和”，前面各个文件之间应以“、”分隔，请在“《”前补上“、”`,
        en:
          `Two cited documents run together (${eq(around)}): the citations form one list whose last is joined by 和, ` +
          'so the ones before it are separated by 、; insert 、 before 《',
      },
      fix: { title: { zh: '补上「、」', en: 'Insert 、' }, edits: [{ start: at, end: at, newText: '、' }], safe: false },
    };
  if (!h.separator)
    return {
      span: { start, end: start + h.length },
      message: {
        zh: `引用的文件之间缺少分隔符号（${zq(around)}）：文号的括号后紧接着下一个文件的书名号，请在“《”前补上“、”或“和”`,
        en: `Two cited documents run together (${eq(around)}): a 文号's bracket runs into the next title; insert 、 or 和 before 《`,
      },
    };
  return {
    span: { start, end: start + h.length },
    message: {
      zh: `引用的文件之间缺少分隔符号（${zq(around)}）：同段其他文件之间用${zq(h.separator)}分隔，请在“《”前补上${zq(h.separator)}`,
      en:
        `Two cited documents run together (${eq(around)}): the other citations of the paragraph are separated by ` +
        `${eq(h.separator)}; insert it before 《`,
    },
    fix: {
      title: { zh: `补上${zq(h.separator)}`, en: `Insert ${eq(h.separator)}` },
      edits: [{ start: at, end: at, newText: h.separator }],
      safe: true,
    },
  };
}
