// `--fix` on a live folder: a file is written back only in the encoding it was read in (not GBK/GB18030:
// encoding.ts's cannotWrite); the fixed text replaces the file only if the file is still exactly what
// was read (same file, size, modification time and SHA-256), so an edit saved meanwhile is never lost.
// A read-only file (no owner write bit) and a symbolic link are left alone; mode and owner are kept or
// the file is not written; a file with hard links is written in place, after the same check, so every
// name keeps the fixed text. Whatever stops a write becomes the reason the file was not fixed.
import { closeSync, constants, fstatSync, ftruncateSync, fsyncSync, lstatSync, openSync } from 'node:fs';
import type { Localized } from '../engine/index.js';
import { cannotWrite, encodeText } from '../files/encoding.js';
import { InputError } from '../files/input-error.js';
import { readRegularFile, type SourceFile } from '../files/read.js';
import { replaceAtomically, writeAll, WriteError, writeFailure } from './write.js';

export type WriteOutcome = { written: true } | { written: false; reason: Localized };

export function writeFixed(src: SourceFile, fixed: string): WriteOutcome {
  const { stamp } = src;
  const encoding = cannotWrite(src.encoding);
  if (encoding) return notWritten(encoding);
  try {
    if (lstatSync(src.path).isSymbolicLink()) return notWritten(LINK);
  } catch {
    return notWritten(GONE);
  }
  // decided from the mode bits, not by trying: root could write the file anyway
  if ((stamp.mode & 0o200) === 0) return notWritten(readOnly(stamp.mode));
  const bytes = encodeText(fixed, src.encoding);
  let changed: Localized | undefined;
  try {
    if (stamp.nlink > 1) {
      changed = changedSinceRead(src) ?? writeInPlace(src, bytes);
    } else {
      const owner = { uid: stamp.uid, gid: stamp.gid };
      replaceAtomically(src.path, bytes, { mode: stamp.mode, owner }, () => (changed = changedSinceRead(src)) === undefined);
    }
  } catch (e) {
    if (!(e instanceof WriteError)) throw e;
    if (e.stage === 'owner') return notWritten(ownerKept(stamp.uid, stamp.gid));
    return notWritten(writeFailure(e));
  }
  return changed ? notWritten(changed) : { written: true };
}

/** Why the file on disk is no longer the one that was read, if it is not. */
function changedSinceRead(src: SourceFile): Localized | undefined {
  let now;
  try {
    now = readRegularFile(src.path).stamp;
  } catch (e) {
    if (e instanceof InputError) return GONE;
    throw e;
  }
  const was = src.stamp;
  if (now.dev !== was.dev || now.ino !== was.ino) return GONE;
  if (now.size !== was.size || now.mtimeNs !== was.mtimeNs || now.hash !== was.hash) return CHANGED;
  return undefined;
}

/** Overwrites the file's own bytes (hard links stay linked); not atomic, so only for linked files. */
function writeInPlace(src: SourceFile, bytes: Buffer): Localized | undefined {
  let fd: number;
  try {
    // O_NONBLOCK: a pipe swapped in under this name must not block the run
    fd = openSync(src.path, constants.O_WRONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new WriteError('write', (e as NodeJS.ErrnoException).code ?? String(e));
  }
  try {
    const st = fstatSync(fd, { bigint: true });
    if (!st.isFile() || st.ino !== src.stamp.ino || st.dev !== src.stamp.dev) return GONE;
    writeAll(fd, bytes, 0);
    ftruncateSync(fd, bytes.length);
    fsyncSync(fd);
    return undefined;
  } catch (e) {
    throw e instanceof WriteError ? e : new WriteError('write', (e as NodeJS.ErrnoException).code ?? String(e));
  } finally {
    closeSync(fd);
  }
}

function notWritten(reason: Localized): WriteOutcome {
  return { written: false, reason };
}

const LINK: Localized = { zh: '这是符号链接，--fix 不写入链接', en: 'it is a symbolic link; --fix does not write through links' };

const GONE: Localized = {
  zh: '检查期间文件被删除、移走或替换，未写入',
  en: 'the file was deleted, moved or replaced while it was being checked; nothing written',
};

const CHANGED: Localized = {
  zh: '检查期间文件被修改过（大小、修改时间或内容与读取时不同），为保留新的修改而未写入；请再运行一次 --fix',
  en:
    'the file changed while it was being checked (its size, modification time or content differ from when it was read); not ' +
    'written, so the new edits are kept: run --fix again',
};

function readOnly(mode: number): Localized {
  const octal = (mode & 0o7777).toString(8).padStart(4, '0');
  return {
    zh: `文件是只读的（权限 ${octal}），--fix 不写只读文件；如需修复，先把它改为可写`,
    en: `the file is read-only (mode ${octal}); --fix does not write read-only files: make it writable first`,
  };
}

function ownerKept(uid: number, gid: number): Localized {
  return {
    zh: `无法保留文件的属主（uid ${uid}，gid ${gid}）：写入会把文件变成运行者所有，因此未写入；请由属主本人或管理员运行 --fix`,
    en:
      `cannot keep the file's owner (uid ${uid}, gid ${gid}): writing would hand the file to whoever runs jixiao, so it was not ` +
      `written; run --fix as the owner or as an administrator`,
  };
}
