// `jixiao/importWord`: a .docx on disk read as Markdown (office/docx.ts, as `jixiao import` converts it),
// for the editor's 从 Word 导入. A file that cannot be read answers why, in both languages; the client
// says it to the drafter.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ImportWordParams, ImportWordResult } from '../../../shared/protocol.js';
import { readDocx } from '../office/docx.js';
import { OfficeError } from '../office/office-text.js';

/** Above this a .docx is not read (as the command line's limit on any file). */
const MAX_BYTES = 100 * 1024 * 1024;

export function importWord(p: ImportWordParams): ImportWordResult {
  if (!p.uri.startsWith('file:'))
    return { error: { zh: '只能导入本机磁盘上的 .docx 文件', en: 'only a .docx on this machine’s disk can be imported' } };
  if (/\.(doc|wps)$/i.test(p.uri))
    return {
      error: {
        zh: '这是旧的 Word/WPS 格式，无法读取：请另存为 .docx 后再导入',
        en: 'an old Word/WPS file: save it as .docx, then import it',
      },
    };
  let bytes: Buffer;
  try {
    bytes = readFileSync(fileURLToPath(p.uri));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return { error: { zh: `无法读取文件（${code}）`, en: `cannot read the file (${code})` } };
  }
  if (bytes.length > MAX_BYTES) return { error: { zh: '文件超过 100 MB，不是一份报告', en: 'the file is above 100 MB: not a report' } };
  try {
    const office = readDocx(bytes);
    return { text: office.text, notes: office.notes };
  } catch (e) {
    if (e instanceof OfficeError) return { error: { zh: e.zh, en: e.en } };
    throw e;
  }
}
