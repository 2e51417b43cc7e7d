// 发文字号 (文号) citations: 机关代字 + 〔年份〕 + 序号 + 号. Every quantifier is bounded, so matching stays
// linear on any line (no catastrophic backtracking on a megabyte of digits or brackets).
import type { FactKind } from './fact-kind.js';
import { GLOSS, unconverted } from '../text/traditional.js';

export interface DocNumber {
  start: number;
  end: number;
  text: string;
  /** 机关代字, e.g. 湛财绩, 黑财指农(资环). */
  code: string;
  codeStart: number;
  /** The year, or undefined when a template's placeholder stands for it (粤财绩﹝xx﹞13号, 南财绩(20xx)5号). */
  year: number | undefined;
  /** The year as written: 2024, or the placeholder xx, 20xx or 20_. */
  yearText: string;
  /** The 序号 as written, or '' when it is missing or masked by a reposting site (黑财指农(资环)【2021】 (略)). */
  serial: string;
  open: string;
  openStart: number;
  close: string;
  closeStart: number;
  /** Offset of a 第 before the serial, or -1. */
  di: number;
  serialStart: number;
  /** The 号 as written (號 in a text in traditional script), or '' when the citation ends at its year. */
  hao: string;
}

// The 机关代字 may carry a bracketed part, at its end or before its last characters: 黑财指农(资环)〔2021〕12号,
// 宁财(社)发〔2021〕88号 (a made-up blind text, red team s23). The year may be a template's placeholder
// (粤财绩﹝xx﹞13号, a 范文 site's 南财绩(20xx)5号, a blank 粤中医办函【20_】48号: read only between brackets), the brackets the small ﹝﹞ of a font without
// 〔〕 (or its small round ﹙﹚, 云县 2022), and 号 the 號 of a text in traditional script (遼財指環[2020]404號, 盘山 2020). A
// bracketed year followed by 号 with no serial (盤環發〔2020〕號) is read too: the serial was lost.
const DOC_NUMBER =
  /([\u4e00-\u9fa5]{2,10}(?:[(（][\u4e00-\u9fa5]{1,4}[)）][\u4e00-\u9fa5]{0,3})?)[ \u00a0\u3000]{0,2}([〔【[［(（{〈<﹝﹙]?)[ \u00a0\u3000]{0,2}((?:19|20)\d{2}|(?:19|20)?(?:[xX×ｘＸ]{2,4}|_{1,4}))[ \u00a0\u3000]{0,2}([〕】\]］)）}〉>﹞﹚]?)[ \u00a0\u3000]{0,2}(第?)[ \u00a0\u3000]{0,2}(\d{0,5})[ \u00a0\u3000]{0,2}([号號])/g;

/**
 * A year in 【】 after a 机关代字 with no 序号 after it: the serial was left out, or a reposting site masked it
 * (黑财指农(资环)【2021】 (略) 文件). 【】 after a code is read only as a 文号's year, so the citation is read
 * for its brackets; a 〔〕 year with no serial has nothing wrong to show and is not read.
 */
const NO_SERIAL =
  /([\u4e00-\u9fa5]{2,10}(?:[(（][\u4e00-\u9fa5]{1,4}[)）][\u4e00-\u9fa5]{0,3})?)[ \u00a0\u3000]{0,2}(【)[ \u00a0\u3000]{0,2}((?:19|20)\d{2})[ \u00a0\u3000]{0,2}(】)(?![ \u00a0\u3000]{0,2}第?[ \u00a0\u3000]{0,2}\d)/g;

/**
 * A 〔year〕 and a serial with no 号 after them ((皖财教〔2021〕1357), 芜湖文旅 2022; 皖财环〔2022〕912补助资金, 宣州 2022):
 * 〔〕 after a 机关代字 brackets a 文号's year and nothing else, so the serial is one too; not before a digit, a point,
 * 号, or a unit or a word of quantity (〔2021〕3万元 is no citation). So do [] and 【】 (胶州 耕地 20xx: (胶农字[20xx]112),
 * its year masked by an essay site, cited as 胶农字〔20xx〕112号 two lines on).
 */
