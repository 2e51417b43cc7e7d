// 发文字号 (文号) citations: 机关代字 + 〔年份〕 + 序号 + 号. Every quantifier is bounded, so matching stays
// linear on any line (no catastrophic backtracking on a megabyte of digits or brackets).
import type { FactKind } from './fact-kind.js';

export interface DocNumber {
  start: number;
  end: number;
  text: string;
  /** 机关代字, e.g. 湛财绩. */
  code: string;
  codeStart: number;
  year: number;
  serial: string;
  open: string;
  openStart: number;
  close: string;
  closeStart: number;
  /** Offset of a 第 before the serial, or -1. */
  di: number;
  serialStart: number;
}

const DOC_NUMBER =
  /([\u4e00-\u9fa5]{2,10})[ \u00a0\u3000]{0,2}([〔【[［(（{〈<]?)[ \u00a0\u3000]{0,2}((?:19|20)\d{2})[ \u00a0\u3000]{0,2}([〕】\]］)）}〉>]?)[ \u00a0\u3000]{0,2}(第?)[ \u00a0\u3000]{0,2}(\d{1,5})[ \u00a0\u3000]{0,2}号/g;

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
  '据',
  '按',
  '经',
  '及',
  '和',
  '与',
  '见',
];

export function scanDocNumbers(text: string, from = 0, to = text.length): DocNumber[] {
  const out: DocNumber[] = [];
  const slice = text.slice(from, to);
  DOC_NUMBER.lastIndex = 0;
  for (let m = DOC_NUMBER.exec(slice); m; m = DOC_NUMBER.exec(slice)) {
    const [whole, rawCode = '', open = '', year = '', close = '', di = '', serial = ''] = m;
    if (!open && !close) continue; // 2023年5号 is not a 文号
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
      year: Number(year),
      serial,
      open,
      openStart,
      close,
      closeStart,
      di: di ? start + local.indexOf('第', yearAt + 4) : -1,
      serialStart: start + local.lastIndexOf(serial, local.lastIndexOf('号')),
    });
  }
  return out;
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
      d.serialStart += chars;
      if (d.openStart >= 0) d.openStart += chars;
      if (d.closeStart >= 0) d.closeStart += chars;
      if (d.di >= 0) d.di += chars;
    }
  },
};

/** The citation written the standard way: 湛财绩〔2024〕5号. */
export function canonicalDocNumber(d: DocNumber): string {
  return `${d.code}〔${d.year}〕${Number(d.serial)}号`;
}
