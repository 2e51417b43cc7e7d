// Misspellings seen in real reports (拔付 for 拨付, 建立建全 for 建立健全, 台帐 for 台账): a list kept as
// data (data/typo.json), each entry with where it was seen. Every listed form is wrong as written in its
// context — some only before given words (表明 before 宣传标识) or ending a heading's title (项目概括) —
// so the fix replaces it. Also the unit's own name, from the header, written without its first character,
// figures that ran into one another when a character between them was lost (typo/glued-digits.ts), a figure
// whose separators cannot be read or an area in m (typo/malformed-figure.ts), a set phrase that lost characters
// inside a word (typo/set-phrase.ts), two clause marks typed together (typo/doubled-punctuation.ts), a year with
// no 年 after it (before a listed word, or before any word when it is the evaluation year's time: typo/bare-year.ts),
// 的 for 地 between an adverb and its verb (typo/de-for-di.ts), a stray 于
// between 其中 and an amount (typo/stray-yu.ts), a character's look-alike inside a word (菅造, 完咸: typo/look-alike.ts)
// an economic class's name that lost its last character before its figure (基本支989312.11元: typo/budget-class.ts)
// a cited document's issuer that lost its last character before 关于 (《云南省林业和草原关于: typo/issuer-cut.ts) and a
// set phrase with a character typed in, two swapped or one written as its neighbour's copy (退人人员: typo/phrase-slip.ts);
// a body's name after its place that lost characters inside a word (东川区人办公室: typo/body-name-cut.ts); and a
// village or town the title names written with a character lost (乐道村 for 乐道冲村: typo/title-place.ts); and
// traditional characters in a simplified text (负責承包: typo/traditional-chars.ts); and 我 opening a clause with the
// unit's short name lost (我对2022年度…: typo/bare-self.ts); a character a PDF's font mapped to the wrong code point
// (评价挃标, 设计戒实施方案: typo/glyph-swap.ts) and a percentage, an amount or a date with letters for digits (IO0%,
// l6206.5万元, 2021年I月: typo/letter-figure.ts); 口 for 扣 before a deduction's points (要求口0.75分: typo/deduction.ts);
// a half-width . between two clauses after a figure (2039.8万元.全年执行数: typo/half-width-stop.ts).
import { readingOf, type TextLine } from '../parse/blocks.js';
import { lineMemo } from '../parse/line-memo.js';
import list from './data/typo.json' with { type: 'json' };
import { eq, zq } from './format.js';
import { defineRule, type RuleFinding } from './rule.js';
import { isHan } from '../text/han.js';
import { glossAt, simplify } from '../text/traditional.js';
import { gluedDigits, type Glued } from './typo/glued-digits.js';
import { malformedFigures } from './typo/malformed-figure.js';
import { drafters, furnitureLine } from './furniture-line.js';
import { doubledPunctuation } from './typo/doubled-punctuation.js';
import { halfWidthStops } from './typo/half-width-stop.js';
import { bareYears, yearBeforeNounFinding, yearsBeforeNouns } from './typo/bare-year.js';
import { evaluationYear } from '../model/filed-date.js';
import { deForDi } from './typo/de-for-di.js';
import { strayYu } from './typo/stray-yu.js';
import { bareSelf } from './typo/bare-self.js';
import { lookAlikes } from './typo/look-alike.js';
import { budgetClassCuts } from './typo/budget-class.js';
import { hanIn, MAX_LINE_SHARE, MAX_PASSAGE_SHARE, traditionalIn, type LineTraditional } from './typo/traditional-chars.js';
import { lastAnswer } from '../text/last-answer.js';
import { issuerCuts } from './typo/issuer-cut.js';
import { phraseReadings } from './typo/phrase-slip.js';
import { bodyNameCuts } from './typo/body-name-cut.js';
import { committeeCuts } from './typo/committee-cut.js';
import { glossesIn } from './debris/glosses.js';
import { placeCutsIn, titlePlaceCuts, type PlaceCut } from './typo/title-place.js';
import { AMBIGUOUS_SWAPS, glyphSwaps } from './typo/glyph-swap.js';
import { letterFigures } from './typo/letter-figure.js';
import { deductionMouths } from './typo/deduction.js';
import { circleZeros, type CircleZero } from './typo/circle-zero.js';
import { changedCharEdits } from './char-edits.js';

