// Writing files so that a crash never leaves half a report on disk: the new bytes go to a temporary
// file beside the target, are flushed, get the mode (and owner, when asked) to keep, then the
// temporary file is renamed over the target.
import {
  closeSync,
  constants,
  existsSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Localized } from '../engine/index.js';
import { InputError } from '../files/input-error.js';

/** Where a write stopped: making the temporary file (the folder), keeping the owner, or writing. */
export type WriteStage = 'temp' | 'owner' | 'write';

export class WriteError extends Error {
  constructor(
    readonly stage: WriteStage,
    readonly code: string,
  ) {
    super(`${stage}: ${code}`);
    this.name = 'WriteError';
  }
}

export interface Keep {
  /** The mode to give the new file; without it, a new file's usual mode (0666 less the umask). */
  mode?: number;
  /** Owner and group to give the new file; refused (WriteError 'owner') when this process may not. */
  owner?: { uid: number; gid: number };
}

/**
 * Writes `bytes` over `path` through a temporary file. `ready`, called once the temporary file holds
 * them and just before the rename, may stop the write (false): the target is then left untouched.
 */
export function replaceAtomically(path: string, bytes: Uint8Array, keep: Keep, ready: () => boolean = () => true): boolean {
  const tmp = join(dirname(path), `.${basename(path)}.jixiao-${process.pid}-${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, keep.mode === undefined ? 0o666 : 0o600);
  } catch (e) {
    throw new WriteError('temp', codeOf(e));
  }
  let renamed = false;
  try {
    if (keep.owner) {
      const made = fstatSync(fd);
      if (made.uid !== keep.owner.uid || made.gid !== keep.owner.gid) {
        try {
          fchownSync(fd, keep.owner.uid, keep.owner.gid);
        } catch (e) {
          throw new WriteError('owner', codeOf(e));
        }
      }
    }
    if (keep.mode !== undefined) fchmodSync(fd, keep.mode & 0o7777); // after the chown, which clears set-id bits
    writeAll(fd, bytes);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (!ready()) return false;
    renameSync(tmp, path);
    renamed = true;
    return true;
  } catch (e) {
    throw e instanceof WriteError ? e : new WriteError('write', codeOf(e));
  } finally {
    if (fd !== undefined) closeSync(fd);
    if (!renamed) unlinkQuietly(tmp);
  }
}

/** Writes all of `bytes` at `position` (the current offset when null). */
export function writeAll(fd: number, bytes: Uint8Array, position: number | null = null): void {
  for (let done = 0; done < bytes.length;) {
    done += writeSync(fd, bytes, done, bytes.length - done, position === null ? null : position + done);
  }
}

/** A new file, or one replaced whole (`jixiao init --force`): its mode is kept, it becomes ours. */
export function writeAtomic(path: string, content: string | Uint8Array): void {
  let mode: number | undefined;
  try {
    mode = statSync(path).mode;
  } catch {
    mode = undefined; // a new file
  }
  replaceAtomically(path, typeof content === 'string' ? Buffer.from(content, 'utf8') : content, { mode });
}

/** Why a write failed, in words, from the stage and the system's code. */
export function writeFailure(e: WriteError): Localized {
  if (e.code === 'EROFS') return { zh: '文件系统是只读的', en: 'the file system is read-only' };
  if (e.code === 'ENOSPC' || e.code === 'EDQUOT') return { zh: '磁盘空间不足', en: 'the disk is full' };
  if (e.stage === 'temp' && (e.code === 'EACCES' || e.code === 'EPERM')) {
    return {
      zh: '所在文件夹不可写（无法在文件旁创建临时文件）',
      en: 'its folder is not writable (no temporary file can be made beside it)',
    };
  }
  return { zh: `写入失败（${e.code}）`, en: `write failed (${e.code})` };
}

function codeOf(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? String(e);
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // never created, or already gone
  }
}

/**
 * A file the command writes anew (`init`, `import`, `export`; text as UTF-8, or bytes): an existing one is
 * kept unless `force`; the write is atomic; what stops it is an InputError naming the file as the user
 * wrote it (`name`).
 */
export function writeNewFile(path: string, name: string, content: string | Uint8Array, force: boolean): void {
  if (existsSync(path) && !force) throw new InputError(name, '文件已存在（用 --force 覆盖）', 'file exists (use --force to overwrite)');
  try {
    writeAtomic(path, content);
  } catch (e) {
    if (!(e instanceof WriteError)) throw e;
    const reason = writeFailure(e);
    throw new InputError(name, reason.zh, reason.en);
  }
}
