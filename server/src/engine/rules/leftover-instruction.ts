// What a form or the notice's outline says to the drafter, left in the report: bracketed instructions
// (（请填写…）, （200字以内）), a template question copied instead of answered (所报送的…是否与公开的…
// 一致), placeholders (XX万元) and asterisks where a name or figure belongs (leftover-instruction/star-masks.ts), a
// template's numbered rows left blank (指标2). The phrases are data
// (data/leftover-instruction.json). Tick boxes of a filled cover (评价方式：部门绩效自评□√) are answers,
// not instructions, and are left alone; a choice whose boxes are all empty was not answered
// (leftover-instruction/unticked.ts), nor a field left as its row of empty boxes (leftover-instruction/empty-boxes.ts).
import { lineMemo } from '../parse/line-memo.js';
import { readingOf, type TextLine } from '../parse/blocks.js';
import { pickedLines } from '../parse/picked-lines.js';
import words from './data/leftover-instruction.json' with { type: 'json' };
import { eq, zq } from './format.js';
import { defineRule, type RuleFinding } from './rule.js';
import { isHanCode } from '../text/han.js';
import { untickedChoices } from './leftover-instruction/unticked.js';
import { emptyBoxFields } from './leftover-instruction/empty-boxes.js';
import { starMasks } from './leftover-instruction/star-masks.js';
import { isAsciiWord, letterMask } from './leftover-instruction/letter-masks.js';
import { siteHidesText } from './debris/masks.js';
import { furnitureLine, siteLine } from './furniture-line.js';

type Kind =
  | 'instruction'
  | 'question'
  | 'placeholder'
  | 'mask'
  | 'blank-row'
  | 'guidance'
  | 'unticked'
  | 'boxes'
  | 'blank-date'
  | 'blank-name'
  | 'note'
  | 'elided'
  | 'blank-figure';

interface Hit {
  at: number;
  length: number;
  kind: Kind;
  /** A word limit (（200字以内）): in a table row, the printed form's own note. */
  limit?: boolean;
  /** A mask that pairs as Markdown's emphasis would: counted only in a text with other masks. */
  paired?: boolean;
  /**
   * A lone star before a measure after a word (面积*亩), or a lone X where a figure belongs (总户数X户): counted in a text
   * with another mask or a second such one.
   */
  weak?: boolean;
  /** Guidance on a line of its own: the outline's only under a heading (underHeading). */
  alone?: boolean;
}

/** Opening bracket → its closing one (char codes). */
const OPEN = new Map([
  [0xff08, 0xff09], // （）
  [0x28, 0x29], // ()
  [0x3010, 0x3011], // 【】
  [0x5b, 0x5d], // []
]);
/** Longest bracketed note read as a possible instruction: the search for its end stops there. */
const LONGEST_NOTE = 60;
const PLACEHOLDER = new Set(words.placeholders.map((c) => c.charCodeAt(0)));
const BLANK_LINE = new Set(words.blankLines.map((c) => c.charCodeAt(0)));
/** Shortest fill-in line read beside Chinese without a year before it (two underscores may be Markdown's bold). */
const SHORTEST_BLANK = 3;
/** First characters of an instruction: a bracket starting otherwise is passed over at once. */
const FIRST = new Set(
  [...words.bracketStarts, ...words.bracketWhole, ...words.wordLimits.map((w) => w.start || '0123456789')].flatMap((s) => [
    ...s.slice(0, s ? 1 : 0),
  ]),
);
for (const d of '0123456789') FIRST.add(d);
for (const s of words.conditionalNotes.starts) FIRST.add(s.charAt(0));
for (const s of words.limitSubjects) FIRST.add(s.charAt(0));
/** Opening brackets and placeholder characters: every other character costs one array read. */
const INTERESTING = new Uint8Array(0x10000);
for (const c of [...OPEN.keys(), ...PLACEHOLDER, ...BLANK_LINE]) INTERESTING[c] = 1;
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
/** The character before `i`, or before the space there (xxxx.xx 万元: after the decimals). */
const besideBefore = (text: string, i: number): number => text.charCodeAt(text.charCodeAt(i - 1) === 32 ? i - 2 : i - 1);
/**
 * A field's label and its colon stand right before `i` (项目负责人：＿＿＿＿　联系电话：＿＿＿＿, session 22 red team): the fill-in
 * line is the field's value, never written, though no Chinese touches it.
 */
function afterLabel(text: string, i: number): boolean {
  const at = text.charCodeAt(i - 1) === 32 ? i - 2 : i - 1;
  const c = text.charCodeAt(at);
  return (c === 0xff1a || c === 58) && isHanCode(text.charCodeAt(at - 1));
}
/** The longest value read written on a fill-in line (a name, a telephone number). */
const LONGEST_VALUE = 20;
const isColon = (c: number): boolean => c === 0xff1a || c === 58;
const isSpace = (c: number): boolean => c === 32 || c === 0x3000 || c === 9;
/** Where a value written on a line ends or starts: a colon, a space, a fill-in line, or past the text. */
const isFieldEdge = (text: string, k: number): boolean => {
  const c = text.charCodeAt(k);
  return Number.isNaN(c) || isColon(c) || isSpace(c) || BLANK_LINE.has(c);
};
/**
 * The fill-in line [i, end) carries a value written on it (made up, red team s23): a field filled on the printed line,
 * the value between two runs of it (项目负责人：____王建国____) or after the label and before the line's rest
 * (填表人：王建国____________ 审核人：…). A value is up to LONGEST_VALUE characters with no space, colon or line in it.
 */
