// Text from the disk (file names, words quoted from a report) shown on a terminal: control
// characters are written as escapes, so a name cannot move the cursor, recolour the screen, start a
// new `file:line:col` line or reverse the text around it. JSON and SARIF carry the text exactly.

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** C0 controls, DEL, C1 controls, line/paragraph separators and the bidirectional overrides. */
function isControl(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

export function escapeControls(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isControl(code)) continue;
    const ch = text[i] as string;
    out += text.slice(from, i) + (NAMED[ch] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`));
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Text for XML 1.0 (JUnit, Checkstyle): `& < > " '` as entities, tabs and line breaks as character references
 * (kept in attributes), and the characters XML cannot hold at all (C0 controls, lone surrogates, U+FFFE/FFFF)
 * written as visible escapes, as on a terminal.
 */
export function escapeXml(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += ch + (text[++i] as string);
        continue;
      }
    }
    const entity = XML_ENTITIES[ch];
    if (entity) out += entity;
    else if ((code < 0x20 && ch !== '\t') || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff)
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out;
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
