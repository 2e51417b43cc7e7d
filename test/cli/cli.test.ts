// The built `jixiao` command, run as a user runs it: exit codes, output formats, --fix on disk,
// init, and clear refusals for input it cannot read.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { displayWidth } from '../../server/src/engine/text/display-width.js';
import { R2019, R2019_FIXED, R2023, run, runUnprivileged } from './run.js';

let tmp: string;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'jixiao-cli-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('jixiao check', () => {
  test('examples/: the 2019 defects, human format, exit 1 because of errors', () => {
    const r = run(['check', 'examples/']);
    assert.equal(r.code, 1);
    assert.match(
      r.out,
      /examples\/2019-湛江市科技局-整体绩效自评报告\.md:20:3 {2}错误 {2}标题「年度总体工作和重点工作任务」缺少编号，应为「\(二\)年度总体工作和重点工作任务」 {2}\[heading-numbering\]/,
    );
    assert.match(r.out, /✖ 33 个问题（9 个错误，11 个警告，13 个提示），涉及 3\/4 个文件/);
    assert.doesNotMatch(r.out, /2023-湛江市科学技术局-整体绩效自评报告\.md:\d+:\d+ {2}(错误|警告)/);
  });

  test('a clean report exits 0 with a clean summary; --lang en speaks English', () => {
    const r = run(['check', R2019_FIXED, '--lang', 'en']);
    assert.equal(r.code, 0);
    assert.match(r.out, /✔ 1 file\(s\) checked, no problems/);
  });

  test('warnings alone exit 0', () => {
    const r = run(['check', R2019, '--rule', 'heading-numbering=warning', '--rule', 'missing-section=off']);
    assert.equal(r.code, 0);
    assert.match(r.out, /警告 {2}标题「年度总体工作和重点工作任务」缺少编号/);
    assert.doesNotMatch(r.out, /missing-section/);
  });

  test('--execution-threshold sets the rate below which a 存在问题 of 无 is a contradiction', () => {
    // 存在问题 says 无 while the report states an execution rate of 85 %
    const text = readFileSync(R2019, 'utf8');
    const start = text.indexOf('  存在问题\n');
    const file = join(tmp, 'threshold.md');
    writeFileSync(
      file,
      `${text.slice(0, start)}  无。\n\n${text.slice(text.indexOf('  今后改进措施'))}`.replace(
        '2019年一般公共预算支出1198.0978万元。',
        '2019年一般公共预算支出1198.0978万元。全年预算执行率为85%。',
      ),
    );
    const flagged = (args: string[]): string[] =>
      run(['check', file, '--format', 'json', ...args]).out.match(/"ruleId": ?"problems-vs-execution"/g) ?? [];
    assert.equal(flagged([]).length, 1, 'the default threshold, 90 %');
    assert.equal(flagged(['--execution-threshold', '80']).length, 0, '85 % is above 80 %');
    assert.equal(flagged(['--execution-threshold=85.5']).length, 1);
  });

  test('--format json lists every finding with 1-based positions and both messages', () => {
    const r = run(['check', R2019, '--format', 'json']);
    assert.equal(r.code, 1);
    const json = JSON.parse(r.out) as {
      files: {
        findings: { ruleId: string; line: number; column: number; messages: { zh: string; en: string }; fix?: { safe: boolean } }[];
      }[];
      summary: { errors: number };
    };
    const findings = json.files[0]?.findings ?? [];
    assert.equal(json.summary.errors, 5);
    const marker = findings.find((f) => f.ruleId === 'heading-numbering' && f.line === 20);
    assert.ok(marker);
    assert.equal(marker.column, 3);
    assert.match(marker.messages.en, /has no number; it should read “\(二\)年度总体工作和重点工作任务”/);
    assert.equal(marker.fix?.safe, true);
  });

  test('--format sarif is SARIF 2.1.0 with rules and their pages, levels, regions and fixes', () => {
    const r = run(['check', R2019, '--format', 'sarif']);
    const sarif = JSON.parse(r.out) as {
      version: string;
      runs: {
        tool: { driver: { name: string; rules: { id: string; helpUri?: string }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          locations: { physicalLocation: { region: { startLine: number } } }[];
          fixes?: unknown[];
        }[];
      }[];
    };
    assert.equal(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    assert.ok(run0);
    assert.equal(run0.tool.driver.name, 'jixiao');
    assert.ok(run0.tool.driver.rules.some((x) => x.id === 'budget-total'));
    const missing = run0.results.filter((x) => x.ruleId === 'missing-section');
    assert.equal(missing.length, 2);
    assert.equal(missing[0]?.level, 'error');
    assert.equal(run0.tool.driver.rules[missing[0]?.ruleIndex ?? -1]?.id, 'missing-section');
    assert.equal(missing[0]?.locations[0]?.physicalLocation.region.startLine, 111);
    assert.equal(missing[0]?.fixes?.length, 1);
    assert.ok(run0.results.some((x) => x.level === 'note'));
    // every rule links its page, the one the docs test checks exists
    for (const rule of run0.tool.driver.rules)
      assert.equal(rule.helpUri, `https://github.com/jixiao/jixiao/blob/main/docs/rules/${rule.id}.md`);
  });

  test('a Markdown file named on the command line that is not a report gets no findings, and is listed as not checked', () => {
    const readme = join(tmp, 'README.md');
    writeFileSync(readme, '# 项目说明\n\n一、安装\n\n二、使用\n\n（一）命令行\n\n文号示例：财预[2020]10号\n');
    const r = run(['check', readme]);
    assert.equal(r.code, 4);
    assert.match(r.out, /README\.md {2}未检查：不像绩效自评报告（开头没有自评报告的标题或封面栏目/);
    assert.match(r.out, /✖ 1 个文件未检查/);
    assert.doesNotMatch(r.out, /未发现问题/);
    assert.doesNotMatch(r.out, /财预/); // no finding on its 文号
  });

  test("in a folder of reports, a text that is not one is listed; the folder's README is not; a folder of notes stays quiet", () => {
    const dir = join(tmp, 'folder-of-reports');
    mkdirSync(join(dir, 'notes'), { recursive: true });
    copyFileSync(R2023, join(dir, 'report.md'));
    // made up: a unit's page that lost its title, and a folder README
    writeFileSync(join(dir, 'unit-page.md'), '单位简介\n\n一、机构职能\n\n正文。\n');
    writeFileSync(join(dir, 'README.md'), '# 本目录说明\n\n存放各单位的自评报告。\n');
    writeFileSync(join(dir, 'notes', 'n1.md'), '# 笔记\n\n一、内容\n');
    const r = run(['check', dir, '--format', 'json']);
    assert.equal(r.code, 4, r.err);
    const json = JSON.parse(r.out) as {
      files: {
        path: string;
        isReport: boolean;
        notChecked?: boolean;
        recognition: { message: string };
        templateChoice: { source: string };
      }[];
      summary: { notChecked: number };
    };
    const byName = new Map(json.files.map((f) => [f.path.split(/[\\/]/).slice(-2).join('/'), f]));
    assert.equal(byName.get('folder-of-reports/unit-page.md')?.notChecked, true);
    assert.equal(byName.get('folder-of-reports/README.md')?.notChecked, undefined);
    assert.equal(byName.get('notes/n1.md')?.notChecked, undefined);
    assert.equal(json.summary.notChecked, 1);
    const report = byName.get('folder-of-reports/report.md');
    assert.equal(report?.templateChoice.source, 'outline');
    assert.match(report?.recognition.message ?? '', /标题“整体绩效自评报告”是绩效自评报告/);
    // the notes folder alone is no folder of reports
    assert.equal(run(['check', join(dir, 'notes')]).code, 0);
  });

  test('--verbose says which template and why, and why a file is a report', () => {
    const r = run(['check', R2023, '--verbose', '--lang', 'en']);
    assert.match(r.out, /checked as “gd-department-overall” \(the outline matches it best: \d+ of its sections match/);
    assert.match(r.out, /a report because the title “整体绩效自评报告” names a self-evaluation report/);
  });

  test("--region keeps to a province's templates; a province with none is a usage error", () => {
    const json = JSON.parse(run(['check', R2023, '--region', '湖南', '--format', 'json']).out) as { files: { template: string }[] };
    assert.notEqual(json.files[0]?.template, 'gd-department-overall');
    const r = run(['check', R2023, '--region', '火星']);
    assert.equal(r.code, 2);
    assert.match(r.err, /没有属于“火星”的模板（有模板的省份：广东、湖南、四川、云南、湖北）/);
  });

  test('a folder of many reports is checked on every core with the same results', () => {
    const dir = join(tmp, 'many');
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 40; i++) copyFileSync(i % 2 ? R2019 : R2023, join(dir, `report-${String(i).padStart(2, '0')}.md`));
    const r = run(['check', dir, '--format', 'json']);
    assert.equal(r.code, 1);
    const json = JSON.parse(r.out) as {
      files: { path: string; findings: { ruleId: string; line: number }[] }[];
      summary: { errors: number };
    };
    assert.equal(json.files.length, 40);
    assert.deepEqual(
      json.files.map((f) => f.path.slice(-12)),
      Array.from({ length: 40 }, (_, i) => `report-${String(i).padStart(2, '0')}.md`),
    );
    const single = JSON.parse(run(['check', R2019, '--format', 'json']).out) as { files: { findings: unknown[] }[] };
    assert.deepEqual(json.files[1]?.findings, single.files[0]?.findings);
    assert.equal(json.summary.errors, 20 * 5);
  });

  test('globs select files', () => {
    const r = run(['check', 'examples/2023-*.md', '--format', 'json']);
    const json = JSON.parse(r.out) as { files: { path: string }[] };
    assert.deepEqual(
      json.files.map((f) => f.path),
      ['examples/2023-湛江市科学技术局-整体绩效自评报告.md'],
    );
  });
});

