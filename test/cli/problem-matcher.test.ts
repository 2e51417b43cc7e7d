// The `$jixiao` problem matcher (package.json, used by tasks of type `jixiao`: client/src/tasks.ts) parses the CLI's real
// output, `jixiao check --format unix`: every finding's line gives the file, place, severity, rule and message the JSON
// format gives (a message with `%`, `:` and `[…]` in it as written), and the lines that name no place (a file not read,
// not checked) are left to the terminal.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import { R2019, R2023, run } from './run.js';

interface Pattern {
  regexp: string;
  severity: number;
  file: number;
  line: number;
  column: number;
  code: number;
  message: number;
}
interface Manifest {
  activationEvents: string[];
  contributes: {
    taskDefinitions: { type: string; properties: Record<string, unknown> }[];
    problemMatchers: { name: string; pattern: Pattern }[];
  };
}
interface JsonOut {
  files: {
    path: string;
    findings: { ruleId: string; severity: string; line: number; column: number; message: string }[];
  }[];
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
const matcher = manifest.contributes.problemMatchers.find((m) => m.name === 'jixiao');

let tmp: string;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'jixiao-matcher-'));
  mkdirSync(join(tmp, 'reports'));
  copyFileSync(R2019, join(tmp, 'reports', '2019 湛江市科技局 (1).md'));
  copyFileSync(R2023, join(tmp, 'reports', 'clean.md'));
  copyFileSync(join(ROOT, 'examples', '示例单位-2024-培训项目支出绩效自评报告-虚构.md'), join(tmp, 'reports', 'made-up.md'));
  writeFileSync(join(tmp, 'reports', 'notes.md'), '# 会议记录\n\n随便写的几句话（made up）。\n');
  writeFileSync(join(tmp, 'reports', 'scan.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('the $jixiao problem matcher', () => {
  test('is contributed with the `jixiao` task type, which activates the extension', () => {
    assert.ok(matcher);
    assert.deepEqual(
      manifest.contributes.taskDefinitions.map((d) => d.type),
      ['jixiao'],
    );
    assert.ok(manifest.activationEvents.includes('onTaskType:jixiao'));
  });

  test('parses every finding of `jixiao check --format unix` as the JSON format gives it, in both languages', () => {
    assert.ok(matcher);
    const p = matcher.pattern;
    const re = new RegExp(p.regexp);
    for (const lang of ['zh', 'en']) {
      const json = JSON.parse(run(['check', 'reports', '--format', 'json', '--lang', lang], tmp).out) as JsonOut;
      const expected = json.files.flatMap((f) =>
        f.findings.map((x) => ({
          file: f.path,
          line: x.line,
          column: x.column,
          // the words VS Code maps to a severity (hint as info)
          severity: x.severity === 'information' ? 'info' : x.severity,
          code: x.ruleId,
          message: x.message,
        })),
      );
      assert.ok(expected.length > 10);
      const lines = run(['check', 'reports', '--format', 'unix', '--lang', lang], tmp).out.trimEnd().split('\n');
      const parsed = lines.flatMap((l) => {
        const m = re.exec(l);
        if (!m) return [];
        const g = (i: number): string => m[i] ?? '';
        return [
          {
            file: g(p.file),
            line: Number(g(p.line)),
            column: Number(g(p.column)),
            severity: g(p.severity),
            code: g(p.code),
            message: g(p.message),
          },
        ];
      });
      assert.deepEqual(parsed, expected, lang);
      // what is left unmatched names no place: the file not read and the one not checked, shown in the terminal
      assert.deepEqual(
        lines.filter((l) => !re.test(l)).map((l) => l.slice(0, l.indexOf(': '))),
        ['reports/scan.md', 'reports/notes.md'],
      );
    }
  });
});
