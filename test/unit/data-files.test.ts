// Reading a template or boilerplate file safely (engine/template/read-file.ts, data-file.ts), for the
// CLI and the server alike: only a regular file, at most 5 MB, never waiting on a FIFO or reading a
// device without end, nesting bounded before anything recursive runs, and no message that quotes the
// file's text.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBoilerplateFile, loadTemplateFile, readDataFileAsync, TemplateError } from '../../server/src/engine/index.js';
import { main } from '../../server/src/cli/main.js';
import { readExample, ROOT } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-data-file-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

function refusal(load: () => unknown): TemplateError {
  try {
    load();
  } catch (e) {
    assert.ok(e instanceof TemplateError, `a TemplateError, not ${String(e)}`);
    return e;
  }
  assert.fail('expected the file to be refused');
}

const validTemplate = (): Record<string, unknown> => {
  const t = JSON.parse(readFileSync(join(ROOT, 'schemas', 'templates', 'gd-department-overall.json'), 'utf8')) as Record<string, unknown>;
  delete t.$schema;
  return { ...t, id: 'ws-t' };
};

/** A template whose outline nests `depth` sections, one inside the other. */
function nested(depth: number): string {
  let section: Record<string, unknown> = { id: `s${depth}`, title: '最深', guidance: { zh: '甲', en: 'a' } };
  for (let i = depth - 1; i >= 1; i--) section = { id: `s${i}`, title: `第${i}层`, guidance: { zh: '甲', en: 'a' }, children: [section] };
  return JSON.stringify({ ...validTemplate(), sections: [section] });
}

/** Loads a template in a child process, so a hang or a runaway read on the old code cannot take the test runner down. */
function loadInChild(path: string): { status: number | null; out: string; timedOut: boolean } {
  const code =
    `import('${join(ROOT, 'server/src/engine/index.ts')}').then((m) => { try { ` +
    `m.loadTemplateFile(${JSON.stringify(path)}); } catch (e) { console.log(e.reason); } })`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', code], { timeout: 15000, encoding: 'utf8', maxBuffer: 1 << 20 });
  return { status: r.status, out: r.stdout, timedOut: r.error !== undefined };
}

describe('what is read', () => {
  test(
    '/dev/zero: refused as a device, before reading a byte',
    { skip: process.platform === 'win32' ? 'no /dev/zero on Windows' : false },
    () => {
      const r = loadInChild('/dev/zero');
      assert.ok(!r.timedOut, 'the read did not end');
      assert.match(r.out, /not a regular file but a device/);
    },
  );

  test(
    'a FIFO with no writer: refused as a pipe at once, not waited on for ever',
    { skip: process.platform === 'win32' ? 'no mkfifo on Windows' : false },
    async () => {
      execFileSync('mkfifo', [join(dir, 'fifo.json')]);
      const r = loadInChild(join(dir, 'fifo.json'));
      assert.ok(!r.timedOut, 'opening the FIFO blocked');
      assert.match(r.out, /not a regular file but a named pipe \(FIFO\)/);
      await assert.rejects(readDataFileAsync(join(dir, 'fifo.json'), 5000), /not a regular file but a named pipe/);
    },
  );

  test('a folder: said to be a folder', () => {
    assert.match(refusal(() => loadTemplateFile(dir)).reasonZh, /不是普通文件，而是文件夹/);
  });

  test('over 5 MB: refused with the size and the limit; just under: read', () => {
    const valid = JSON.stringify(validTemplate());
    const over = refusal(() => loadTemplateFile(file('big.json', valid.replace('{', `{${' '.repeat(5 * 1024 * 1024)}`))));
    assert.equal(over.reason, '5.0 MB, more than the 5 MB a data file may have');
    assert.equal(
      loadTemplateFile(file('under.json', valid.replace('{', `{${' '.repeat(5 * 1024 * 1024 - Buffer.byteLength(valid))}`))).id,
      'ws-t',
    );
  });

  test('the asynchronous read gives the same answers', async () => {
    const data = await readDataFileAsync(file('ok.json', '\uFEFF{"a":1}'), 5000);
    assert.deepEqual(data.json, { a: 1 });
    assert.equal(data.text, '{"a":1}', 'without the BOM');
    await assert.rejects(readDataFileAsync(join(dir, 'gone.json'), 5000), /cannot read file \(ENOENT\)/);
  });
});

describe('nesting and syntax', () => {
  test('a template nested 1,000 deep: a clear error at the place, not a stack overflow', () => {
    const e = refusal(() => loadTemplateFile(file('deep.json', nested(1000))));
    assert.equal(e.reason, 'nested more than 64 levels deep (braces and brackets); a template needs a dozen or so');
    assert.equal(e.at?.line, 1);
    assert.match(e.reasonZh, /嵌套超过 64 层/);
  });

  test('deep enough for any outline: 20 section levels load; brackets inside strings do not count', () => {
    assert.equal(loadTemplateFile(file('twenty.json', nested(20))).all.length, 20);
    const t = validTemplate();
    t.preamble = `# ${'['.repeat(500)}{{{`;
    assert.equal(loadTemplateFile(file('brackets.json', JSON.stringify(t))).id, 'ws-t');
  });

  test('a library nested too deep is refused the same way', () => {
    const e = refusal(() => loadBoilerplateFile(file('deep-lib.json', `{"entries":${'['.repeat(100)}${']'.repeat(100)}}`)));
    assert.match(e.reason, /nested more than 64 levels/);
  });

  test('a file that is not JSON: what is wrong and where, never its text', () => {
    const e = refusal(() => loadTemplateFile(file('shadow', 'root:$6$S3CRETHASH:19000:0:99999:7:::\n')));
    assert.equal(e.reason, 'not valid JSON: an unexpected symbol');
    assert.equal(e.reasonZh, '不是有效的 JSON：出现了意外的符号');
    assert.deepEqual(e.at, { line: 1, column: 1 });
    assert.ok(!e.message.includes('root') && !e.message.includes('S3CRET'), e.message);
  });
});

describe('the CLI, through the same loader', () => {
  const report = file('report.md', readExample('2019-湛江市科技局-整体绩效自评报告.md'));
  const run = async (template: string): Promise<{ code: number; err: string }> => {
    let err = '';
    const code = await main(['check', '--template', template, report], {
      out: () => {},
      err: (s) => (err += s),
      isTTY: false,
      cwd: dir,
      env: {},
    });
    return { code, err };
  };

  test('--template with a file nested 1,000 deep: exit 2 and the reason, no stack overflow', async () => {
    const { code, err } = await run(file('cli-deep.json', nested(1000)));
    assert.equal(code, 2);
    assert.match(err, /^jixiao: 模板有误: .*cli-deep\.json:1:\d+: 嵌套超过 64 层/);
  });

  test('--template with a file that is not JSON: exit 2, and the file is not quoted', async () => {
    const { code, err } = await run(file('cli-shadow', 'root:$6$S3CRETHASH:19000:0:99999:7:::\n'));
    assert.equal(code, 2);
    assert.match(err, /不是有效的 JSON：出现了意外的符号/);
    assert.ok(!err.includes('S3CRET'), err);
  });
});