const NO_HAO =
  /([\u4e00-\u9fa5]{2,10}(?:[(（][\u4e00-\u9fa5]{1,4}[)）][\u4e00-\u9fa5]{0,3})?)[ \u00a0\u3000]{0,2}([〔﹝[［【])[ \u00a0\u3000]{0,2}((?:19|20)\d{2}|(?:19|20)[xX×ｘＸ]{2})[ \u00a0\u3000]{0,2}([〕﹞\]］】])[ \u00a0\u3000]{0,2}()([1-9]\d{0,4})()(?![\d.．号號万亿元千百%％个项人户次件年月日余多]|[ \u00a0\u3000]{1,2}[号號\d])/g;

/**
 * A 文号 that lost its brackets and its 号, its year run into the serial, alone in the brackets after the 《title》 it
 * numbers (《…资金的通知》(保财教202060), 保山文物 2020: 保财教〔2020〕60号). What stands bracketed right after a cited
 * title is its 文号, so a short 机关代字 (bareCode) and four digits of a year then one to four of a serial, closed at
 * once, are one; the year is the first four digits, the serial the rest. The year's closing bracket may have stayed
 * (《…有关事项的通知》(保财预2020〕95), 高黎贡山 2019).
 */
const AFTER_TITLE =
  /(?<=》[ \u00a0\u3000]{0,2}[(（][ \u00a0\u3000]{0,2})([\u4e00-\u9fa5]{2,6})()((?:19|20)\d{2})([〕﹞]?)()([1-9]\d{0,3})()(?=[ \u00a0\u3000]{0,2}[)）])/g;

/**
 * The same 文号 right after the title it numbers, its closing bracket lost too and the text running on into the next words
 * (《…预算的通知》(财建2021455财政部关于…, 吉林商务 2021; 《…指导意见》建金202282和《…, 怀化公积金 2024: 财建〔2021〕455号,
 * 建金〔2022〕82号; …的通知》湘建金函202081 ending its line). Read only where the serial ends before a word, a separator or the
 * line's end, not before a unit, a measure word or 号 (…》下达2021455元 is no citation).
 */
