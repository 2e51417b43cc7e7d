// `已检查 12/200` on stderr while a batch is checked: only when stderr is a terminal (a log or a pipe gets no
// carriage returns), not with --no-progress, and at most every tenth of a second; the line is wiped at the end.
import type { Lang } from '../engine/index.js';
import { t } from './strings.js';

const EVERY_MS = 100;

export interface Progress {
  done: (count: number) => void;
  end: () => void;
}

export function progressLine(write: (s: string) => void, total: number, lang: Lang, on: boolean): Progress | undefined {
  if (!on || total < 2) return undefined;
  let shown = 0;
  let last = 0;
  return {
    done: (count) => {
      const now = performance.now();
      if (count < total && now - last < EVERY_MS) return;
      last = now;
      shown = count;
      write(`\r${t(lang, 'progress', { done: count, total })}\u001b[K`);
    },
    end: () => {
      if (shown > 0) write('\r\u001b[K');
    },
  };
}
