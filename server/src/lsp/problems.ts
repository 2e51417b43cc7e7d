// What was wrong in one reload of the settings and data files, said once: every problem goes to the
// output channel (the first LOGGED of them: a library of 2,000 broken entries has each one marked in
// the file itself), and one notification gives the count and the first SHOWN. A pasted list of
// 20,000 mistakes is one pop-up, not 20,000.
import type { Lang } from '../engine/index.js';

export interface Problem {
  zh: string;
  en: string;
}

const SHOWN = 3;
const LOGGED = 100;
/** A problem quotes paths and setting values: a pop-up stays readable whatever their length. */
const ITEM_CHARS = 300;

const clip = (s: string): string => (s.length > ITEM_CHARS ? `${s.slice(0, ITEM_CHARS)}…` : s);

/** The notification for one reload: the problem itself when there is one, else the count and the first few. */
export function notification(problems: readonly Problem[], lang: Lang): string | undefined {
  const [only] = problems;
  if (!only) return undefined;
  if (problems.length === 1) return lang === 'zh' ? `Jixiao ${clip(only.zh)}` : `Jixiao: ${clip(only.en)}`;
  const first = problems.slice(0, SHOWN).map((p, i) => `${i + 1}) ${clip(p[lang])}`);
  const n = problems.length;
  return lang === 'zh'
    ? `Jixiao 设置和数据文件中有 ${n} 处问题（全部见输出面板“Jixiao”）：${first.join('；')}${n > SHOWN ? `；另有 ${n - SHOWN} 处` : ''}`
    : `Jixiao: ${n} problems in the settings and data files (all of them in the "Jixiao" output): ` +
        `${first.join('; ')}${n > SHOWN ? `; and ${n - SHOWN} more` : ''}`;
}

/** The lines for the output channel. */
export function logLines(problems: readonly Problem[], lang: Lang): string[] {
  const lines = problems.slice(0, LOGGED).map((p) => `Jixiao: ${p[lang]}`);
  const rest = problems.length - LOGGED;
  if (rest > 0) {
    lines.push(
      lang === 'zh'
        ? `Jixiao: 另有 ${rest} 处问题未列出（数据文件中的问题都标在该文件上，见“问题”面板）`
        : `Jixiao: ${rest} more problems not listed (those in a data file are all marked in the file: see the Problems view)`,
    );
  }
  return lines;
}
