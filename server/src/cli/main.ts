// The `jixiao` command: check reports (human, JSON, SARIF, a CI format or the HTML summary page; --fix), create,
// import and export them, and print the options a report gets from its project config file (`config --print`).
// Exit codes (EXIT below): 0 no errors · 1 errors found · 2 the command did not run: bad usage (an
// unknown option, a broken template), or init, import or export could not read or write its file ·
// 3 --fix left some files unwritten · 4 a file named, or in a folder of reports, does not look like a
// report and was not checked (not-checked.ts) · 5 some files or paths could not be read (the rest were
// checked). In `check`, a file that cannot be read or written never stops the others.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  checkOption,
  LineIndex,
  loadTemplateFile,
  OPTIONS,
  expectedValue,
  optionJsonSchema,
  renderNewReport,
  TemplateError,
  TemplateRegistry,
  type Lang,
  type SeverityOverride,
  type Template,
} from '../engine/index.js';
import { choice, one, parseArgs, type ParsedArgs } from './args.js';
import { UsageError } from './errors.js';
import { InputError } from '../files/input-error.js';
import { expandPaths } from '../files/files.js';
import { runExport } from './export.js';
import { runImport } from './import.js';
import { notCheckedFiles } from './not-checked.js';
import { progressLine } from './progress.js';
import { keepSevere, severityOptions, tooManyWarnings } from './severity-options.js';
import { readStdin, stdinName } from './stdin.js';
import { checkBytes, type CheckedFile, type CheckSettings } from './check-file.js';
import { checkFiles } from './parallel.js';
import { configProblems, printConfig } from './config-print.js';
import { ConfiguredOptions } from './configured.js';
import { describeProblem } from '../config/problem.js';
import { escapeControls } from './format/escape.js';
import { BATCH_FORMATS, FORMATS, formatResults } from './format/formats.js';
import { batchNotes } from './batch.js';
import type { FileResult } from './result.js';
import { t } from './strings.js';
import { writeAtomic, WriteError, writeFailure, writeNewFile } from './write.js';
import { VERSION } from '../engine/version.js';

// for the entry that loads this bundle through the code cache (start.ts)
export { usePdfImporter } from '../office/pdf.js';
export { useWorkerScript } from './parallel.js';

/**
 * When several apply, the first in this order: input not read (5), fixes not written (3), files not checked (4),
 * errors (1). Unreadable files used to share 2 with usage errors, so a script could not tell "fix the command"
 * from "one submission is bad, the rest were checked"; 2 stays the usage error, as in most tools.
 */
const EXIT = { clean: 0, errors: 1, usage: 2, notFixed: 3, notChecked: 4, unreadable: 5 } as const;

const FLAGS = {
  help: false,
  version: false,
  format: true,
  template: true,
  region: true,
  verbose: false,
  fix: false,
  lang: true,
  color: false,
  'no-color': false,
  rule: true,
  'execution-threshold': true,
  year: true,
  unit: true,
  force: false,
  output: true,
  previous: true,
  quiet: false,
  'min-severity': true,
  'max-warnings': true,
  'no-progress': false,
  stdin: false,
  'stdin-filename': true,
  'no-config': false,
  print: false,
};

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
  /** Whether stderr is a terminal (the progress line); not when absent. */
  errIsTTY?: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Standard input, read to the end (--stdin). */
  stdin?: () => Promise<Buffer>;
}