function writtenOn(text: string, i: number, end: number): boolean {
  // the value after the run, up to another run: the run's other side a field's edge
  if (isFieldEdge(text, i - 1) || i === 0) {
    let k = end;
    while (k < text.length && k - end <= LONGEST_VALUE && !isFieldEdge(text, k)) k++;
    if (k > end && BLANK_LINE.has(text.charCodeAt(k))) return true;
  }
  // the value before the run, after a label's colon or another run; the run then ends the field
  if (!isFieldEdge(text, end) && end < text.length) return false;
  let k = i - 1;
  while (k >= 0 && i - k <= LONGEST_VALUE && !isFieldEdge(text, k)) k--;
  return k < i - 1 && k >= 0 && (isColon(text.charCodeAt(k)) || BLANK_LINE.has(text.charCodeAt(k)));
}
/** The character at `end`, or after the space there; a run of X with decimals (xxxx.xx) is read past them. */
function besideAfter(text: string, end: number): number {
  let j = end;
  if (text[j] === '.' && PLACEHOLDER.has(text.charCodeAt(j + 1))) for (j++; PLACEHOLDER.has(text.charCodeAt(j)); j++);
  return text.charCodeAt(text.charCodeAt(j) === 32 ? j + 1 : j);
}

/** A year's first two digits (19, 20) stand right before `i`, after no digit or Latin letter. */
function yearStart(text: string, i: number): boolean {
  if (i < 2 || !(text.startsWith('20', i - 2) || text.startsWith('19', i - 2))) return false;
  return !isAsciiWord(text.charCodeAt(i - 3));
}

const BLANK_PLACES = new Set([...words.blankPlaces].map((c) => c.charCodeAt(0)));

/**
 * One or two underscores where a place's name belongs, before its 县/市/区 and the rest of a name (_县市场监督管理局,
 * 根据_县财政局, 《__县巩固退耕还林…规划》): not after a Latin letter or a digit (a file name's 报告.docx_第1页), and not before
 * a word of other Chinese (a spam title's 在线亚洲_亚洲一级).
 */
function blankPlace(text: string, i: number, end: number): boolean {
  if (end - i > 2 || !BLANK_PLACES.has(text.charCodeAt(end)) || !isHanCode(text.charCodeAt(end + 1))) return false;
  return !isAsciiWord(text.charCodeAt(i - 1));
}

/**
 * A form's own mark on an indicator kind (数量指标(必填硬性指标), 成本指标(必填), 原州 边销茶 2022, set 36: the 宁夏 自评表 prints
 * which kinds must be filled): part of the printed form, as the kind's name is, not a note the drafter left.
 */
function formLabel(text: string, i: number, note: string): boolean {
  return note.startsWith(words.requiredMark) && text.slice(Math.max(0, i - 2), i) === '指标';
}

/** Notes that are the form's only as a bracket's whole content (评价指标体系(简要说明); （简要说明项目情况，300字以内） quotes a notice). */
const WHOLE = new Set(words.bracketWhole);

function isInstruction(note: string): boolean {
  if (WHOLE.has(note.trim())) return true;
  return (words.bracketStarts.some((s) => note.startsWith(s)) && !drafters(note)) || isWordLimit(note) || isConditional(note);
}

/**
 * A note the drafter wrote though it opens as an instruction does: what the report left out (此处略), what a word means
 * (此处指…) or what the text there is or holds (此处为…, 此处含…, 此处仅列举…, 此处不再…): 此处 and a describing word.
 */
function drafters(note: string): boolean {
  const { lead, describes, ends } = words.bracketOwn;
  return ends.some((e) => note.endsWith(e)) || (note.startsWith(lead) && describes.includes(note.charAt(lead.length)));
}

/** A note saying when a section need not be written (如无特别说明的情况则无需阐述): a drafter with nothing to say writes 无. */
function isConditional(note: string): boolean {
  const { starts, skips } = words.conditionalNotes;
  return starts.some((s) => note.startsWith(s)) && skips.some((s) => note.includes(s));
}

function isWordLimit(whole: string): boolean {
  // the outline's part the limit is set on may open it (此部分不超过500字)
  const subject = words.limitSubjects.find((s) => whole.startsWith(s));
  const note = subject ? whole.slice(subject.length) : whole;
  return words.wordLimits.some((w) => {
    if (!note.startsWith(w.start) || !note.endsWith(w.end)) return false;
    const n = note.slice(w.start.length, note.length - w.end.length);
    return n.length > 0 && n.length <= 5 && [...n].every(isDigit);
  });
}

/** First characters of a form's prompt (简要说明, 概述, 填写…): a note opening so is read for a word limit after it. */
const PROMPT_FIRST = new Set(words.promptStarts.map((w) => w.charAt(0)));
/** Where a clause of a note ends: a word limit stands after one (…实施内容等，200字以内). */
const CLAUSE_MARKS = '，,；;、 \u3000';

/**
 * A form's prompt with its word limit as a clause of the note (（简要说明项目立项依据、资金来源、实施内容等，200字以内）,
 * （限300字，概述部门职能…）: made up, red team s23): the limit is said only to the drafter, and the rest opens as a
 * form asks (`promptStarts`). A drafter's own bracket (（主题鲜明，2000字以内） of an essay contest) opens otherwise.
 */
function promptWithLimit(note: string): boolean {
  let last = -1;
  let firstMark = -1;
  for (let k = 0; k < note.length; k++) {
    if (!CLAUSE_MARKS.includes(note[k] as string)) continue;
    if (firstMark < 0) firstMark = k;
    last = k;
  }
  if (last < 0) return false;
  const opens = (t: string): boolean => words.promptStarts.some((w) => t.startsWith(w));
  return (
    (isWordLimit(note.slice(last + 1)) && opens(note.slice(0, last))) ||
    (isWordLimit(note.slice(0, firstMark)) && opens(note.slice(firstMark + 1)))
  );
}

