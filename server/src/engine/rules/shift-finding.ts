// A finding moved with the text it was found on: its span, its fix's edits and its related spans.
import type { Span } from '../types.js';
import type { RuleFinding } from './rule.js';

/** The finding moved by `by` characters (new objects: a kept finding may be handed out again). */
export function shiftedFinding(f: RuleFinding, by: number): RuleFinding {
  const out: RuleFinding = { ...f, span: move(f.span, by) };
  if (f.fix) out.fix = { ...f.fix, edits: f.fix.edits.map((e) => move(e, by)) };
  if (f.related) out.related = f.related.map((r) => ({ ...r, span: move(r.span, by) }));
  return out;
}

function move<T extends Span>(s: T, by: number): T {
  return { ...s, start: s.start + by, end: s.end + by };
}
