// Reading a data file named in settings or on the command line without trusting the path: only a
// regular file (a FIFO blocks a read for ever, /dev/zero never ends, a directory is no JSON), at most
// MAX_DATA_FILE_BYTES, opened non-blocking so that opening a FIFO returns at once. The asynchronous
// read (the language server's) also gives up after a timeout, so a network drive that stops answering
// holds up one reload, never the server.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { parseDataText, TemplateError, type DataFile } from './data-file.js';
import { nonRegularKind } from '../text/file-kind.js';

export const MAX_DATA_FILE_BYTES = 5 * 1024 * 1024;

/** O_NONBLOCK does not exist on Windows, where opening a file never waits for a writer. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

const mb = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1);

function unreadable(file: string, code: string): TemplateError {
  return new TemplateError(file, '', `cannot read file (${code})`, undefined, `无法读取文件（${code}）`);
}

function tooLarge(file: string, size: number | undefined): TemplateError {
  const limit = MAX_DATA_FILE_BYTES / (1024 * 1024);
  return size === undefined
    ? new TemplateError(file, '', `larger than ${limit} MB, the limit for a data file`, undefined, `超过数据文件的大小上限 ${limit} MB`)
    : new TemplateError(
        file,
        '',
        `${mb(size)} MB, more than the ${limit} MB a data file may have`,
        undefined,
        `文件大小 ${mb(size)} MB，超过数据文件的上限 ${limit} MB`,
      );
}

/** Refuses anything but a regular file of at most the limit, saying what it is instead. */
function checkKind(file: string, st: Stats): void {
  if (st.isFile()) {
    if (st.size > MAX_DATA_FILE_BYTES) throw tooLarge(file, st.size);
    return;
  }
  const { zh, en } = nonRegularKind(st);
  throw new TemplateError(
    file,
    '',
    `not a regular file but ${en}; give the path of a JSON file`,
    undefined,
    `不是普通文件，而是${zh}；请给出 JSON 文件的路径`,
  );
}

const errorCode = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? String(e);

/** Reads and parses a data file, synchronously (the CLI). Throws TemplateError. */
export function readDataFile(file: string): DataFile {
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (e) {
    throw unreadable(file, errorCode(e));
  }
  try {
    checkKind(file, fstatSync(fd));
    // one byte more than the limit: a file that grew since fstat is caught too
    const buffer = Buffer.alloc(MAX_DATA_FILE_BYTES + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_DATA_FILE_BYTES) throw tooLarge(file, undefined);
    return parseDataText(file, buffer.toString('utf8', 0, length));
  } catch (e) {
    if (e instanceof TemplateError) throw e;
    throw unreadable(file, errorCode(e));
  } finally {
    closeSync(fd);
  }
}

async function readText(file: string): Promise<string> {
  let handle;
  try {
    handle = await open(file, OPEN_FLAGS);
  } catch (e) {
    throw unreadable(file, errorCode(e));
  }
  try {
    checkKind(file, await handle.stat());
    const buffer = Buffer.alloc(MAX_DATA_FILE_BYTES + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length < buffer.length; length += n)
      n = (await handle.read(buffer, length, buffer.length - length, null)).bytesRead;
    if (length > MAX_DATA_FILE_BYTES) throw tooLarge(file, undefined);
    return buffer.toString('utf8', 0, length);
  } catch (e) {
    if (e instanceof TemplateError) throw e;
    throw unreadable(file, errorCode(e));
  } finally {
    await handle.close();
  }
}

/** Reads and parses a data file without blocking the event loop; gives up after `timeoutMs`. Throws TemplateError. */
export async function readDataFileAsync(file: string, timeoutMs: number): Promise<DataFile> {
  let timer: NodeJS.Timeout | undefined;
  const seconds = timeoutMs / 1000;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new TemplateError(
            file,
            '',
            `not read within ${seconds} s (a network drive that does not answer?)`,
            undefined,
            `${seconds} 秒内未能读完（网络盘无响应？）`,
          ),
        ),
      timeoutMs,
    );
  });
  try {
    return parseDataText(file, await Promise.race([readText(file), timeout]));
  } finally {
    clearTimeout(timer);
  }
}
