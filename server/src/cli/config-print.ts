// `jixiao config --print <report>`: the options a report is checked with, each with where it came from
// (a config file, a flag, the default), so that a drafter or a reviewer's CI can see why a rule is off;
// and the problems of the config files of a run, each said once.
import { dirname, resolve } from 'node:path';
import type { ConfigProblem } from '../config/problem.js';
import { describeProblem } from '../config/problem.js';
import { PROJECT_KEYS } from '../config/validate.js';
import { OPTIONS, type Lang, type OptionKey } from '../engine/index.js';
import { choice, type ParsedArgs } from './args.js';
import type { CheckSettings } from './check-file.js';
import { ConfiguredOptions } from './configured.js';
import { UsageError } from './errors.js';
import { escapeControls } from './format/escape.js';

/** The problems of the config files the reports at `paths` use, each config's once. */
export function configProblems(paths: string[], configured: ConfiguredOptions): ConfigProblem[] {
  const seen = new Set<unknown>();
  const out: ConfigProblem[] = [];
  for (const path of paths) {
    const c = configured.for(path);
    if (seen.has(c)) continue;
    seen.add(c);
    out.push(...c.problems);
  }
  return out;
}

/** Which flag sets an option on the command line, when one does. */
const FLAG_OF: Partial<Record<OptionKey, string>> = {
  region: '--region',
  rules: '--rule',
  executionThreshold: '--execution-threshold',
  templates: '--template',
};

interface Line {
  key: OptionKey;
  value: unknown;
  /** Files, flags or `default`. */
  from: string[];
}

function lines(settings: CheckSettings, configured: ReturnType<ConfiguredOptions['for']>): Line[] {
  const { values, sources } = configured.config;
  const flagValue: Partial<Record<OptionKey, unknown>> = {
    region: settings.region,
    executionThreshold: settings.executionThreshold,
    rules: Object.keys(settings.severities).length > 0 ? settings.severities : undefined,
    templates: settings.templateFile ? [settings.templateFile] : undefined,
  };
  return PROJECT_KEYS.map((key) => {
    const file = values[key] !== undefined ? sources[key] : undefined;
    const flag = flagValue[key] !== undefined ? FLAG_OF[key] : undefined;
    let value: unknown = OPTIONS[key].default;
    if (file) value = values[key];
    if (flag) {
      if (key === 'rules') value = { ...(file ? values.rules : {}), ...(flagValue.rules as object) };
      else if (key === 'templates') value = [...(file ? (values.templates as string[]) : []), ...(flagValue.templates as string[])];
      else value = flagValue[key];
    }
    const mixes = key === 'rules' || key === 'templates';
    const from = flag ? (mixes && file ? [file, flag] : [flag]) : file ? [file] : ['default'];
    return { key, value, from };
  });
}

export function printConfig(args: ParsedArgs, settings: CheckSettings, lang: Lang, io: { cwd: string }): string {
  const report = args.positional[0];
  if (!args.flags.has('print') || report === undefined || args.positional.length > 1)
    throw new UsageError('用法：jixiao config --print 报告.md', 'usage: jixiao config --print report.md');
  const format = choice(args, 'format', ['human', 'json'], 'human');
  const configured = new ConfiguredOptions(settings).for(report);
  const { file, files } = configured.config;
  const list = lines(settings, configured);
  if (format === 'json') {
    const options = Object.fromEntries(list.map((l) => [l.key, { value: l.value, from: l.from }]));
    const { ignores } = configured.config;
    return JSON.stringify({ report, configFile: file ?? null, files, ignores, options, problems: configured.problems }, null, 2) + '\n';
  }
  const zh = lang === 'zh';
  const out: string[] = [];
  const dir = dirname(resolve(io.cwd, report));
  if (settings.noConfig) out.push(zh ? '配置文件：未使用（--no-config）' : 'config file: not used (--no-config)');
  else if (!file) out.push(zh ? `配置文件：无（自 ${dir} 向上直到根目录均未找到）` : `config file: none (none in ${dir} or above)`);
  else {
    const extended = files.slice(1);
    out.push(`${zh ? '配置文件' : 'config file'}: ${file}`);
    if (extended.length > 0) out.push(`  ${zh ? '继承' : 'extends'}: ${extended.join(', ')}`);
    const { ignores } = configured.config;
    if (ignores.length > 0) out.push(`  ${zh ? '不检查（ignores）' : 'ignores'}: ${ignores.join(', ')}`);
  }
  const width = Math.max(...list.map((l) => l.key.length));
  const defaultWord = zh ? '默认值' : 'default';
  for (const l of list) {
    const from = l.from.map((f) => (f === 'default' ? defaultWord : f)).join(' + ');
    out.push(`  ${l.key.padEnd(width)}  ${JSON.stringify(l.value)}  ← ${from}`);
  }
  if (configured.problems.length > 0) {
    out.push(zh ? '配置问题（有误的项已忽略，其余照常使用）：' : 'config problems (the bad entries are ignored, the rest applies):');
    for (const p of configured.problems) out.push(`  ${describeProblem(p, lang)}`);
  }
  out.push(
    zh
      ? '优先级：命令行选项 > 配置文件（就近的一个，及其 extends）> 默认值'
      : 'precedence: command-line flags > the config file (the nearest, with what it extends) > defaults',
  );
  return out.map(escapeControls).join('\n') + '\n';
}
