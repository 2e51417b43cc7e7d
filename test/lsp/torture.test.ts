// Editor torture over stdio. One server process takes 5,000 rapid edits sent without waiting for
// anything — inserts and deletes at seeded-random ranges, multi-change messages, out-of-range, negative
// and reversed positions, edits to closed and never-opened documents, full-text replacements (CRLF
// included), versions that go backwards — interleaved with unknown methods, malformed requests and
// requests cancelled at once. Afterwards the process is up, every request has its response, and the
// diagnostics of the last version equal those of a fresh server opening the editor's final text; so
// do those published at checkpoints along the way (every 250 edits, a version never sent before),
// since a full-text replacement would mend a divergence before the end.
//
// The editor's copy of the text is kept by an independent model of LSP positions (EditorBuffer): a
// line past the end means the end of the text, a negative line its start, a character past the end
// of its line the end of that line, a negative character the line's start, and a range whose end
// comes before its start is taken the other way round. That is also what the server's TextDocument
// (vscode-languageserver-textdocument) does for these ranges — except for a range that lies wholly
// past the end on two different lines, which has its own test below.
//
// JIXIAO_TORTURE_SEED=<n> replays another storm.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import type { Diagnostic, DocumentSymbol, FoldingRange, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { rng } from '../../bench/generate.js';
import { readExample } from '../helpers.js';
import { TestClient } from './client.js';
import { TemplatesRequest, type TemplateInfo } from '../../shared/protocol.js';

const R2019 = readExample('2019-湛江市科技局-整体绩效自评报告.md');
const R2023 = readExample('2023-湛江市科学技术局-整体绩效自评报告.md');
const SEED = Number(process.env.JIXIAO_TORTURE_SEED ?? 20190615);
const EDITS = 5000;

const U = 'file:///torture/2019.md';
const U_CLOSED = 'file:///torture/closed.md';
const U_CYCLE = 'file:///torture/open-close.md';
const U_NEVER = 'file:///torture/never-opened.md';
const U_UNKNOWN = 'file:///torture/unknown-for-symbols.md';

interface Pos {
  line: number;
  character: number;
}
interface Range {
  start: Pos;
  end: Pos;
}
interface Change {
  range?: Range;
  text: string;
}

/** The editor's copy of a document, with LSP's reading of positions; line starts recomputed after every change. */
class EditorBuffer {
  private starts: number[] | undefined;
  constructor(public text: string) {}