/** A line that is a file's name: no sentence mark, ending in a document's extension. */
const FILE_NAME = /^[^。，,；;\s]{2,200}\.(?:pdf|docx?|wps|xlsx?)\s*$/i;
const RIGHT = new Map(list.typos.map((t) => [t.wrong, t.right]));
/** Characters after which a listed form ends another word and is right (因为桥改造: 因为 + 桥). */
const NOT_AFTER = new Map(list.typos.flatMap((t) => ('notAfter' in t ? [[t.wrong, t.notAfter]] : [])));
/** Words one of which must follow a listed form for it to be wrong (表明 before 宣传标识 is 标明; 表明了 is right). */
const FOLLOWED_BY = new Map(list.typos.flatMap((t) => ('followedBy' in t ? [[t.wrong, t.followedBy]] : [])));
/** Characters after a listed form that make it the start of another word, and right (主要用户, 陪训练). */
const NOT_BEFORE = new Map(list.typos.flatMap((t) => ('notBefore' in t ? [[t.wrong, t.notBefore]] : [])));
/** Forms wrong only where a Chinese character follows: a clause going on (主要用城乡…, 用 lost its 于). */
const BEFORE_HAN = new Set(list.typos.flatMap((t) => ('followedByHan' in t && t.followedByHan ? [t.wrong] : [])));
/** Forms read before 、 only as an item of a list (送文艺下乡、全面阅读、: 全民阅读), not a verb before another. */
const LIST_ITEM = new Set(list.typos.flatMap((t) => ('listItem' in t && t.listItem ? [t.wrong] : [])));
/** Forms wrong only at the end of a heading's title (一、项目概括, （一）项目基本概括 for 概况; 概括 is a verb in prose). */
const TITLE_ONLY = new Set(list.typos.flatMap((t) => ('title' in t && t.title ? [t.wrong] : [])));
/** Forms that are also a given name: after a label's colon and one character, a surname (负责人：李宜传), they are right. */
const GIVEN_NAME = new Set(list.typos.flatMap((t) => ('givenName' in t && t.givenName ? [t.wrong] : [])));
/** What stands right before a surname that opens a name: a label's colon, or a space between names. */
const NAME_LEAD = '：: \u3000';
/** Longest first, so 建立建全 is read before any shorter entry inside it. */
const WRONG = [...RIGHT.keys()].sort((a, b) => b.length - a.length);

interface Hit {
  at: number;
  /** The listed form, as the list writes it (simplified). */
  wrong: string;
  /** The form as the line writes it, where it holds a traditional character (做為 for 做为). */
  written?: string;
}

/** The listed forms by their first character; FIRST marks those characters, so each character costs one array read. */
const BY_FIRST = new Map<number, string[]>();
const FIRST = new Uint8Array(0x10000);
for (const w of WRONG) {
  const c = w.charCodeAt(0);
  FIRST[c] = 1;
  BY_FIRST.set(c, [...(BY_FIRST.get(c) ?? []), w]);
}

/**
 * Each listed form in the line, left to right, the longest where two start together. A line in traditional script (a
 * mirror's conversion: 均做為重要內容, 巴彦 20xx) is read through the shared table, one character for one, so the list's
 * simplified forms find it and the offsets stand.
 */
function hits(line: TextLine): Hit[] {
  // simplify hands the line back as it is when it holds no traditional character
  const text = simplify(line.text);
  let out: Hit[] | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (FIRST[c] !== 1) continue;
    const wrong = firstListed(line, text, c, i);
    if (!wrong) continue;
    const written = line.text.slice(i, i + wrong.length);
    (out ??= []).push(written === wrong ? { at: i, wrong } : { at: i, wrong, written });
    i += wrong.length - 1;
  }
  return out ?? NONE;
}

/** The first listed form (longest first) starting with `c` at `i` and wrong there: a plain loop, no closure per character. */
function firstListed(line: TextLine, text: string, c: number, i: number): string | undefined {
  const forms = BY_FIRST.get(c) as string[];
  for (let k = 0; k < forms.length; k++) {
    const w = forms[k] as string;
    if (text.startsWith(w, i) && inContext(line, text, w, i)) return w;
  }
  return undefined;
}

