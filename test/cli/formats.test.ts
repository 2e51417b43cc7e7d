// The CI formats: junit, github (workflow commands), gitlab (code quality) and checkstyle. Each output is parsed back
// (XML by htmlparser2 in XML mode, JSON by JSON.parse, workflow commands by their grammar) and held against the JSON
// format's findings; names with XML's and the workflow commands' special characters come back as they were.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { R2019, R2023, run } from './run.js';

interface JsonOut {
  files: { path: string; findings: { ruleId: string; severity: string; line: number; column: number; message: string }[] }[];
}

let tmp: string;
// a submission whose name holds what XML and workflow commands must escape, a text that is no report, a binary file
const ODD = 'a&b<"c">, d:e 100%.md';
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'jixiao-formats-'));
  mkdirSync(join(tmp, 'batch'));
  copyFileSync(R2019, join(tmp, 'batch', ODD));
  copyFileSync(R2023, join(tmp, 'batch', 'clean.md'));
  writeFileSync(join(tmp, 'batch', 'notes.md'), '# 会议记录\n\n随便写的几句话。\n');
  writeFileSync(join(tmp, 'batch', 'z-binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

const check = (format: string): { code: number; out: string } => run(['check', 'batch', '--format', format], tmp);
const findings = (): JsonOut['files'][number]['findings'] =>
  (JSON.parse(check('json').out) as JsonOut).files.flatMap((f) => f.findings.map((x) => ({ ...x, path: f.path })));
const xml = (out: string): Element[] => DomUtils.getElementsByTagName(() => true, parseDocument(out, { xmlMode: true }).children);
const named = (els: Element[], tag: string): Element[] => els.filter((e) => e.name === tag);

describe('formats for CI', () => {
  test('every format exits as the human one does (5: a file could not be read)', () => {
    for (const f of ['junit', 'github', 'gitlab', 'checkstyle', 'unix', 'html']) assert.equal(check(f).code, 5, f);
  });

  test('junit: a suite per file, a failure per finding, one passing case for a clean file, an error for an unreadable one', () => {
    const els = xml(check('junit').out);
    const suites = named(els, 'testsuite');
    assert.deepEqual(
      suites.map((s) => s.attribs.name).sort(),
      ['batch/' + ODD, 'batch/clean.md', 'batch/notes.md', 'batch/z-binary.md'].sort(),
    );
    const failures = named(els, 'failure');
    const expected = findings();
    assert.equal(failures.filter((f) => f.attribs.type !== 'not-checked').length, expected.length);
    assert.deepEqual(
      failures.filter((f) => f.attribs.type !== 'not-checked').map((f) => f.attribs.message),
      expected.map((f) => f.message),
    );
    const odd = suites.find((s) => s.attribs.name === 'batch/' + ODD);
    assert.equal(odd?.attribs.failures, '13');
    assert.match(DomUtils.textContent(failures[0] as Element), /^batch\/a&b<"c">, d:e 100%\.md:1:1 {2}警告/);
    assert.equal(named(els, 'error')[0]?.attribs.message, '这是二进制文件，不是 Markdown 文本');
    assert.ok(failures.some((f) => f.attribs.type === 'not-checked' && /未检查：不像绩效自评报告/.test(f.attribs.message ?? '')));
    const root = named(els, 'testsuites')[0];
    assert.equal(root?.attribs.errors, '1');
  });

  test('checkstyle: an error element per finding with its line, column, severity and jixiao.<rule>', () => {
    const els = xml(check('checkstyle').out);
    const errors = named(els, 'error').filter((e) => e.attribs.source?.startsWith('jixiao.') && e.attribs.line);
    const expected = findings();
    assert.deepEqual(
      errors.map((e) => [e.attribs.line, e.attribs.column, e.attribs.source, e.attribs.message]),
      expected.map((f) => [String(f.line), String(f.column), `jixiao.${f.ruleId}`, f.message]),
    );
    assert.deepEqual([...new Set(errors.map((e) => e.attribs.severity))].sort(), ['error', 'info', 'warning']);
    assert.ok(named(els, 'file').some((f) => f.attribs.name === 'batch/' + ODD));
    assert.ok(named(els, 'error').some((e) => e.attribs.source === 'jixiao.unreadable'));
  });

  test('github: a workflow command per finding; data and properties escaped as the Actions toolkit reads them', () => {
    const lines = check('github').out.trimEnd().split('\n');
    const unescape = (s: string): string => s.replace(/%(25|0D|0A|3A|2C)/g, (_, c: string) => String.fromCharCode(parseInt(c, 16)));
    const parsed = lines.map((l) => {
      const m = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(l);
      assert.ok(m, l);
      const props = Object.fromEntries((m[2] ?? '').split(',').map((kv) => kv.split('=').map(unescape) as [string, string]));
      return { command: m[1], props, message: unescape(m[3] ?? '') };
    });
    const expected = findings();
    const forFindings = parsed.filter((p) => p.props.line !== undefined);
    assert.deepEqual(
      forFindings.map((p) => [p.props.file, p.props.line, p.props.col, p.props.title, p.message]),
      expected.map((f) => [(f as unknown as { path: string }).path, String(f.line), String(f.column), `jixiao ${f.ruleId}`, f.message]),
    );
    assert.deepEqual([...new Set(forFindings.map((p) => p.command))].sort(), ['error', 'notice', 'warning']);
    assert.ok(parsed.some((p) => p.command === 'error' && p.props.file === 'batch/z-binary.md'));
    assert.ok(parsed.some((p) => p.command === 'warning' && p.props.file === 'batch/notes.md'));
  });

  test('gitlab: code quality issues with unique fingerprints, stable across runs', () => {
    const issues = JSON.parse(check('gitlab').out) as {
      check_name: string;
      description: string;
      severity: string;
      fingerprint: string;
      location: { path: string; lines: { begin: number } };
    }[];
    const expected = findings();
    const own = issues.filter((i) => !i.check_name.startsWith('jixiao/'));
    assert.deepEqual(
      own.map((i) => [i.location.path, i.location.lines.begin, i.check_name, i.description]),
      expected.map((f) => [(f as unknown as { path: string }).path, f.line, f.ruleId, f.message]),
    );
    assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length);
    assert.deepEqual([...new Set(own.map((i) => i.severity))].sort(), ['info', 'major', 'minor']);
    assert.deepEqual(
      issues.filter((i) => i.check_name.startsWith('jixiao/')).map((i) => [i.check_name, i.location.path, i.severity]),
      [
        ['jixiao/unreadable', 'batch/z-binary.md', 'critical'],
        ['jixiao/not-checked', 'batch/notes.md', 'major'],
      ],
    );
    assert.deepEqual(
      (JSON.parse(check('gitlab').out) as { fingerprint: string }[]).map((i) => i.fingerprint),
      issues.map((i) => i.fingerprint),
    );
  });

  test('made-up: a control character in a name stays well-formed XML, written as an escape', () => {
    const dir = join(tmp, 'ctl');
    mkdirSync(dir);
    copyFileSync(R2023, join(dir, 'bell\u0007.md'));
    const out = run(['check', 'ctl', '--format', 'checkstyle'], tmp).out;
    assert.ok(!out.includes('\u0007'));
    assert.deepEqual(
      named(xml(out), 'file').map((f) => f.attribs.name),
      ['ctl/bell\\u0007.md'],
    );
  });
});
