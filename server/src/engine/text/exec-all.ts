// Every match of a global expression in a text, as String.prototype.matchAll gives them, for the expressions tried on
// every line of every report (a thousand calls per 25 KB report). matchAll copies the expression and makes an iterator
// on every call, match or not (about 150 ns, and garbage); this runs the expression itself from the start and makes a
// list only when something matched. The matches are taken all at once, so a reader that uses the same expression
// inside its loop is safe: `lastIndex` is 0 again on return.

/** One empty list for every text where nothing matched. Not to be changed. */
const NONE: readonly RegExpExecArray[] = Object.freeze([]);

/** The matches of `re` (which must have the g flag, as matchAll asks) in `text`, left to right. */
export function execAll(re: RegExp, text: string): readonly RegExpExecArray[] {
  if (!re.global) throw new TypeError('execAll: the expression needs the g flag');
  re.lastIndex = 0;
  let out: RegExpExecArray[] | undefined;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    (out ??= []).push(m);
    // an empty match: step past it, as matchAll does (a whole code point under the u or v flag)
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  return out ?? NONE;
}

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  if (c < 0xd800 || c > 0xdbff) return at + 1;
  const d = text.charCodeAt(at + 1);
  return d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}
