// Checking many files on every core: the main thread and worker threads, each with its own engine, take
// files from a shared list. The workers run this same bundle (dist/cli.cjs); below a few dozen files, or with
// --fix (files are written one after another, in order), the main thread does the work. A file that
// cannot be read is an outcome like any other: the rest are still checked.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { checkFile, type CheckSettings, type FileOutcome } from './check-file.js';
import { ConfiguredOptions } from './configured.js';

declare const __filename: string | undefined;

const MIN_FILES_FOR_WORKERS = 32;
const FILES_PER_WORKER = 16;

/** The script a worker starts: the entry that loads this bundle through the code cache (start.ts), when there is one. */
let workerScript: string | undefined;

export function useWorkerScript(file: string): void {
  workerScript = file;
}

type Reply = { kind: 'done'; outcome: FileOutcome } | { kind: 'failed'; message: string };

/** Each file's outcome, in the order of `paths`; `onDone` is told how many are done after each. */
export async function checkFiles(
  paths: string[],
  settings: CheckSettings,
  configured: ConfiguredOptions,
  onDone?: (count: number) => void,
): Promise<FileOutcome[]> {
  const script = workerScript ?? (typeof __filename === 'string' && __filename.endsWith('.cjs') ? __filename : undefined);
  const threads = Math.min(availableParallelism(), Math.ceil(paths.length / FILES_PER_WORKER));
  if (!script || settings.fix || paths.length < MIN_FILES_FOR_WORKERS || threads < 2) {
    const out: FileOutcome[] = [];
    for (const p of paths) {
      out.push(await checkFile(p, settings, configured.for(p).options));
      onDone?.(out.length);
    }
    return out;
  }
  const results = new Array<FileOutcome>(paths.length);
  let next = 0;
  let done = 0;
  let failure: Error | undefined;
  const helper = (): Promise<void> => {
    const worker = new Worker(script, { workerData: { jixiaoCheckWorker: settings } });
    return new Promise<void>((resolve) => {
      // two files handed out ahead: while the main thread checks one of its own (and cannot answer), the worker has the next
      const sent: number[] = [];
      const send = (): void => {
        if (failure || next >= paths.length) {
          if (sent.length === 0) void worker.terminate().then(() => resolve());
          return;
        }
        sent.push(next);
        worker.postMessage(paths[next++]);
      };
      worker.on('message', (reply: Reply) => {
        const current = sent.shift() as number;
        if (reply.kind === 'done') {
          results[current] = reply.outcome;
          onDone?.(++done);
        } else failure ??= new Error(reply.message);
        send();
      });
      worker.on('error', (e) => {
        failure ??= e;
        resolve();
      });
      send();
      send();
    });
  };
  // the main thread checks files too: it has loaded the engine already, and one more worker would load
  // it again and warm it up again (about a tenth of the CPU of checking 100 reports of 25 KB)
  const own = async (): Promise<void> => {
    while (!failure && next < paths.length) {
      const current = next++;
      try {
        const path = paths[current] as string;
        results[current] = await checkFile(path, settings, configured.for(path).options);
        onDone?.(++done);
      } catch (e) {
        failure ??= e as Error;
      }
      await new Promise((resolve) => setImmediate(resolve)); // the workers' replies, and their next files
    }
  };
  await Promise.all([...Array.from({ length: threads - 1 }, helper), own()]);
  if (failure) throw failure;
  return results;
}

/** The worker side: check each path the main thread sends. */
if (!isMainThread && parentPort && (workerData as { jixiaoCheckWorker?: CheckSettings } | null)?.jixiaoCheckWorker) {
  const settings = (workerData as { jixiaoCheckWorker: CheckSettings }).jixiaoCheckWorker;
  const configured = new ConfiguredOptions(settings); // each worker reads the config files it needs, once
  const port = parentPort;
  port.on('message', (path: string) => {
    checkFile(path, settings, configured.for(path).options).then(
      (outcome) => port.postMessage({ kind: 'done', outcome } satisfies Reply),
      (e: unknown) => port.postMessage({ kind: 'failed', message: (e as Error).stack ?? String(e) } satisfies Reply),
    );
  });
}