const defaultIo = (): Io => ({
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  errIsTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
  env: process.env,
  stdin: () => readStdin(process.stdin, '<stdin>'),
});

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  let lang: Lang = io.env.JIXIAO_LANG === 'en' ? 'en' : 'zh';
  try {
    const args = parseArgs(argv, FLAGS);
    lang = choice(args, 'lang', ['zh', 'en'], lang);
    if (args.flags.has('version')) {
      io.out(`jixiao ${VERSION}\n`);
      return EXIT.clean;
    }
    if (args.flags.has('help') || args.command === undefined || args.command === 'help') {
      io.out(help(lang));
      return args.command === undefined && !args.flags.has('help') ? EXIT.usage : EXIT.clean;
    }
    if (args.command === 'check') return await runCheck(args, lang, io);
    if (args.command === 'init') return runInit(args, lang, io);
    if (args.command === 'config') {
      io.out(printConfig(args, checkSettingsOf(args, io), lang, io));
      return EXIT.clean;
    }
    if (args.command === 'import') {
      await runImport(args, lang, io);
      return EXIT.clean;
    }
    if (args.command === 'export') {
      const outcome = await runExport(args, checkSettingsOf(args, io), lang, io);
      return outcome === 'written' ? EXIT.clean : outcome === 'errors' ? EXIT.errors : EXIT.notChecked;
    }
    throw new UsageError(
      `未知命令：${args.command}（可用：check、init、import、export、config）`,
      `unknown command: ${args.command} (commands: check, init, import, export, config)`,
    );
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`jixiao: ${escapeControls(lang === 'zh' ? e.zh : e.en)}\n${lang === 'zh' ? '用法见 jixiao --help' : 'See jixiao --help'}\n`);
      return EXIT.usage;
    }
    if (e instanceof InputError) {
      // init, import and export stop at a file they cannot read or write: the command did not run (check lists its files and goes on)
      io.err(`jixiao: ${escapeControls(`${e.file}: ${lang === 'zh' ? e.zh : e.en}`)}\n`);
      return EXIT.usage;
    }
    if (e instanceof TemplateError) {
      io.err(`jixiao: ${lang === 'zh' ? '模板有误' : 'bad template'}: ${escapeControls(e.describe(lang))}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}

/** A template id, or the path of a template file (which joins the registry). */
function templateOption(args: ParsedArgs, cwd: string): { registry: TemplateRegistry; template?: Template; file?: string } {
  const value = one(args, 'template');
  if (value === undefined) return { registry: new TemplateRegistry() };
  const builtins = new TemplateRegistry();
  const known = builtins.get(value);
  if (known) return { registry: builtins, template: known };
  if (/\.json$/i.test(value) || existsSync(resolve(cwd, value))) {
    const file = resolve(cwd, value);
    const template = loadTemplateFile(file);
    return { registry: new TemplateRegistry([template]), template, file };
  }
  const ids = builtins
    .list()
    .map((x) => x.id)
    .join(', ');
  throw new UsageError(
    `没有名为“${value}”的模板（内置：${ids}；也可给出模板 JSON 文件路径）`,
    `no template "${value}" (built-in: ${ids}; or give the path of a template JSON file)`,
  );
}

/** `--rule id=level`, each checked against the `rules` option's definition (engine/options.ts). */
function ruleOverrides(args: ParsedArgs): Record<string, SeverityOverride> {
  const out: Record<string, SeverityOverride> = {};
  const specs = args.flags.get('rule') ?? [];
  if (specs.length === 0) return out; // the schema is built on first use: not for a run without --rule
  const schema = OPTIONS.rules.schema;
  const ids = schema.keyType.options;
  const levels = schema.valueType.options;
  for (const spec of specs) {
    const [id = '', level = ''] = spec.split('=');
    if (!schema.keyType.safeParse(id).success)
      throw new UsageError(`未知规则：${id}（可用：${ids.join('、')}）`, `unknown rule: ${id} (rules: ${ids.join(', ')})`);
    const parsed = schema.valueType.safeParse(level);
    if (!parsed.success)
      throw new UsageError(`--rule ${spec}：级别应为 ${levels.join(' / ')}`, `--rule ${spec}: level must be one of ${levels.join(', ')}`);
    out[id] = parsed.data;
  }
  return out;
}

/** `--region <province>`: one a template of the run names (built-in or the --template file). */
function regionOption(args: ParsedArgs, registry: TemplateRegistry): string | undefined {
  const region = one(args, 'region');
  if (region === undefined || region === '') return undefined;
  const provinces = [...new Set(registry.list().flatMap((t) => t.provinces))];
  if (provinces.includes(region)) return region;
  throw new UsageError(
    `没有属于“${region}”的模板（有模板的省份：${provinces.join('、')}）`,
    `no template for the region "${region}" (provinces with templates: ${provinces.join(', ')})`,
  );
}

/** `--execution-threshold N`, checked against the `executionThreshold` option's definition. */
function executionThreshold(args: ParsedArgs): number | undefined {
  const text = one(args, 'execution-threshold');
  if (text === undefined) return undefined;
  const checked = checkOption('executionThreshold', text.trim() === '' ? text : Number(text));
  if (checked.ok) return checked.value;
  const { zh, en } = checked.expected;
  throw new UsageError(`--execution-threshold 应为 ${zh}，而不是“${text}”`, `--execution-threshold must be ${en}, not "${text}"`);
}

/** The settings a check is run with (check's and export's options). */
function checkSettingsOf(args: ParsedArgs, io: Io): CheckSettings {
  const { registry, template, file } = templateOption(args, io.cwd);
  const settings: CheckSettings = { cwd: io.cwd, severities: ruleOverrides(args), fix: args.flags.has('fix') };
  if (args.flags.has('no-config')) settings.noConfig = true;
  const threshold = executionThreshold(args);
  if (threshold !== undefined) settings.executionThreshold = threshold;
  if (template) settings.templateId = template.id;
  if (file) settings.templateFile = file;
  const region = regionOption(args, registry);
  if (region) settings.region = region;
  const previous = one(args, 'previous');
  if (previous !== undefined) {
    if (!existsSync(resolve(io.cwd, previous)))
      throw new UsageError(`--previous 指定的上年报告不存在：${previous}`, `the --previous report does not exist: ${previous}`);
    settings.previous = previous;
  }
  return settings;
}

async function runCheck(args: ParsedArgs, lang: Lang, io: Io): Promise<number> {
  const format = choice(args, 'format', FORMATS, 'human');
  const settings = checkSettingsOf(args, io);
  if (BATCH_FORMATS.has(format)) settings.keepText = true;
  const severity = severityOptions(args);
  const stdin = stdinName(args);
  const expanded =
    stdin === undefined
      ? expandPaths(args.positional.length > 0 ? args.positional : ['.'], io.cwd)
      : { files: [], named: new Set([stdin]), unreadable: [] };
  const configured = new ConfiguredOptions(settings);
  const { files, named, unreadable } = { ...expanded, files: configured.notIgnored(expanded.files, expanded.named) };
  for (const p of configProblems(stdin === undefined ? files : [stdin], configured))
    io.err(`jixiao: ${escapeControls(describeProblem(p, lang))}\n`);
  const checked: CheckedFile[] = [];
  const progress = progressLine(io.err, files.length, lang, Boolean(io.errIsTTY) && !args.flags.has('no-progress'));
  const outcomes =
    stdin === undefined
      ? await checkFiles(files, settings, configured, progress?.done)
      : [await checkBytes((await io.stdin?.()) ?? Buffer.alloc(0), stdin, settings, configured.for(stdin).options)];
  for (const outcome of outcomes) {
    if (outcome.kind === 'checked') checked.push(outcome);
    else unreadable.push({ path: outcome.path, reason: outcome.reason });
  }
  progress?.end();
  for (const u of unreadable) io.err(`jixiao: ${escapeControls(`${u.path}: ${u.reason[lang]}`)}\n`);
  const notFixed = reportFixes(checked, lang, io);
  const all: FileResult[] = checked.map((c) => {
    const r: FileResult = {
      path: c.path,
      index: LineIndex.fromStarts(c.lineStarts, c.length),
      isReport: c.isReport,
      template: c.template,
      templateChoice: c.templateChoice,
      recognition: c.recognition,
      findings: c.findings,
    };
    if (c.fix) r.fix = c.fix;
    if (c.office) r.office = c.office;
    if (c.previous) r.previous = c.previous;
    if (c.previousUnsure) r.previousUnsure = c.previousUnsure;
    r.facts = c.facts;
    if (c.text !== undefined) r.text = c.text;
    return r;
  });
  if (BATCH_FORMATS.has(format)) {
    const notes = batchNotes(
      checked.map((c) => ({ path: c.path, isReport: c.isReport, unit: c.facts.unit, problems: c.facts.problems, text: c.text })),
    );
    for (const r of all) {
      const list = notes.get(r.path);
      if (list) r.batch = list;
    }
  }
  const notChecked = notCheckedFiles(all, named);
  for (const r of all) if (notChecked.has(r.path)) r.notChecked = true;
  const results = keepSevere(all, severity.min);
  const colour = format === 'human' && (args.flags.has('color') || (io.isTTY && !args.flags.has('no-color') && !io.env.NO_COLOR));
  const output = formatResults(format, results, unreadable, { lang, colour, verbose: args.flags.has('verbose'), version: VERSION });
  const target = one(args, 'output');
  if (target === undefined) io.out(output);
  else writeOutput(resolve(io.cwd, target), target, output, lang, io);
  const warnings = tooManyWarnings(results, severity);
  if (warnings !== undefined) io.err(t(lang, 'tooManyWarnings', { warnings, max: severity.maxWarnings ?? 0 }) + '\n');
  if (unreadable.length > 0) return EXIT.unreadable;
  if (notFixed > 0) return EXIT.notFixed;
  if (notChecked.size > 0) return EXIT.notChecked;
  return warnings !== undefined || results.some((r) => r.findings.some((f) => f.severity === 'error')) ? EXIT.errors : EXIT.clean;
}

/** One line per file --fix wrote or left (stderr), a count of both; returns how many were left. */
function reportFixes(checked: CheckedFile[], lang: Lang, io: Io): number {
  let fixed = 0;
  let notFixed = 0;
  for (const { path, fix } of checked) {
    if (!fix) continue;
    const file = escapeControls(path);
    if (fix.written) {
      fixed++;
      const said = { file, count: fix.count, rules: fix.rules.join(', '), tables: fix.tables };
      io.err(t(lang, fix.count === 0 ? 'aligned' : fix.tables > 0 ? 'fixedAndAligned' : 'fixed', said) + '\n');
    } else {
      notFixed++;
      io.err(t(lang, 'notFixed', { file, reason: fix.reason?.[lang] ?? '' }) + '\n');
    }
  }
  if (notFixed > 0) io.err(t(lang, 'fixSummary', { fixed, notFixed }) + '\n');
  return notFixed;
}

/** `check -o`: the output written atomically (a reader never sees half a page); a failed write is a usage error (exit 2). */
function writeOutput(path: string, name: string, output: string, lang: Lang, io: Io): void {
  try {
    writeAtomic(path, output);
  } catch (e) {
    if (e instanceof WriteError) throw new InputError(name, writeFailure(e).zh, writeFailure(e).en);
    throw e;
  }
  io.err(t(lang, 'wrote', { file: escapeControls(name) }) + '\n');
}

function runInit(args: ParsedArgs, lang: Lang, io: Io): number {
  const { registry, template } = templateOption(args, io.cwd);
  const chosen = template ?? registry.default;
  const yearText = one(args, 'year');
  const year = yearText === undefined ? new Date().getFullYear() - 1 : Number(yearText);
  if (!Number.isInteger(year) || year < 1990 || year > 2100) {
    throw new UsageError(`--year 应为四位年份，而不是“${yearText}”`, `--year must be a four-digit year, not "${yearText}"`);
  }
  const unit = one(args, 'unit') ?? '（单位名称）';
  const text = renderNewReport(chosen, { year, unit });
  const file = args.positional[0];
  if (file === undefined) {
    io.out(text);
    return EXIT.clean;
  }
  const path = resolve(io.cwd, file);
  writeNewFile(path, file, text, args.flags.has('force'));
  io.err(t(lang, 'wrote', { file: escapeControls(file) }) + '\n');
  return EXIT.clean;
}

function help(lang: Lang): string {
  const rules = OPTIONS.rules.schema.keyType.options.join(', ');
  const levels = OPTIONS.rules.schema.valueType.options;
  const threshold = { ...expectedValue(optionJsonSchema('executionThreshold')), fallback: OPTIONS.executionThreshold.default };
  return lang === 'zh'
    ? `jixiao ${VERSION} — 绩效自评报告检查

用法：
  jixiao check [文件、目录或通配符 …]   检查报告，.md、.docx 和 .pdf（默认当前目录）
  jixiao init [文件]                      按模板生成新报告（不给文件则输出到屏幕）
  jixiao import 报告.docx [-o 报告.md]    把 Word 报告转成 Markdown（标题、自动编号、表格）
  jixiao export 报告.md [-o 报告.docx]    把报告导出为公文格式（GB/T 9704）的 Word 文件
  jixiao config --print 报告.md           列出该报告检查时所用的各项设置及其来源（配置文件、命令行选项或默认值）

check 选项：
  --format <格式>              输出格式：human（默认）、json、sarif（SARIF 2.1.0）、junit、github（GitHub Actions 注释）、
                              gitlab（GitLab 代码质量）、checkstyle、unix（“文件:行:列: 级别: 消息 [规则]”，供编辑器的
                              问题匹配器读取）、html（审核汇总页：每份报告一行，可排序、筛选，
                              点开看各条问题及其上下文；并标出本批中“存在问题/改进措施”几乎相同或写有本批另一单位名称的报告）
  -o, --output <文件>          把输出写入该文件（原子写入）而不是屏幕：jixiao check --format html -o 审核汇总.html 报告/
  --template <id|路径>         指定模板（内置 id 或模板 JSON 文件）；报告前置元数据 template: 优先；
                              不指定时按提纲与各模板的相符程度选择
  --region <省份>              只在该省的模板和全国通用模板中选择（如 湖南、四川、云南、广东）
  --verbose                   逐个文件说明所用模板及选择理由、为何判为（或不判为）自评报告
  --fix                       自动应用安全的修复（原子写入；保留编码、换行符、权限和属主；
                              检查期间被修改的、只读的文件和符号链接不写，并说明原因）
  --rule <规则>=<级别>        调整规则级别：${levels.join(' / ')}，可重复
  --previous <文件>            上年度的报告（.md 或 .docx），对照是否照抄（不给时在同一目录中找评价年度早一年、
                              同一单位的报告）
  --execution-threshold <N>   执行率或到位率低于此百分比而“存在问题”写“无”即视为矛盾
                              （${threshold.zh}，默认 ${threshold.fallback}）
  --stdin [--stdin-filename <名称>]  检查从标准输入读入的一份报告，输出中以该名称称之（默认 <stdin>）
  --quiet                     只显示错误（即 --min-severity error）
  --min-severity <级别>        不显示低于该级别的问题：error / warning / information / hint（默认全部显示）
  --max-warnings <N>          显示的警告多于 N 个时退出码为 1
  --no-progress               不显示进度行（“已检查 12/200”，只在错误输出是终端时显示）
  --no-config                 不读配置文件（每份报告默认使用离它最近的 .jixiaorc.json 或 jixiao.config.json，
                              自报告所在目录向上查找；命令行选项优先于配置文件）
  --lang zh|en                消息语言（默认 zh；也可设环境变量 JIXIAO_LANG=en）
  --color / --no-color        是否彩色输出（默认在终端中彩色）

init 选项：
  --template <id|路径>  --year <评价年度>  --unit <评价单位>  --force（覆盖已有文件）

import 选项：
  -o, --output <文件>（默认与 .docx 同名的 .md）  --force（覆盖已有文件）

export 选项：
  -o, --output <文件>（默认与报告同名的 .docx）
  --force（报告有错误时照样导出，并覆盖已有文件）；也接受 check 的 --template、--region、--rule
  有错误的报告不导出（列出错误，退出码 1）；不像自评报告的文件不导出（说明原因，退出码 4）

目录中查找 .md、.docx、.pdf；通配符支持 * ? ** {a,b} [1-2]，以 ! 开头的参数（如 '!**/草稿/**'）排除匹配的文件；
目录和通配符都跳过隐藏文件夹，并遵循 .gitignore 和 .jixiaoignore（逐个列出的文件照常检查）。

不像绩效自评报告的文件不检查；若是在命令行上逐个列出的，或所在目录中有别的文件被判为报告
（该目录中的 README、CHANGELOG、CONTRIBUTING、LICENSE 除外），则列为“未检查：不像绩效自评报告”并说明原因，
不算作未发现问题。

退出码：0 无错误 · 1 发现错误 · 2 命令未执行：用法错误（未知选项、模板有误等），或 init、import、export 无法读写文件 ·
        3 --fix 有文件未能写入（已列出原因，其余文件照常修复）·
        4 有文件列为“未检查：不像绩效自评报告”·
        5 有文件或路径无法读取（已逐个列出原因，其余文件照常检查）；同时出现时取 5、3、4、1 中靠前的
规则：${rules}
`
    : `jixiao ${VERSION} — checks 绩效自评报告 (budget-performance self-evaluation reports)

Usage:
  jixiao check [files, folders or globs …]   check reports, .md, .docx and .pdf (default: the current folder)
  jixiao init [file]                          write a new report from a template (stdout if no file)
  jixiao import report.docx [-o report.md]    turn a Word report into Markdown (headings, numbering, tables)
  jixiao export report.md [-o report.docx]    write the report as Word in the 公文 layout (GB/T 9704)
  jixiao config --print report.md             the options the report is checked with, and where each came from
                                              (a config file, a flag or the default)

check options:
  --format <format>           output format: human (default), json, sarif (SARIF 2.1.0), junit, github (GitHub
                              Actions annotations), gitlab (GitLab code quality), checkstyle, unix ("file:line:col:
                              severity: message [rule]", for editors' problem matchers), html (the summary page: a
                              row per report, sortable and filterable, findings with their lines; reports whose 存在问题/
                              改进措施 are near-identical, or that name another unit of the batch, are flagged)
  -o, --output <file>         write the output to the file (atomically) instead of stdout:
                              jixiao check --format html -o summary.html reports/
  --template <id|path>        template id or template JSON file; a report's front matter wins;
                              without it, the template whose outline matches best
  --region <province>         choose only among that province's templates and the national ones
                              (e.g. 湖南, 四川, 云南, 广东)
  --verbose                   say for each file which template was used and why, and why it is
                              (or is not) taken for a self-evaluation report
  --fix                       apply the safe fixes (atomic write; encoding, line endings, mode and
                              owner kept; a file changed meanwhile, a read-only file or a link is
                              left as it is, with the reason)
  --rule <id>=<level>         set a rule's level: ${levels.slice(0, -1).join(', ')} or ${levels.at(-1)}; repeatable
  --previous <file>           last year's report (.md or .docx), to find what was copied from it (without it,
                              the report of the year before by the same unit in the same folder)
  --execution-threshold <N>   an 执行率 or 到位率 below this percentage contradicts a 存在问题 that
                              says 无 (${threshold.en}, default ${threshold.fallback})
  --stdin [--stdin-filename <name>]  check one report read from standard input, named so in the output
                              (default <stdin>)
  --quiet                     errors only (--min-severity error)
  --min-severity <level>      leave out findings below error, warning, information or hint (default: all)
  --max-warnings <N>          exit 1 when more than N warnings are shown
  --no-progress               no progress line ("checked 12/200", shown only when stderr is a terminal)
  --no-config                 read no config file (by default each report uses the nearest .jixiaorc.json or
                              jixiao.config.json in its folder or above; flags go over the file)
  --lang zh|en                message language (default zh; or JIXIAO_LANG=en)
  --color / --no-color        colour output (default: on a terminal)

init options:
  --template <id|path>  --year <evaluation year>  --unit <unit name>  --force (overwrite)

import options:
  -o, --output <file> (default: the .docx's name with .md)  --force (overwrite)

export options:
  -o, --output <file> (default: the report's name with .docx)
  --force (export a report with errors, and overwrite); check's --template, --region and --rule apply
  A report with errors is not exported (they are listed, exit 1); nor is a file that does not look
  like a report (the reason is said, exit 4)

Folders are searched for .md, .docx and .pdf; globs take * ? ** {a,b} [1-2], and an argument starting
with ! (e.g. '!**/草稿/**') leaves out what it matches. Folders and globs alike skip hidden folders and
honour .gitignore and .jixiaoignore (files named one by one are checked all the same).

A file that does not look like a self-evaluation report is not checked. When it was named on the
command line, or sits in a folder where another file was taken for a report (that folder's README,
CHANGELOG, CONTRIBUTING and LICENSE aside), it is listed as "not checked: does not look like a
self-evaluation report" with the reason, and never counts as clean.

Exit codes: 0 no errors · 1 errors found · 2 the command did not run: a usage error (an unknown
            option, a broken template), or init, import or export could not read or write its file ·
            3 --fix could not write some files (listed with the reason; the rest are fixed) ·
            4 some files were not checked: they do not look like reports (listed) ·
            5 some files or paths could not be read (listed with the reason; the rest are checked);
            when several apply, the first of 5, 3, 4, 1
Rules: ${rules}
`;
}
