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
  if (!/^---[ \t]*\r?\n/.test(text.slice(bom, bom + 8))) return { end: 0, fields };
  let pos = text.indexOf('\n', bom) + 1;
  while (pos > 0 && pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl).replace(/\r$/, '');
    if (/^(---|\.\.\.)[ \t]*$/.test(line)) return { end: Math.min(nl + 1, text.length), fields };
    const colon = line.indexOf(':');
    if (colon > 0) {
      const key = line.slice(0, colon).trim();
      const raw = line.slice(colon + 1);
      const value = raw.trim().replace(/^(["'])(.*)\1$/, '$2');
      const valueStart = pos + colon + 1 + (raw.length - raw.trimStart().length);
      fields.set(key, { value, start: valueStart, end: valueStart + raw.trim().length });
    }
    pos = nl + 1;
  }
  return { end: 0, fields: new Map() }; // no closing fence: not front matter
}
