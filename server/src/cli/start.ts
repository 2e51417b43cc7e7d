// The `jixiao` command's entry (dist/cli.cjs): loads the CLI's bundle (dist/cli-engine.cjs) through V8's code
// cache, as the language server loads its engine (load/code-cache.ts), in the main thread and in each worker
// thread (workers start at this file too). Compiling the bundle took about 70 ms of CPU per thread on every run.
// The cache is written after the first `check` (it then holds the functions the check compiled; `--help`
// would leave one of little use), never again while it fits; a folder that cannot be written leaves none.
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { requireBundle } from '../load/code-cache.js';
import { tuneTiering } from './tiering.js';

// before the bundle loads: its code cache is made and read under the flag the workers share (tiering.ts)
tuneTiering();
const loaded = requireBundle<typeof import('./main.js')>(join(__dirname, 'cli-engine.cjs'));
const cli = loaded.exports;
cli.usePdfImporter(() => import('pdfjs-dist/legacy/build/pdf.mjs'));
cli.useWorkerScript(__filename);

export async function main(argv: string[]): Promise<number> {
  const code = await cli.main(argv);
  if (isMainThread && argv.includes('check')) loaded.save();
  return code;
}
