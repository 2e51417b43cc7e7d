// A place's level written twice before a body's name (开州区区民政局, 开州养老机构 2020: 开州区 + 区 + 民政局): the drafter
// typed the level of the place again as if the body's name began with it. A doubled level is right wherever the second
// copy starts a word of its own — 省级, 市级, 区委, 县城, 市容, 市场监督管理局, 区域 — so it is read only where a body's
// fixed name (data/typo.json `bodyNames`: 民政局, 人民政府, 财政局…) follows the second copy, and a Chinese character (the
// place's name) stands before the first.
import list from '../data/typo.json' with { type: 'json' };
import { isHanCode } from '../../text/han.js';
import { charTable } from '../../text/char-table.js';
import type { Repeat } from './repeat.js';

/** The levels a place's name ends in. */
const LEVEL = charTable(list.bodyNames.after);
/** The bodies' names, written whole. */
const NAMES = list.bodyNames.names.map((n) => n.replaceAll(' ', ''));

/** A level written twice: the native scan that passes over most lines before any character is read here. */
const DOUBLED = new RegExp(`([${list.bodyNames.after}])\\1`);

/** Each level written twice after a place's name and before a body's name. */
export function doubledLevels(text: string): Repeat[] {
  if (!DOUBLED.test(text)) return NONE;
  let out: Repeat[] | undefined;
  for (let i = 1; i + 2 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (LEVEL[c] !== 1 || text.charCodeAt(i + 1) !== c || !isHanCode(text.charCodeAt(i - 1))) continue;
    if (NAMES.some((n) => text.startsWith(n, i + 2))) (out ??= []).push({ at: i, length: 1, copies: 2 });
    i++;
  }
  return out ?? NONE;
}

const NONE: Repeat[] = [];
