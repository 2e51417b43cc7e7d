// 发文字号 as GB/T 9704-2012 writes them: 湛财绩〔2024〕5号 — 六角括号, no 第, no leading zero — and the
// same notice cited the same way throughout; a code written with no year and number (doc-number/code-only.ts); a
// 文号 put inside the cited title's 《》 (doc-number/inside-title.ts); a national notice cited with a 文号 not its own
// (doc-number/national.ts).
import { canonicalDocNumber, scanBrokenYears, type BrokenYear, type DocNumber } from '../parse/doc-numbers.js';
import { lineMemo } from '../parse/line-memo.js';
import { pickedLines } from '../parse/picked-lines.js';
import type { TextEdit } from '../types.js';
import type { RuleFinding } from './rule.js';
import { isHanCode } from '../text/han.js';
import { simplify } from '../text/traditional.js';
import { defineRule } from './rule.js';
import { eq, zq } from './format.js';
import { codeOnlyFindings } from './doc-number/code-only.js';
import { insideTitle } from './doc-number/inside-title.js';
import { wrongNational } from './doc-number/national.js';

export default defineRule({
  id: 'doc-number',
  severity: 'warning',
  description: {
    zh: '文号应写作“机关代字〔年份〕序号号”：六角括号〔〕、无“第”、序号无前导零；同一通知的文号前后一致。',
    en: 'A 文号 is written 机关代字〔year〕N号: 〔〕 brackets, no 第, no leading zero; one notice is cited one way.',
  },
  fixes: [{ does: { zh: '改为〔〕括号、去掉“第”和前导零', en: 'Uses 〔〕, drops 第 and leading zeros' }, safe: true }],
  check({ report }) {
    const out: RuleFinding[] = [];
    let spaced: boolean | undefined;
    for (const d of report.docNumbers) {
      if (ownNumbering(d, report.text)) continue;
      const problems: { zh: string; en: string }[] = [];
      const edits: TextEdit[] = [];
      if (d.open !== '〔' || d.close !== '〕') {
        if (!d.open && !d.close)
          problems.push({ zh: '年份没有加六角括号〔〕（与序号连写）', en: 'the year has no 〔〕 brackets (it runs into the number)' });
        else if (!d.open || !d.close) problems.push({ zh: '缺少括号', en: 'a bracket is missing' });
        else problems.push({ zh: `括号应为六角括号〔〕而非${d.open}${d.close}`, en: `brackets must be 〔〕, not ${d.open}${d.close}` });
        const yearAt = d.text.indexOf(d.yearText, d.code.length) + d.start;
        if (d.open) edits.push({ start: d.openStart, end: d.openStart + 1, newText: '〔' });
        else edits.push({ start: yearAt, end: yearAt, newText: '〔' });
        if (d.close) edits.push({ start: d.closeStart, end: d.closeStart + 1, newText: '〕' });
        else edits.push({ start: yearAt + d.yearText.length, end: yearAt + d.yearText.length, newText: '〕' });
      }
      // a space inside the brackets (怀发改投〔2010 〕92号, 沅陵 2016) is a typing slip: the year is written tight in its
      // brackets. A space after 〕 or before 号 is a PDF's spacing between scripts (开财发〔2022〕 306 号) and is not read,
      // nor spaces inside them in every 文号 of a text that sets its figures off by spaces (腾冲 2023: 614 万元, 财建〔 2020 〕
      // 245 号, 腾财资环〔 2023 〕1 号): the extraction's spacing, not a slip of one number
      if (d.open && d.close) {
        const spaces = bracketSpaces(report.text, d.openStart + 1, d.closeStart);
        if (spaces.length > 0 && !(spaced ??= spacedThroughout(report.docNumbers, report.text))) {
          problems.push({ zh: '括号内不留空格', en: 'no space inside the brackets' });
          edits.push(...spaces);
        }
      }
      if (d.di >= 0) {
        problems.push({ zh: '序号前不加“第”', en: 'no 第 before the number' });
        edits.push({ start: d.di, end: d.di + 1, newText: '' });
      }
      if (d.serial.length > 1 && d.serial.startsWith('0')) {
        problems.push({ zh: '序号不编虚位（无前导零）', en: 'no leading zero in the number' });
        edits.push({ start: d.serialStart, end: d.serialStart + d.serial.length, newText: String(Number(d.serial)) });
      }
      // a serial lost before its 号 (盤環發〔2020〕號) is wrong by itself; a serial-less citation without 号 is read
      // only for its 【】 brackets. The missing serial is said, not invented.
      if (!d.serial && (d.hao || problems.length > 0)) problems.push({ zh: '序号缺失，请补上', en: 'the number is missing: add it' });
      // a serial with no 号 after it ((皖财教〔2021〕1357)): the 号 is put back after the serial — unless the text
      // ends right after the serial (an excerpt cut there, 腾冲 2019; a drafter still typing): nothing is lost yet
      if (d.serial && !d.hao && report.text.slice(d.end).trim() !== '') {
        problems.push({ zh: '序号后缺“号”字', en: 'no 号 after the number' });
        const after = d.serialStart + d.serial.length;
        edits.push({ start: after, end: after, newText: '号' });
      }
      if (problems.length === 0) continue;
      // a year a 范文 site masked (南财绩(20xx)5号) is said with the rest; alone it is leftover-instruction's (a placeholder)
      if (d.year === undefined)
        problems.push({
          zh: `年份${zq(d.yearText)}是占位符，请填写实际年份`,
          en: `the year ${eq(d.yearText)} is a placeholder: write the real year`,
        });
      const want = canonicalDocNumber(d);
      out.push({
        span: { start: d.start, end: d.end },
        message: {
          zh: `文号${zq(d.text)}不规范：${problems.map((p) => p.zh).join('；')}，应写作${zq(want)}`,
          en: `文号 ${eq(d.text)} is malformed: ${problems.map((p) => p.en).join('; ')}; write ${eq(want)}`,
        },
        ...(edits.length > 0 ? { fix: { title: { zh: `改为${zq(want)}`, en: `Change to ${eq(want)}` }, edits, safe: true } } : {}),
      });
    }
    brokenYearLines(report.chunks, (line) => {
      for (const b of brokenYearsOf(line)) out.push(brokenYearFinding(line.start, b));
    });
    out.push(...conflicting(report.text, report.docNumbers, (o) => report.index.lineOf(o) + 1));
    out.push(...codeOnlyFindings(report.chunks));
    for (const d of report.docNumbers) {
      const inside = insideTitle(report.text, d);
      if (inside) out.push(inside);
      const national = wrongNational(report.text, d);
      if (national) out.push(national);
    }
    return out;
  },
});

