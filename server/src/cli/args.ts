// Command-line parsing: `jixiao <command> [options] [paths]`. Small and strict: an unknown option is a
// usage error (exit 2), not silently ignored.
import { UsageError } from './errors.js';

export interface ParsedArgs {
  command: string | undefined;
  positional: string[];
  flags: Map<string, string[]>;
}

/** Option name → whether it takes a value. */
export type OptionSpec = Record<string, boolean>;

export function parseArgs(argv: string[], spec: OptionSpec): ParsedArgs {
  const flags = new Map<string, string[]>();
  const positional: string[] = [];
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('-') && arg !== '-') {
      const eq = arg.indexOf('=');
      const name = (eq > 0 ? arg.slice(0, eq) : arg).replace(/^-+/, '');
      const alias = name === 'h' ? 'help' : name === 'v' ? 'version' : name === 'f' ? 'format' : name === 'o' ? 'output' : name;
      if (!(alias in spec)) throw new UsageError(`未知选项：${arg}`, `unknown option: ${arg}`);
      let value = 'true';
      if (spec[alias]) {
        if (eq > 0) value = arg.slice(eq + 1);
        else {
          const next = argv[++i];
          if (next === undefined) throw new UsageError(`选项 ${arg} 需要一个值`, `option ${arg} needs a value`);
          value = next;
        }
      }
      flags.set(alias, [...(flags.get(alias) ?? []), value]);
    } else if (command === undefined) command = arg;
    else positional.push(arg);
  }
  return { command, positional, flags };
}

export function one(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return v ? v[v.length - 1] : undefined;
}

export function choice<T extends string>(args: ParsedArgs, name: string, allowed: readonly T[], fallback: T): T {
  const v = one(args, name);
  if (v === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(v)) {
    throw new UsageError(
      `选项 --${name} 的取值应为 ${allowed.join(' / ')}，而不是“${v}”`,
      `--${name} must be one of ${allowed.join(', ')}, not "${v}"`,
    );
  }
  return v as T;
}
