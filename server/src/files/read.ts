// Reading a report file: regular files only, up to a size limit, in the encodings encoding.ts tells apart.
// The file is opened first and everything is decided from that open file (fstat), so a path swapped
// between a look and the read cannot slip a device or a pipe in; a FIFO is opened without blocking so
// that naming one never hangs. What the file was when read (its stamp) is kept for --fix, which
// writes only if the file is still exactly so.
import { closeSync, constants, fstatSync, openSync, readSync, type BigIntStats } from 'node:fs';
import { createHash } from 'node:crypto';
import { decodeText, type Encoding } from './encoding.js';
import { InputError } from './input-error.js';
import { nonRegularKind } from '../engine/index.js';

/**
 * The largest file the command line reads. A 50 MB report takes about 20 s and 0.5 GB of memory
 * (outline checks only, see the engine's size note); this leaves room for twice that and refuses,
 * in words, what would exhaust memory or the longest string Node can hold.
 */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export interface FileStamp {
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  mode: number;
  uid: number;
  gid: number;
  nlink: number;
  /** SHA-256 of the bytes read. */
  hash: string;
}

export interface SourceFile {
  path: string;
  text: string;
  encoding: Encoding;
  stamp: FileStamp;
}

export function readSource(path: string): SourceFile {
  const { bytes, stamp } = readRegularFile(path);
  return { path, ...decodeText(path, bytes), stamp };
}

/** The bytes of a regular file and its stamp, or an InputError saying why not. */
export function readRegularFile(path: string): { bytes: Buffer; stamp: FileStamp } {
  let fd: number;
  try {
    // O_NOCTTY: naming a terminal must not make it this process's controlling terminal
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (e) {
    throw openError(path, e as NodeJS.ErrnoException);
  }
  try {
    const st = fstatSync(fd, { bigint: true });
    if (!st.isFile()) throw notRegular(path, st);
    if (st.size > MAX_FILE_BYTES) throw tooLarge(path, st.size);
    const bytes = readAll(path, fd, Number(st.size));
    return {
      bytes,
      stamp: {
        dev: st.dev,
        ino: st.ino,
        size: st.size,
        mtimeNs: st.mtimeNs,
        mode: Number(st.mode),
        uid: Number(st.uid),
        gid: Number(st.gid),
        nlink: Number(st.nlink),
        hash: createHash('sha256').update(bytes).digest('hex'),
      },
    };
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new InputError(path, `读取时出错（${code}）`, `read failed (${code})`);
  } finally {
    closeSync(fd);
  }
}

/** Reads to the end, even if the file grew since fstat, but never past the limit. */
function readAll(path: string, fd: number, sizeHint: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  let want = sizeHint + 1; // one byte more than fstat said tells a file that grew
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(want, MAX_FILE_BYTES + 1 - total));
    let filled = 0;
    while (filled < chunk.length) {
      const n = readSync(fd, chunk, filled, chunk.length - filled, null);
      if (n === 0) break;
      filled += n;
    }
    chunks.push(chunk.subarray(0, filled));
    total += filled;
    if (total > MAX_FILE_BYTES) throw tooLarge(path, BigInt(total), true);
    if (filled < chunk.length) return Buffer.concat(chunks, total);
    want = 1024 * 1024;
  }
}

function openError(path: string, e: NodeJS.ErrnoException): InputError {
  const code = e.code ?? '';
  if (code === 'ENOENT') return new InputError(path, '文件不存在', 'file not found');
  if (code === 'EACCES' || code === 'EPERM') return new InputError(path, '没有读取权限', 'permission denied');
  if (code === 'ELOOP') return new InputError(path, '符号链接循环', 'symbolic link loop');
  // opening a Unix socket fails with ENXIO
  if (code === 'ENXIO')
    return new InputError(
      path,
      '这是套接字或无设备的特殊文件，不是普通文件；只检查普通文件',
      'a socket or a special file without a device, not a regular file; only regular files are checked',
    );
  return new InputError(path, `无法打开（${code || String(e)}）`, `cannot open (${code || String(e)})`);
}

function notRegular(path: string, st: BigIntStats): InputError {
  if (st.isDirectory()) return new InputError(path, '这是一个目录', 'is a directory');
  const { zh, en } = nonRegularKind(st);
  return new InputError(path, `这是${zh}，不是普通文件；只检查普通文件`, `${en}, not a regular file; only regular files are checked`);
}

function tooLarge(path: string, size: bigint, atLeast = false): InputError {
  const bytes = size.toLocaleString('en-US');
  const sizeZh = `${atLeast ? '至少' : ''}${formatSize(size)}（${bytes} 字节）`;
  const sizeEn = `${atLeast ? 'at least ' : ''}${formatSize(size)} (${bytes} bytes)`;
  const limit = formatSize(BigInt(MAX_FILE_BYTES));
  return new InputError(
    path,
    `文件有 ${sizeZh}，超过命令行读取的上限 ${limit}；报告不会这么大，请检查是否选错了文件，或删去粘贴进来的大段内容`,
    `the file is ${sizeEn}, above the ${limit} the command line reads; no report is this large: check that this is the right file, ` +
      `or remove large pasted content`,
  );
}

/** In MB (1024 × 1024 bytes) or GB, one decimal, none when it is zero: `100 MB`, `2.5 GB`. */
function formatSize(size: bigint): string {
  const gb = Number(size) >= 1024 ** 3;
  return `${(Number(size) / 1024 ** (gb ? 3 : 2)).toFixed(1).replace(/\.0$/, '')} ${gb ? 'GB' : 'MB'}`;
}
