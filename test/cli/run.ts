// Running the built `jixiao` command as a user runs it, in these tests: plain, or (when the suite runs
// as root, who may read and write anything) as the unprivileged user `nobody`, so that permissions
// are real.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

export const BIN = join(ROOT, 'bin', 'jixiao.cjs');
export const R2019 = join(ROOT, 'examples', '2019-湛江市科技局-整体绩效自评报告.md');
export const R2019_FIXED = join(ROOT, 'examples', '2019-湛江市科技局-整体绩效自评报告-修正稿.md');
export const R2023 = join(ROOT, 'examples', '2023-湛江市科学技术局-整体绩效自评报告.md');

/** The uid and gid of `nobody` on Linux. */
export const NOBODY = 65534;
export const IS_ROOT = process.getuid?.() === 0;

export interface Ran {
  code: number;
  out: string;
  err: string;
}

export function run(args: string[], cwd = ROOT, as?: { uid: number; gid: number }): Ran {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', JIXIAO_LANG: '' },
    timeout: 60_000,
    // a folder of thousands of files gives megabytes of JSON (each file says why it is, or is not, a report)
    maxBuffer: 64 * 1024 * 1024,
    ...as,
  });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

/** As `nobody` when the tests run as root; as the current user otherwise. */
export function runUnprivileged(args: string[], cwd = ROOT): Ran {
  return run(args, cwd, IS_ROOT ? { uid: NOBODY, gid: NOBODY } : undefined);
}