/** Where a form's note stands alone: a line's or a cell's edge, or a label's colon. */
const EDGE = '|:：';

/**
 * The note [i, end] stands as a form's does: alone on its line or in its cell, or right before a label's colon or after
 * one (资金来源（多个来源请列明金额）：…). In a sentence (征文比赛（结合家乡变化，800字左右），收到作品…; 各乡镇上报完成情况（未
 * 完成的请说明原因），县局汇总…: made up, red team s23) it is the drafter's account of a requirement.
 */
function standsAlone(text: string, i: number, end: number): boolean {
  let b = i - 1;
  while (b >= 0 && (text[b] === ' ' || text[b] === '\u3000')) b--;
  if (b < 0 || EDGE.includes(text[b] as string)) return true;
  let a = end + 1;
  while (a < text.length && (text[a] === ' ' || text[a] === '\u3000')) a++;
  return a >= text.length || EDGE.includes(text[a] as string);
}

/** How far into a note a form's request to the drafter is looked for after the words it is about (定性指标请填写…). */
const ASK_WITHIN = 12;
/** A form's requests to the drafter: verbs of filling a form, which no report's own text addresses to its reader. */
const ASKS = ['请填写', '请填报', '请说明', '请注明', '请列明', '请列出', '请简要', '请简述', '请在此'];
/** Characters before 请 that make it the end of another word (申请, 提请, 报请, 邀请, 聘请…): no request. */
const ASK_NOT_AFTER = '申提报邀聘呈恳吁奏延宴敬祈函';

/** Whether a 请 stands within ASK_WITHIN characters after the bracket at `i`, before any close or line end (bounded). */
function askAhead(text: string, i: number): boolean {
  const stop = Math.min(text.length, i + 2 + ASK_WITHIN);
  for (let j = i + 2; j < stop; j++) {
    const c = text[j];
    if (c === '请') return true;
    if (c === '\n' || c === '）' || c === ')' || c === '】' || c === ']') return false;
  }
  return false;
}

/**
 * A note whose words ask the drafter to fill something in after naming what it is about (三级指标（定性指标请填写“达成/
 * 部分达成/未达成”）, 偏差原因（未完成的请说明原因）: made up, red team s23): the printed form's note, not the report's
 * words. Not after a word 请 ends (申请, 报请: 经县政府报请注明…).
 */
function askedInside(note: string): boolean {
  for (const a of ASKS) {
    const at = note.indexOf(a);
    if (at > 0 && at <= ASK_WITHIN && !ASK_NOT_AFTER.includes(note[at - 1] as string)) return true;
  }
  return false;
}

/** The end of the bracketed note opened at `i`, searched no further than LONGEST_NOTE, or -1. */
function noteEnd(text: string, i: number, close: number): number {
  const stop = Math.min(text.length, i + LONGEST_NOTE + 1);
  for (let j = i + 1; j < stop; j++) if (text.charCodeAt(j) === close) return j;
  return -1;
}

function hits(text: string): Hit[] {
  let out: Hit[] | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (INTERESTING[c] !== 1) continue;
    const close = OPEN.get(c);
    if (close !== undefined) {
      const first = text[i + 1] ?? '';
      if (!FIRST.has(first) && !PROMPT_FIRST.has(first) && !askAhead(text, i)) continue;
      const end = noteEnd(text, i, close);
      const note = end > i ? text.slice(i + 1, end) : '';
      const alone = end > i && standsAlone(text, i, end);
      const prompted = alone && promptWithLimit(note);
      if (end > i && (isInstruction(note) || prompted || (alone && askedInside(note))) && !formLabel(text, i, note)) {
        (out ??= []).push({ at: i, length: end + 1 - i, kind: 'instruction', limit: isWordLimit(note) || prompted });
        i = end;
      } else if (end < 0 && FIRST.has(first) && text.length - i - 1 <= LONGEST_NOTE && isInstruction(text.slice(i + 1).trimEnd())) {
        // a note running unclosed to the end of the line: a table cell whose ) was lost (专项资金(每个专项一行)
        (out ??= []).push({ at: i, length: text.trimEnd().length - i, kind: 'instruction', limit: false });
        break;
      }
    } else if (BLANK_LINE.has(c)) {
      let end = i + 1;
      while (BLANK_LINE.has(text.charCodeAt(end))) end++;
      // a year on a fill-in line never filled in (20_年, 20_ 年, 我市20__耕地…), or a fill-in line beside Chinese (金额___万元)
      const year = yearStart(text, i) && isHanCode(text.charCodeAt(text.charCodeAt(end) === 32 ? end + 1 : end));
      const beside = isHanCode(besideBefore(text, i)) || isHanCode(besideAfter(text, end)) || afterLabel(text, i);
      if (year || (end - i >= SHORTEST_BLANK && beside && !writtenOn(text, i, end)))
        (out ??= []).push({ at: year ? i - 2 : i, length: end - i + (year ? 2 : 0), kind: 'placeholder' });
      else if (blankPlace(text, i, end)) (out ??= []).push({ at: i, length: end + 1 - i, kind: 'placeholder' });
      i = end - 1;
    } else if (PLACEHOLDER.has(c) && PLACEHOLDER.has(text.charCodeAt(i + 1))) {
      let end = i + 2;
      while (end < text.length && PLACEHOLDER.has(text.charCodeAt(end))) end++;
      // a run of X beside Chinese, or one space from it: XX万元, ××单位, 镇 xxxx 年; or a year's last digits (20xx, 琼财预[20xx]1606号)
      // — not a Latin word, not 60户×2000元 (one ×)
      const yearDigits = isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i - 2)) && end - i === 2;
      if (yearDigits || isHanCode(besideBefore(text, i)) || isHanCode(besideAfter(text, end)))
        (out ??= []).push({ at: yearDigits ? i - 2 : i, length: end - i + (yearDigits ? 2 : 0), kind: 'placeholder' });
      i = end - 1;
    } else if (letterMask(text, i)) {
      (out ??= []).push({ at: i, length: 1, kind: 'placeholder', weak: true });
    }
  }
  for (const q of words.questions) {
    for (let at = text.indexOf(q.from); at !== -1; at = text.indexOf(q.from, at + 1)) {
      const to = text.slice(at + q.from.length, at + q.within).indexOf(q.to);
      if (to === -1) continue;
      const from = sentenceStart(text, at);
      (out ??= []).push({ at: from, length: at + q.from.length + to + q.to.length - from, kind: 'question' });
    }
  }
  return out ? out.sort((a, b) => a.at - b.at) : NONE;
}

