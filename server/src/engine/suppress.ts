// Inline suppression, as linters do it:
//   <!-- jixiao-disable-next-line rule-id [rule-id …] -->   the next non-blank line
//   <!-- jixiao-disable rule-id … --> … <!-- jixiao-enable rule-id … -->   a region (no ids: every rule)
import type { HtmlComment } from './parse/blocks.js';
import type { LineIndex } from './text/line-index.js';
import type { Finding } from './types.js';

interface Region {
  from: number; // first line suppressed
  to: number; // last line suppressed
  rules: Set<string> | 'all';
}

const DIRECTIVE = /^jixiao-(disable-next-line|disable|enable)(?:\s+([\s\S]*))?$/;

export function suppressionRegions(comments: HtmlComment[], index: LineIndex, text: string): Region[] {
  const regions: Region[] = [];
  const open = new Map<string, number>(); // rule id or '*' → start line
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.body);
    if (!m) continue;
    const ids = (m[2] ?? '').split(/[\s,]+/).filter(Boolean);
    const endLine = index.lineOf(c.end);
    if (m[1] === 'disable-next-line') {
      let next = endLine + 1;
      while (next < index.lineCount && text.slice(index.lineStart(next), index.lineEnd(next)).trim() === '') next++;
      regions.push({ from: next, to: next, rules: ids.length ? new Set(ids) : 'all' });
    } else if (m[1] === 'disable') {
      for (const id of ids.length ? ids : ['*']) if (!open.has(id)) open.set(id, endLine);
    } else {
      for (const id of ids.length ? ids : [...open.keys()]) {
        const from = open.get(id);
        if (from === undefined) continue;
        open.delete(id);
        regions.push({ from, to: c.line, rules: id === '*' ? 'all' : new Set([id]) });
      }
    }
  }
  for (const [id, from] of open) regions.push({ from, to: Infinity, rules: id === '*' ? 'all' : new Set([id]) });
  return regions;
}

export function isSuppressed(f: Finding, regions: Region[], index: LineIndex): boolean {
  if (regions.length === 0) return false;
  const line = index.lineOf(f.span.start);
  return regions.some((r) => line >= r.from && line <= r.to && (r.rules === 'all' || r.rules.has(f.ruleId)));
}
