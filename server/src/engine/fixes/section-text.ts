// Writing a section the way the document writes its own: the same Markdown heading depth or plain
// line, the same bracket width, the same indent. Used by the missing-section fix, "insert all missing
// sections" and the heading completion.
import type { MarkerLevel } from '../parse/markers.js';
import { formatMarker } from '../parse/markers.js';
import type { MarkerForm } from '../model/marker-style.js';
import type { OutlineStyle } from '../model/outline.js';
import { toChineseNumeral } from '../text/normalize.js';
import type { TemplateSection } from '../template/template.js';

export function markerText(style: OutlineStyle, level: number, n: number): string {
  return markerInForm({ halfWidth: style.halfWidth, sep: style.arabicSep }, level as MarkerLevel, n);
}

/** A marker written in a given form (bracket width, separator). */
export function markerInForm(form: Pick<MarkerForm, 'halfWidth' | 'sep'>, level: MarkerLevel, n: number): string {
  return formatMarker(level, n, form, toChineseNumeral);
}

/** The line prefix (`### ` or the indent) for a heading of an outline level. */
export function headingPrefix(style: OutlineStyle, level: number): string {
  if (style.mdDepth.size === 0) return style.indent;
  let depth = style.mdDepth.get(level);
  if (depth === undefined) {
    const known = [...style.mdDepth].sort((a, b) => a[0] - b[0]);
    const nearest = known.reduce((best, k) => (Math.abs(k[0] - level) < Math.abs(best[0] - level) ? k : best));
    depth = Math.min(6, Math.max(1, nearest[1] + (level - nearest[0])));
  }
  return `${'#'.repeat(depth)} `;
}

export function headingLine(style: OutlineStyle, level: number, n: number, title: string): string {
  return `${headingPrefix(style, level)}${markerText(style, level, n)}${style.spaceAfterMarker ? ' ' : ''}${title}`;
}

/** A section and its sub-sections as Markdown paragraphs, numbered from `n`. */
export function renderSection(style: OutlineStyle, tsec: TemplateSection, n: number, eol: string): string {
  const parts = [headingLine(style, tsec.depth, n, tsec.title)];
  const indent = style.mdDepth.size === 0 ? style.indent : '';
  if (tsec.skeleton) parts.push(indent + tsec.skeleton);
  tsec.children.forEach((child, i) => parts.push(renderSection(style, child, i + 1, eol)));
  return parts.join(eol + eol);
}
