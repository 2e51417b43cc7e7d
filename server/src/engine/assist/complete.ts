// Completion content: the template's boilerplate (and the workspace library's) inside 存在问题 / 改进措施 (numbered to continue the
// list in its own style, leaving out items already there), and the next heading the outline expects.
// Plain data: the language server turns it into LSP completion items.
import { headingLine } from '../fixes/section-text.js';
import type { Section } from '../model/outline.js';
import type { Report } from '../model/report.js';
import { readMarker, type Marker } from '../parse/markers.js';
import { titleKey } from '../text/normalize.js';
import { BoilerplateLibrary } from '../template/boilerplate.js';
import { siblingsOf, templateNumber, type TemplateSection } from '../template/template.js';
import type { Localized, Span } from '../types.js';
import { lineAround, sectionAt } from '../model/locate.js';

export interface Suggestion {
  kind: 'boilerplate' | 'heading' | 'indicator' | 'comparator';
  label: string;
  /** Text that replaces `replace`. */
  insertText: string;
  replace: Span;
  detail: Localized;
  documentation: string;
  /** Keeps the template's order in the list. */
  sortText: string;
}

const SPACES = /^[ \t\u00a0\u3000]*$/;

/** `library`: the workspace's own wording, offered after the template's. */
export function completionsAt(report: Report, offset: number, library = new BoilerplateLibrary()): Suggestion[] {
  if (!report.isReport) return [];
  const line = lineAround(report, offset);
  const indentLength = line.before.length - line.before.trimStart().length;
  const typed = line.before.slice(indentLength);
  const typedMarker = readMarker(typed, 0);
  const afterMarker = typedMarker ? typed.slice(typedMarker.end) : typed;
  if (!SPACES.test(afterMarker)) return []; // inside a sentence: nothing to offer
  const section = sectionAt(report, offset);
  const out: Suggestion[] = [];
  if (section?.tsec && offset > section.heading.line.end) {
    out.push(...boilerplate(report, section, library, { start: line.start + indentLength, end: offset }, typedMarker));
  }
  if (!typedMarker || typedMarker.level <= 2)
    out.push(...headings(report, section, { start: line.start + indentLength, end: offset }, line.start));
  return out;
}

function boilerplate(
  report: Report,
  section: Section,
  library: BoilerplateLibrary,
  replace: Span,
  typed: Marker | undefined,
): Suggestion[] {
  const tsec = section.tsec as TemplateSection;
  const own = library.for(report.template, tsec);
  if (tsec.boilerplate.length + own.length === 0) return [];
  const template = { zh: `${tsec.title}：常用表述`, en: `${tsec.title}: standard wording` };
  const office = { zh: `${tsec.title}：本单位常用表述`, en: `${tsec.title}: your office's wording` };
  const offered = [...tsec.boilerplate.map((b) => ({ ...b, detail: template })), ...own.map((b) => ({ ...b, detail: office }))];
  const bodyStart = section.heading.line.end;
  const bodyEnd = section.children[0]?.start ?? section.end;
  const items = report.parsed.lines
    .filter((l) => l.start >= bodyStart && l.start < bodyEnd && l.start < replace.start)
    .map((l) => readMarker(l.text, 0))
    .filter((m): m is Marker => m !== undefined && !m.broken && m.level >= 3);
  const last = items[items.length - 1];
  const n = typed ? typed.value : (last?.value ?? 0) + 1;
  const marker = typed ? typed.text : last ? restyle(last, n) : `${n}、`;
  const body = titleKey(report.text.slice(bodyStart, bodyEnd));
  return offered
    .filter((b) => !body.includes(titleKey(b.text.split('。')[0] ?? b.text)))
    .map((b, i) => ({
      kind: 'boilerplate' as const,
      label: `${marker}${b.label}`,
      insertText: `${marker}${b.text}`,
      replace,
      detail: b.detail,
      documentation: b.text,
      sortText: String(i).padStart(3, '0'),
    }));
}

function restyle(m: Marker, n: number): string {
  return m.level === 4 ? `${m.open}${n}${m.close}` : `${n}${m.sep}`;
}

/** The headings due next: a missing first child of the section, or the next missing sibling up the tree. */
function headings(report: Report, section: Section | undefined, replace: Span, lineStart: number): Suggestion[] {
  const present = report.outline.byTemplateId;
  const due: TemplateSection[] = [];
  const firstMissing = (list: TemplateSection[]): TemplateSection | undefined => list.find((s) => !present.has(s.id));
  if (section?.tsec) {
    const child = firstMissing(section.tsec.children);
    if (child) due.push(child);
    for (let s: TemplateSection | undefined = section.tsec; s; s = s.parent) {
      const next = siblingsOf(report.template, s)
        .slice(s.index + 1)
        .find((x) => !present.has(x.id));
      if (next) due.push(next);
    }
  } else {
    const top = firstMissing(report.template.sections);
    if (top) due.push(top);
  }
  const style = report.outline.style;
  const eol = report.index.eol();
  return due.map((tsec, i) => {
    const n = templateNumber(report.template, tsec, present);
    const full = headingLine(style, tsec.depth, n, tsec.title);
    const text =
      full.slice(style.mdDepth.size === 0 ? style.indent.length : 0) +
      (tsec.skeleton ? eol + eol + (style.mdDepth.size === 0 ? style.indent : '') + tsec.skeleton : '');
    return {
      kind: 'heading' as const,
      label: full.trim().replace(/^#+\s*/, ''),
      insertText: text,
      replace: style.mdDepth.size > 0 ? { start: lineStart, end: replace.end } : replace,
      detail: { zh: '模板要求的下一节', en: 'The next section the template expects' },
      documentation: tsec.guidance.zh,
      sortText: `h${i}`,
    };
  });
}
