// Where a report's project config file is: the nearest `.jixiaorc.json` or `jixiao.config.json` in the
// report's folder or a folder above it, up to the filesystem root. In one folder `.jixiaorc.json` wins.
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The names of a config file, in the order they are looked for in each folder. */
export const CONFIG_NAMES = ['.jixiaorc.json', 'jixiao.config.json'] as const;

/** The config file of one folder itself (not above it), if it has one. */
function ownConfig(dir: string): string | undefined {
  for (const name of CONFIG_NAMES) {
    const file = join(dir, name);
    try {
      statSync(file);
      return file; // a folder or a FIFO by that name is read, and refused with a reason, rather than skipped in silence
    } catch {
      // none by this name
    }
  }
  return undefined;
}

/** Finds the nearest config file walking up from `dir`; `memo` keeps each folder's answer (a batch asks for many). */
export function findConfigFile(dir: string, memo?: Map<string, string | undefined>): string | undefined {
  const walked: string[] = [];
  let found: string | undefined;
  for (let d = dir; ;) {
    if (memo?.has(d)) {
      found = memo.get(d);
      break;
    }
    walked.push(d);
    found = ownConfig(d);
    const up = dirname(d);
    if (found !== undefined || up === d) break;
    d = up;
  }
  if (memo) for (const d of walked) memo.set(d, found);
  return found;
}
