// The text encodings a report file may come in, told apart by the byte-order mark: UTF-8 (with or
// without a BOM), UTF-16 and UTF-32 in either byte order (Windows Notepad's "Unicode" is UTF-16LE);
// without a mark, text that is not UTF-8 but is GB18030 (GBK's superset, what Chinese Windows saves
// as "ANSI") with Chinese in it. This is the one place that decides: what a file is read as, and
// whether --fix can write it back the same way (not GB18030: Node encodes no GB18030).
import type { Localized } from '../engine/index.js';
import { InputError } from './input-error.js';

export type Encoding = Unicode | 'gb18030';
/** The Unicode encodings, told apart by their mark (UTF-8 without one). */
type Unicode = 'utf8' | 'utf8bom' | 'utf16le' | 'utf16be' | 'utf32le' | 'utf32be';

const BOMS: readonly [Unicode, readonly number[]][] = [
  // UTF-32LE first: its mark begins with UTF-16LE's
  ['utf32le', [0xff, 0xfe, 0x00, 0x00]],
  ['utf32be', [0x00, 0x00, 0xfe, 0xff]],
  ['utf8bom', [0xef, 0xbb, 0xbf]],
  ['utf16le', [0xff, 0xfe]],
  ['utf16be', [0xfe, 0xff]],
];

const NAMES: Record<Encoding, string> = {
  utf8: 'UTF-8',
  utf8bom: 'UTF-8',
  utf16le: 'UTF-16LE',
  utf16be: 'UTF-16BE',
  utf32le: 'UTF-32LE',
  utf32be: 'UTF-32BE',
  gb18030: 'GBK/GB18030',
};

/** How far a file is searched for a NUL byte, the sign of a binary file, when it has no BOM. */
const SNIFF = 8192;

export function detectEncoding(bytes: Uint8Array): Unicode {
  for (const [encoding, mark] of BOMS) if (mark.every((b, i) => bytes[i] === b)) return encoding;
  return 'utf8';
}

export function bomLength(encoding: Encoding): number {
  return BOMS.find(([e]) => e === encoding)?.[1].length ?? 0;
}

/** The file's text, without its BOM; a clear InputError when the bytes are not text in the encoding. */
export function decodeText(path: string, bytes: Uint8Array): { text: string; encoding: Encoding } {
  const encoding = detectEncoding(bytes);
  const body = bytes.subarray(bomLength(encoding));
  const binary = (): InputError => new InputError(path, '这是二进制文件，不是 Markdown 文本', 'binary file, not Markdown text');
  // before decoding UTF-8, so that a binary file is not called badly encoded text
  if ((encoding === 'utf8' || encoding === 'utf8bom') && body.subarray(0, SNIFF).includes(0)) throw binary();
  const text = encoding === 'utf32le' || encoding === 'utf32be' ? decodeUtf32(body, encoding === 'utf32le') : decodeWith(encoding, body);
  if (text === undefined) {
    const gb = encoding === 'utf8' ? decodeGb18030(bytes) : undefined;
    if (gb !== undefined) return { text: gb, encoding: 'gb18030' };
    const name = NAMES[encoding];
    if (encoding === 'utf8')
      throw new InputError(
        path,
        '文件既不是 UTF-8 也不是 GBK/GB18030 文本（可能是别的编码或已损坏）；请用编辑器“另存为 UTF-8”后再检查',
        'neither UTF-8 nor GBK/GB18030 text (another encoding, or damaged); save it as UTF-8 and check again',
      );
    const marked = `（文件开头的字节顺序标记表明是 ${name}）`;
    throw new InputError(path, `文件不是有效的 ${name} 文本${marked}`, `not valid ${name} text (its byte-order mark says ${name})`);
  }
  if (text.slice(0, SNIFF).includes('\u0000')) throw binary();
  return { text, encoding };
}

/** Why --fix cannot write a file back in the encoding it was read in, if it cannot. */
export function cannotWrite(encoding: Encoding): Localized | undefined {
  if (encoding !== 'gb18030') return undefined;
  return {
    zh: '文件是 GBK/GB18030 编码，--fix 无法按原编码写回；已照常检查。如需自动修复，请先“另存为 UTF-8”',
    en: 'the file is GBK/GB18030; --fix cannot write it back in that encoding (it was checked all the same): save it as UTF-8 to fix it',
  };
}

/** The bytes to write for `text` in `encoding`, BOM included; never GB18030 (see cannotWrite). */
export function encodeText(text: string, encoding: Encoding): Buffer {
  if (encoding === 'gb18030') throw new Error('GB18030 is not written (cannotWrite)');
  const bom = Buffer.from(BOMS.find(([e]) => e === encoding)?.[1] ?? []);
  if (encoding === 'utf8' || encoding === 'utf8bom') return Buffer.concat([bom, Buffer.from(text, 'utf8')]);
  if (encoding === 'utf16le' || encoding === 'utf16be') {
    const body = Buffer.from(text, 'utf16le');
    return Buffer.concat([bom, encoding === 'utf16be' ? body.swap16() : body]);
  }
  const points = Array.from(text, (c) => c.codePointAt(0) as number);
  const body = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => (encoding === 'utf32le' ? body.writeUInt32LE(p, i * 4) : body.writeUInt32BE(p, i * 4)));
  return Buffer.concat([bom, body]);
}

function decodeWith(encoding: 'utf8' | 'utf8bom' | 'utf16le' | 'utf16be', body: Uint8Array): string | undefined {
  try {
    // ignoreBOM: the mark was taken off already; a second one is text
    const label = encoding === 'utf16le' ? 'utf-16le' : encoding === 'utf16be' ? 'utf-16be' : 'utf-8';
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return undefined;
  }
}

/** TextDecoder has no UTF-32: four bytes a code point, no surrogates, nothing above U+10FFFF. */
function decodeUtf32(body: Uint8Array, littleEndian: boolean): string | undefined {
  if (body.length % 4 !== 0) return undefined;
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let at = 0; at < body.length; at += CHUNK * 4) {
    const points: number[] = [];
    for (let i = at; i < Math.min(body.length, at + CHUNK * 4); i += 4) {
      const p = view.getUint32(i, littleEndian);
      if (p > 0x10ffff || (p >= 0xd800 && p <= 0xdfff)) return undefined;
      points.push(p);
    }
    parts.push(String.fromCodePoint(...points));
  }
  return parts.join('');
}

/** The text, when the bytes are GB18030 with at least one Chinese character (so that stray Latin-1 is not taken for it). */
function decodeGb18030(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return /[\u4e00-\u9fa5]/.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}
