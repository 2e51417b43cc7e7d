// `--quiet` (errors only), `--min-severity <level>` and `--max-warnings N`, as ESLint has them: findings below the
// level are left out of every format and of the exit code; more warnings than N (among those shown) exit 1.
import type { Severity } from '../engine/index.js';
import { choice, one, type ParsedArgs } from './args.js';
import { UsageError } from './errors.js';
import type { FileResult } from './result.js';

/** Most severe first. */
const LEVELS = ['error', 'warning', 'information', 'hint'] as const satisfies readonly Severity[];

export interface SeverityOptions {
  /** The least severe level shown. */
  min: Severity;
  /** At most this many warnings, or any number. */
  maxWarnings?: number;
}

export function severityOptions(args: ParsedArgs): SeverityOptions {
  const quiet = args.flags.has('quiet');
  const min = choice(args, 'min-severity', LEVELS, quiet ? 'error' : 'hint');
  if (quiet && min !== 'error')
    throw new UsageError(
      '--quiet 即只显示错误，不能再给 --min-severity',
      '--quiet shows errors only: it cannot go with another --min-severity',
    );
  const out: SeverityOptions = { min };
  const text = one(args, 'max-warnings');
  if (text !== undefined) {
    if (!/^\d{1,9}$/.test(text))
      throw new UsageError(`--max-warnings 应为 0 或正整数，而不是“${text}”`, `--max-warnings must be 0 or a whole number, not "${text}"`);
    out.maxWarnings = Number(text);
  }
  return out;
}

/** The results with only the findings at `min` or above (the same objects when nothing is left out). */
export function keepSevere(results: FileResult[], min: Severity): FileResult[] {
  if (min === 'hint') return results;
  const rank = LEVELS.indexOf(min);
  return results.map((r) => ({ ...r, findings: r.findings.filter((f) => LEVELS.indexOf(f.severity) <= rank) }));
}

/** How many warnings there are, when more than `--max-warnings` allows. */
export function tooManyWarnings(results: FileResult[], options: SeverityOptions): number | undefined {
  if (options.maxWarnings === undefined) return undefined;
  const warnings = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length, 0);
  return warnings > options.maxWarnings ? warnings : undefined;
}