/**
 * The right form in the script the line writes the wrong one in: a character the correction keeps is kept as written
 * (做為 → 作為), a changed one is the list's.
 */
function rightAsWritten(h: Hit, right: string): string {
  if (!h.written) return right;
  let out = '';
  for (let k = 0; k < right.length; k++) out += right[k] === h.wrong[k] ? (h.written[k] as string) : (right[k] as string);
  return out;
}

/**
 * Whether the form `w` at `i` of `text` (the line, or its simplified reading) is wrong where it stands: not the end of
 * another word, before its words, the whole title.
 */
function inContext(line: TextLine, text: string, w: string, i: number): boolean {
  if (i > 0 && NOT_AFTER.get(w)?.includes(text[i - 1] as string)) return false;
  if (i > 1 && GIVEN_NAME.has(w) && NAME_LEAD.includes(text[i - 2] as string) && isHan(text[i - 1] as string)) return false;
  const after = FOLLOWED_BY.get(w);
  if (after) {
    const a = after.find((word) => writtenAt(text, word, i + w.length));
    if (a === undefined) return false;
    // 、 names a listItem form as an item of a list only where a list's mark stands before it too (…下乡、全面阅读、免费培训);
    // after a subject, it joins two verbs (干部职工全面阅读、准确把握…: made up, session 22 round 2)
    if (a === LIST_MARK && LIST_ITEM.has(w) && !LIST_BEFORE.includes(text[i - 1] ?? '')) return false;
  }
  const next = text[i + w.length] ?? '';
  // at the line's end nothing follows: '' is in every string, and a form the line ends with (…集体决策，部份⏎零星采购, made
  // up, red team s23) is not the start of another word there
  if (next !== '' && NOT_BEFORE.get(w)?.includes(next)) return false;
  if (BEFORE_HAN.has(w) && !isHan(next)) return false;
  if (TITLE_ONLY.has(w)) {
    const head = readingOf(line).head;
    if (!head.marker && line.mdDepth === 0) return false;
    const title = head.title.trim();
    if (!title.endsWith(w) || i !== head.titleStart + head.title.indexOf(title) + title.length - w.length) return false;
  }
  return true;
}

/**
 * Whether `word` is written at `at` of `text`, a mirror's pinyin glosses after its characters read past (泉眼镇 20xx: 即定發(fā)放目標
 * holds 发放目标): the list's context words are read as the drafter wrote them.
 */
function writtenAt(text: string, word: string, at: number): boolean {
  if (text.startsWith(word, at)) return true;
  let i = at;
  for (let k = 0; k < word.length; k++, i++) {
    if (text[i] !== word[k]) return false;
    i += glossAt(text, i + 1);
  }
  return true;
}

const LIST_MARK = '、';
/** The marks before an item of a list: another item's 、, or the colon that opens the list. */
const LIST_BEFORE = '、：:';

const NONE: Hit[] = [];
/**
 * Nothing on a line of page furniture (a sharing site's terms end 侵权必究。。, 丰泽): it is deleted whole; on an essay site's
 * blurb run into the report's title, only what follows the blurb (furniture-line.ts drafters).
 */
const hitsOf = lineMemo((line) => drafters(line.text, hits(line)));
/**
 * The shapes of a line, left to right. Most lines have none: their lists' lengths are summed in a plain loop, not tested
 * by a callback, which the CLI's engine (never warmed up) paid for on every line.
 */
