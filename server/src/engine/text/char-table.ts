// A set of characters as a table by char code, for the loops that test every character of a line: an array
// read per character, where `set.has(text[i])` cuts a one-character string (and hashes it) and `set.has(code)` hashes.

/** `table[text.charCodeAt(i)] === 1` for the characters of `chars` (each one UTF-16 unit); out of range reads undefined. */
export function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/**
 * A regex matching any character of `chars` (each UTF-16 unit): the test of a whole line before a loop like the above,
 * where the characters are few and most lines hold none. The regex runs in native code from its first use; the loop is
 * interpreted until the engine has warmed up, and the CLI checks each report once, in a fresh thread (glyph-swap.ts:
 * 6,000 lines of generated reports, 5.9 → 1.9 ms cold, 2.7 → 0.9 ms warm).
 */
export function anyCharOf(chars: string): RegExp {
  const units = new Set<string>();
  for (let i = 0; i < chars.length; i++) units.add(`\\u${chars.charCodeAt(i).toString(16).padStart(4, '0')}`);
  return new RegExp(`[${[...units].join('')}]`);
}