/**
 * A number that is no 公文's 文号 and keeps its own house style: an accounting firm's report or a licence, whose code ends in
 * 字 and whose serial takes 第 (湘天审字〔2023〕第012号, 天职业字[2023]第12号; the tune texts' 上会湘报字(2022)第0001号 is
 * annotated so), and a meeting's 纪要 numbered in its series (县长办公会议纪要〔2023〕第5号, 县政府办公室〔2023〕第12号会议纪要):
 * made up, session 22 red team.
 */
function ownNumbering(d: DocNumber, text: string): boolean {
  if (d.di >= 0 && d.code.endsWith('字')) return true;
  // read through traditional script (縣長辦公會議紀要〔20xx〕第4號, 南昌县 教育 20xx on a mirror)
  const code = simplify(d.code);
  const after = simplify(text.slice(d.end, d.end + 4));
  return code.endsWith('纪要') || after.startsWith('纪要') || after.startsWith('会议纪要');
}

/** Citations with the same year and number whose 机关代字 differ only after a shared prefix: one notice, two 文号. */
function conflicting(text: string, docs: DocNumber[], lineOf: (offset: number) => number): RuleFinding[] {
  const out: RuleFinding[] = [];
  // where the first citation of each (year, number, first two characters of the 机关代字) stands, and the codes seen for it
  const seen = new Map<string, { at: number; codes: Set<string> }>();
  for (let j = 0; j < docs.length; j++) {
    const d = docs[j] as DocNumber;
    // a citation whose serial is missing or masked names no notice to compare
    if (!d.serial || d.year === undefined) continue;
    const key = `${d.year}/${Number(d.serial)}/${d.code.slice(0, 2)}`;
    const entry = seen.get(key);
    if (!entry) {
      seen.set(key, { at: j, codes: new Set([d.code]) });
      continue;
    }
    if (entry.codes.has(d.code)) continue;
    if (twoNotices(text, docs, entry.at, j)) continue;
    const first = docs[entry.at] as DocNumber;
    entry.codes.add(d.code);
    out.push({
      span: { start: d.start, end: d.end },
      message: {
        zh: `同一通知引用了两个不同的文号：${zq(canonicalDocNumber(first))}（第 ${lineOf(first.start)} 行）与${zq(canonicalDocNumber(d))}，请核对后统一`,
        en:
          `One notice is cited with two different 文号: ${eq(canonicalDocNumber(first))} (line ${lineOf(first.start)}) and ` +
          `${eq(canonicalDocNumber(d))}; check and make them agree`,
      },
      related: [{ span: { start: first.start, end: first.end }, message: { zh: '首次引用', en: 'First citation' } }],
    });
  }
  return out;
}

