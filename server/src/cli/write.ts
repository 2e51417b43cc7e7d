// Atomic writes: a temporary file beside the target, the target's mode copied, then a rename, so a
// crash never leaves half a report on disk.
import { chmodSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeAtomic(path: string, content: string, bom: boolean): void {
  const tmp = join(dirname(path), `.${basename(path)}.jixiao-${process.pid}-${Date.now()}.tmp`);
  let mode: number | undefined;
  try {
    mode = statSync(path).mode & 0o7777;
  } catch {
    mode = undefined; // a new file
  }
  try {
    writeFileSync(tmp, (bom ? '\uFEFF' : '') + content, { encoding: 'utf8', flag: 'wx', mode: mode ?? 0o644 });
    if (mode !== undefined) chmodSync(tmp, mode);
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // the temporary file was never created
    }
    throw e;
  }
}
