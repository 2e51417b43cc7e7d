// A 文号 written as its 机关代字 alone, run into the title of the notice (按照<臨政辦發《臨河區2023年畜間布病防控工作實施方案》
// 的通知>, 临河动物疫病 2023): 臨政辦發 is the code of a 政府办公室's 发文, and its 〔年份〕 and 序号号 are missing. Read
// where a code's office (政, 办, 财, 委) stands right before 发 and 《: the verbs before 发《 (印发《, 转发《, 下发《) are no code.
import type { TextLine } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { pickedLines } from '../../parse/picked-lines.js';
import { eq, zq } from '../format.js';
import type { RuleFinding } from '../rule.js';

/** A code of two to six characters ending in its office and 发, then 《; after no Chinese or after 按照, 根据, 依据. */
const CITING = ['按照', '根据', '依据', '根據', '依據'];
const CODE_ONLY = /(?<=^|[^\u4e00-\u9fa5]|按照|根据|依据|根據|依據)[\u4e00-\u9fa5]{1,4}[政办辦财財委][发發](?=《)/g;

const codesOf = lineMemo((line: TextLine): { at: number; code: string }[] | null => {
  if (!line.text.includes('发《') && !line.text.includes('發《')) return null;
  // the code starts after the word that cites it (根据湛财办发《: 湛财办发)
  const out = [...line.text.matchAll(CODE_ONLY)].map((m) => {
    const cut = CITING.find((w) => m[0].startsWith(w))?.length ?? 0;
    return { at: m.index + cut, code: m[0].slice(cut) };
  });
  return out.length > 0 ? out : null;
});
/** The lines with one, kept per chunk: asked on every keystroke. */
const codeLines = pickedLines((line) => codesOf(line) !== null, undefined, /[发發]《/);

export function codeOnlyFindings(chunks: Parameters<typeof codeLines>[0]): RuleFinding[] {
  const out: RuleFinding[] = [];
  codeLines(chunks, (line) => {
    for (const c of codesOf(line) ?? []) {
      const start = line.start + c.at;
      out.push({
        span: { start, end: start + c.code.length },
        message: {
          zh: `文号只写了机关代字${zq(c.code)}，缺少年份和序号：请对照原文件写作“${c.code}〔年份〕序号号”`,
          en: `The 文号 is only its code ${eq(c.code)}: the year and the number are missing; write ${c.code}〔year〕N号 from the notice`,
        },
      });
    }
  });
  return out;
}
