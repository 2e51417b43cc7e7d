// A set of characters as a table by char code, for the loops that test every character of a line: an array
// read per character, where `set.has(text[i])` cuts a one-character string (and hashes it) and `set.has(code)` hashes.

/** `table[text.charCodeAt(i)] === 1` for the characters of `chars` (each one UTF-16 unit); out of range reads undefined. */
export function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}
