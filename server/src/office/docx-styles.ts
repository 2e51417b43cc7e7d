// A .docx's paragraph styles (word/styles.xml): which are headings, at what level, and which carry a
// numbering of their own (a heading style numbered 一、 by Word). A style is a heading by its outline
// level, or by its name (heading 1 / 标题 1, as Word and WPS write them); what a style does not say it
// takes from the style it is based on.
import { readXml } from './xml.js';

interface Style {
  name: string;
  basedOn?: string;
  outline?: number;
  numId?: string;
  numLevel?: number;
}

export interface Styles {
  /** 0 for a heading 1, 1 for a heading 2 …; undefined for a body paragraph. */
  headingLevel(id: string): number | undefined;
  numId(id: string): string | undefined;
  numLevel(id: string): number;
}

const HEADING_NAME = /^(?:heading|标题)\s*([1-9])$/i;

export function stylesOf(xml: string): Styles {
  const byId = new Map<string, Style>();
  let current: Style | undefined;
  let inPPr = false;
  readXml(xml, {
    open(name, attrs) {
      const val = attrs['w:val'] ?? '';
      if (name === 'w:style') {
        current = { name: '' };
        if (attrs['w:type'] === 'paragraph' && attrs['w:styleId']) byId.set(attrs['w:styleId'], current);
      } else if (!current) return;
      else if (name === 'w:name') current.name = val;
      else if (name === 'w:basedOn') current.basedOn = val;
      else if (name === 'w:pPr') inPPr = true;
      else if (inPPr && name === 'w:outlineLvl') current.outline = Number(val);
      else if (inPPr && name === 'w:numId') current.numId = val;
      else if (inPPr && name === 'w:ilvl') current.numLevel = Number(val) || 0;
    },
    close(name) {
      if (name === 'w:pPr') inPPr = false;
      else if (name === 'w:style') current = undefined;
    },
  });
  /** The first value `pick` gives along the style's basedOn chain (bounded: a damaged file may loop). */
  const inherited = <T>(id: string, pick: (s: Style) => T | undefined): T | undefined => {
    let s = byId.get(id);
    for (let depth = 0; s && depth < 20; depth++) {
      const v = pick(s);
      if (v !== undefined) return v;
      s = s.basedOn ? byId.get(s.basedOn) : undefined;
    }
    return undefined;
  };
  return {
    headingLevel: (id) =>
      inherited(id, (s) => {
        const m = HEADING_NAME.exec(s.name);
        if (m) return Number(m[1]) - 1;
        return s.outline !== undefined && s.outline < 9 ? s.outline : undefined;
      }),
    numId: (id) => inherited(id, (s) => s.numId),
    numLevel: (id) => inherited(id, (s) => s.numLevel) ?? 0,
  };
}
