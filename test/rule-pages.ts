// Reading the rule pages docs/rules/<id>.md for the tests: their sections, their example blocks, and
// each example put into a report so the engine can check it.
//
// A page's examples are short Markdown excerpts, not whole reports. To check one, it is put into the
// clean report of test/unit/rules/_report.ts (modelled on the published 2023 湛江市科学技术局 report;
// every rule is silent on it):
//   - an example that begins with a `##`…`######` heading replaces the clean report's section of that
//     title (the number is ignored), with its sub-sections;
//   - any other example (front matter, the title block) replaces the clean report's opening, everything
//     before its first `##` heading.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.js';
import { cleanReport } from './unit/rules/_report.js';

export const PAGES_DIR = join(ROOT, 'docs', 'rules');

export const HEADINGS = {
  wrong: '错误示例 / Wrong',
  right: '正确示例 / Right',
  why: '为什么财政局关心 / Why a finance bureau cares',
  fix: '修复 / Fix',
  off: '关闭 / Turning it off',
} as const;

export interface Example {
  /** The fenced block's text, ending with a line break. */
  text: string;
  /** The file the wording comes from, as the line after the block names it. */
  source: string;
  /** `摘自 / From`: every line is the source's own (headings may gain `#`); `改编自 / Adapted from`: changed. */
  verbatim: boolean;
}

export function pageIds(): string[] {
  return readdirSync(PAGES_DIR)
    .filter((n) => n.endsWith('.md'))
    .map((n) => n.slice(0, -3))
    .sort();
}

export function readPage(id: string): string {
  return readFileSync(join(PAGES_DIR, `${id}.md`), 'utf8');
}

/** The body of the `## <heading>` section, up to the next `## ` outside a fenced block; undefined when absent. */
export function section(page: string, heading: string): string | undefined {
  const lines = page.split('\n');
  const at = lines.indexOf(`## ${heading}`);
  if (at < 0) return undefined;
  let fenced = false;
  let end = at + 1;
  for (; end < lines.length; end++) {
    const line = lines[end] as string;
    if (line.startsWith('```')) fenced = !fenced;
    else if (!fenced && line.startsWith('## ')) break;
  }
  return lines.slice(at + 1, end).join('\n');
}

const SOURCE = /^来源 \/ Source: (摘自 \/ from|改编自 \/ adapted from) `([^`]+)`/;

/** The ```markdown blocks of a section, each with the source line that must follow it. */
export function examples(body: string): Example[] {
  const lines = body.split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```markdown') continue;
    const close = lines.indexOf('```', i + 1);
    if (close < 0) throw new Error('unclosed ```markdown block');
    const text = lines.slice(i + 1, close).join('\n') + '\n';
    let next = close + 1;
    while (next < lines.length && lines[next] === '') next++;
    const m = SOURCE.exec(lines[next] ?? '');
    if (!m)
      throw new Error(
        `the block ending on line ${close + 1} of its section is not followed by “来源 / Source: 摘自 / from \`file\`” or “… 改编自 / ` +
          `adapted from …”`,
      );
    out.push({ text, source: m[2] as string, verbatim: m[1] === '摘自 / from' });
    i = close;
  }
  return out;
}

/** Lines of a verbatim example that are not in its source (headings compared without their `#`s). */
export function linesNotInSource(ex: Example): string[] {
  const path = join(ROOT, ex.source);
  if (!existsSync(path)) return [`(no file ${ex.source})`];
  const source = readFileSync(path, 'utf8');
  return ex.text
    .split('\n')
    .map((l) => l.replace(/^#{1,6} /, '').trim())
    .filter((l) => l !== '' && !source.includes(l));
}

const MARKER = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．]|[）)])?\s*/;
const headingOf = (line: string): { level: number; title: string } | undefined => {
  const m = /^(#{1,6}) (.*)$/.exec(line);
  return m
    ? {
        level: (m[1] as string).length,
        title: (m[2] as string)
          .replace(MARKER, '')
          .replace(/[。.]$/, '')
          .trim(),
      }
    : undefined;
};

export const SKELETON = cleanReport();

/** The example in the clean report: the whole text, and where the example sits in it. */
export function inReport(example: string): { text: string; start: number; end: number } {
  const lines = SKELETON.split('\n');
  const first = headingOf(example.split('\n')[0] ?? '');
  let from: number;
  let to: number;
  if (first && first.level > 1) {
    from = lines.findIndex((l) => headingOf(l)?.title === first.title);
    if (from < 0) throw new Error(`no section “${first.title}” in the clean report`);
    const level = headingOf(lines[from] as string)?.level ?? 0;
    to = lines.findIndex((l, i) => i > from && (headingOf(l)?.level ?? 7) <= level);
    if (to < 0) to = lines.length - 1; // the text ends with a line break: keep the last, empty line
  } else {
    from = 0;
    to = lines.findIndex((l) => l.startsWith('## '));
  }
  const before = lines.slice(0, from).join('\n') + (from > 0 ? '\n' : '');
  const after = (example.endsWith('\n\n') ? '' : '\n') + lines.slice(to).join('\n');
  return { text: before + example + after, start: before.length, end: before.length + example.length };
}
