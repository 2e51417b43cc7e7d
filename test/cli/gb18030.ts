// Text as GB18030 bytes (what Chinese Windows saves as "ANSI"), for the tests of reports in that encoding.
import assert from 'node:assert/strict';

let table: Map<string, number[]> | undefined;

/** GB18030 bytes for text in the BMP: Node has no GB18030 encoder, so its tables are read back from the decoder. */
export function gb18030(text: string): Buffer {
  table ??= gb18030Table();
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) bytes.push(code);
    else {
      const form = table.get(ch);
      assert.ok(form, `no GB18030 form for U+${code.toString(16)}`);
      bytes.push(...form);
    }
  }
  return Buffer.from(bytes);
}

/** Each BMP character's GB18030 bytes: two (GBK's), or four (the rest of the BMP starts at 81 30 81 30). */
function gb18030Table(): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  const add = (bytes: number[]): void => {
    const ch = decoder.decode(new Uint8Array(bytes));
    if (ch.length === 1 && ch !== '\ufffd' && !out.has(ch)) out.set(ch, bytes);
  };
  for (let lead = 0x81; lead <= 0xfe; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) add([lead, trail]);
  for (let b1 = 0x81; b1 <= 0x84; b1++)
    for (let b2 = 0x30; b2 <= 0x39; b2++) for (let b3 = 0x81; b3 <= 0xfe; b3++) for (let b4 = 0x30; b4 <= 0x39; b4++) add([b1, b2, b3, b4]);
  return out;
}
