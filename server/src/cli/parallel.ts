// Checking many files on every core: worker threads, each with its own engine, take files from a
// shared list. The workers run this same bundle (dist/cli.cjs); below a few dozen files, or with
// --fix (files are written one after another, in order), the main thread does the work. A file that
// cannot be read is an outcome like any other: the rest are still checked.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { checkFile, checkOptions, type CheckSettings, type FileOutcome } from './check-file.js';

declare const __filename: string | undefined;

const MIN_FILES_FOR_WORKERS = 32;
const FILES_PER_WORKER = 16;

type Reply = { kind: 'done'; outcome: FileOutcome } | { kind: 'failed'; message: string };

export async function checkFiles(paths: string[], settings: CheckSettings): Promise<FileOutcome[]> {
  const script = typeof __filename === 'string' && __filename.endsWith('.cjs') ? __filename : undefined;
  const workers = Math.min(availableParallelism(), Math.ceil(paths.length / FILES_PER_WORKER));
  if (!script || settings.fix || paths.length < MIN_FILES_FOR_WORKERS || workers < 2) {
    const options = checkOptions(settings);
    return paths.map((p) => checkFile(p, settings, options));
  }
  const results = new Array<FileOutcome>(paths.length);
  let next = 0;
  let failure: Error | undefined;
  await Promise.all(
    Array.from({ length: workers }, () => {
      const worker = new Worker(script, { workerData: { jixiaoCheckWorker: settings } });
      return new Promise<void>((resolve) => {
        let current = -1;
        const send = (): void => {
          if (failure || next >= paths.length) {
            void worker.terminate().then(() => resolve());
            return;
          }
          current = next++;
          worker.postMessage(paths[current]);
        };
        worker.on('message', (reply: Reply) => {
          if (reply.kind === 'done') results[current] = reply.outcome;
          else failure ??= new Error(reply.message);
          send();
        });
        worker.on('error', (e) => {
          failure ??= e;
          resolve();
        });
        send();
      });
    }),
  );
  if (failure) throw failure;
  return results;
}

/** The worker side: check each path the main thread sends. */
if (!isMainThread && parentPort && (workerData as { jixiaoCheckWorker?: CheckSettings } | null)?.jixiaoCheckWorker) {
  const settings = (workerData as { jixiaoCheckWorker: CheckSettings }).jixiaoCheckWorker;
  const options = checkOptions(settings);
  const port = parentPort;
  port.on('message', (path: string) => {
    let reply: Reply;
    try {
      reply = { kind: 'done', outcome: checkFile(path, settings, options) };
    } catch (e) {
      reply = { kind: 'failed', message: (e as Error).stack ?? String(e) };
    }
    port.postMessage(reply);
  });
}
