// Character folding used when reading numbers and comparing titles.

/** Full-width ASCII variants (！ to ～) folded to ASCII, and the ideographic space to a space. */
export function foldWidth(s: string): string {
  // most text has nothing to fold: the same string back, not a copy built a character (a new string) at a time
  let i = 0;
  while (i < s.length && !foldable(s.charCodeAt(i))) i++;
  if (i === s.length) return s;
  let out = '';
  let from = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!foldable(c)) continue;
    out += s.slice(from, i) + (c === 0x3000 ? ' ' : String.fromCharCode(c - 0xfee0));
    from = i + 1;
  }
  return out + s.slice(from);
}

function foldable(c: number): boolean {
  return (c >= 0xff01 && c <= 0xff5e) || c === 0x3000;
}

/** Characters a title key leaves out (after widths are folded): spaces, quotes, punctuation, ASCII brackets. */
const TITLE_NOISE = new Set([...' \t\u00a0\u3000*_`#"\'“”‘’《》〈〉「」『』.。:：;；,，、!！?？()'].map((ch) => ch.charCodeAt(0)));

/**
 * The comparable form of a section title: widths folded, spaces, quotes and punctuation removed. Every
 * line that may be a heading is keyed, so this copies runs of kept characters (a title is mostly
 * ideographs, kept as they are) instead of building the key one character at a time.
 */
export function titleKey(title: string): string {
  let parts: string[] | undefined;
  let from = 0;
  for (let i = 0; i < title.length; i++) {
    const c = title.charCodeAt(i);
    const folded = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === 0x3000 ? 0x20 : c;
    if (folded === c && !TITLE_NOISE.has(c)) continue;
    (parts ??= []).push(title.slice(from, i));
    if (!TITLE_NOISE.has(folded)) parts.push(String.fromCharCode(folded));
    from = i + 1;
  }
  if (!parts) return title;
  parts.push(title.slice(from));
  // joined into one string, not added piece by piece: `+=` made a chain of string pieces, kept on every heading's
  // reading (a 1 MB report held 22,000 of them)
  return parts.join('');
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Value of a Chinese numeral up to 99 (一, 十, 十四, 二十, 二十三); NaN when it is not one. */
export function chineseNumeral(s: string): number {
  if (s.length === 0 || s.length > 3) return NaN;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? (CN_DIGITS[s] ?? NaN) : NaN;
  const tens = ten === 0 ? 1 : (CN_DIGITS[s.slice(0, ten)] ?? NaN);
  const rest = s.slice(ten + 1);
  const units = rest === '' ? 0 : (CN_DIGITS[rest] ?? NaN);
  return ten > 1 ? NaN : tens * 10 + units;
}

const CN_UNITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export function toChineseNumeral(n: number): string {
  if (n < 10) return CN_UNITS[n] ?? String(n);
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  return (tens === 1 ? '' : CN_UNITS[tens]) + '十' + (CN_UNITS[n % 10] ?? '');
}
