// The findings of a rule that reads one 自评表 at a time and nothing else of the report (its cells, the
// table settings): worked out once per kept table (model/self-eval-table.ts, PlacedTable.kept) and moved with
// it. A keystroke before a report's 200 tables moves them all; their findings are moved, not found again
// (issue 15: a 1 MB report with 200 tables keeps its keystroke close to one without).
import type { Report } from '../model/report.js';
import { selfEvalTables, type SelfEvalTable } from '../model/self-eval-table.js';
import type { RuleFinding } from './rule.js';
import { shiftedFinding } from './shift-finding.js';

/** Each rule's slot in a table's byRule (an index: 200 tables × a dozen rules are looked up per keystroke). */
const slots = new Map<string, number>();

export function perTable(report: Report, id: string, check: (table: SelfEvalTable) => RuleFinding[]): RuleFinding[] {
  let slot = slots.get(id);
  if (slot === undefined) slots.set(id, (slot = slots.size));
  const out: RuleFinding[] = [];
  for (const table of selfEvalTables(report)) {
    let list = table.byRule[slot] as RuleFinding[] | undefined;
    if (!list) {
      // kept at the offsets the table was read at, handed out at the table's place now
      const by = table.by;
      const kept = table.kept.byRule;
      const found = (kept[slot] ??= by === 0 ? check(table) : check(table).map((f) => shiftedFinding(f, -by))) as RuleFinding[];
      table.byRule[slot] = list = by === 0 || found.length === 0 ? found : found.map((f) => shiftedFinding(f, by));
    }
    for (const f of list) out.push(f);
  }
  return out;
}
