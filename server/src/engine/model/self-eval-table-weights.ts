// The weights a 自评表 gives its 一级指标 in brackets after their names (`产出指标(70分)`, `项目决策(10分)`,
// `预算执行情况(10分)`), read from the text of each line whatever the table's layout: a pipe table, one cell
// per paragraph, or a page flattened to one line (2022-四川-中江县水利局-自评表). Grouped by table: a name
// seen again, or a long stretch of text, starts the next table. The names by form are data
// (self-eval-table.json, levelWeights). Each line is read once (lineMemo); grouping is one pass over
// the few declarations found.
import type { TextLine } from '../parse/blocks.js';
import { lineMemo } from '../parse/line-memo.js';
import { pickedLines } from '../parse/picked-lines.js';
import type { Report } from './report.js';
import WORDS from './self-eval-table.json' with { type: 'json' };

export type WeightForm = 'national' | 'process' | 'sichuan' | 'budget';

export interface LevelWeight {
  /** The name as the form writes it (`产出指标`). */
  name: string;
  form: WeightForm;
  value: number;
  /** The declaration `产出指标(70分)`, at its offsets in the text. */
  start: number;
  end: number;
  /** The weight's digits, at their offsets in the text. */
  weight: { start: number; end: number; text: string };
}

const FORMS = (['national', 'process', 'sichuan', 'budget'] as const).flatMap((form) =>
  WORDS.levelWeights[form].map((name) => ({ name, form })),
);
/** Longest names first: 预算资金执行率 before 资金执行率. */
FORMS.sort((a, b) => b.name.length - a.name.length);
/**
 * A name's last characters, then its weight in brackets; the name is told by what the match ends with (spaces a PDF
 * left inside it dropped: `预算执行 情况`). The money header's unit may stand between (`预算执行情况(万元)(20分)`:
 * 2020-不详-区商务局服务贸易发展资金-自评表).
 */
const DECLARATION =
  /([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,7})[ \u3000]*(?:[(（](?:万元|元)[)）][ \u3000]*)?[(（][ \u3000]*([0-9]{1,3}(?:\.[0-9]+)?)[ \u3000]*分[ \u3000]*[)）]/g;

interface Found {
  name: string;
  form: WeightForm;
  value: number;
  /** Offsets relative to the line. */
  at: number;
  length: number;
  weightAt: number;
  weightText: string;
}
const NONE: Found[] = [];

const declarationsOf = lineMemo((line: TextLine): Found[] => {
  if (!line.text.includes('分')) return NONE;
  let out: Found[] | undefined;
  for (const m of line.text.matchAll(DECLARATION)) {
    const written = m[1] as string;
    const words = written.replace(/[ \u3000]/g, '');
    const hit = FORMS.find((f) => words.endsWith(f.name));
    if (!hit) continue;
    const at = m.index + nameStart(written, hit.name.length);
    const weightText = m[2] as string;
    (out ??= []).push({
      ...hit,
      value: Number(weightText),
      at,
      length: m.index + m[0].length - at,
      weightAt: m.index + m[0].indexOf(weightText, written.length),
      weightText,
    });
  }
  return out ?? NONE;
});

/** Where the name's last `chars` characters start in `written` (spaces inside it skipped). */
function nameStart(written: string, chars: number): number {
  let at = written.length;
  for (let left = chars; left > 0 && at > 0;) if (!/[ \u3000]/.test(written[--at] as string)) left--;
  return at;
}

/** The lines with such a declaration, kept per chunk: table-weight-sum asks on every keystroke. */
const declaringLines = pickedLines((line) => declarationsOf(line).length > 0, undefined, /分[ \u3000]*[)）]/);

/** The 一级指标 weights of each table of the report, in text order, one array per table. */
export function levelWeightGroups(report: Pick<Report, 'chunks'>): LevelWeight[][] {
  const groups: LevelWeight[][] = [];
  let group: LevelWeight[] = [];
  declaringLines(report.chunks, (line) => {
    for (const f of declarationsOf(line)) {
      const w: LevelWeight = {
        name: f.name,
        form: f.form,
        value: f.value,
        start: line.start + f.at,
        end: line.start + f.at + f.length,
        weight: { start: line.start + f.weightAt, end: line.start + f.weightAt + f.weightText.length, text: f.weightText },
      };
      const last = group[group.length - 1];
      if (last && (w.start - last.end > WORDS.levelWeights.gap || group.some((g) => g.name === w.name))) {
        groups.push(group);
        group = [];
      }
      group.push(w);
    }
  });
  if (group.length > 0) groups.push(group);
  return groups;
}