const gluedOf = lineMemo((line) => {
  const text = line.text;
  const digits = gluedDigits(text);
  const figures = malformedFigures(text);
  // a line a mirror converted, gluing pinyin after its characters (認(rèn)真…任務(wù),,做好, 南岳 2020), has the converter's
  // marks, not the drafter's: pasted-debris reads the line
  const marks = glossesIn(text).length > 0 ? NONE_GLUED : doubledPunctuation(text);
  const { cuts: phrases, slips } = phraseReadings(text);
  // a file's name writes its year bare (…运输局2021部门整体绩效自评报告.pdf, 惠州交通 2021)
  const years = FILE_NAME.test(text) ? NONE_GLUED : bareYears(text);
  const des = deForDi(text);
  const yus = strayYu(text);
  const looks = lookAlikes(text);
  const classes = budgetClassCuts(text);
  const issuers = newIssuerCuts(line);
  const bodies = bodyNameCuts(text);
  const committees = committeeCuts(text);
  const selves = bareSelf(text);
  const glyphs = glyphSwaps(text);
  const letters = letterFigures(text);
  const mouths = deductionMouths(text);
  const stops = halfWidthStops(text);
  const shapes = [
    digits,
    figures,
    marks,
    phrases,
    years,
    des,
    yus,
    looks,
    classes,
    issuers,
    slips,
    bodies,
    committees,
    selves,
    glyphs,
    letters,
    mouths,
    stops,
  ];
  let count = 0;
  for (let k = 0; k < shapes.length; k++) count += (shapes[k] as Glued[]).length;
  if (count === 0) return NONE_GLUED;
  const all = shapes.flat().sort((a, b) => a.start - b.start);
  return furnitureLine(text) ? NONE_GLUED : all;
});
/** An issuer's cut names the list does not read already (县财政关于, with its fix): none is read twice. */
function newIssuerCuts(line: TextLine): Glued[] {
  const cuts = issuerCuts(line.text);
  if (cuts.length === 0) return cuts;
  const listed = hitsOf(line);
  return cuts.filter((g) => !listed.some((h) => h.at < g.end + 2 && h.at + h.wrong.length > g.start));
}
const NONE_GLUED: Glued[] = [];
/**
 * A line's years before a word that no shape above reads (none on a furniture line, nor in a file's name, which writes the
 * year bare: 惠州交通 2021's …运输局2021部门整体绩效自评报告.pdf): kept by the evaluation year in `check`.
 */
const yearsOf = lineMemo((line) => {
  const years = yearsBeforeNouns(line.text);
  if (years.length === 0 || FILE_NAME.test(line.text) || furnitureLine(line.text)) return NO_YEARS;
  const glued = gluedOf(line);
  return years.filter((y) => !glued.some((g) => g.start < y.start + 4 && y.start < g.end));
});
const NO_YEARS: ReturnType<typeof yearsBeforeNouns> = [];

/** How far from the evaluation year a year before a word is still the report's own time (the year before, the year after). */
const NEAR_YEARS = 1;
/** A line's traditional characters (none on a furniture line). */
const traditionalOf = lineMemo((line): LineTraditional => {
  const t = traditionalIn(line.text);
  return t.count > 0 && furnitureLine(line.text) ? { runs: [], count: 0, han: t.han } : t;
});
/** A line's Chinese characters: read only in a chunk that holds a traditional one. */
const hanOf = lineMemo((line) => hanIn(line.text));

/** Shortest cut name read: a shorter one (财政局 of 市财政局) is too common to be a lost character. */
const MIN_CUT_NAME = 6;

/**
 * A name whose place is one character (南县农业农村局, 祁县…) loses it to the level: 县农业农村局 is the body's short name the
 * report and its site write (来源：县农业农村局: made up, session 22 red team), not a name cut by a slip.
 */
const LEVELS = new Set([...'省市县区州旗盟镇乡村']);

/** The unit's name as the header gives it, without a seal's mark: 徐闻县前山镇人民政府. */
function unitName(value: string): string {
  return value.replace(/[ \u3000]*[(（](?:公章|盖章)[)）]$/, '').trim();
}

/**
 * The unit's name without its first character in the body (闻县前山镇人民政府 where the header's 评价单位 is
 * 徐闻县前山镇人民政府, 徐闻 2024): read only where no Han character stands before it, so neither the full
 * name nor a name cut by a line break (徐 / 闻县…, the 徐 ending the line before) is taken for it.
 */
