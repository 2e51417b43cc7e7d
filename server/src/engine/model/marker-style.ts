// How a heading's number is written when it has to be written afresh (lost, broken, of the wrong
// level): in the form the other headings of that level use — bracket width, separator, the spaces
// before the title. Reports mix forms (the 2023 example writes `(一) ` and `（四）` at one level,
// even under one parent); then no form is certain to be the one the author would have written, and
// a fix that writes one is not safe.
import type { Marker, MarkerLevel } from '../parse/markers.js';
import type { Outline } from './outline.js';

export interface MarkerForm {
  halfWidth: boolean;
  /** 、 . ． after a 1 (level 3). */
  sep: string;
  /** The spaces between the marker and the title. */
  space: string;
}

export interface MarkerStyle {
  form: MarkerForm;
  /** Every heading of the level that carries a number writes it in this form. */
  certain: boolean;
}

/** A marker's form; none for one with brackets of two widths, `(一）`, which no form writes back. */
function formOf(m: Marker, lineText: string, titleStart: number): MarkerForm | undefined {
  const halfWidth = m.open === '(';
  if (m.open !== '' && halfWidth !== (m.close === ')')) return undefined;
  return { halfWidth, sep: m.sep, space: lineText.slice(m.end, titleStart) };
}

const same = (a: MarkerForm, b: MarkerForm): boolean => a.halfWidth === b.halfWidth && a.sep === b.sep && a.space === b.space;

/**
 * The form of each level's numbers, read in one pass over the headings that carry a readable
 * number of their own level: certain when they all agree, else the document's majority style.
 */
export function markerStyles(outline: Outline): (level: MarkerLevel) => MarkerStyle {
  let styles = stylesMemo.get(outline);
  if (!styles) stylesMemo.set(outline, (styles = readStyles(outline)));
  return styles;
}

/** Per outline: heading-numbering and missing-section's doubts both ask, on every check. */
const stylesMemo = new WeakMap<Outline, (level: MarkerLevel) => MarkerStyle>();

function readStyles(outline: Outline): (level: MarkerLevel) => MarkerStyle {
  // per level: the one form every heading uses, or null once two differ
  const agreed = new Map<MarkerLevel, MarkerForm | null>();
  for (const h of outline.headings) {
    const m = h.head.marker;
    if (!m || m.broken || m.level !== h.level) continue;
    const form = formOf(m, h.line.text, h.head.titleStart);
    const seen = agreed.get(h.level);
    if (seen === undefined) agreed.set(h.level, form ?? null);
    else if (seen !== null && (!form || !same(seen, form))) agreed.set(h.level, null);
  }
  // the document's majority style (outline.style) is read only for a level whose headings disagree or carry no number
  let guess: MarkerStyle | undefined;
  return (level) => {
    const form = agreed.get(level);
    if (form) return { form, certain: true };
    const { style } = outline;
    return (guess ??= {
      form: { halfWidth: style.halfWidth, sep: style.arabicSep, space: style.spaceAfterMarker ? ' ' : '' },
      certain: false,
    });
  };
}
