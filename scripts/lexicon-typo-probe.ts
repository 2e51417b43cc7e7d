// A measurement, not a rule: can a word lexicon, used offline, find typos of a class (a character written as another
// of the same sound, one dropped, one typed in) rather than listed ones, at the precision issue 14 asks (≥ 90 %)?
// It reads jieba's dictionary (dict/jieba.dict.utf8 as the npm package nodejieba ships it, MIT) and pinyin-pro's
// readings, and scores three readings on the tune texts only (test/corpus, split "tune"); docs/typo-lexicon.md says
// what it found. Run by hand:
//   npm pack nodejieba@3.5.8 pinyin-pro@3.29.4 && mkdir -p nj pp && tar xzf nodejieba-3.5.8.tgz -C nj \
//     && tar xzf pinyin-pro-3.29.4.tgz -C pp && npx tsx scripts/lexicon-typo-probe.ts nj/package pp/package
// Readings (each on lines whose Chinese characters are all in GB 2312: a traditional page is typo's own business):
//  A  a character no dictionary word of 2–4 characters covers, where a same-pinyin character, or dropping it, or a
//     character put in beside it makes a word of frequency ≥ F;
//  B  noisy channel with jieba's unigram model: the edit (same-pinyin character, dropped, typed in) that raises the
//     best segmentation's log-probability of the 11 characters around it by more than T;
//  C  the tune texts themselves as the lexicon, leave-one-out: a 3–4-character window no other text writes, one
//     same-pinyin character away from a window K other texts write, at a character no dictionary word covers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { quoteSpan, readCorpus, type CorpusEntry } from '../test/accuracy/score.js';

const [njDir, ppDir] = process.argv.slice(2);
if (!njDir || !ppDir) throw new Error('usage: npx tsx scripts/lexicon-typo-probe.ts <nodejieba package> <pinyin-pro package>');
type Pinyin = (s: string, o: { toneType: 'none'; type: 'array'; multiple: boolean }) => string[];
const { pinyin } = (await import(pathToFileURL(join(ppDir, 'dist/index.mjs')).href)) as { pinyin: Pinyin };

const HAN = /[\u4e00-\u9fff]/;
const freq = new Map<string, number>();
let total = 0;
for (const l of readFileSync(join(njDir, 'submodules/cppjieba/dict/jieba.dict.utf8'), 'utf8').split('\n')) {
  const [w = '', f = '0'] = l.split(' ');
  total += Number(f);
  if (/^[\u4e00-\u9fff]{1,4}$/.test(w)) freq.set(w, Number(f));
}
const gbk = new TextDecoder('gbk');
const gb2312 = new Set<string>();
for (let hi = 0xb0; hi <= 0xf7; hi++)
  for (let lo = 0xa1; lo <= 0xfe; lo++) {
    const c = gbk.decode(new Uint8Array([hi, lo]));
    if (c.length === 1 && c !== '\ufffd') gb2312.add(c);
  }
const memo = new Map<string, string[]>();
function readings(c: string): string[] {
  let r = memo.get(c);
  if (!r) memo.set(c, (r = [...new Set(pinyin(c, { toneType: 'none', type: 'array', multiple: true }))]));
  return r;
}
const byPy = new Map<string, string[]>();
for (const c of new Set([...freq.keys()].filter((w) => w.length >= 2).flatMap((w) => [...w])))
  for (const p of readings(c)) byPy.set(p, [...(byPy.get(p) ?? []), c]);
const samePy = (c: string): string[] => [...new Set(readings(c).flatMap((p) => byPy.get(p) ?? []))].filter((x) => x !== c);
/** A word of 3–4 characters by each form with one inner character dropped (专资金 → 专项资金). */
const dropped = new Map<string, string>();
for (const [w, f] of freq)
  for (let k = 1; k < w.length - 1 && w.length >= 3 && f >= 100; k++) {
    const v = w.slice(0, k) + w.slice(k + 1);
    if (!freq.has(v) && !dropped.has(v)) dropped.set(v, w);
  }

/** Which characters of the line some dictionary word of 2–4 characters covers. */
function covered(line: string): Uint8Array {
  const c = new Uint8Array(line.length);
  for (let s = 0; s < line.length; s++)
    for (let len = 2; len <= 4 && s + len <= line.length; len++) if (freq.has(line.slice(s, s + len))) c.fill(1, s, s + len);
  return c;
}
const simplified = (line: string): boolean => ![...line].some((c) => HAN.test(c) && !gb2312.has(c));
const hanWindow = (line: string, s: number, e: number): boolean =>
  s >= 0 && e <= line.length && [...line.slice(s, e)].every((c) => HAN.test(c));