describe('jixiao check --fix', () => {
  test('applies the safe fixes atomically, keeping CRLF, the BOM and the file mode', () => {
    const file = join(tmp, 'crlf.md');
    const original = readFileSync(R2019, 'utf8').replace(/\n/g, '\r\n');
    writeFileSync(file, '\uFEFF' + original);
    chmodSync(file, 0o640);
    const r = run(['check', '--fix', file]);
    assert.match(r.err, /已修复 .*crlf\.md：7 处（doc-number, enumeration-separator, heading-numbering, missing-section）/);
    const bytes = readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const fixed = bytes.subarray(3).toString('utf8');
    assert.equal(fixed.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF introduced');
    assert.match(fixed, /\r\n {2}\(二\)部门整体支出绩效指标分析\r\n\r\n/);
    assert.match(fixed, /根据湛财绩〔2020〕6号的要求/);
    assert.equal(statSync(file).mode & 0o777, 0o640);
    assert.equal(r.code, 0, 'no errors remain after the fixes');
    // nothing left to fix: the file is not rewritten
    const mtime = statSync(file).mtimeMs;
    const again = run(['check', '--fix', file]);
    assert.doesNotMatch(again.err, /已修复/);
    assert.equal(statSync(file).mtimeMs, mtime);
  });

  test('lines up the GFM tables by display width after the fixes, changing only spaces and dashes', () => {
    // the made-up 自评表 of the fixtures (labelled made up in the file), its pipes knocked out of line
    const aligned = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'tables', 'made-up-自评表.md'), 'utf8');
    const ragged = aligned.replace(/ {2,}\|/g, ' |').replace(/-{4,}/g, '---');
    assert.notEqual(ragged, aligned);
    const file = join(tmp, 'ragged-table.md');
    writeFileSync(file, ragged);
    const r = run(['check', '--fix', '--format', 'json', file]);
    assert.match(r.err, /已对齐 .*ragged-table\.md 中的 2 个表格/);
    const fixed = readFileSync(file, 'utf8');
    const bare = (t: string): string => t.replace(/[ -]/g, '');
    assert.equal(bare(fixed), bare(ragged), 'only spaces and dashes change');
    // each table's rows have their pipes at the header's display columns
    for (const table of fixed.split(/\n(?!\|)/).filter((b) => b.startsWith('|'))) {
      const pipes = (l: string): number[] => [...l].flatMap((ch, i, all) => (ch === '|' ? [displayWidth(all.slice(0, i).join(''))] : []));
      const rows = table.split('\n').filter((l) => l.startsWith('|'));
      for (const row of rows) assert.deepEqual(pipes(row), pipes(rows[0] as string), row);
    }
    const fix = (JSON.parse(r.out) as { files: { fix: { tablesAligned: number; changes: number } }[] }).files[0]?.fix;
    assert.deepEqual(fix && { tablesAligned: fix.tablesAligned, changes: fix.changes }, { tablesAligned: 2, changes: 0 });
    // lined up: a second run writes nothing
    const mtime = statSync(file).mtimeMs;
    assert.doesNotMatch(run(['check', '--fix', file]).err, /已对齐|已修复/);
    assert.equal(statSync(file).mtimeMs, mtime);
  });

  test('unsafe fixes (changing a stated total) are not applied', () => {
    const file = join(tmp, 'total.md');
    copyFileSync(R2023, file);
    const text = readFileSync(file, 'utf8').replace('基金预算拨款 300.00 万元', '基金预算拨款 300.10 万元');
    writeFileSync(file, text);
    const r = run(['check', '--fix', file]);
    assert.equal(r.code, 1);
    assert.match(r.out, /收入总预算 3232\.51 万元 ≠ 一般公共预算安排拨款 2932\.51 万元 \+ 基金预算拨款 300\.10 万元 = 3232\.61 万元/);
    assert.equal(readFileSync(file, 'utf8'), text);
  });

  test('does not write through a symbolic link', () => {
    const target = join(tmp, 'target.md');
    const link = join(tmp, 'link.md');
    copyFileSync(R2019, target);
    symlinkSync(target, link);
    const r = run(['check', '--fix', link]);
    assert.match(r.err, /符号链接/);
    assert.equal(readFileSync(target, 'utf8'), readFileSync(R2019, 'utf8'));
  });
});

