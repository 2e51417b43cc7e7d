// Reading a project config file (JSONC) and what it extends. `extends` names a file, or a list of them,
// read first, the file itself on top: a path (relative to the file that names it), or the name of an npm
// package resolved with Node's resolution from that file's folder to the package's `jixiao.config.json`
// (`require.resolve('<name>/jixiao.config.json')`: a bureau's package ships that file at its root, with
// its templates and boilerplate beside it, named relative to it). Data only: nothing is executed. A
// cycle is said and cut. On top of what it extends, a file's `rules` are merged rule by rule, its lists
// (templates, boilerplate) and `ignores` are added, and any other option it sets replaces the extended one.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parse, type ParseError } from 'jsonc-parser';
import { depthOverflow, MAX_JSON_DEPTH, locator } from '../engine/template/data-file.js';
import { MAX_DATA_FILE_BYTES, nonRegularKind, type OptionKey } from '../engine/index.js';
import type { ConfigProblem } from './problem.js';
import { EXTENDS_KEY, readIgnores, validateConfig, type ConfigValues } from './validate.js';

export interface ProjectConfig {
  /** The config file found (the nearest), if any. */
  file?: string;
  values: ConfigValues;
  /** Each option set: the file its value came from (the last file that set it). */
  sources: Partial<Record<OptionKey, string>>;
  problems: ConfigProblem[];
  /** The `ignores` patterns of every file of the chain (config/ignores.ts). */
  ignores: string[];
  /** Every file read: the config and those it extends (to watch them). */
  files: string[];
}

export const NO_CONFIG: Readonly<ProjectConfig> = Object.freeze({ values: {}, sources: {}, problems: [], ignores: [], files: [] });

/** Reads a config file with what it extends; never throws: what went wrong is in `problems`. */
export function readConfig(file: string): ProjectConfig {
  const out = readChain(file, []);
  return { ...out, file };
}

function readChain(file: string, chain: string[]): ProjectConfig {
  const config: ProjectConfig = { values: {}, sources: {}, problems: [], ignores: [], files: [file] };
  const own = readOne(file);
  config.problems.push(...own.problems);
  if (!own.json) return config;
  const dir = dirname(file);
  for (const target of extendsOf(own.json, file, own.place, config.problems)) {
    const base = resolveExtends(target, dir);
    if ('problem' in base) {
      config.problems.push({ file, ...(own.place([EXTENDS_KEY]) ? { at: own.place([EXTENDS_KEY]) } : {}), ...base.problem });
      continue;
    }
    if (base.file === file || chain.includes(base.file)) {
      const loop = [...chain, file, base.file].join(' → ');
      config.problems.push({ file, zh: `extends 形成循环，已截断：${loop}`, en: `extends goes round in a circle, cut: ${loop}` });
      continue;
    }
    const read = readChain(base.file, [...chain, file]);
    merge(config, read);
    config.ignores.push(...read.ignores);
    config.files.push(...read.files);
    config.problems.push(...read.problems);
  }
  const { values, problems } = validateConfig(own.json, file, dir, own.place);
  config.problems.push(...problems);
  const ignores = readIgnores(own.json, file, own.place);
  config.ignores.push(...ignores.ignores);
  config.problems.push(...ignores.problems);
  merge(config, { values, sources: Object.fromEntries(Object.keys(values).map((k) => [k, file])) });
  return config;
}

/** `over` on top of `into`: rules by rule, lists added, anything else replaced. */
function merge(into: ProjectConfig, over: Pick<ProjectConfig, 'values' | 'sources'>): void {
  for (const [key, value] of Object.entries(over.values) as [OptionKey, unknown][]) {
    const before = into.values[key];
    let next = value;
    if (key === 'rules') next = { ...(before as object | undefined), ...(value as object) };
    else if (Array.isArray(before) && Array.isArray(value)) next = [...new Set([...(before as unknown[]), ...(value as unknown[])])];
    Object.assign(into.values, { [key]: next });
    const source = over.sources[key];
    if (source) into.sources[key] = source;
  }
}

/** The names `extends` gives: a string or a list of strings. */
function extendsOf(
  json: Record<string, unknown>,
  file: string,
  place: (path: string[]) => ConfigProblem['at'],
  problems: ConfigProblem[],
): string[] {
  const value = json[EXTENDS_KEY];
  if (value === undefined) return [];
  if (typeof value === 'string' && value !== '') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' && v !== '')) return value as string[];
  const at = place([EXTENDS_KEY]);
  problems.push({
    file,
    ...(at ? { at } : {}),
    zh: 'extends 应为路径或 npm 包名（或其列表），已忽略',
    en: 'extends must be a path or an npm package name (or a list of them); ignored',
  });
  return [];
}

/** A path (./, ../ or absolute) from the naming file's folder, else an npm package's jixiao.config.json. */
function resolveExtends(target: string, dir: string): { file: string } | { problem: { zh: string; en: string } } {
  if (isAbsolute(target) || target.startsWith('./') || target.startsWith('../') || target.startsWith('.\\') || target.startsWith('..\\'))
    return { file: resolve(dir, target) };
  try {
    return { file: createRequire(join(dir, 'noop.js')).resolve(`${target}/jixiao.config.json`) };
  } catch {
    return {
      problem: {
        zh: `extends 所指的包“${target}”未找到，或其中没有 jixiao.config.json（在 ${dir} 起按 Node 的规则查找），已忽略`,
        en:
          `extends names the package "${target}", not found or without a jixiao.config.json ` +
          `(looked up from ${dir} as Node does); ignored`,
      },
    };
  }
}

/** One file's object, or why it has none; `place` finds a key's line and column in it. */
function readOne(file: string): {
  json?: Record<string, unknown>;
  problems: ConfigProblem[];
  place: (path: string[]) => ConfigProblem['at'];
} {
  const fail = (zh: string, en: string, at?: ConfigProblem['at']) => ({
    problems: [{ file, ...(at ? { at } : {}), zh: `${zh}，整个文件未使用`, en: `${en}; the file is not used` }],
    place: () => undefined,
  });
  let text: string;
  try {
    const st = statSync(file);
    if (!st.isFile()) {
      const kind = nonRegularKind(st);
      return fail(`不是普通文件，而是${kind.zh}`, `not a regular file but ${kind.en}`);
    }
    if (st.size > MAX_DATA_FILE_BYTES) return fail('文件过大', 'too large for a config file');
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return fail(`无法读取（${code}）`, `cannot be read (${code})`);
  }
  const deep = depthOverflow(text, MAX_JSON_DEPTH);
  if (deep !== undefined)
    return fail(`嵌套超过 ${MAX_JSON_DEPTH} 层`, `nested more than ${MAX_JSON_DEPTH} levels deep`, positionOf(text, deep));
  const errors: ParseError[] = [];
  const json: unknown = parse(text, errors, { allowTrailingComma: true });
  const place = locator(text);
  if (errors.length > 0) {
    const at = positionOf(text, (errors[0] as ParseError).offset);
    return fail('不是有效的 JSON（JSONC：可有注释和末尾逗号）', 'not valid JSON (JSONC: comments and trailing commas are fine)', at);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    return fail('应为一个 JSON 对象（{ … }）', 'must be a JSON object ({ … })');
  return { json: json as Record<string, unknown>, problems: [], place };
}

function positionOf(text: string, offset: number): ConfigProblem['at'] {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
