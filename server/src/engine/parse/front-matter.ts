// A YAML-style front matter block (`---` … `---`) at the top of a report. Only flat `key: value`
// pairs are read: the one key the engine uses is `template`.

export interface FrontMatter {
  /** Offset just past the closing fence line, or 0 when there is none. */
  end: number;
  fields: Map<string, { value: string; start: number; end: number }>;
}

export function readFrontMatter(text: string): FrontMatter {
  const fields: FrontMatter['fields'] = new Map();
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!/^---[ \t]*[\r\n]/.test(text.slice(bom, bom + 8))) return { end: 0, fields };
  let pos = afterBreak(text, lineBreak(text, bom));
  while (pos > 0 && pos < text.length) {
    const nl = lineBreak(text, pos);
    const line = text.slice(pos, nl);
    if (/^(---|\.\.\.)[ \t]*$/.test(line)) return { end: afterBreak(text, nl), fields };
    const colon = line.indexOf(':');
    if (colon > 0) {
      const key = line.slice(0, colon).trim();
      const raw = line.slice(colon + 1);
      const value = raw.trim().replace(/^(["'])(.*)\1$/, '$2');
      const valueStart = pos + colon + 1 + (raw.length - raw.trimStart().length);
      fields.set(key, { value, start: valueStart, end: valueStart + raw.trim().length });
    }
    pos = afterBreak(text, nl);
  }
  return { end: 0, fields: new Map() }; // no closing fence: not front matter
}

/** Where the line holding `from` ends: at its \n, \r\n or lone \r (classic Mac files), or the text's end. */
function lineBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/** The start of the next line after a line break at `at`. */
function afterBreak(text: string, at: number): number {
  if (at >= text.length) return text.length;
  return text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
}