describe('jixiao init', () => {
  test('writes a skeleton that checks clean of structure errors, and refuses to overwrite', () => {
    const file = join(tmp, 'new.md');
    const r = run(['init', file, '--year', '2025', '--unit', '湛江市科学技术局']);
    assert.equal(r.code, 0);
    const text = readFileSync(file, 'utf8');
    assert.match(text, /^---\ntemplate: gd-department-overall\n---\n/);
    assert.match(text, /评价年度：2025 年度/);
    assert.match(text, /## 三、绩效自评情况/);
    assert.match(text, /### （五）改进措施/);
    const c = run(['check', file, '--format', 'json']);
    const json = JSON.parse(c.out) as { files: { findings: { ruleId: string }[] }[] };
    const structure = json.files[0]?.findings.filter((f) => ['missing-section', 'heading-numbering', 'section-order'].includes(f.ruleId));
    assert.deepEqual(structure, []);
    const again = run(['init', file]);
    assert.equal(again.code, 2);
    assert.match(again.err, /文件已存在/);
  });

  test('other templates by id', () => {
    const r = run(['init', '--template', 'project-expenditure', '--year', '2024']);
    assert.equal(r.code, 0);
    assert.match(r.out, /template: project-expenditure/);
    assert.match(r.out, /## 七、其他需要说明的问题/);
  });
});

describe('exit code 5: a path that cannot be read is one clear line, the rest are checked', () => {
  const cases: [string, () => string[], RegExp][] = [
    ['a missing file', () => ['check', join(tmp, 'nope.md'), R2019], /nope\.md: 文件或目录不存在/],
    [
      'a folder without Markdown',
      () => {
        mkdirSync(join(tmp, 'empty'), { recursive: true });
        return ['check', join(tmp, 'empty'), R2019];
      },
      /empty: 目录中没有报告文件（\.md、\.docx、\.pdf）/,
    ],
    [
      'a binary file',
      () => {
        writeFileSync(join(tmp, 'bin.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
        return ['check', join(tmp, 'bin.md'), R2019];
      },
      /bin\.md: 这是二进制文件/,
    ],
  ];
  for (const [name, args, message] of cases) {
    test(name, () => {
      const r = run(args());
      assert.equal(r.code, 5, r.err);
      assert.match(r.err, message);
      // the report named beside it was checked all the same
      assert.match(r.out, /2019-湛江市科技局-整体绩效自评报告\.md:\d+:\d+ {2}错误/);
      assert.match(r.out, /另有 1 个文件或目录无法读取/);
    });
  }
});

describe('exit code 2: a usage error, nothing checked', () => {
  const cases: [string, () => string[], RegExp][] = [
    ['an unknown option', () => ['check', '--frobnicate'], /未知选项：--frobnicate/],
    [
      'an unknown format',
      () => ['check', '--format', 'xml', R2019],
      /--format 的取值应为 human \/ json \/ sarif \/ junit \/ github \/ gitlab \/ checkstyle/,
    ],
    ['an unknown rule', () => ['check', '--rule', 'nope=off', R2019], /未知规则：nope/],
    [
      'an unknown rule level',
      () => ['check', '--rule', 'doc-number=loud', R2019],
      /--rule doc-number=loud：级别应为 error \/ warning \/ information \/ hint \/ off/,
    ],
    [
      'an execution threshold above 100',
      () => ['check', '--execution-threshold', '150', R2019],
      /--execution-threshold 应为 0–100 的数字，而不是“150”/,
    ],
    [
      'an execution threshold that is not a number',
      () => ['check', '--execution-threshold=九十', R2019],
      /--execution-threshold 应为 0–100 的数字，而不是“九十”/,
    ],
    ['an empty execution threshold', () => ['check', '--execution-threshold=', R2019], /--execution-threshold 应为 0–100 的数字，而不是“”/],
    ['an unknown template', () => ['check', '--template', 'nope', R2019], /没有名为“nope”的模板/],
    [
      'a malformed template file',
      () => {
        const bad = join(tmp, 'bad-template.json');
        writeFileSync(
          bad,
          JSON.stringify({
            id: 'x',
            name: { zh: '坏', en: 'bad' },
            titlePatterns: ['x'],
            scoreBands: [{ min: 0, grades: ['差'] }],
            preamble: '',
            sections: [{ id: 'a', title: '', guidance: { zh: '说明', en: 'g' } }],
          }),
        );
        return ['check', '--template', bad, R2019];
      },
      /bad-template\.json:1:\d+: sections\[0\]\.title: /,
    ],
    [
      'a template file that is not JSON',
      () => {
        const bad = join(tmp, 'broken.json');
        writeFileSync(bad, '{ "id": ');
        return ['check', '--template', bad, R2019];
      },
      /broken\.json:1:9: 不是有效的 JSON/,
    ],
  ];
  for (const [name, args, message] of cases) {
    test(name, () => {
      const r = run(args());
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, message);
    });
  }
});

describe('odd paths', () => {
  test('an empty file named on the command line is not a report: no findings, listed as not checked (exit 4)', () => {
    writeFileSync(join(tmp, 'empty.md'), '');
    const r = run(['check', join(tmp, 'empty.md')]);
    assert.equal(r.code, 4);
    assert.match(r.out, /未检查：不像绩效自评报告/);
    assert.doesNotMatch(r.out, /✔/);
  });

  test('a symbolic link loop inside a folder is walked once, without hanging', () => {
    const dir = join(tmp, 'loop');
    mkdirSync(join(dir, 'a'), { recursive: true });
    copyFileSync(R2023, join(dir, 'a', 'r.md'));
    symlinkSync(dir, join(dir, 'a', 'back'));
    const r = run(['check', dir, '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    assert.equal((JSON.parse(r.out) as { files: unknown[] }).files.length, 1);
  });

  test('a link that points to itself is named as a loop', () => {
    const self = join(tmp, 'self.md');
    symlinkSync(self, self);
    const r = run(['check', self]);
    assert.equal(r.code, 5);
    assert.match(r.err, /self\.md: 符号链接循环/);
  });

  test('a folder of thousands of files', () => {
    const dir = join(tmp, 'thousands');
    for (let i = 0; i < 3000; i++) {
      const sub = join(dir, String(i % 30));
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, `n${i}.md`), i % 100 === 0 ? readFileSync(R2023, 'utf8') : `# 笔记 ${i}\n\n一、内容\n`);
      if (i % 10 === 0) writeFileSync(join(sub, `n${i}.txt`), 'not markdown');
    }
    const r = run(['check', dir, '--format', 'json']);
    // notes that sit beside reports (folders 0, 10 and 20) are listed as not checked
    assert.equal(r.code, 4, r.err);
    const json = JSON.parse(r.out) as { files: { isReport: boolean; notChecked?: boolean }[]; summary: { notChecked: number } };
    assert.equal(json.files.length, 3000);
    assert.equal(json.files.filter((f) => f.isReport).length, 30);
    assert.equal(json.summary.notChecked, 300 - 30);
  });

  test('an unreadable file is named', () => {
    const file = join(tmp, 'secret.md');
    writeFileSync(file, '# x');
    chmodSync(file, 0o000);
    chmodSync(tmp, 0o755); // so that nobody (the tests run as root) reaches the file
    const r = runUnprivileged(['check', file]);
    assert.equal(r.code, 5);
    assert.match(r.err, /secret\.md: 没有读取权限/);
  });

  test('English messages with --lang en', () => {
    const r = run(['check', join(tmp, 'nope.md'), '--lang', 'en']);
    assert.equal(r.code, 5);
    assert.match(r.err, /nope\.md: no such file or directory/);
  });
});
