// The findings of a rule that reads one 自评表 at a time and nothing else of the report (its cells, the
// table settings): worked out once per kept table (model/self-eval-table.ts, tableOrigin) and moved with
// it. A keystroke before a report's 200 tables moves them all; their findings are moved, not found again
// (issue 15: a 1 MB report with 200 tables keeps its keystroke close to one without).
import type { Report } from '../model/report.js';
import { selfEvalTables, tableOrigin, type SelfEvalTable } from '../model/self-eval-table.js';
import type { RuleFinding } from './rule.js';
import { shiftedFinding } from './shift-finding.js';

type ByRule = Record<string, RuleFinding[] | undefined>;

/** By kept table: each rule's findings at the kept table's offsets (relative to its window). */
const byKept = new WeakMap<SelfEvalTable, ByRule>();
/** By table handed out: the same findings placed, and the kept ones (a table not moved since is the same object). */
const byPlaced = new WeakMap<SelfEvalTable, { placed: ByRule; kept: ByRule; base: number }>();

export function perTable(report: Report, id: string, check: (table: SelfEvalTable) => RuleFinding[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const table of selfEvalTables(report)) {
    let entry = byPlaced.get(table);
    if (!entry) {
      const origin = tableOrigin(table);
      if (!origin) {
        out.push(...check(table));
        continue;
      }
      let kept = byKept.get(origin.kept);
      if (!kept) byKept.set(origin.kept, (kept = {}));
      byPlaced.set(table, (entry = { placed: {}, kept, base: origin.base }));
    }
    let list = entry.placed[id];
    if (!list) {
      const base = entry.base;
      const found = (entry.kept[id] ??= check(table).map((f) => shiftedFinding(f, -base)));
      list = entry.placed[id] = found.length === 0 ? found : found.map((f) => shiftedFinding(f, base));
    }
    for (const f of list) out.push(f);
  }
  return out;
}