/**
 * Two 文号 in one list of them, with only other 文号 and separators between (贺州自然资源局 2022: …贺财预〔2022〕1号、
 * 贺财建函〔2022〕136号、贺财建函〔2022〕105号、贺财行函〔2022〕1号等): citations of different notices.
 */
function listedTogether(text: string, docs: readonly DocNumber[], i: number, j: number): boolean {
  // at most LONGEST_LIST citations apart: a check stays linear in a text of a thousand 文号 listed alike
  if (j - i > LONGEST_LIST) return false;
  for (let k = i + 1; k <= j; k++) {
    if (!LISTED_BETWEEN.test(text.slice((docs[k - 1] as DocNumber).end, (docs[k] as DocNumber).start))) return false;
  }
  return true;
}

/** How many 文号 apart two may stand and still be read as items of one list. */
const LONGEST_LIST = 30;

/** What may stand between two 文号 listed one after the other: a separator, a bracket, spaces. */
const LISTED_BETWEEN = /^[、，,和及与或）)（( \u3000]{1,3}$/;
/** The 《title》 right before a 文号 (past a bracket and spaces), or '' when none is read. */
function titleBefore(text: string, start: number): string {
  let i = start - 1;
  while (i >= 0 && ' \u3000(（'.includes(text[i] as string) && start - i <= 3) i--;
  if (text[i] !== '》') return '';
  const open = text.lastIndexOf('《', i);
  return open >= 0 && i - open <= 80 && !text.slice(open, i).includes('\n') ? text.slice(open + 1, i) : '';
}
/**
 * Whether two citations of one year and number are two notices of one body's different series (湘财农〔2023〕12号 and
 * 湘财预〔2023〕12号: made up, session 22 red team): listed one after the other (a drafter who lists both knows they are
 * two), or each after a 《title》 of its own that differ.
 */
function twoNotices(text: string, docs: readonly DocNumber[], i: number, j: number): boolean {
  const a = docs[i] as DocNumber;
  const b = docs[j] as DocNumber;
  if (listedTogether(text, docs, i, j)) return true;
  const ta = titleBefore(text, a.start);
  const tb = titleBefore(text, b.start);
  return ta !== '' && tb !== '' && ta !== tb;
}

/** A figure with a space between it and the Chinese beside it, most of the times the text has one so (spacesFiguresOff). */
const SPACED_SHARE = 0.8;
const SPACED_LEAST = 5;

