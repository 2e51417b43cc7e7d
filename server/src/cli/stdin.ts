// `jixiao check --stdin [--stdin-filename 报告.md]`: one report read from standard input, as an editor or a
// pre-commit hook hands it over, named as the file it stands for (the output's path; last year's report is
// looked for beside it). Text only, decoded as a file is (encoding.ts); --fix writes files, so not with --stdin.
import type { Readable } from 'node:stream';
import { one, type ParsedArgs } from './args.js';
import { UsageError } from './errors.js';
import { InputError } from '../files/input-error.js';
import { MAX_FILE_BYTES } from '../files/read.js';

/** The name standard input's text goes by, when --stdin is given. */
export function stdinName(args: ParsedArgs): string | undefined {
  const name = one(args, 'stdin-filename');
  if (!args.flags.has('stdin')) {
    if (name !== undefined) throw new UsageError('--stdin-filename 只能与 --stdin 同用', '--stdin-filename goes with --stdin');
    return undefined;
  }
  if (args.positional.length > 0)
    throw new UsageError(
      `--stdin 从标准输入读一份报告，不能再给文件或目录（${args.positional.join(' ')}）`,
      `--stdin reads one report from standard input: give no files or folders as well (${args.positional.join(' ')})`,
    );
  if (args.flags.has('fix'))
    throw new UsageError(
      '--fix 要写回文件，不能用于标准输入：请给出文件路径',
      '--fix writes files back: it does not go with --stdin; name the file',
    );
  if (name === '') throw new UsageError('--stdin-filename 不能为空', '--stdin-filename cannot be empty');
  return name ?? '<stdin>';
}

/** All of standard input, up to the size limit of a file. */
export async function readStdin(stream: Readable, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += bytes.length;
    if (total > MAX_FILE_BYTES)
      throw new InputError(name, '标准输入超过命令行读取的上限 100 MB', 'standard input is above the 100 MB the command line reads');
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}