interface Hit {
  at: number;
  score: number;
  wrong: string;
  right: string;
}

function readingA(line: string, minFreq: number): Hit[] {
  const out: Hit[] = [];
  const cov = covered(line);
  for (let i = 0; i < line.length; i++) {
    if (cov[i] || !HAN.test(line[i]!)) continue;
    let best: Hit | undefined;
    const offer = (wrong: string, right: string): void => {
      const f = freq.get(right) ?? 0;
      if (right.length >= 2 && f >= minFreq && f > (best?.score ?? 0)) best = { at: i, score: f, wrong, right };
    };
    for (let s = i - 3; s <= i; s++)
      for (let e = Math.max(s + 2, i + 1); e <= s + 4; e++) {
        if (!hanWindow(line, s, e)) continue;
        const w = line.slice(s, e);
        for (const c of samePy(line[i]!)) offer(w, w.slice(0, i - s) + c + w.slice(i - s + 1));
        offer(w, w.slice(0, i - s) + w.slice(i - s + 1));
        const d = dropped.get(w);
        if (d) offer(w, d);
      }
    if (best) out.push(best);
  }
  return out;
}

const LOG_TOTAL = Math.log(total);
const logP = (w: string): number | undefined => (freq.has(w) ? Math.log(freq.get(w)!) - LOG_TOTAL : undefined);
/** The best segmentation's log-probability (jieba's unigram model; an unknown character costs less than any word). */
function bestLogP(s: string): number {
  const dp = new Float64Array(s.length + 1).fill(-Infinity);
  dp[0] = 0;
  for (let i = 0; i < s.length; i++)
    for (let len = 1; len <= 4 && i + len <= s.length; len++) {
      const p = logP(s.slice(i, i + len)) ?? (len === 1 ? -LOG_TOTAL - 2 : undefined);
      if (p !== undefined && dp[i]! + p > dp[i + len]!) dp[i + len] = dp[i]! + p;
    }
  return dp[s.length]!;
}

function readingB(line: string, minGain: number): Hit[] {
  const out: Hit[] = [];
  for (let a = 0; a < line.length;) {
    let b = a;
    while (b < line.length && HAN.test(line[b]!) && freq.has(line[b]!)) b++;
    const run = line.slice(a, b);
    for (let i = 0; i < run.length; i++) {
      const s = Math.max(0, i - 5);
      const win = run.slice(s, i + 6);
      const k = i - s;
      const base = bestLogP(win);
      let best: Hit | undefined;
      const offer = (edited: string, right: string, channel: number): void => {
        const g = bestLogP(edited) - base + channel;
        if (g > minGain && g > (best?.score ?? -Infinity))
          best = { at: a + i, score: g, wrong: run.slice(Math.max(0, i - 1), i + 2), right };
      };
      for (const c of samePy(run[i]!)) offer(win.slice(0, k) + c + win.slice(k + 1), c, 0);
      // dropping a typed-in character is paid for with that character's own probability, or every rare one goes
      offer(win.slice(0, k) + win.slice(k + 1), '(去掉)', logP(run[i]!) ?? 0);
      for (let len = 2; len <= 3; len++)
        for (let st = Math.max(0, i - len + 1); st <= i && st + len <= run.length; st++) {
          const w = dropped.get(run.slice(st, st + len));
          if (w) offer(win.slice(0, st - s) + w + win.slice(st - s + len), w, 0);
        }
      if (best) out.push(best);
    }
    a = b === a ? a + 1 : b;
  }
  // one finding per neighbourhood: the strongest
  return out.filter(
    (h) => !out.some((o) => o !== h && Math.abs(o.at - h.at) <= 2 && (o.score > h.score || (o.score === h.score && o.at < h.at))),
  );
}

const tune = readCorpus().filter((e) => e.split === 'tune');
const grams = tune.map((e) => {
  const g = new Set<string>();
  for (const len of [3, 4])
    for (let i = 0; i + len <= e.text.length; i++) if (hanWindow(e.text, i, i + len)) g.add(e.text.slice(i, i + len));
  return g;
});
const docFreq = new Map<string, number>();
for (const g of grams) for (const w of g) docFreq.set(w, (docFreq.get(w) ?? 0) + 1);