const NONE: Hit[] = [];

/** The start of the sentence holding `at`, at most 80 characters back: where the copied question begins. */
function sentenceStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && at - i < 80 && !'。；;！!？?：:'.includes(text[i - 1] ?? '')) i--;
  while (text[i] === ' ' || text[i] === '\u3000') i++;
  return i;
}

const hitsOf = lineMemo((line) => {
  const lone = blankDate(line.text) ?? blankName(line.text) ?? reportNote(line.text) ?? elidedOpening(line.text);
  const figures = blankFigures(line.text);
  // a new array: hits() may hand back one shared empty array
  const found =
    lone || figures.length > 0 ? [...hits(line.text), ...(lone ? [lone] : []), ...figures].sort((a, b) => a.at - b.at) : hits(line.text);
  const g = guidance(line);
  const boxes = untickedChoices(line.text);
  const fields = emptyBoxFields(line.text);
  const masks = starMasks(line.text);
  if (!g && boxes.length === 0 && fields.length === 0 && masks.length === 0) return found;
  const more: Hit[] = [
    ...boxes.map((b) => ({ ...b, kind: 'unticked' as const })),
    ...fields.map((b) => ({ ...b, kind: 'boxes' as const })),
    ...masks.map((m) => ({ at: m.at, length: m.length, kind: 'mask' as const, paired: m.paired, weak: m.weak === true })),
  ];
  if (g) more.push(g);
  return [...found, ...more].sort((a, b) => a.at - b.at);
});

/**
 * A form's date field left as printed (填报日期 年 月 日, 平泉 2021: no figure before 年, 月 or 日), its blanks lost
 * when a page's text was pasted together (报告日期:年月日, 雨花区 2019). A signature's date (签字: 年 月 日) is the
 * paper's, signed by hand, and reviewers leave it: only the dated fields of `dateFields` are read.
 */
const BLANK_DATE = new RegExp(`(?:${words.dateFields.join('|')})[:：]?[ \u3000]*年[ \u3000]*月[ \u3000]*日`);
function blankDate(text: string): Hit | undefined {
  if (!text.includes('日期')) return undefined;
  const m = BLANK_DATE.exec(text);
  return m ? { at: m.index, length: m[0].length, kind: 'blank-date' } : undefined;
}

/**
 * A cover's unit field with nothing but the form's stamp note after it (怀化 公积金 2024 and 铁路第一小学 2022: `单位名称:(盖章)`;
 * 林芝 广电 2024: `项目主管部门(单位):(公章)`; a line of its own): the unit's name was never written in. A stamp note after
 * a name (`单位名称:某县财政局(盖章)`) is the form's, kept.
 */
const BLANK_NAME = new RegExp(
  `^[ \u3000]*(?:${words.nameFields.join('|')})(?:[(（]单位[)）])?[:：][ \u3000]*[(（](?:盖章|公章|签章|章)[)）][ \u3000]*$`,
);
function blankName(text: string): Hit | undefined {
  if (!text.includes('章')) return undefined;
  const m = BLANK_NAME.exec(text);
  return m ? { at: m[0].length - m[0].trimStart().length, length: m[0].trim().length, kind: 'blank-name' } : undefined;
}

/**
 * A figure's noun with its unit and no figure between (建筑面积平方米, 龙游 幼儿园 2023; 资金总额万元,其中公共财政拨款收入万元…,
 * 湘南幼专 20xx): the template's blank before the unit was never filled in. Only `blankFigures.nouns` are read, the words a
 * figure follows; a table's header (金额万元, 单位:万元) and 万元以上 / 万元户 are none of them.
 */
// (a figure right after the unit is its own: the unit written twice, 支出万元3018.1万元, typo/glued-digits.ts)
const BLANK_FIGURE = new RegExp(
  `(?:${words.blankFigures.nouns.join('|')})(?:${words.blankFigures.units.join('|')})(?!${words.blankFigures.notAfter.join('|')}|[0-9])`,
  'g',
);
const FIGURE_UNITS = words.blankFigures.units;
function blankFigures(text: string): Hit[] {
  if (!FIGURE_UNITS.some((u) => text.includes(u))) return NONE;
  let out: Hit[] | undefined;
  for (const m of text.matchAll(BLANK_FIGURE)) (out ??= []).push({ at: m.index, length: m[0].length, kind: 'blank-figure' });
  return out ?? NONE;
}

/** The form's note asking for something to be explained in the report (需在报告中加以说明), a modal before 在. */
const REPORT_ASKS = new RegExp(`[${words.reportNotes.modals}]在${words.reportNotes.asks}`);

/**
 * A form's note to the drafter left as printed: 注:预算批复的绩效目标如有调整的,需在报告中加以说明。(海南高院 2020): a line
 * opening on 注: whose first sentence asks for something to be explained in the report. A drafter's own note says what
 * the report did (已在报告中说明), with no modal before 在.
 */
