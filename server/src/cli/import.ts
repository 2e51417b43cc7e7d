// `jixiao import report.docx [-o report.md]`: a Word report as Markdown to draft in, with headings as
// headings, Word's numbering written out and tables as GFM tables (office/docx.ts, as `check` reads it).
// The Markdown goes beside the file (same name, .md) unless -o names another; an existing file is kept
// unless --force; the write is atomic.
import { resolve } from 'node:path';
import type { Lang } from '../engine/index.js';
import { one, type ParsedArgs } from './args.js';
import { UsageError } from './errors.js';
import { escapeControls } from './format/escape.js';
import { OLD_OFFICE, readOffice } from '../files/read-office.js';
import { t } from './strings.js';
import { writeNewFile } from './write.js';

export async function runImport(args: ParsedArgs, lang: Lang, io: { err: (s: string) => void; cwd: string }): Promise<void> {
  const file = args.positional[0];
  if (file === undefined || args.positional.length > 1)
    throw new UsageError(
      'jixiao import 需要一个 .docx 文件：jixiao import 报告.docx [-o 报告.md]',
      'usage: jixiao import report.docx [-o report.md]',
    );
  if (!/\.docx$/i.test(file) && !OLD_OFFICE.test(file))
    throw new UsageError(`jixiao import 只读 .docx 文件，不读“${file}”`, `jixiao import reads .docx files, not "${file}"`);
  const office = await readOffice(resolve(io.cwd, file));
  const target = one(args, 'output') ?? file.replace(/\.docx$/i, '.md');
  const path = resolve(io.cwd, target);
  writeNewFile(path, target, office.text, args.flags.has('force'));
  for (const note of office.notes) io.err(`${escapeControls(file)}: ${note[lang]}\n`);
  io.err(t(lang, 'wrote', { file: escapeControls(target) }) + '\n');
}