function readingC(line: string, minDocs: number, own: Set<string>): Hit[] {
  const out: Hit[] = [];
  const others = (w: string): number => (docFreq.get(w) ?? 0) - (own.has(w) ? 1 : 0);
  const cov = covered(line);
  const seen = new Set<number>();
  for (const len of [3, 4])
    for (let i = 0; i + len <= line.length; i++) {
      const w = line.slice(i, i + len);
      if (!hanWindow(line, i, i + len) || others(w) > 0) continue;
      for (let k = 0; k < len; k++) {
        if (cov[i + k] || seen.has(i + k)) continue;
        for (const c of samePy(w[k]!)) {
          const v = w.slice(0, k) + c + w.slice(k + 1);
          if (others(v) >= minDocs) {
            seen.add(i + k);
            out.push({ at: i + k, score: others(v), wrong: w, right: v });
            break;
          }
        }
      }
    }
  return out;
}

/** The 4-character windows of one text with their counts, and those written n times or more by pattern (专?资金). */
function selfIndex(text: string, n: number): { count: Map<string, number>; near: Map<string, string> } {
  const count = new Map<string, number>();
  for (let i = 0; i + 4 <= text.length; i++)
    if (hanWindow(text, i, i + 4)) count.set(text.slice(i, i + 4), (count.get(text.slice(i, i + 4)) ?? 0) + 1);
  const near = new Map<string, string>();
  for (const [w, c] of count) for (let k = 0; k < 4 && c >= n; k++) near.set(w.slice(0, k) + '?' + w.slice(k + 1), w);
  return { count, near };
}

function readingD(line: string, self: ReturnType<typeof selfIndex>): Hit[] {
  const out: Hit[] = [];
  const cov = covered(line);
  for (let i = 0; i + 4 <= line.length; i++) {
    const w = line.slice(i, i + 4);
    if (!hanWindow(line, i, i + 4) || (self.count.get(w) ?? 0) > 1) continue;
    for (let k = 0; k < 4; k++) {
      const v = self.near.get(w.slice(0, k) + '?' + w.slice(k + 1));
      if (cov[i + k] || !v) continue;
      out.push({ at: i + k, score: 1, wrong: w, right: v });
      break;
    }
  }
  return out;
}

/** MAIN_MISSES: a file of main's typo misses on tune texts ("line<TAB>quote" from accuracy.ts --tune-only), to tell new finds. */
const misses = process.env.MAIN_MISSES ? new Set(readFileSync(process.env.MAIN_MISSES, 'utf8').split('\n')) : undefined;

/** ONLY=<name> scores one reading ("B T=8"); ALARMS=<name> also prints its false alarms. */
function score(name: string, detect: (line: string, e: CorpusEntry, ei: number) => Hit[]): void {
  if (process.env.ONLY && process.env.ONLY !== name) return;
  let findings = 0;
  const found = new Set<string>();
  const alarms: string[] = [];
  let typos = 0;
  tune.forEach((e, ei) => {
    const tys = e.defects.filter((d) => d.kind === 'typo');
    typos += tys.length;
    let off = 0;
    for (const [li, line] of e.text.split('\n').entries()) {
      for (const h of simplified(line) ? detect(line, e, ei) : []) {
        findings++;
        const t = tys.find((d) => {
          const sp = quoteSpan(e.text, d, e.slug);
          return sp.start <= off + h.at && off + h.at < sp.end;
        });
        if (t) found.add(`${t.line}\t${t.quote}`);
        else alarms.push(`  ${e.slug}:${li + 1} ${h.wrong}→${h.right} …${line.slice(Math.max(0, h.at - 8), h.at + 8)}…`);
      }
      off += line.length + 1;
    }
  });
  const onTypo = findings - alarms.length;
  const fresh = misses ? [...found].filter((f) => misses.has(f)) : [];
  const pct = findings === 0 ? '—' : `${((onTypo / findings) * 100).toFixed(1)} %`;
  console.log(`${name}: ${findings} findings, ${onTypo} on an annotated typo (${pct}), ${found.size} of ${typos} typos found`);
  if (misses) console.log(`  not found by main: ${fresh.length} ${fresh.map((f) => f.split('\t')[1]).join(' / ')}`);
  if (process.env.ALARMS === name) for (const a of alarms) console.log(a);
}

console.log(`dictionary: ${freq.size} words of 1–4 characters; same-pinyin classes: ${byPy.size}`);
for (const f of [100, 1000, 10000]) score(`A F=${f}`, (line) => readingA(line, f));
for (const t of [6, 8, 10, 12]) score(`B T=${t}`, (line) => readingB(line, t));
for (const k of [5, 10, 40]) score(`C K=${k}`, (line, _e, ei) => readingC(line, k, grams[ei]!));
for (const n of [2, 3, 5]) {
  const selves = new Map<CorpusEntry, ReturnType<typeof selfIndex>>();
  score(`D N=${n}`, (line, e) => readingD(line, selves.get(e) ?? selves.set(e, selfIndex(e.text, n)).get(e)!));
}