function reportNote(text: string): Hit | undefined {
  // most lines fail at once: the note opens the line, after at most its indent
  const first = text.search(/\S/);
  if (first < 0 || text[first] !== '注') return undefined;
  const t = text.slice(first);
  if (!words.reportNotes.open.some((o) => t.startsWith(o))) return undefined;
  const at = text.length - t.length;
  const stop = t.indexOf('。');
  const sentence = stop < 0 ? t.trimEnd() : t.slice(0, stop + 1);
  const ask = REPORT_ASKS.exec(sentence);
  if (!ask) return undefined;
  // the drafter answers it in the same sentence (…需在报告中说明原因；本项目得分95分，无需说明。): the note is the report's
  const rest = sentence.slice(ask.index + ask[0].length);
  return words.reportNotes.answers.some((w) => rest.includes(w)) ? undefined : { at, length: sentence.length, kind: 'note' };
}

/**
 * A sentence opening on a run of ellipsis marks and a comma (………,下达我市…补助资金30万元。, XX渔业 2019): a template's
 * sentence whose start was left to be written. Read at the line's start and after a full stop only; a report writes ……
 * inside a sentence, or at the end of a list.
 */
function elidedOpening(text: string): Hit | undefined {
  const { mark, min, after } = words.elided;
  if (!text.includes(mark)) return undefined;
  for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
    let b = i - 1;
    while (b >= 0 && (text[b] === ' ' || text[b] === '\u3000')) b--;
    let end = i;
    while (text[end] === mark) end++;
    const next = text[end];
    if (end - i >= min && next !== undefined && after.includes(next) && (b < 0 || '。；;！!？?'.includes(text[b] as string)))
      return { at: i, length: end - i, kind: 'elided' };
    i = end;
  }
  return undefined;
}

/** Longest outline guidance read after a heading's title. */
const LONGEST_GUIDANCE = 120;
/** How many of its items must name a topic of the report. */
const MIN_TOPICS = 2;

/**
 * What the outline says a section holds, left run into its numbered heading (（一）项目概况。包括项目背景、主要内容及
 * 实施情况、资金投入和使用情况等。): a sentence that starts as the outline's do, lists in 、 topics of the report
 * (背景, 情况), ends in 等 and its 。, ends the line and gives no figure. A drafter's own first sentence names the
 * unit's things (包括拟订规划、审批项目等: its duties), often with figures.
 */
function guidance(line: TextLine): Hit | undefined {
  const { head } = readingOf(line);
  // a line of its own is the outline's note only where it opens a section: the check asks that a heading stand above it
  if (!head.marker) {
    return outlinePrompt(line.text) ? { at: 0, length: line.text.trimEnd().length, kind: 'guidance', alone: true } : undefined;
  }
  const bracket = bracketNote(line.text, head.titleStart);
  if (bracket) return bracket;
  const comma = commaNote(line.text, head.titleStart);
  if (comma) return comma;
  if (!head.runIn) return undefined;
  const text = line.text;
  let at = head.titleEnd;
  while (at < text.length && '。：:；; \u3000'.includes(text[at] as string)) at++;
  const rest = text.slice(at).trimEnd();
  return outlineNote(rest) ? { at, length: rest.length, kind: 'guidance' } : undefined;
}

/** A bracketed note ending its line (its 。 or colon after it), and the longest title before it of a heading's. */
const BRACKET_NOTE = /[（(]([^（）()]{2,80})[）)][。：:；;]?[ \u3000]*$/;
const LONGEST_TITLE = 30;

/**
 * What the outline says a section holds, in brackets after a numbered heading's title (保山图书馆 2022: 1.预算执行情况分析
 * (包括完成情况和偏差原因等)。; 福建 林场: (二)项目实施及管理情况(包括项目执行情况、采取的纠偏相关措施…)): a note that starts
 * as the outline's do, gives no figure and names two topics of the report or more (情况, 原因, 措施), after a title of a
 * heading's length with no clause in it. A drafter's own bracket after a heading names what a figure counts (（包括人员
 * 经费和公用经费）): no topic. The template's words to the drafter, deleted once the section says what they ask for.
 */
function bracketNote(text: string, titleStart: number): Hit | undefined {
  const m = BRACKET_NOTE.exec(text);
  if (!m || m.index < titleStart || m.index - titleStart > LONGEST_TITLE || /[，,。；;]/.test(text.slice(titleStart, m.index)))
    return undefined;
  const note = m[1] as string;
  if (!words.guidanceStarts.some((w) => note.startsWith(w)) || /[0-9０-９]/.test(note)) return undefined;
  if (!namesTopics(note.replace(/等(?:方面|情况|内容)?$/, ''))) return undefined;
  return { at: m.index, length: note.length + 2, kind: 'instruction' };
}

/**
 * The outline's note after a heading's title and a comma, ending the line (昆明高新区公安 2017: `(一)项目基本情况简介,包括项目
 * 基本性质、用途和主要内容、涉及范围等。`, the 云南 project outline's heading with its guidance): read as after a 。, the
 * title before the comma of a heading's length with no clause in it.
 */
function commaNote(text: string, titleStart: number): Hit | undefined {
  let at = titleStart;
  while (at < text.length && at - titleStart <= LONGEST_TITLE && !'，,。；;：:'.includes(text[at] as string)) at++;
  if (at === titleStart || (text[at] !== ',' && text[at] !== '，')) return undefined;
  const rest = text.slice(at + 1).trimEnd();
  if (outlineNote(rest)) return { at: at + 1, length: rest.length, kind: 'guidance' };
  // the note may open on a clause of its own that names a topic (呈贡区人大 20xx, the 云南 部门整体 outline: `(一)部门整体支出
  // 概况,年度部门决算收支完成情况,包括收入构成、支出构成、…等。`), with no figure
  const comma = rest.search(/[，,]/);
  const clause = comma < 0 ? '' : rest.slice(0, comma);
  if (comma < 0 || comma > LONGEST_TITLE || /[0-9０-９。；;：:]/.test(clause) || !words.guidanceTopics.some((t) => clause.endsWith(t)))
    return undefined;
  const note = rest.slice(comma + 1);
  return outlineNote(note) ? { at: at + 2 + comma, length: note.length, kind: 'guidance' } : undefined;
}

