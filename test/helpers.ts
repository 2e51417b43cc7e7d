// Shared by the tests: run the engine on text, pick findings, apply a fix, read the examples.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyEdits, checkText, TemplateRegistry, type CheckOptions, type Finding, type Span } from '../server/src/engine/index.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const registry = new TemplateRegistry();

export function check(text: string, options: Partial<CheckOptions> = {}): Finding[] {
  return checkText(text, { registry, ...options }).findings;
}

export function findingsOf(text: string, ruleId: string, options: Partial<CheckOptions> = {}): Finding[] {
  return check(text, options).filter((f) => f.ruleId === ruleId);
}

export function applyFix(text: string, f: Finding): string {
  if (!f.fix) throw new Error(`finding of ${f.ruleId} has no fix: ${f.message.en}`);
  return applyEdits(text, f.fix.edits);
}

/** The source text a finding points at. */
export function spanText(text: string, f: { span: Span }): string {
  return text.slice(f.span.start, f.span.end);
}

export function readExample(name: string): string {
  return readFileSync(join(ROOT, 'examples', name), 'utf8');
}

export function exampleNames(): string[] {
  return readdirSync(join(ROOT, 'examples'))
    .filter((n) => n.endsWith('.md'))
    .sort();
}

export function readFixture(name: string): string {
  return readFileSync(join(ROOT, 'test', 'fixtures', name), 'utf8');
}

/** The one finding of a list; fails, quoting them all, when there are none or several. */
export function only(findings: Finding[]): Finding {
  assert.equal(findings.length, 1, findings.map((f) => f.message.zh).join('\n'));
  return findings[0] as Finding;
}
