// Reading a report file: UTF-8 only (a BOM is kept aside and written back), with a clear refusal
// for binary files and for the GBK/GB18030 files Windows machines produce.
import { readFileSync } from 'node:fs';
import { InputError } from './errors.js';

export interface SourceFile {
  path: string;
  text: string;
  bom: boolean;
}

const SNIFF = 8192;

export function readSource(path: string): SourceFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (code === 'ENOENT') throw new InputError(path, '文件不存在', 'file not found');
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(path, '没有读取权限', 'permission denied');
    if (code === 'EISDIR') throw new InputError(path, '这是一个目录', 'is a directory');
    throw new InputError(path, `无法读取（${code || String(e)}）`, `cannot read (${code || String(e)})`);
  }
  return decodeSource(path, bytes);
}

export function decodeSource(path: string, bytes: Uint8Array): SourceFile {
  if (bytes.subarray(0, SNIFF).includes(0)) {
    throw new InputError(path, '这是二进制文件，不是 Markdown 文本', 'binary file, not Markdown text');
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { path, text, bom };
  } catch {
    if (looksLikeGb18030(bytes)) {
      throw new InputError(
        path,
        '文件不是 UTF-8 编码，看起来是 GBK/GB18030（Windows 常见）。请用编辑器“另存为 UTF-8”后再检查',
        'not UTF-8; it looks like GBK/GB18030 (common on Windows). Save it as UTF-8 and check again',
      );
    }
    throw new InputError(path, '文件不是有效的 UTF-8 文本', 'not valid UTF-8 text');
  }
}

function looksLikeGb18030(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return /[\u4e00-\u9fa5]/.test(text);
  } catch {
    return false;
  }
}