/** Longest prompt of a line of its own (根据绩效目标及指标值逐项分析。): a drafter's sentence says more. */
const LONGEST_PROMPT = 30;

/**
 * A line that is nothing but what the outline asks of its section: its note (包括自评工作开展范围、对象、时间及方式等。) or
 * its prompt, one sentence that starts as a form asks and ends in the verb it asks for (根据绩效目标及指标值逐项分析。), with
 * no figure. A drafter's analysis goes on past the verb (分析如下：) or gives figures.
 */
function outlinePrompt(text: string): boolean {
  const rest = text.trimEnd();
  if (outlineNote(rest)) return true;
  return (
    rest.length <= LONGEST_PROMPT &&
    rest.indexOf('。') === rest.length - 1 &&
    !/[0-9０-９，,；;：:]/.test(rest) &&
    words.promptStarts.some((w) => rest.startsWith(w)) &&
    words.promptVerbs.some((v) => rest.endsWith(`${v}。`))
  );
}

/** The outline's note on what a section holds, as written after its title or on a line of its own. */
function outlineNote(rest: string): boolean {
  if (rest.length > LONGEST_GUIDANCE || !words.guidanceStarts.some((w) => rest.startsWith(w))) return false;
  const stop = rest.indexOf('。');
  if (stop !== rest.length - 1 || !rest.includes('、') || !/等(?:方面|情况|内容)?。$/.test(rest) || /[0-9０-９]/.test(rest)) return false;
  return namesTopics(rest.slice(0, rest.lastIndexOf('等')));
}

/**
 * Whether a list's items (in 、, 和, 及, 与) name MIN_TOPICS topics of the report or more (项目背景、…实施情况), not what the
 * unit does (拟订规划、审批项目): how an outline's note on a section is told from a drafter's sentence.
 */
function namesTopics(list: string): boolean {
  const items = listItems(list);
  const topics = items.filter((w) => words.guidanceTopics.some((t) => w.endsWith(t))).length;
  // and a third of the items at least: a drafter's list of what the unit does may end one or two of many in a topic's word
  // (海南福彩 2022: 包括彩票市场销售和管理、游戏促销、…、其他商品服务、日常办公管理等。, two of nine)
  return topics >= MIN_TOPICS && topics * 3 >= items.length;
}

/** A list's items: in 、, and in 和, 及, 与 where a word stands on each side (用途和主要内容 is two items, 涉及范围 one). */
function listItems(list: string): string[] {
  const out: string[] = [];
  for (const piece of list.split('、')) {
    let from = 0;
    for (let i = from + 2; i < piece.length - 2; i++) {
      if (!JOINERS.includes(piece[i] as string) || i - from < 2) continue;
      out.push(piece.slice(from, i));
      from = i + 1;
    }
    out.push(piece.slice(from));
  }
  return out;
}
const JOINERS = '和及与';

const MESSAGES: Record<Kind, (s: string) => { zh: string; en: string }> = {
  instruction: (s) => ({
    zh: `${zq(s)}是表格或提纲给填报人的说明，不应留在报告中：请按说明填写内容后删去`,
    en:
      `${eq(s)} is the form's or outline's instruction to the drafter and must not stay in the report: ` +
      'write what it asks for, then delete it',
  }),
  question: (s) => ({
    zh: `${zq(s)}照抄了提纲里的问题，没有作答：请写明实际情况（如“……一致”或说明不一致之处）`,
    en: `${eq(s)} copies the outline's question instead of answering it: state what is the case (that they agree, or where they differ)`,
  }),
  placeholder: (s) => ({
    zh: `${zq(s)}是模板中的占位符，还没有换成实际内容：请填写`,
    en: `${eq(s)} is a template placeholder not yet replaced: fill it in`,
  }),
  mask: (s) => ({
    zh: `${zq(s)}占着本该写名称、年份或数字的位置（模板的占位符，或转载网站遮住的原文）：请对照原文件写上实际内容`,
    en:
      `${eq(s)} stands where a name, a year or a figure belongs (a template's placeholder, or the original a reposting ` +
      'site hid): write the real one from the source document',
  }),
  'blank-figure': (s) => ({
    zh: `${zq(s)}中间缺了数字，模板在单位前留的空没有填：请写上实际数额`,
    en: `${eq(s)} has no figure before its unit: the template's blank was never filled in; write the amount`,
  }),
  guidance: (s) => ({
    zh: `${zq(s)}是提纲对本节应写内容的说明，照抄留在了标题后：请换成本单位的实际情况`,
    en: `${eq(s)} is the outline's note on what the section holds, left after the heading: write the unit's own account instead`,
  }),
  note: (s) => ({
    zh: `${zq(s)}是表格模板给填报人的注释，不应原样留在报告中：请在报告中写明它要求说明的情况，再删去这条注释`,
    en: `${eq(s)} is the form template's note to the drafter and must not stay as printed: explain what it asks for, then delete it`,
  }),
  elided: (s) => ({
    zh: `句子以省略号${zq(s)}开头，是模板中留待填写的部分：请写明省略的内容`,
    en: `The sentence opens on the ellipsis ${eq(s)}, a part of the template left to be written: write what it stands for`,
  }),
  'blank-date': (s) => ({
    zh: `${zq(s)}的年、月、日还空着，没有填写：请写上实际日期`,
    en: `${eq(s)}: the year, month and day are still blank: write the actual date`,
  }),
  'blank-name': (s) => ({
    zh: `${zq(s)}的单位名称还空着，只留着表格的盖章提示：请写上单位全称`,
    en: `${eq(s)}: the unit's name is still blank, only the form's stamp note is there: write the unit's full name`,
  }),
  unticked: (s) => ({
    zh: `${zq(s)}的选项都还是空框（□），没有勾选：请在适用的一项打“√”（或“■”），或删去这一栏`,
    en: `${eq(s)}: every option's box is still empty (□), none is ticked: tick the one that applies (√ or ■), or delete the item`,
  }),
  boxes: (s) => ({
    zh: `${zq(s)}还是表格模板的空方框（□），没有填写：请填写实际内容`,
    en: `${eq(s)} is still the form's row of empty boxes (□): fill it in`,
  }),
  'blank-row': (s) => ({
    zh: `${zq(s)}是表格模板里编了号的空行，没有写指标名称和数值：请填写，或删去这一行`,
    en: `${eq(s)} is a numbered row of the form's template, left without its indicator's name and figures: fill it in or delete the row`,
  }),
};