/**
 * The text sets its figures off from the Chinese round them by spaces (614 万元, 2021—2022 年): a PDF's or a western-spaced
 * Word file's text, whose 文号 carry the same spaces (〔 2020 〕). Counted once, on a text with a spaced 文号 only.
 */
function spacesFiguresOff(text: string): boolean {
  let spaced = 0;
  let tight = 0;
  for (let i = 1; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    const b = text.charCodeAt(i - 1);
    const a = text.charCodeAt(i + 1);
    if (isHanCode(b)) tight++;
    else if (b === 32 && isHanCode(text.charCodeAt(i - 2))) spaced++;
    if (isHanCode(a)) tight++;
    else if (a === 32 && isHanCode(text.charCodeAt(i + 2))) spaced++;
  }
  return spaced >= SPACED_LEAST && spaced >= SPACED_SHARE * (spaced + tight);
}

/** Two or more bracketed 文号, every one with spaces inside its brackets, in a text that spaces its figures off. */
function spacedThroughout(docs: readonly DocNumber[], text: string): boolean {
  const bracketed = docs.filter((d) => d.open && d.close);
  if (bracketed.length < 2) return false;
  if (!bracketed.every((d) => bracketSpaces(text, d.openStart + 1, d.closeStart).length > 0)) return false;
  return spacesFiguresOff(text);
}

/** Deletions of the spaces in text[from, to): the inside of a 文号's brackets, its year and the spaces around it. */
function bracketSpaces(text: string, from: number, to: number): TextEdit[] {
  const out: TextEdit[] = [];
  for (let i = from; i < to; i++) {
    if (text[i] !== ' ' && text[i] !== '\u00a0' && text[i] !== '\u3000') continue;
    const start = i;
    while (i + 1 < to && (text[i + 1] === ' ' || text[i + 1] === '\u00a0' || text[i + 1] === '\u3000')) i++;
    out.push({ start, end: i + 1, newText: '' });
  }
  return out;
}

const brokenYearsOf = lineMemo((line) => scanBrokenYears(line.text));
/** The lines with one, kept per chunk: asked on every keystroke. */
const brokenYearLines = pickedLines((line) => brokenYearsOf(line).length > 0, undefined, /[〔﹝【[［]/);

/**
 * A 文号 whose year lost a digit or took one too many (〔202〕5号, 〔20252 for 〔2025〕2号), or whose digits run into an
 * amount (大足财建【202017200万元): said, never guessed.
 */
function brokenYearFinding(lineStart: number, b: BrokenYear): RuleFinding {
  const start = lineStart + b.at;
  const written = b.text;
  const digits = b.digits;
  const run = written.slice(written.indexOf(digits));
  const why = b.amount
    ? {
        zh: `年份、序号与金额连在一起（${run}），缺了后括号和“号”，分不清序号到哪里为止、金额从哪里开始`,
        en:
          `the year, the number and an amount run together (${run}): the closing bracket and 号 are missing, ` +
          'and where the number ends and the amount starts cannot be told',
      }
    : digits.length < 4
      ? {
          zh: `年份只有 ${digits.length} 位数字（${digits}），缺了一位`,
          en: `the year has ${digits.length} digits (${digits}): one was lost`,
        }
      : b.closed
        ? { zh: `年份有 ${digits.length} 位数字（${digits}），多了数字`, en: `the year has ${digits.length} digits (${digits}): too many` }
        : {
            zh: `年份与序号连在一起（${digits}），缺了后括号“〕”${b.hao ? '' : '和“号”'}`,
            en: `the year runs into the number (${digits}): the closing 〕${b.hao ? '' : ' and 号'} are missing`,
          };
  return {
    span: { start, end: start + written.length },
    message: {
      zh: `文号${zq(written)}不完整：${why.zh}。请对照原文件写作“机关代字〔年份〕序号号”${b.amount ? '，金额另写' : ''}`,
      en: `文号 ${eq(written)} is broken: ${why.en}. Check the notice and write 机关代字〔year〕N号${b.amount ? ', the amount apart' : ''}`,
    },
  };
}
