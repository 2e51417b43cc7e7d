// The font table of an exported .docx: the `docx` package writes it empty, so an office that lacks a 公文
// font (方正小标宋简体 is not on every machine) would pick a stand-in by guess. Each font gets its entry
// (gongwen.json's fallbacks): the altName Word and WPS try next, the panose numbers and the GB2312
// character set (86) they match a look-alike by.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import LAYOUT from './gongwen.json' with { type: 'json' };

const FONT_TABLE = 'word/fontTable.xml';

const escapeXml = (s: string): string => s.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');

/** One `w:font` entry per font of the layout. */
export function fontEntries(): string {
  return LAYOUT.fallbacks
    .map(
      (f) =>
        `<w:font w:name="${escapeXml(f.name)}"><w:altName w:val="${escapeXml(f.altName)}"/>` +
        `<w:panose1 w:val="${f.panose}"/><w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
    )
    .join('');
}

/** The package with the font table's entries written in (the rest of it unchanged). */
export function withFontFallbacks(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const table = files[FONT_TABLE];
  if (!table) return bytes;
  const xml = strFromU8(table);
  const close = xml.lastIndexOf('</w:fonts>');
  const filled =
    close >= 0
      ? xml.slice(0, close) + fontEntries() + xml.slice(close)
      : xml.replace(/<w:fonts([^>]*)\/>\s*$/u, `<w:fonts$1>${fontEntries()}</w:fonts>`);
  files[FONT_TABLE] = strToU8(filled);
  return zipSync(files, { level: 6 });
}
