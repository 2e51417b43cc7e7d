// Office files as the command line reads them: a .docx or a PDF converted in memory (office/docx.ts,
// office/pdf.ts) into the text the engine checks, with where each of its paragraphs or pages starts; an old binary Word or WPS file is
// refused in one line that says what to do. A damaged, encrypted or empty file is an InputError like an
// unreadable .md: listed, and the batch goes on.
import { extname } from 'node:path';
import { readDocx } from '../office/docx.js';
import { readPdf } from '../office/pdf.js';
import { OfficeError, type OfficeText } from '../office/office-text.js';
import { InputError } from './input-error.js';
import { readRegularFile } from './read.js';

/** Office files the command line reads. */
export const OFFICE = /\.(docx|pdf)$/i;
/** Office formats it cannot read, found in folders too so that they are listed, not passed over. */
export const OLD_OFFICE = /\.(doc|wps|et)$/i;

export async function readOffice(path: string): Promise<OfficeText> {
  const ext = extname(path).toLowerCase();
  if (OLD_OFFICE.test(path))
    throw new InputError(
      path,
      `这是旧的 ${ext} 格式（${ext === '.et' ? 'WPS 表格' : ext === '.wps' ? 'WPS 文字' : 'Word 97–2003'}），无法读取：请在 Word 或 WPS 中另存为 .docx 后再检查`,
      `an old ${ext} file, which cannot be read: save it as .docx in Word or WPS, then check it`,
    );
  const { bytes } = readRegularFile(path);
  try {
    return /\.pdf$/i.test(path) ? await readPdf(bytes) : readDocx(bytes);
  } catch (e) {
    if (e instanceof OfficeError) throw new InputError(path, e.zh, e.en);
    throw e;
  }
}
