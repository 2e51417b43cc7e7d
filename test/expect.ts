// Expected findings written inside the fixture text, so a fixture and what it should produce are read
// together (as markdownlint's test/*.md files carry {MD018} markers). The marker is an HTML comment on
// its own line, in the grammar of the suppression comments, and names the rules expected on the next
// non-blank line:
//
//   <!-- expect-next-line heading-numbering -->
//   ### 年度总体工作和重点工作任务
//
//   <!-- expect-next-line doc-number doc-number -->      two findings of one rule: name it twice
//   根据湛财绩【2020】6号、湛财绩【2020】7号的要求，……
//
// The engine reads only `jixiao-…` comments (server/src/engine/suppress.ts) and treats other HTML as
// opaque, so a marked fixture is still a valid report; `assertMarkedFindings` also checks the markers
// change nothing by comparing with the text they are removed from.
//
// A finding is on the line where its span starts. Every finding of the checked rules must be marked and
// every marker met: by default all findings count, so a fixture marks everything it produces.
import assert from 'node:assert/strict';
import type { CheckOptions, Finding } from '../server/src/engine/index.js';
import { check } from './helpers.js';

const MARKER = /^[ \t]*<!--[ \t]*expect-next-line[ \t]+([a-z][a-z0-9 \t-]{0,200}?)[ \t]*-->[ \t]*$/;

export interface Expectation {
  /** 0-based line the finding starts on, in the marked text. */
  line: number;
  ruleId: string;
}

/** The markers of a text, each resolved to the next non-blank line that is not itself a marker. */
export function expectationsIn(text: string): Expectation[] {
  const lines = text.split('\n');
  const out: Expectation[] = [];
  let pending: string[] = [];
  lines.forEach((line, i) => {
    const m = MARKER.exec(line.replace(/\r$/, ''));
    if (m) pending.push(...(m[1] as string).split(/[ \t]+/));
    else if (line.trim() !== '' && pending.length) {
      for (const ruleId of pending) out.push({ line: i, ruleId });
      pending = [];
    }
  });
  if (pending.length) throw new Error(`expect-next-line ${pending.join(' ')} at the end of the text marks no line`);
  return out;
}

/** The text without its marker lines (each removed with its line break). */
export function withoutMarkers(text: string): string {
  return text
    .split('\n')
    .filter((line) => !MARKER.test(line.replace(/\r$/, '')))
    .join('\n');
}

const key = (e: Expectation): string => `${e.line + 1}: ${e.ruleId}`;

/**
 * Checks the marked text and asserts its findings are exactly the marked ones (restricted to `rules`
 * when given), and that the same text without markers has the same findings. Returns the findings.
 */
export function assertMarkedFindings(text: string, options: Partial<CheckOptions> & { rules?: string[] } = {}): Finding[] {
  const { rules, ...checkOptions } = options;
  const counted = (f: Finding): boolean => !rules || rules.includes(f.ruleId);
  const findings = check(text, checkOptions).filter(counted);
  const lineOf = (offset: number): number => text.slice(0, offset).split('\n').length - 1;
  const got = findings.map((f) => key({ line: lineOf(f.span.start), ruleId: f.ruleId })).sort();
  const want = expectationsIn(text)
    .filter((e) => !rules || rules.includes(e.ruleId))
    .map(key)
    .sort();
  assert.deepEqual(
    got,
    want,
    `findings (line: rule) differ from the expect-next-line markers:` +
      `\n${findings.map((f) => `${lineOf(f.span.start) + 1}: ${f.ruleId} ${f.message.zh}`).join('\n')}`,
  );
  const bare = check(withoutMarkers(text), checkOptions).filter(counted);
  assert.deepEqual(
    bare.map((f) => `${f.ruleId} ${f.message.zh}`),
    findings.map((f) => `${f.ruleId} ${f.message.zh}`),
    'the markers change what is found',
  );
  return findings;
}