/** A 自评表 template's numbered row label alone in its cell (指标2, 指标3：): the row was left blank. */
function blankRow(text: string): number {
  const t = text.trimEnd();
  for (const label of words.blankRows) {
    if (!t.startsWith(label)) continue;
    let i = label.length;
    while (isDigitCode(t.charCodeAt(i))) i++;
    if (i > label.length && (i === t.length || (i + 1 === t.length && (t[i] === ':' || t[i] === '：')))) return t.length;
  }
  return 0;
}

export default defineRule({
  id: 'leftover-instruction',
  severity: 'warning',
  description: {
    zh:
      '表格或提纲的填写说明、照抄未答的提纲问题、占位符或遮住名称数字的星号' +
      '（如“（请填写…）”“（200字以内）”“是否与公开的…一致”“XX万元”“2024年度****部门”）留在了报告中。',
    en:
      'A form’s instructions, an outline question copied unanswered, a placeholder or asterisks masking a name or figure ' +
      'left in the report ((请填写…), (200字以内), 是否与公开的…一致, XX万元, 2024年度****部门).',
  },
  fixes: [{ does: { zh: '删去括号中的填写说明', en: 'Deletes the bracketed instruction' }, safe: false }],
  check({ report }) {
    const out: RuleFinding[] = [];
    // a template's paragraph holds its placeholders by the dozen (镇 xxxx 年…xxxx.xx 万元…x 个…): one
    // finding per paragraph, on its first, the others related
    let placeholders: { block: number; finding: RuleFinding } | undefined;
    // the blank rows of a template recur under every group of its indicators: one finding, the others related
    let blankRows: RuleFinding | undefined;
    // masks (2024年度****部门) are the site's own in a text that shows its sign that it hides text: pasted-debris reports
    // them there; emphasis-like pairs of stars (区域**交往…经济**。) count only beside masks that pair with nothing
    const picked: TextLine[] = [];
    leftoverLines(report.chunks, (line) => picked.push(line));
    const siteHides = siteHidesText(report.chunks);
    let strong = false;
    let weak = 0;
    for (const line of picked) {
      for (const h of hitsOf(line)) {
        if (h.kind === 'mask' && !h.paired) {
          if (h.weak) weak++;
          else strong = true;
        } else if (h.kind === 'placeholder' && h.weak) weak++;
      }
    }
    const masking = strong || weak >= 2;
    for (const line of picked) {
      const blank = blankRow(line.text);
      if (blank > 0) {
        const span = { start: line.start, end: line.start + blank };
        const message = MESSAGES['blank-row'](line.text.slice(0, blank));
        if (blankRows) (blankRows.related ??= []).push({ span, message });
        else out.push((blankRows = { span, message }));
        continue;
      }
      // a sharing site's record masks its uploader (上传人:王**) and names its file by the uploader's placeholder
      // (`xxx中医院…报告.doc_第1页`, 某中医院 20xx, set 30): the line is furniture, deleted whole (pasted-debris); a site's
      // wrapper run into the report's text (南江 档案馆: `…(精选11篇)1根据…开展20xx年…`) keeps the drafter's placeholders
      let furniture: boolean | undefined;
      let site: boolean | undefined;
      for (const h of hitsOf(line)) {
        const unsure = (h.paired === true || h.weak === true) && !masking;
        if (h.kind === 'mask' && (siteHides || unsure || (furniture ??= furnitureLine(line.text)))) continue;
        if (h.kind === 'placeholder' && inFileName(line.text, h.at) && (site ??= siteLine(line.text))) continue;
        if (h.kind === 'placeholder' && unsure) continue;
        if (h.alone && !underHeading(report.parsed.lines, line)) continue;
        // a word limit in a table row, or one a numbered list of notes goes on after, is the printed
        // form's own note (the 四川 自评表's 说明 cell: …需说明原因(100字以内);2.年中发生预算调整的…),
        // not a blank the drafter left
        // — unless the cell holds nothing but the form's prompt before it (对照年度目标,说明…的完成情况(100字以内)): never answered
        const at = line.start + h.at;
        if (h.limit && ((inTableRow(report.text, at) && !promptCell(report.text, at)) || nextNote(report.text, at + h.length))) continue;
        const start = line.start + h.at;
        const blank = h.kind === 'placeholder' || h.kind === 'mask' || h.kind === 'blank-figure';
        const s = blank && h.length === 1 ? loneMaskQuote(line.text, h.at) : line.text.slice(h.at, h.at + h.length);
        if (blank && placeholders?.block === line.block) {
          (placeholders.finding.related ??= []).push({ span: { start, end: start + h.length }, message: MESSAGES[h.kind](s) });
          continue;
        }
        const finding: RuleFinding = { span: { start, end: start + h.length }, message: MESSAGES[h.kind](s) };
        if (blank) placeholders = { block: line.block, finding };
        if (h.kind === 'instruction')
          finding.fix = {
            title: { zh: `删去${zq(s)}`, en: `Delete ${eq(s)}` },
            edits: [{ start, end: start + h.length, newText: '' }],
            safe: false,
          };
        out.push(finding);
      }
    }
    return out.map((f) => (f.related?.length ? { ...f, message: f === blankRows ? inText(f) : inParagraph(f) } : f));
  },
});