  private get lineStarts(): number[] {
    if (!this.starts) {
      const s = [0];
      const t = this.text;
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c === 13 && t.charCodeAt(i + 1) === 10) i++;
        if (c === 13 || c === 10) s.push(i + 1);
      }
      this.starts = s;
    }
    return this.starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The line's length without its line break. */
  lineLength(line: number): number {
    const s = this.lineStarts;
    const start = s[line] as number;
    let end = line + 1 < s.length ? (s[line + 1] as number) : this.text.length;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return end - start;
  }

  lineText(line: number): string {
    const start = this.lineStarts[line] as number;
    return this.text.slice(start, start + this.lineLength(line));
  }

  offsetAt(p: Pos): number {
    const s = this.lineStarts;
    if (p.line >= s.length) return this.text.length;
    if (p.line < 0) return 0;
    return (s[p.line] as number) + Math.max(0, Math.min(p.character, this.lineLength(p.line)));
  }

  positionAt(offset: number): Pos {
    const s = this.lineStarts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((s[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: Math.min(offset - (s[lo] as number), this.lineLength(lo)) };
  }

  apply(c: Change): void {
    if (!c.range) this.text = c.text;
    else {
      let a = this.offsetAt(c.range.start);
      let b = this.offsetAt(c.range.end);
      if (a > b) [a, b] = [b, a];
      this.text = this.text.slice(0, a) + c.text + this.text.slice(b);
    }
    this.starts = undefined;
  }
}

const SNIPPETS = [
  '一、',
  '二、',
  '（三）',
  '(四)',
  '1.',
  '2、',
  '3．',
  '（1）',
  '\n',
  '\n\n',
  '\n\n  三、绩效自评情况\n\n',
  '\n（二）年度总体工作和重点工作任务\n',
  '预算执行率为85%。',
  '资金到位率 72.5%，',
  '收入总预算 100 万元，其中一般公共预算拨款 60 万元、基金预算拨款 40 万元。',
  '1198.0978万元',
  '852.67 万元',
  '湛财绩【2020】6号',
  '湛财评〔2020〕第06号',
  '存在问题：无。',
  '\n存在问题\n\n无\n',
  '# ',
  '## 改进措施\n',
  '综合得分为 95 分，评价结果为“优”。',
  '评价等次为良',
  '2019年',
  '2020 年 03 月 05 日',
  '填报日期：2020年1月1日',
  'abc',
  '，',
  '。',
  '\t',
  '　',
  '\u00a0',
  '\ufeff',
  '😀',
  '𠀀',
  '\r\n',
  '| 项目 | 金额 |\n|---|---|\n| 合计 | 5 |\n',
  '---\ntemplate: project-expenditure\n---\n',
  '您访问的链接即将离开“湛江市人民政府门户网站”,是否继续?\n继续访问\n',
  '首页 > 政务公开 > 财政信息\n',
  '*',
  '_',
  '>',
  '    ',
];

/**
 * Comments and fences, whole and as lone openers and closers: everything after an unclosed one
 * changes meaning (and a delete can split a whole one), so they are left out of the final stretch.
 */
const MARKUP = ['<!-- jixiao-disable-next-line doc-number -->\n', '<!-- 批注 -->', '\n```\n代码\n```\n', '<!--', '-->', '```\n', '~~~'];

function randomText(rnd: () => number, markup = false): string {
  const r = rnd();
  if (markup && r < 0.05) return MARKUP[Math.floor(rnd() * MARKUP.length)] as string;
  if (r < 0.6) return SNIPPETS[Math.floor(rnd() * SNIPPETS.length)] as string;
  if (r < 0.9) {
    // a run of CJK, digits and punctuation
    const n = 1 + Math.floor(rnd() * 12);
    let s = '';
    for (let i = 0; i < n; i++) s += '预算执行率绩效目标完成情况〔〕（）()0123456789.%万元，。、\n'[Math.floor(rnd() * 37)] ?? '';
    return s;
  }
  return (SNIPPETS[Math.floor(rnd() * SNIPPETS.length)] as string) + (SNIPPETS[Math.floor(rnd() * SNIPPETS.length)] as string);
}

/**
 * The report's first lines (site navigation, title, date). A heading typed above the title, or a
 * title cut in two, makes the text stop being a report — no findings at all, nothing to compare — so
 * edits there only add plain text within a line; everything else lands below.
 */
const HEADER = 8;
/** Inserted in the header: no line breaks, no heading numbers, no dates. */
const PLAIN = ['abc', '，', '湛江', ' ', '😀', '\u00a0', 'x'];

function randomPos(buf: EditorBuffer, rnd: () => number, below = HEADER): Pos {
  const from = buf.lineCount > below ? below : 0;
  const line = from + Math.floor(rnd() * (buf.lineCount - from));
  return { line, character: Math.floor(rnd() * (buf.lineLength(line) + 1)) };
}

function randomRange(buf: EditorBuffer, rnd: () => number): Range {
  const start = randomPos(buf, rnd);
  const from = buf.offsetAt(start);
  const len = rnd() < 0.9 ? 1 + Math.floor(rnd() * 30) : Math.floor(rnd() * 200);
  return { start, end: buf.positionAt(Math.min(buf.text.length, from + len)) };
}

/** A change at a valid range: insert, delete or replace. */
function validChange(buf: EditorBuffer, rnd: () => number, markup = false): Change {
  // inserts outweigh deletes so that the text stays about the size of a report
  const r = rnd();
  const insert = buf.text.length < 4000 ? 0.9 : buf.text.length > 12000 ? 0.3 : 0.75;
  if (r < insert * 0.1) {
    // within a line of the header that has text (text on a blank line would join two paragraphs), not the title
    const line = Math.floor(rnd() * Math.min(HEADER, buf.lineCount));
    if (buf.lineLength(line) > 0 && !buf.lineText(line).includes('报告')) {
      const p = { line, character: Math.floor(rnd() * (buf.lineLength(line) + 1)) };
      return { range: { start: p, end: p }, text: PLAIN[Math.floor(rnd() * PLAIN.length)] as string };
    }
  }
  if (r < insert) {
    const p = randomPos(buf, rnd);
    return { range: { start: p, end: p }, text: randomText(rnd, markup) };
  }
  if (r < insert + (1 - insert) * 0.85) return { range: randomRange(buf, rnd), text: '' };
  return { range: randomRange(buf, rnd), text: randomText(rnd) };
}

/**
 * A change at a range outside the document or written backwards. Both ends past the end of the text
 * are always on the same line (99999): see the dedicated test for ends on two different lines.
 */
function invalidChange(buf: EditorBuffer, rnd: () => number): { change: Change; kind: string } {
  const text = randomText(rnd);
  const k = Math.floor(rnd() * 7);
  const p = randomPos(buf, rnd);
  switch (k) {
    case 0:
      return { kind: 'line 99999', change: { range: { start: { line: 99999, character: 0 }, end: { line: 99999, character: 5 } }, text } };
    case 1:
      return { kind: 'negative character', change: { range: { start: { line: p.line, character: -7 }, end: p }, text } };
    case 2: {
      const r = randomRange(buf, rnd);
      return { kind: 'end before start', change: { range: { start: r.end, end: r.start }, text } };
    }
    case 3:
      return { kind: 'character past line end', change: { range: { start: p, end: { line: p.line, character: 100000 } }, text } };
    case 4:
      return {
        kind: 'negative line',
        change: {
          range: { start: { line: -3, character: -1 }, end: { line: -1, character: 4 } },
          text: PLAIN[Math.floor(rnd() * PLAIN.length)] as string,
        },
      };
    case 5: {
      // from one of the last lines to far past the end (cuts the end of the text), or both ends there
      const line = Math.max(0, buf.lineCount - 1 - Math.floor(rnd() * 3));
      return rnd() < 0.5
        ? {
            kind: 'to line 99999',
            change: { range: { start: { line, character: Math.floor(rnd() * 4) }, end: { line: 99999, character: 3 } }, text },
          }
        : {
            kind: 'both at line 99999',
            change: { range: { start: { line: 99999, character: 9 }, end: { line: 99999, character: 0 } }, text },
          };
    }
    default:
      return { kind: 'negative start, reversed', change: { range: { start: p, end: { line: p.line, character: -2 } }, text } };
  }
}

type Outcome = { ok: true; result: unknown } | { ok: false; error: unknown };

interface Sent {
  kind: 'unknown' | 'malformed' | 'valid';
  method: string;
  cancelled: boolean;
  outcome: Promise<Outcome>;
  settled?: Outcome;
}

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));
const strip = (p: PublishDiagnosticsParams | undefined): Diagnostic[] | undefined => p?.diagnostics;