const RUN_ON_AFTER_TITLE =
  /(?<=》[ \u00a0\u3000]{0,2}[(（]?[ \u00a0\u3000]{0,2})([\u4e00-\u9fa5]{2,6})()((?:19|20)\d{2})()()([1-9]\d{0,3})()(?=[\u4e00-\u9fa5、，,；;。]|$)(?![万亿千百元个项人户次件年月日余多号號])/g;

/** Words that lead into a citation and are not part of the 机关代字. */
const LEAD_WORDS = [
  '根据',
  '按照',
  '依据',
  '依照',
  '印发',
  '转发',
  '执行',
  '落实',
  '通知',
  '文件',
  '精神',
  '的',
  // 文号为天职业字…: the sentence's verb
  '为',
  '据',
  '按',
  '经',
  '及',
  '和',
  '与',
  '见',
  // the issuing office's name before its code: ****财政局呼财农指【2023】10号, 省财政厅鄂财函〔2019〕118号
  '局',
  '厅',
];

/** Longest 机关代字 read when the year has no brackets: 阿州财行, 湛机编办, 临开财发. */
const BARE_CODE_MAX = 6;
/** Endings of words before a number that is not a 文号: 合同编号202201号, 证书第2022001号, 人民路20081号, 公网安备. */
const NOT_CODE_ENDINGS = [
  '编号',
  '文号',
  '序号',
  '账号',
  '帐号',
  '单号',
  '票号',
  '号码',
  '代码',
  '第',
  '路',
  '街',
  '道',
  '巷',
  '村',
  '组',
  '楼',
  '室',
  '期',
  '批',
  '届',
  '备',
  '证',
];

/** Endings of words that a year in 【】 may follow and that are no 机关代字 (通知【2021】, 附件【2021】): read only when no serial follows. */
const NOT_CODE_NO_SERIAL = [
  '通知',
  '文件',
  '附件',
  '要求',
  '规定',
  '办法',
  '方案',
  '意见',
  '报告',
  '计划',
  '年度',
  '名称',
  '表',
  '的',
  '号',
];
/**
 * What may follow a serial-less 【year】 of a 文号: a mask or the word after a citation ((略) 文件, 文件, 号),
 * a closing bracket or a separator, or the end. A word (【2023】版, 【2022】年) makes the year something else.
 */
const AFTER_NO_SERIAL = new Set([...'(（)）文号、，,。；;《']);

function bareCode(code: string): boolean {
  const main = code.replace(/[(（][\u4e00-\u9fa5]{1,4}[)）]/, '');
  return main.length >= 2 && main.length <= BARE_CODE_MAX && !NOT_CODE_ENDINGS.some((e) => main.endsWith(e));
}

/**
 * The 文号 of text[from, to). A page a mirror converted to traditional script with pinyin glued on (遼財(cái)指環(huán)
 * [2020]404號, 盘山 2020) is read as the simplified text it carries, and each offset is put back where its character
 * stands; the citation's text is quoted as written.
 */
export function scanDocNumbers(text: string, from = 0, to = text.length): DocNumber[] {
  const written = text.slice(from, to);
  const { line: slice, at } = unconverted(written);
  // every 文号 ends in 号 (號 in traditional script) or has its year in 〔〕, and most paragraphs hold neither: the
  // patterns, tried at each Chinese character, are skipped for them
  let out = slice.includes('号') ? read(DOC_NUMBER, slice, from) : [];
  if (slice.includes('〔') || slice.includes('﹝') || slice.includes('[') || slice.includes('［') || slice.includes('【'))
    out = merged(out, read(NO_HAO, slice, from));
  // most lines have no 【 at all: that reading is skipped for them
  if (slice.includes('【')) out = merged(out, read(NO_SERIAL, slice, from));
  // a bracketed 文号 after a title is looked for only where a title closes
  if (slice.includes('》')) out = merged(merged(out, read(AFTER_TITLE, slice, from)), read(RUN_ON_AFTER_TITLE, slice, from));
  if (slice !== written) for (const d of out) placeBack(d, at, from, written);
  return out;
}

function merged(a: DocNumber[], b: DocNumber[]): DocNumber[] {
  return b.length === 0 ? a : [...a, ...b].sort((x, y) => x.start - y.start);
}

/**
 * A citation read on the simplified text without its glosses, its offsets moved to where its characters stand in
 * the text, and its text, 机关代字 and 号 as written there (遼財指環, 號), without the glosses.
 */
function placeBack(d: DocNumber, at: number[] | undefined, from: number, written: string): void {
  const back = (o: number): number => (o < 0 || !at ? o : from + (at[o - from] ?? o - from));
  const codeEnd = back(d.codeStart + d.code.length - 1) + 1;
  const end = back(d.end - 1) + 1;
  d.start = back(d.start);
  d.codeStart = back(d.codeStart);
  d.openStart = back(d.openStart);
  d.closeStart = back(d.closeStart);
  d.di = back(d.di);
  d.serialStart = back(d.serialStart);
  d.end = end;
  d.text = written.slice(d.start - from, end - from);
  d.code = written.slice(d.codeStart - from, codeEnd - from).replace(GLOSS, '');
  if (d.hao) d.hao = written.charAt(end - 1 - from);
}

function read(re: RegExp, slice: string, from: number): DocNumber[] {
  const out: DocNumber[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const [whole, rawCode = '', open = '', year = '', close = '', di = '', serial = '', hao = ''] = m;
    let code = rawCode;
    let cut = 0;
    for (let changed = true; changed;) {
      changed = false;
      for (const w of LEAD_WORDS) {
        const at = code.lastIndexOf(w);
        if (at >= 0 && code.length - (at + w.length) >= 2) {
          cut += at + w.length;
          code = code.slice(at + w.length);
          changed = true;
        }
      }
    }
    // a word that leads into a citation is no 机关代字 (根据2023120号文件: the code is not written)
    if (LEAD_WORDS.includes(code)) continue;
    const placeholder = !/^\d{4}$/.test(year);
    // a placeholder year, or a serial lost before its 号, only between both brackets: 〔xx〕, 〔2020〕号
    if ((placeholder || (hao && !serial)) && (!open || !close)) continue;
    // without brackets (湘财预202215号), or without a serial, only a short 机关代字 that names no other kind of number
    if (((!open && !close) || !serial) && !bareCode(code)) continue;
    if (!serial && !hao && (NOT_CODE_NO_SERIAL.some((e) => code.endsWith(e)) || !endsCitation(slice, m.index + whole.length))) continue;
    const start = from + m.index + cut;
    const local = whole.slice(cut);
    const yearAt = local.indexOf(year, code.length);
    const openStart = open ? start + local.lastIndexOf(open, yearAt) : -1;
    const closeStart = close ? start + local.indexOf(close, yearAt + 4) : -1;
    out.push({
      start,
      end: from + m.index + whole.length,
      text: local,
      code,
      codeStart: start,
      year: placeholder ? undefined : Number(year),
      yearText: year,
      serial,
      open,
      openStart,
      close,
      closeStart,
      di: di ? start + local.indexOf('第', yearAt + 4) : -1,
      serialStart: serial ? start + local.lastIndexOf(serial, local.length - 1) : -1,
      hao,
    });
  }
  return out;
}

/** Whether the text after a serial-less 【year】 (past up to two spaces) is a citation's end: see AFTER_NO_SERIAL. */
function endsCitation(slice: string, at: number): boolean {
  let i = at;
  while (i < slice.length && i - at < 2 && (slice[i] === ' ' || slice[i] === '\u3000' || slice[i] === '\u00a0')) i++;
  return i >= slice.length || slice[i] === '\n' || slice[i] === '\r' || AFTER_NO_SERIAL.has(slice[i] as string);
}

/** 文号 as a kind of fact of the incremental parser: read per block, moved with their chunk. */
export const DOC_NUMBERS: FactKind<DocNumber> = {
  scan: (text, blocks) => blocks.flatMap((b) => scanDocNumbers(text, b.start, b.end)),
  shift(facts, { chars }) {
    if (chars === 0) return;
    for (const d of facts) {
      d.start += chars;
      d.end += chars;
      d.codeStart += chars;
      if (d.serialStart >= 0) d.serialStart += chars;
      if (d.openStart >= 0) d.openStart += chars;
      if (d.closeStart >= 0) d.closeStart += chars;
      if (d.di >= 0) d.di += chars;
    }
  },
};

/** The citation written the standard way: 湛财绩〔2024〕5号 (without its serial when none is written; 號 kept in a text that writes it). */
export function canonicalDocNumber(d: DocNumber): string {
  return `${d.code}〔${d.yearText}〕${d.serial ? `${Number(d.serial)}${d.hao || '号'}` : d.hao}`;
}

/** A 文号 whose year is not four digits: the 机关代字, the bracket and the digits as written. */
export interface BrokenYear {
  /** Offset in the line. */
  at: number;
  text: string;
  digits: string;
  /** Whether the year's bracket is closed (〔202〕5号) or the digits run on (〔20252). */
  closed: boolean;
  hao: boolean;
  /** Whether the digits run on into an amount's unit (大足财建【202017200万元): the serial cannot be told from the amount. */
  amount: boolean;
}

/**
 * 〔 or ﹝ after a 机关代字 opens a 文号's year and nothing else, so a year of three digits (〔202〕5号: one lost)
 * or of five to eight run together with the serial (海农联呈〔20252, 海林 2024: 〕 and 号 lost) is certain.
 * 【】 and [] also bracket other things (编号【202501】), so with them only 3 or 5 digits, closed, then a serial and 号.
 */
const BROKEN_YEAR =
  /([\u4e00-\u9fa5]{2,6})[ \u00a0\u3000]{0,2}(?:([〔﹝])[ \u00a0\u3000]{0,2}((?:19|20)\d|(?:19|20)\d{3,6})(?!\d)([〕﹞]?)|([【[［])((?:19|20)\d|(?:19|20)\d{3})([】\]］])[ \u00a0\u3000]{0,2}\d{1,5}[ \u00a0\u3000]{0,2}[号號])([ \u00a0\u3000]{0,2}\d{0,5}[ \u00a0\u3000]{0,2}[号號])?/g;

/**
 * A 文号 whose year's bracket opens and whose digits run on, with no 〕 and no 号, into a unit of money (大足财建【202017200万元,
 * 双桥生态环境 2021: 〔2020〕17号 200万元, or 〔2020〕172号 and 00万元?). A bracket after a 机关代字 then a year's digits and
 * more, up to 元, is a 文号 and an amount written together; where one ends and the other starts cannot be read.
 */
const INTO_AMOUNT = /([\u4e00-\u9fa5]{2,6})[ \u00a0\u3000]{0,2}([〔﹝【[［])[ \u00a0\u3000]{0,2}((?:19|20)\d{3,10})(?=[万亿千]?元)/g;

export function scanBrokenYears(line: string): BrokenYear[] {
  if (!/[〔﹝【[［]/.test(line)) return NO_BROKEN;
  let out: BrokenYear[] | undefined;
  if (line.includes('元')) {
    INTO_AMOUNT.lastIndex = 0;
    for (let m = INTO_AMOUNT.exec(line); m; m = INTO_AMOUNT.exec(line)) {
      const cut = leadCut(m[1] ?? '');
      if (!bareCode((m[1] ?? '').slice(cut))) continue;
      const unit = /^[万亿千]?元/.exec(line.slice(m.index + m[0].length))?.[0] ?? '';
      (out ??= []).push({ at: m.index + cut, text: m[0].slice(cut) + unit, digits: m[3] ?? '', closed: false, hao: false, amount: true });
    }
  }
  BROKEN_YEAR.lastIndex = 0;
  for (let m = BROKEN_YEAR.exec(line); m; m = BROKEN_YEAR.exec(line)) {
    const digits = m[3] ?? m[6] ?? '';
    // four digits and a close are a right year; with 〔 only four digits and no close are something else (〔2025 with a line break)
    if (digits.length === 4) continue;
    const cut = leadCut(m[1] ?? '');
    if (!bareCode((m[1] ?? '').slice(cut))) continue;
    // digits running into an amount are INTO_AMOUNT's
    if (out?.some((b) => b.amount && b.at === m.index + cut)) continue;
    const closed = (m[4] ?? m[7] ?? '') !== '';
    const hao = /[号號]/.test(m[0]);
    // 〔20252号: read as a 文号 that lost its 〕 (scanDocNumbers), whose fix puts it back
    if (!closed && hao) continue;
    (out ??= []).push({ at: m.index + cut, text: m[0].slice(cut).trimEnd(), digits, closed, hao, amount: false });
  }
  return out ? out.sort((a, b) => a.at - b.at) : NO_BROKEN;
}

/** How many characters of a code read before a bracket are the words that lead into it (通知大足财建: 2). */
function leadCut(code: string): number {
  let cut = 0;
  for (const w of LEAD_WORDS) {
    const at = code.lastIndexOf(w);
    if (at >= 0 && code.length - (at + w.length) >= 2) cut = Math.max(cut, at + w.length);
  }
  return cut;
}
const NO_BROKEN: BrokenYear[] = [];