function cutNames(text: string, line: TextLine, name: string): number[] {
  const cut = name.slice(1);
  let out: number[] | undefined;
  for (let at = line.text.indexOf(cut); at >= 0; at = line.text.indexOf(cut, at + cut.length)) {
    // the character before in the source, across one line break and its spaces (bounded): never past a
    // blank line, into another paragraph (a chunk-scoped rule reads its own paragraph only)
    let b = line.start + at - 1;
    for (let breaks = 0; b >= 0 && line.start + at - b <= 4 && WHITE.has(text[b] as string); b--) {
      if (text[b] === '\n' && ++breaks > 1) break;
    }
    if (!isHan(text[b] ?? '')) (out ??= []).push(at);
  }
  return out ?? NO_CUTS;
}
const WHITE = new Set([...' \u3000\t\r\n']);
const NO_CUTS: number[] = [];

export default defineRule({
  id: 'typo',
  severity: 'warning',
  scope: 'chunk',
  description: {
    zh: '真实报告中出现过的错别字（拔付→拨付、建立建全→建立健全、台帐→台账等）。',
    en: 'Misspellings seen in real reports (拔付→拨付, 建立建全→建立健全, 台帐→台账, …).',
  },
  fixes: [
    { does: { zh: '改为正确的写法', en: 'Writes the correct form' }, safe: true },
    {
      does: {
        zh: '补上标题中地名少的字',
        en: "Puts back the character a title's place lost",
      },
      safe: false,
    },
  ],
  check({ report }) {
    const out: RuleFinding[] = [];
    const name = report.header.unit ? unitName(report.header.unit.value) : '';
    const readName = name.length > MIN_CUT_NAME && Array.from(name).every(isHan) && !LEVELS.has(name[1] as string);
    const places = placesOf(report.header.title?.value ?? '');
    const names = [report.header.title?.value, report.header.unit?.value].filter((n): n is string => n !== undefined);
    let year: number | null | undefined;
    const placeHits: { at: number; cut: PlaceCut }[] = [];
    const rightWritten = new Map<string, boolean>();
    /** The forms the report names in one sentence with the title's place: another place, not the title's mistyped. */
    const apart = new Set<string>();
    for (const line of report.parsed.lines) {
      const years = yearsOf(line);
      if (years.length > 0) {
        year ??= evaluationYear(report)?.year ?? null;
        const glued = year === null ? NO_YEARS : years.filter((y) => Math.abs(y.year - (year as number)) <= NEAR_YEARS);
        for (const y of glued) out.push(gluedFinding(line, yearBeforeNounFinding(y)));
      }
      if (readName) for (const at of cutNames(report.text, line, name)) out.push(cutNameFinding(line.start + at, name));
      if (places.length > 0) {
        const found = placeCutsIn(line.text, places);
        for (const p of found) placeHits.push({ at: line.start + p.at, cut: p.cut });
        for (const form of namedApart(line.text, places)) apart.add(form);
      }
      const hits = hitsOf(line);
      for (let k = 0; k < hits.length; k++) {
        const h = hits[k] as Hit;
        if (h.at + h.wrong.length === line.text.length && startsAnotherWord(report.text, line.end, h.wrong)) continue;
        const right = rightAsWritten(h, RIGHT.get(h.wrong) ?? h.wrong);
        const wrong = h.written ?? h.wrong;
        const start = line.start + h.at;
        out.push({
          span: { start, end: start + h.wrong.length },
          message: { zh: `错别字：${zq(wrong)}应为${zq(right)}`, en: `Misspelling: ${eq(wrong)} should be ${eq(right)}` },
          fix: {
            title: { zh: `改为${zq(right)}`, en: `Change to ${eq(right)}` },
            edits: [{ start, end: start + h.wrong.length, newText: right }],
            safe: true,
          },
        });
      }
      const shapes = gluedOf(line);
      for (let k = 0; k < shapes.length; k++) {
        const g = shapes[k] as Glued;
        if (g.end - g.start === 1 && fontRight(report.text, line.text[g.start] as string, rightWritten)) continue;
        out.push(gluedFinding(line, g));
      }
      for (const z of circleZeros(line.text, names)) out.push(circleFinding(line.start + z.at, z));
    }
    for (const p of placeHits) if (!apart.has(p.cut.form)) out.push(placeCutFinding(p.at, p.cut));
    out.push(...traditionalFindings(report.parsed.lines, report.text));
    return out;
  },
});

