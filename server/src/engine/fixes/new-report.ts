// A new report from a template — the header block and every section, numbered: what `jixiao init`
// writes and what the editor's 新建报告 command opens (both shells call this, neither owns it).
import type { OutlineStyle } from '../model/outline.js';
import type { Template } from '../template/template.js';
import { renderSection } from './section-text.js';

/** New reports use Markdown headings: 一、 as ##, （一） as ###, 1. as ####, full-width brackets. */
const NEW_REPORT_STYLE: OutlineStyle = {
  halfWidth: false,
  spaceAfterMarker: false,
  mdDepth: new Map([
    [1, 2],
    [2, 3],
    [3, 4],
    [4, 5],
  ]),
  indent: '',
  arabicSep: '.',
};

export interface InitValues {
  year: number;
  unit: string;
}

export function renderNewReport(template: Template, values: InitValues, eol = '\n'): string {
  const preamble = template.preamble
    .replace(/\{year\}/g, String(values.year))
    .replace(/\{nextYear\}/g, String(values.year + 1))
    .replace(/\{unit\}/g, values.unit)
    .trimEnd();
  const sections = template.sections.map((s, i) => renderSection(NEW_REPORT_STYLE, s, i + 1, eol));
  return [`---${eol}template: ${template.id}${eol}---`, preamble.replace(/\n/g, eol), ...sections].join(eol + eol) + eol;
}
