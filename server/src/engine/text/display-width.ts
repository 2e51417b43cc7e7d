// How many columns a string takes in a monospace editor: CJK ideographs, kana, Hangul, full-width
// forms and U+3000 take two, combining marks none, the rest one. What a GFM table's pipes are lined
// up by when a drafter aligns a table with Chinese cells (East Asian Width W and F; A counts as one,
// as editors show ≥ and ≤).

/** Code points of East Asian Width W or F, as ranges [from, to]. */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];

function columns(cp: number): number {
  if (cp < 0x20 || (cp >= 0x300 && cp < 0x370) || cp === 0x200b) return 0;
  if (cp < 0x1100) return 1;
  for (const [from, to] of WIDE) if (cp >= from && cp <= to) return 2;
  return 1;
}

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += columns(ch.codePointAt(0) as number);
  return w;
}