describe('language server under editor torture', () => {
  const client = new TestClient();
  const fresh = new TestClient();
  before(async () => {
    await Promise.all([client.initialize(), fresh.initialize()]);
  });
  after(async () => {
    await Promise.all([client.stop(), fresh.stop()]);
  });

  test(
    `${EDITS} rapid edits and bad requests: the server stays up, answers everything, and ends in sync (seed ${SEED})`,
    { timeout: 120000 },
    async (t) => {
      const started = Date.now();
      const rnd = rng(SEED);
      const buf = new EditorBuffer(R2019);
      const cycle = new EditorBuffer(R2023);
      let cycleOpen = false;
      let lastFull = 0;
      let version = 1;
      let maxVersion = 1;
      /** Versions go back no further than this, so that a checkpoint's version is never sent again. */
      let floor = -5;
      const checkpoints: { i: number; version: number; text: string }[] = [];
      const history = client.trackHistory(U);
      const counts: Record<string, number> = {};
      const count = (k: string): void => void (counts[k] = (counts[k] ?? 0) + 1);
      const sendFailures: unknown[] = [];
      const notify = (method: string, params: unknown): void => {
        client.connection.sendNotification(method, params).catch((e: unknown) => sendFailures.push(e));
      };
      const didChange = (uri: string, v: number, changes: Change[]): void =>
        notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: changes });
      const nextVersion = (): number => {
        if (rnd() < 0.05) {
          version = Math.max(floor, version - 1 - Math.floor(rnd() * 30));
          count('version backwards');
        } else version += 1;
        maxVersion = Math.max(maxVersion, version);
        return version;
      };

      const sent: Sent[] = [];
      const fire = (kind: Sent['kind'], method: string, params: unknown, cancel: boolean): void => {
        const cts = cancel ? new CancellationTokenSource() : undefined;
        const p = cts ? client.connection.sendRequest(method, params, cts.token) : client.connection.sendRequest(method, params);
        cts?.cancel();
        const s: Sent = {
          kind,
          method,
          cancelled: cancel,
          outcome: p.then(
            (result) => ({ ok: true as const, result }),
            (error: unknown) => ({ ok: false as const, error }),
          ),
        };
        void s.outcome.then((o) => (s.settled = o));
        sent.push(s);
        count(`request ${kind}${cancel ? ' (cancelled)' : ''}`);
      };
      const randomRequest = (): void => {
        const cancel = rnd() < 0.25;
        const pos = rnd() < 0.8 ? randomPos(buf, rnd, 0) : { line: 99999, character: -4 };
        const doc = { uri: U };
        switch (Math.floor(rnd() * 10)) {
          case 0:
            return fire('unknown', 'jixiao/nope', { textDocument: doc }, cancel);
          case 1:
            return fire('malformed', 'textDocument/hover', { textDocument: doc }, cancel);
          case 2:
            return fire('malformed', 'textDocument/completion', { textDocument: doc, position: 'line 3' }, cancel);
          case 3:
            return fire(
              'malformed',
              'textDocument/codeAction',
              { textDocument: doc, range: { start: pos, end: pos }, context: null },
              cancel,
            );
          case 4:
            return fire('malformed', 'textDocument/documentSymbol', { textDocument: { uri: U_UNKNOWN } }, cancel);
          case 5:
            return fire('valid', 'textDocument/hover', { textDocument: doc, position: pos }, cancel);
          case 6:
            return fire('valid', 'textDocument/completion', { textDocument: doc, position: pos, context: { triggerKind: 1 } }, cancel);
          case 7:
            return fire('valid', 'textDocument/documentSymbol', { textDocument: doc }, cancel);
          case 8:
            return fire('valid', 'textDocument/foldingRange', { textDocument: doc }, cancel);
          default:
            return fire(
              'valid',
              'textDocument/codeAction',
              { textDocument: doc, range: { start: pos, end: pos }, context: { diagnostics: [], only: ['source.fixAll'] } },
              cancel,
            );
        }
      };

      await client.open(U, R2019, 1);
      await client.open(U_CLOSED, R2023, 1);
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: U_CLOSED } });

      for (let i = 0; i < EDITS; i++) {
        const r = rnd();
        if (i % 700 === 350 && !cycleOpen) {
          // another document opened for a while, edited, and closed again; edits keep coming after the close
          cycleOpen = true;
          notify('textDocument/didOpen', { textDocument: { uri: U_CYCLE, languageId: 'markdown', version: 1, text: cycle.text } });
          count('open other');
        } else if (i % 700 === 500 && cycleOpen) {
          cycleOpen = false;
          notify('textDocument/didClose', { textDocument: { uri: U_CYCLE } });
          count('close other');
        }
        // comments and fences only before the last full replacement, so that the final text is still a report
        const markup = i < 4500;
        const fullInMulti = i % 1000 === 510;
        if (i % 1000 === 500 || buf.text.length < 1500) {
          // full-text replacement: nothing at all, the lines reversed, another report, the original, the
          // original with CRLF line ends (to which the edits then add LF ones); and the original again
          // when the edits have worn the text down. The last scheduled one is 500 edits before the end,
          // so the final text is reached incrementally.
          const texts = ['', buf.text.split('\n').reverse().join('\n'), R2023, R2019, R2019.replace(/\n/g, '\r\n')];
          const text = buf.text.length < 1500 ? R2019 : (texts[Math.floor(i / 1000)] as string);
          count(buf.text.length < 1500 ? 'full text (restore)' : 'full text');
          lastFull = i;
          buf.apply({ text });
          didChange(U, nextVersion(), [{ text }]);
        } else if (i % 250 === 249) {
          // a checkpoint: a version never sent before, whose diagnostics are compared with a fresh server's
          const c = validChange(buf, rnd, markup);
          buf.apply(c);
          version = maxVersion = maxVersion + 1;
          floor = version + 1;
          didChange(U, version, [c]);
          checkpoints.push({ i, version, text: buf.text });
          count('checkpoint');
          // the drafter pauses here: bursts are checked once at their end, so wait for this version's check
          const v = version;
          await client.until(() => (history.some((p) => p.version === v) ? true : undefined), `diagnostics of checkpoint v${v}`, 30000);
        } else if (r < 0.6 && !fullInMulti) {
          const c = validChange(buf, rnd, markup);
          buf.apply(c);
          didChange(U, nextVersion(), [c]);
          count('single change');
        } else if (r < 0.78 || fullInMulti) {
          // several changes in one message, each relative to the text after the previous one
          const changes: Change[] = [];
          const n = 2 + Math.floor(rnd() * 4);
          for (let j = 0; j < n; j++) {
            const c = rnd() < 0.85 ? validChange(buf, rnd, markup) : invalidChange(buf, rnd).change;
            buf.apply(c);
            changes.push(c);
          }
          if (fullInMulti) {
            // a full replacement in the middle of a multi-change message (with the editor's text, which
            // would mend any divergence: so only here, right after the scheduled full replacement)
            const full = { text: buf.text };
            buf.apply(full);
            changes.push(full);
            const c = validChange(buf, rnd);
            buf.apply(c);
            changes.push(c);
          }
          didChange(U, nextVersion(), changes);
          count('multi change');
        } else if (r < 0.88) {
          const { change, kind } = invalidChange(buf, rnd);
          buf.apply(change);
          didChange(U, nextVersion(), [change]);
          count(`invalid: ${kind}`);
        } else if (r < 0.94) {
          // a document that was closed, or never opened: the change must go nowhere
          const uri = rnd() < 0.5 ? U_CLOSED : U_NEVER;
          const change = rnd() < 0.5 ? invalidChange(buf, rnd).change : validChange(buf, rnd);
          didChange(uri, Math.floor(rnd() * 1000) - 10, [change]);
          count(`edit ${uri === U_CLOSED ? 'closed' : 'never opened'}`);
        } else {
          // the other document: while open, a valid edit; once closed, edits that must be ignored
          if (cycleOpen) {
            const c = validChange(cycle, rnd);
            cycle.apply(c);
            didChange(U_CYCLE, 2 + i, [c]);
            count('edit other (open)');
          } else {
            didChange(U_CYCLE, 2 + i, [invalidChange(cycle, rnd).change]);
            count('edit other (closed)');
          }
        }
        if (rnd() < 0.12) randomRequest();
        if (i % 25 === 24) await tick();
      }
      if (cycleOpen) notify('textDocument/didClose', { textDocument: { uri: U_CYCLE } });
      // the last edit gets a version never used before, so its diagnostics can be told apart
      const last = validChange(buf, rnd);
      buf.apply(last);
      version = maxVersion + 1;
      didChange(U, version, [last]);
      const finalVersion = version;
      const sentAt = Date.now();

      // every request is answered: a result, or an error object with a numeric code
      let timer: NodeJS.Timeout | undefined;
      const outcomes = await Promise.race([
        Promise.all(sent.map((s) => s.outcome)),
        new Promise<undefined>((r) => (timer = setTimeout(() => r(undefined), 40000))),
      ]);
      clearTimeout(timer);
      const pending = sent.filter((s) => !s.settled).map((s) => `${s.method}${s.cancelled ? ' (cancelled)' : ''}`);
      assert.ok(
        outcomes,
        `${pending.length} requests unanswered 40 s after the last edit: ${pending.slice(0, 10).join(', ')}; server stderr:` +
          `\n${client.stderr}`,
      );
      const wrong: string[] = [];
      outcomes.forEach((o, i) => {
        const s = sent[i] as Sent;
        const code = o.ok ? undefined : (o.error as { code?: unknown }).code;
        if (!o.ok && typeof code !== 'number') wrong.push(`${s.method}: rejected without a JSON-RPC error code: ${String(o.error)}`);
        if (s.kind === 'unknown' && !(s.cancelled && code === -32800) && code !== -32601)
          wrong.push(`${s.method}: expected MethodNotFound (-32601), got ${o.ok ? `result ${JSON.stringify(o.result)}` : String(code)}`);
      });
      assert.deepEqual(wrong, []);
      // and on the wire: one response per request id, with either result or error {code, message}
      const missing: string[] = [];
      for (const [id, method] of client.wire.requests) {
        const m = client.wire.responses.get(id);
        if (!m) missing.push(`#${id} ${method}: no response`);
        else if ('result' in m === (m.error !== undefined))
          missing.push(`#${id} ${method}: response has ${m.error ? 'both result and error' : 'neither result nor error'}`);
        else if (m.error && (!Number.isInteger(m.error.code) || typeof m.error.message !== 'string'))
          missing.push(`#${id} ${method}: malformed error ${JSON.stringify(m.error)}`);
      }
      assert.deepEqual(missing, []);
      assert.deepEqual(sendFailures, []);

      // the diagnostics of the last version equal a fresh server's on the editor's final text
      const final = await client.until(
        () => {
          const p = client.published(U);
          return p?.version === finalVersion ? p : undefined;
        },
        `diagnostics of v${finalVersion}`,
        30000,
      );
      const settledAt = Date.now();
      // so do those published for each checkpoint along the way (a divergence there would have been
      // papered over by the next full-text replacement)
      let compared = 0;
      let withFindings = 0;
      for (const [n, cp] of checkpoints.entries()) {
        const got = history.find((p) => p.version === cp.version);
        if (!got) continue; // checked together with later edits: nothing to compare
        const probe = `${U}?checkpoint=${n}`;
        await fresh.open(probe, cp.text, cp.version);
        const want = JSON.parse(JSON.stringify(await fresh.diagnosticsOf(probe)).replaceAll(probe, U)) as Diagnostic[];
        await fresh.connection.sendNotification('textDocument/didClose', { textDocument: { uri: probe } });
        assert.deepEqual(
          got.diagnostics,
          want,
          `diagnostics at the checkpoint after edit ${cp.i} (v${cp.version}) differ from a fresh server's (seed ${SEED})`,
        );
        compared++;
        if (want.length > 0) withFindings++;
      }
      await fresh.open(U, buf.text, finalVersion);
      const expected = await fresh.diagnosticsOf(U);
      assert.deepEqual(final.diagnostics, expected, `diagnostics after the storm differ from a fresh server's (seed ${SEED})`);
      // the outline and folding agree too (both come from the server's copy of the text)
      const [symbols, freshSymbols] = await Promise.all([
        client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: U } }),
        fresh.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: U } }),
      ]);
      assert.deepEqual(symbols, freshSymbols);
      const [folds, freshFolds] = await Promise.all([
        client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: U } }),
        fresh.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: U } }),
      ]);
      assert.deepEqual(folds, freshFolds);

      // closed and never-opened documents got nothing but the clearing on close
      assert.equal(client.published(U_NEVER), undefined, 'diagnostics published for a document never opened');
      assert.deepEqual(strip(client.published(U_CLOSED)), [], 'a closed document must end with its diagnostics cleared');
      assert.deepEqual(strip(client.published(U_CYCLE)), [], 'a closed document must end with its diagnostics cleared');

      // still alive, still answering, no uncaught exception on the way
      assert.ok(client.alive(), 'the server process exited');
      const templates = await client.request<TemplateInfo[]>(TemplatesRequest.method, {});
      assert.ok(templates.some((x) => x.id === 'gd-department-overall'));
      assert.doesNotMatch(client.stderr, /uncaught/i, 'the server hit an uncaught exception');

      t.diagnostic(
        `sent ${EDITS + 1} edits and ${sent.length} requests in ${sentAt - started} ms; last diagnostics ${settledAt - sentAt} ms later`,
      );
      t.diagnostic(
        Object.entries(counts)
          .sort()
          .map(([k, v]) => `${k}: ${v}`)
          .join(', '),
      );
      t.diagnostic(`diagnostics published for the stormed document: ${client.publishCount.get(U)} times`);
      t.diagnostic(
        `last full-text replacement at edit ${lastFull}; ${compared} of ${checkpoints.length} checkpoints compared, ${withFindings} ` +
          `of them with findings`,
      );
      t.diagnostic(`final text: ${buf.text.length} characters, ${buf.lineCount} lines, ${expected.length} diagnostics`);
      assert.ok(
        withFindings >= checkpoints.length / 2 && lastFull <= EDITS - 500,
        'the storm wore the reports down to no findings; the comparisons would prove little',
      );
    },
  );

  test('a range wholly past the end, its ends on two different lines, is read as the end of the text', async () => {
    // LSP: a position past the last line means the end of the document. An editor that sends it
    // (a stale range after the text shrank) must not leave the server with a different text.
    const uri = 'file:///torture/past-end.md';
    const buf = new EditorBuffer(R2019);
    await client.open(uri, R2019, 1);
    await client.diagnosticsOf(uri);
    const lines = buf.lineCount;
    const past: Change = { range: { start: { line: lines + 1, character: 0 }, end: { line: lines + 2, character: 0 } }, text: '附件：\n' };
    buf.apply(past);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [past] });
    // the user goes on typing on the new last line
    const end = buf.lineCount - 1;
    const key: Change = { range: { start: { line: end, character: 0 }, end: { line: end, character: 0 } }, text: '（' };
    buf.apply(key);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [key] });
    const got = await client.until(() => {
      const p = client.published(uri);
      return p?.version === 3 ? p : undefined;
    }, 'diagnostics of v3');
    await fresh.open(uri, buf.text, 3);
    assert.deepEqual(got.diagnostics, await fresh.diagnosticsOf(uri), "the server's copy of the text no longer matches the editor's");
    const [folds, freshFolds] = await Promise.all([
      client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } }),
      fresh.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } }),
    ]);
    assert.deepEqual(folds, freshFolds);
  });

  test('a line of full-width spaces does not split a paragraph when the text around it is edited', async () => {
    // 　 (U+3000) alone on a line is not a blank line in Markdown: "　\n存在问题" is one paragraph, so
    // 存在问题 is no heading. Deleting the line below must not make it one (found by the storm, seed 7).
    const uri = 'file:///torture/ideographic-space.md';
    const before = '# 整体绩效自评报告\n　\n存在问题\n填报日期：2020年1月1日\n';
    await client.open(uri, before, 1);
    await client.diagnosticsOf(uri);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } }, text: '' }],
    });
    const got = await client.until(() => {
      const p = client.published(uri);
      return p?.version === 2 ? p : undefined;
    }, 'diagnostics of v2');
    await fresh.open(uri, '# 整体绩效自评报告\n　\n存在问题\n', 2);
    assert.deepEqual(
      got.diagnostics,
      await fresh.diagnosticsOf(uri),
      'the edited text is checked differently from the same text opened afresh',
    );
  });

  test('a change whose version does not advance (back to the one last checked) is checked again, not answered from the cache', async () => {
    // Versions that go backwards can land on the number of the analysis the server holds; the text is
    // new all the same, and diagnostics computed for the old text must not be published for it.
    const uri = 'file:///torture/version-back.md';
    const buf = new EditorBuffer(R2019);
    await client.open(uri, R2019, 5);
    await client.diagnosticsOf(uri);
    const edit = async (v: number, c: Change): Promise<PublishDiagnosticsParams> => {
      buf.apply(c);
      client.forgetDiagnostics(uri);
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [c] });
      return client.until(() => {
        const p = client.published(uri);
        return p?.version === v ? p : undefined;
      }, `diagnostics of v${v}`);
    };
    // v6: insert the missing number of a heading; v7: a blank first line; then a change sent as v7 again
    const heading = buf.text.split('\n').findIndex((l) => l.includes('年度总体工作和重点工作任务'));
    const col = (buf.text.split('\n')[heading] as string).indexOf('年度');
    await edit(6, { range: { start: { line: heading, character: col }, end: { line: heading, character: col } }, text: '(二)' });
    await edit(7, { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' });
    const back = await edit(7, {
      range: { start: { line: heading + 1, character: col }, end: { line: heading + 1, character: col + 3 } },
      text: '',
    });
    await fresh.open(uri, buf.text, 7);
    assert.deepEqual(back.diagnostics, await fresh.diagnosticsOf(uri), 'diagnostics of the earlier text published for the new one');
  });
});
