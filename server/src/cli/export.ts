// `jixiao export report.md [-o report.docx] [--force]`: the submission as a Word file in the 公文 layout
// (office/export-docx.ts), built from the report model the check read. A file that is not a report is
// refused with the reason; a report with errors is refused with their list (they would go to the
// finance bureau as they are) unless --force. The .docx goes beside the report (same name) unless -o
// names another; as `import -o`, an existing file is kept unless --force; the write is atomic.
import { resolve } from 'node:path';
import { checkText, type Lang } from '../engine/index.js';
import { loadExporter } from '../office/exporter.js';
import { one, type ParsedArgs } from './args.js';
import type { CheckSettings } from './check-file.js';
import { ConfiguredOptions } from './configured.js';
import { describeProblem } from '../config/problem.js';
import { UsageError } from './errors.js';
import { InputError } from '../files/input-error.js';
import { escapeControls } from './format/escape.js';
import { formatHuman } from './format/human.js';
import { readSource } from '../files/read.js';
import { OFFICE, OLD_OFFICE } from '../files/read-office.js';
import { t } from './strings.js';
import { writeNewFile } from './write.js';

export type ExportOutcome = 'written' | 'errors' | 'not-a-report';

export async function runExport(
  args: ParsedArgs,
  settings: CheckSettings,
  lang: Lang,
  io: { err: (s: string) => void; cwd: string },
): Promise<ExportOutcome> {
  const file = args.positional[0];
  if (file === undefined || args.positional.length > 1)
    throw new UsageError(
      'jixiao export 需要一个 Markdown 报告：jixiao export 报告.md [-o 报告.docx] [--force]',
      'usage: jixiao export report.md [-o report.docx] [--force]',
    );
  if (OFFICE.test(file) || OLD_OFFICE.test(file))
    throw new UsageError(`jixiao export 读 Markdown 报告，不读“${file}”`, `jixiao export reads a Markdown report, not "${file}"`);
  const force = args.flags.has('force');
  const src = readSource(resolve(io.cwd, file));
  const configured = new ConfiguredOptions(settings).for(file);
  for (const p of configured.problems) io.err(`jixiao: ${escapeControls(describeProblem(p, lang))}\n`);
  const result = checkText(src.text, configured.options);
  const name = escapeControls(file);
  if (!result.report.isReport) {
    io.err(t(lang, 'exportNotReport', { file: name, reason: escapeControls(result.report.recognition.reason[lang]) }) + '\n');
    return 'not-a-report';
  }
  const errors = result.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    const listed = {
      path: file,
      index: result.report.index,
      isReport: true,
      template: result.report.template.id,
      templateChoice: result.report.templateChoice,
      recognition: result.report.recognition.reason,
      findings: errors,
    };
    io.err(formatHuman([listed], [], lang, false));
    if (!force) {
      io.err(t(lang, 'exportRefused', { file: name, errors: errors.length }) + '\n');
      return 'errors';
    }
  }
  const target = one(args, 'output') ?? file.replace(/(\.(md|markdown|txt))?$/i, '.docx');
  if (resolve(io.cwd, target) === resolve(io.cwd, file))
    throw new InputError(target, '不能写在报告自身上', 'would overwrite the report itself');
  const { exportDocx } = await loadExporter();
  writeNewFile(resolve(io.cwd, target), target, await exportDocx(result.report), force);
  io.err(t(lang, 'wrote', { file: escapeControls(target) }) + '\n');
  return 'written';
}