/** A ○ for 〇 (typo/circle-zero.ts), with its safe fix. */
function circleFinding(start: number, z: CircleZero): RuleFinding {
  return {
    span: { start, end: start + z.written.length },
    message: {
      zh: `${zq(z.written)}中的“○”是圆圈符号，标题中写作${zq(z.right)}：数字零应写作“〇”`,
      en: `The ○ in ${eq(z.written)} is a circle, and the title writes ${eq(z.right)}: the numeral zero is 〇`,
    },
    fix: {
      title: { zh: `改为${zq(z.right)}`, en: `Change to ${eq(z.right)}` },
      // only the circles change, the word's other characters left as they are
      edits: changedCharEdits(start, z.written, z.right),
      safe: true,
    },
  };
}

/**
 * Whether the form a line ends with starts another word with the next line's first character (部份⏎额, a PDF's line
 * break inside 部份额): the line's own reading saw nothing after it. Reads past the break and the next line's indent only.
 */
function startsAnotherWord(text: string, end: number, w: string): boolean {
  const not = NOT_BEFORE.get(w);
  if (not === undefined) return false;
  let at = end;
  if (text[at] === '\r') at++;
  if (text[at] !== '\n') return false;
  at++;
  for (let n = 0; n < 8 && (text[at] === ' ' || text[at] === '\u3000'); n++) at++;
  const c = text[at];
  return c !== undefined && c !== '\n' && not.includes(c);
}

/**
 * Whether `c` is a glyph of AMBIGUOUS_SWAPS (戒 for 或) in a report that writes the character it stands for: then the
 * font maps that character right, and `c` is its own word. Each character's answer is asked of the text once.
 */
function fontRight(text: string, c: string, written: Map<string, boolean>): boolean {
  const right = AMBIGUOUS_SWAPS.get(c);
  if (right === undefined) return false;
  let seen = written.get(right);
  if (seen === undefined) written.set(right, (seen = text.includes(right)));
  return seen;
}

/** A shape read on a line, as a finding with its fix when it has one. */
function gluedFinding(line: TextLine, g: Glued): RuleFinding {
  const start = line.start + g.start;
  const end = line.start + g.end;
  const finding: RuleFinding = { span: { start, end }, message: g.message };
  if (g.right !== undefined) {
    finding.fix = {
      title: { zh: `改为${zq(g.right)}`, en: `Change to ${eq(g.right)}` },
      edits: [{ start, end, newText: g.right }],
      safe: true,
    };
  }
  return finding;
}

/** The fewest Chinese characters of a paragraph judged a passage by its share: a sentence's share is its line's. */
const MIN_PASSAGE = 100;
/** Characters of the page's opening read to tell a mirror's converted page (its furniture and title are converted too). */
const OPENING = 2000;
/** Whether an opening is mostly traditional: a keystroke below it asks again with the same opening. */
const convertedOpening = lastAnswer((opening) => {
  const t = traditionalIn(opening);
  return t.count > t.han * MAX_PASSAGE_SHARE;
});
const convertedPage = (text: string): boolean => convertedOpening(text.length > OPENING ? text.slice(0, OPENING) : text);

/**
 * Traditional characters in a simplified text, each run one finding; none on a page a mirror converted (its opening
 * mostly traditional), in a paragraph of them (a passage in traditional script) or on a line of them. Judged by the
 * page and the paragraph, not by the chunk the lines were parsed in: typing that splits a chunk (绩溪 2021 of session
 * 24's third set, a converted page whose first lines became a chunk of their own) changes no finding.
 */
