import type { BigIntStats, Stats } from 'node:fs';

/**
 * What a path names when it is not a regular file, in the words a message uses. The command line
 * (reports) and the settings reader (templates, boilerplate) refuse the same kinds of path and must
 * name them alike.
 */
export function nonRegularKind(st: Stats | BigIntStats): { zh: string; en: string } {
  if (st.isDirectory()) return { zh: '文件夹', en: 'a folder' };
  if (st.isFIFO()) return { zh: '命名管道（FIFO）', en: 'a named pipe (FIFO)' };
  if (st.isSocket()) return { zh: '套接字', en: 'a socket' };
  if (st.isCharacterDevice() || st.isBlockDevice()) return { zh: '设备文件', en: 'a device file' };
  return { zh: '特殊文件', en: 'a special file' };
}