/** Whether the placeholder at `at` is in a file's name: a file extension follows within the name's reach, no mark between. */
const inFileName = (text: string, at: number): boolean => FILE_AFTER.test(text.slice(at, at + FILE_NAME_REACH));
/** A document's extension after characters of a name (no sentence mark, no space); bounded: linear. */
const FILE_AFTER = /^[^，,。；;：:\s]{1,80}\.(?:docx?|pdf|xlsx?|wps)/i;
const FILE_NAME_REACH = 90;

/**
 * The line opens a section: the line before it is a numbered heading (三、绩效目标完成情况分析), found by a binary search on
 * the lines' offsets (only for the rare lines that read as an outline's prompt).
 */
function underHeading(lines: readonly TextLine[], line: TextLine): boolean {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((lines[mid] as TextLine).start < line.start) lo = mid + 1;
    else hi = mid;
  }
  const before = lines[lo - 1];
  if (!before || lines[lo] !== line) return false;
  const { head } = readingOf(before);
  return before.mdDepth > 0 || (head.marker !== undefined && !head.runIn);
}

/** The lines holding a blank row or a hit: kept per chunk, so a keystroke does not read every line again. */
const leftoverLines = pickedLines((line) => blankRow(line.text) > 0 || hitsOf(line).length > 0);

/**
 * How far either side of a cell the bars of its row are looked for (a row's cells are short; bounded, so a
 * megabyte line is not read once per note).
 */
const ROW_WINDOW = 2000;

/** Whether the source line around `at` is a table row (two or more |): a GFM row or a web table pasted as text. */
function inTableRow(text: string, at: number): boolean {
  let bars = 0;
  for (let i = at - 1; i >= 0 && at - i <= ROW_WINDOW && bars < 2; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    if (c === 124) bars++;
  }
  for (let i = at; i < text.length && i - at <= ROW_WINDOW && bars < 2; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    if (c === 124) bars++;
  }
  return bars >= 2;
}

/** Shortest prompt read before a word limit in a cell: a label with its limit (说明(200字以内)) is the form's heading. */
const SHORTEST_PROMPT = 6;

/**
 * Whether the table cell ending at the word limit at `at` is the form's prompt itself: it starts as a form asks the
 * drafter to write (结合自评情况,分析存在的问题及原因。, `promptStarts`), read back to the cell's bar (bounded).
 */
function promptCell(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && at - i < ROW_WINDOW && !'|\n\r'.includes(text[i - 1] as string)) i--;
  const cell = text.slice(i, at).trim();
  return cell.length >= SHORTEST_PROMPT && words.promptStarts.some((w) => cell.startsWith(w));
}

/** After `end` a numbered note follows (;2. or ；2、): the form's list of notes goes on past the word limit. */
function nextNote(text: string, end: number): boolean {
  const c = text[end];
  if (c !== ';' && c !== '；') return false;
  let i = end + 1;
  while (isDigitCode(text.charCodeAt(i))) i++;
  return i > end + 1 && '.．、'.includes(text[i] ?? ' ');
}

/** What ends a figure's label (预算数, 蓄积为: `starFigure.before`): the quote of a lone star takes a character more. */
const FIGURE_WORD_END = new Set([...words.starFigure.before].map((c) => c.charCodeAt(0)));

/**
 * A lone star or X quoted with what stands either side of it (面积*亩, 〔*〕, 蓄积为*m3, 县辖x个): 「*」 alone says nothing of where
 * it is.
 */
function loneMaskQuote(text: string, at: number): string {
  let end = at + 1;
  if (isAsciiWord(text.charCodeAt(end))) while (isAsciiWord(text.charCodeAt(end))) end++;
  else if (end < text.length && text[end] !== ' ') end++;
  // the word before: two characters of Chinese (面积*亩), three where the last is 数 or 为 (预算数*元, 蓄积为*m3), or the one
  // mark (〔*〕)
  let start = at > 0 && text[at - 1] !== ' ' ? at - 1 : at;
  const more = start < at && FIGURE_WORD_END.has(text.charCodeAt(start)) ? 2 : 1;
  for (let k = 0; k < more && start < at && isHanCode(text.charCodeAt(start)) && isHanCode(text.charCodeAt(start - 1)); k++) start--;
  return text.slice(start, end);
}

/** The first blank row's message, with how many more the text holds. */
function inText(f: RuleFinding): { zh: string; en: string } {
  const n = f.related?.length ?? 0;
  return {
    zh: `${f.message.zh}（本文另有 ${n} 处）`,
    en: `${f.message.en} (${n} more in the text)`,
  };
}

/** The first placeholder's message, with how many more the paragraph holds. */
function inParagraph(f: RuleFinding): { zh: string; en: string } {
  const n = f.related?.length ?? 0;
  return {
    zh: `${f.message.zh}（本段另有 ${n} 处占位符）`,
    en: `${f.message.en} (${n} more in this paragraph)`,
  };
}