function traditionalFindings(lines: readonly TextLine[], text: string): RuleFinding[] {
  let count = 0;
  for (const line of lines) count += traditionalOf(line).count;
  if (count === 0 || convertedPage(text)) return [];
  // each paragraph's share: its lines are one block, never split between chunks
  const share = new Map<number, { count: number; han: number }>();
  for (const line of lines) {
    const t = traditionalOf(line);
    if (t.count === 0) continue;
    const b = share.get(line.block) ?? { count: 0, han: 0 };
    b.count += t.count;
    share.set(line.block, b);
  }
  for (const line of lines) {
    const b = share.get(line.block);
    if (b) b.han += hanOf(line);
  }
  const out: RuleFinding[] = [];
  for (const line of lines) {
    const t = traditionalOf(line);
    if (t.count === 0 || t.count > t.han * MAX_LINE_SHARE) continue;
    const b = share.get(line.block);
    if (b && b.han >= MIN_PASSAGE && b.count > b.han * MAX_PASSAGE_SHARE) continue;
    for (const r of t.runs) {
      const start = line.start + r.start;
      const end = line.start + r.end;
      const wrong = line.text.slice(r.start, r.end);
      const right = r.right ?? r.forms.map((f) => (f.length === 1 ? f : `[${[...f].join('/')}]`)).join('');
      const finding: RuleFinding = {
        span: { start, end },
        message: {
          zh: `${zq(wrong)}是繁体字，本文用的是简体：应为${zq(right)}`,
          en: `${eq(wrong)} is written in traditional characters in a simplified text: write ${eq(right)}`,
        },
      };
      if (r.right !== undefined)
        finding.fix = {
          title: { zh: `改为${zq(r.right)}`, en: `Change to ${eq(r.right)}` },
          edits: [{ start, end, newText: r.right }],
          safe: true,
        };
      out.push(finding);
    }
  }
  return out;
}

/** The unit's name that lost its first character: the fix puts the character back. */
function cutNameFinding(start: number, name: string): RuleFinding {
  const cut = name.slice(1);
  const lost = name.slice(0, 1);
  return {
    span: { start, end: start + cut.length },
    message: {
      zh: `单位名称${zq(cut)}缺了第一个字：评价单位是${zq(name)}，请补上${zq(lost)}`,
      en: `The unit's name ${eq(cut)} lost its first character: the unit is ${eq(name)}; put back ${eq(lost)}`,
    },
    fix: { title: { zh: `补上${zq(lost)}`, en: `Put back ${eq(lost)}` }, edits: [{ start, end: start, newText: lost }], safe: true },
  };
}

/** The title's places and their cut forms, kept for the last title read (every keystroke asks again). */
let lastPlaces: { title: string; cuts: PlaceCut[] } = { title: '', cuts: [] };
function placesOf(title: string): PlaceCut[] {
  if (lastPlaces.title !== title) lastPlaces = { title, cuts: titlePlaceCuts(title) };
  return lastPlaces.cuts;
}

/**
 * The forms of `found` that a sentence of the line names beside their title's place (项目位于青龙山村，涉及相邻的青龙村、
 * 大河村: made up, session 22 round 2): the drafter tells the two apart, so the shorter is a neighbouring place wherever it
 * stands in the report. One pass over the sentences of a line that names a title's place (few lines).
 */
function namedApart(text: string, cuts: readonly PlaceCut[]): readonly string[] {
  let named: PlaceCut[] | undefined;
  for (const cut of cuts) if (text.includes(cut.name)) (named ??= []).push(cut);
  if (named === undefined) return NO_FORMS;
  let out: string[] | undefined;
  for (const sentence of text.split(/[。；;！？!?]/)) {
    for (const cut of named) {
      if (sentence.includes(cut.name) && sentence.split(cut.name).join('|').includes(cut.form)) (out ??= []).push(cut.form);
    }
  }
  return out ?? NO_FORMS;
}

const NO_FORMS: readonly string[] = [];

/** A place of the title written with a character lost: the fix puts it back, not safe (the place may be another). */
function placeCutFinding(start: number, cut: PlaceCut): RuleFinding {
  return {
    span: { start, end: start + cut.form.length },
    message: {
      zh: `地名${zq(cut.form)}与标题中的${zq(cut.name)}差一个字：疑少了${zq(cut.lost)}，请核对`,
      en: `The place ${eq(cut.form)} is one character short of the title's ${eq(cut.name)}: ${eq(cut.lost)} seems lost; check`,
    },
    fix: {
      title: { zh: `改为${zq(cut.name)}`, en: `Change to ${eq(cut.name)}` },
      edits: [{ start, end: start + cut.form.length, newText: cut.name }],
      safe: false,
    },
  };
}
