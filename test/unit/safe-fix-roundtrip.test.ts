// Safe fixes are safe: a fix `--fix` applies on its own never changes text that was correct.
//
// Each report T (the examples, the fixtures, every test/corpus/**/*.md) is damaged at one site in
// one of the ways drafts go wrong, giving D, and `--fix` is run on D. Its result must be fix(T), the
// damage repaired — or, where the damage cannot be repaired with certainty, fix(T) with the damage
// still in it: nothing else may change. For a clean T (fix(T) = T) that reads: fix(D) is T, byte for
// byte, or D itself. The padding of a date and the brackets of a 文号 are always certain, so those
// must be repaired; a heading's number only when the form of its level is (see model/marker-style).
// Damage:
//  - a numbered line (一、 （一） 1. （1）, heading or list item) loses its marker, or keeps only the
//    closing bracket, against the title (`）标题`, the broken marker of pasted text) or not, or is
//    given the next number;
//  - a 文号's 〔〕 become 【】, [], () or （）;
//  - a date is zero-padded (2023年7月1日 → 2023年07月01日).
// A text that is not taken for a report (most of the corpus, for now) gets no fix: --fix must leave D
// as it is. The examples and fixtures are damaged at every site. A corpus file at a spread of sites per kind
// (JIXIAO_FUZZ_SCALE=20 for more), so that a large corpus stays a test that runs in seconds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkText } from '../../server/src/engine/index.js';
import { markerStyles, type MarkerStyle } from '../../server/src/engine/model/marker-style.js';
import { markerInForm } from '../../server/src/engine/fixes/section-text.js';
import { readMarker } from '../../server/src/engine/parse/markers.js';
import { chineseNumeral, toChineseNumeral } from '../../server/src/engine/text/normalize.js';
import { fixText } from '../../server/src/cli/fix.js';
import { FIELD_LABEL } from '../../server/src/engine/rules/date-padding.js';
import { exampleNames, readExample, readFixture, registry, ROOT } from '../helpers.js';

const SCALE = Number(process.env.JIXIAO_FUZZ_SCALE ?? 1);
const CORPUS_SITES_PER_KIND = Math.max(1, Math.round(8 * SCALE));

/** One damage: the text `old` at `at` replaced by `now`. */
interface Damage {
  kind: string;
  at: number;
  old: string;
  now: string;
  /** The fix must repair it (it cannot be read any other way). */
  certain: boolean;
  /** For a damaged number: the marker and the spaces after it, as T has them. */
  marker?: string;
}

const CN = '[一二三四五六七八九十]{1,3}';
// a numbered line, after an optional Markdown heading mark and bold: the marker and the spaces after it
const NUMBERED = new RegExp(
  `^(#{1,6} {1,3})?(\\*\\*)?(${CN}、|[（(]${CN}[）)]|[0-9]{1,2}[.．、](?![0-9])|[（(][0-9]{1,2}[）)])[ \\u3000]{0,3}`,
  'gmu',
);
const DOC_YEAR = /〔([0-9]{4})〕/g;
const LOST_REFILLED = new RegExp(`^${CN}、(.*)$`);
const DATE = /([0-9]{4}[ ]{0,2}年[ ]{0,2})([0-9]{1,2})([ ]{0,2}月)(?:([ ]{0,2})([0-9]{1,2})([ ]{0,2}日))?/g;

function damages(text: string): Damage[] {
  const out: Damage[] = [];
  for (const m of text.matchAll(NUMBERED)) {
    const prefix = (m[1] ?? '').length + (m[2] ?? '').length;
    const marker = m[3] as string;
    const at = (m.index ?? 0) + prefix;
    const spaced = m[0].slice(prefix);
    out.push({ kind: 'marker removed', at, old: spaced, now: '', certain: false, marker: spaced });
    // 二、 for 一、, （三） for （二）, 5. for 4.
    const next = marker.replace(/[0-9]{1,2}|[一二三四五六七八九十]{1,3}/u, (x) =>
      /[0-9]/.test(x) ? String(Number(x) + 1) : toChineseNumeral(chineseNumeral(x) + 1),
    );
    out.push({ kind: 'marker renumbered', at, old: marker, now: next, certain: false, marker: spaced });
    if (marker.length > 2 && '（('.includes(marker[0] as string)) {
      out.push({ kind: 'marker broken', at, old: marker.slice(0, -1), now: '', certain: false, marker: spaced });
      // `(一) 标题` → `)标题`: the bracket left against the title, as the published 2019 report has it
      if (spaced !== marker) out.push({ kind: 'marker broken', at, old: spaced, now: marker.slice(-1), certain: false, marker: spaced });
    }
  }
  for (const m of text.matchAll(DOC_YEAR)) {
    for (const [o, c] of ['【】', '[]', '()', '（）']) {
      out.push({ kind: `文号 ${o}${c}`, at: m.index ?? 0, old: m[0], now: `${o}${m[1]}${c}`, certain: true });
    }
  }
  for (const m of text.matchAll(DATE)) {
    const pad = (s: string | undefined): string => (s === undefined ? '' : s.length === 1 ? `0${s}` : s);
    const [, year, month, 月, gap, day, 日] = m;
    const now = `${year}${pad(month)}${月}${day === undefined ? '' : `${gap}${pad(day)}${日}`}`;
    if (now === m[0]) continue;
    // a date filled into a labelled field (项目起止时间 2018 年 1 月) follows the form: date-padding leaves it padded by
    // design (its header), so the repair is not certain there — the damage may stay, nothing else may change
    const at = m.index ?? 0;
    out.push({ kind: 'date zero-padded', at, old: m[0], now, certain: !FIELD_LABEL.test(text.slice(Math.max(0, at - 12), at)) });
  }
  return out;
}

/** Up to `max` damages of each kind, spread evenly over the text. */
function spread(all: Damage[], max: number): Damage[] {
  const byKind = new Map<string, Damage[]>();
  for (const d of all) {
    const list = byKind.get(d.kind);
    if (list) list.push(d);
    else byKind.set(d.kind, [d]);
  }
  return [...byKind.values()].flatMap((list) =>
    list.length <= max ? list : Array.from({ length: max }, (_, i) => list[Math.floor((i * list.length) / max)] as Damage),
  );
}

const damage = (t: string, d: Damage): string => t.slice(0, d.at) + d.now + t.slice(d.at + d.old.length);

/** Whether `b` is `a` with one occurrence of `old` replaced by `now` (anywhere: fixes move text). */
function differsBy(a: string, b: string, old: string, now: string): boolean {
  if (a.length - old.length !== b.length - now.length) return false;
  let prefix = 0;
  while (prefix < a.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  for (let at = Math.max(0, a.length - old.length - suffix); at <= prefix; at++) {
    if (
      a.startsWith(old, at) &&
      b.startsWith(now, at) &&
      a.slice(0, at) === b.slice(0, at) &&
      a.slice(at + old.length) === b.slice(at + now.length)
    )
      return true;
  }
  return false;
}

/** The corpus texts: each `.md` with its annotation beside it (not the folder's README). */
function corpusFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.md') && existsSync(join(dir, `${p.slice(0, -'.md'.length)}.json`)))
    .sort()
    .map((p) => join(dir, p));
}

const texts: { name: string; text: string; all: boolean }[] = [
  ...exampleNames().map((n) => ({ name: `examples/${n}`, text: readExample(n), all: true })),
  ...readdirSync(join(ROOT, 'test', 'fixtures'))
    .filter((n) => n.endsWith('.md') && n !== 'README.md')
    .map((n) => ({ name: `test/fixtures/${n}`, text: readFixture(n), all: true })),
  ...corpusFiles(join(ROOT, 'test', 'corpus')).map((p) => ({ name: relative(ROOT, p), text: readFileSync(p, 'utf8'), all: false })),
];

const fix = (t: string): string => fixText(t, { registry }).text;

/**
 * The one repair that cannot give T back: T writes a level's numbers in two forms, the damaged one
 * alone in its form. D then writes the level one way, and the number comes back in that form — the
 * form a reader of D would choose too. Accepted only when exactly that happened.
 */
function oddFormRewritten(text: string, d: Damage, fixed: string, got: string): boolean {
  const m = d.marker === undefined ? undefined : readMarker(d.marker, 0);
  if (!m || d.marker === undefined) return false;
  const styleIn = (t: string): MarkerStyle => markerStyles(checkText(t, { registry }).report.outline)(m.level);
  if (styleIn(text).certain) return false;
  const { form, certain } = styleIn(damage(text, d));
  return certain && differsBy(fixed, got, d.marker, markerInForm(form, m.level, m.value) + form.space);
}

/**
 * Every line --fix gives the damaged text is a line of the damaged text or of fix(original): it wrote
 * nothing fix(original) would not write (a section it inserts is the one fix(original) inserts). A
 * damage may make a fix elsewhere doubtful (not applied), or fall on the very number fix(original)
 * corrects (徐闻 2024's 二、 that should read 一、).
 */
function onlyLeftAlone(text: string, damaged: string, fixed: string, got: string): boolean {
  const known = new Set([...damaged.split('\n'), ...fixed.split('\n')]);
  const lost = new Set(text.split('\n').filter((line) => line.startsWith('、')));
  const damagedLines = damaged.split('\n');
  const gotLines = got.split('\n');
  const aligned = damagedLines.length === gotLines.length;
  return gotLines.every(
    (line, i) => known.has(line) || refilledLostNumeral(line, lost) || (aligned && editOfFix(damagedLines[i] as string, line, fixed)),
  );
}

/** Characters of context kept around an edit when looking for it in fix(original). */
const EDIT_CONTEXT = 4;

/**
 * A line --fix changed in one place that fix(original) changes the same way: the changed characters with the ones
 * around them stand in fix(original) (岳阳楼区文化馆 2021: a line whose `1.` the damage removed, left as it was, and
 * whose `进校园,进景区` both fixes write `进校园、进景区`). A line changed in two places is read as one change spanning both.
 */
function editOfFix(before: string, after: string, fixed: string): boolean {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail])
    tail++;
  if (head === after.length - tail && head === before.length - tail) return false;
  return fixed.includes(after.slice(Math.max(0, head - EDIT_CONTEXT), after.length - tail + EDIT_CONTEXT));
}

/**
 * A heading whose numeral the page lost (同德镇 2021's `、项目绩效情况`) is given the number after the heading before
 * it; when the damage renumbered or removed that heading, the refill follows the damaged sequence, as it should.
 */
function refilledLostNumeral(line: string, lost: Set<string>): boolean {
  const m = LOST_REFILLED.exec(line);
  return m !== null && lost.has(`、${m[1]}`);
}

/** Each damage at the sites given, then --fix: what went wrong, and how many damages were repaired. */
function roundTrip(text: string, sites: Damage[]): { wrong: string[]; repaired: Damage[] } {
  const fixed = fix(text);
  const report = checkText(text, { registry }).report.isReport;
  const wrong: string[] = [];
  const repaired: Damage[] = [];
  for (const d of sites) {
    const damaged = damage(text, d);
    const got = fix(damaged);
    // a text not taken for a report gets no fix at all: --fix must leave it exactly as it is
    if (!checkText(damaged, { registry }).report.isReport) {
      if (got !== damaged) wrong.push(`${d.kind}: not a report, yet --fix changed it: ${firstDifference(damaged, got)}`);
      continue;
    }
    // a damage that makes a text a report where it was none (福建 改薄 2016: the sharing site's counter 1、 removed from
    // before `- 1 -2016 年度…自评报告`, which then reads as the title) gives it a report's fixes, which fix(T) never had:
    // nothing to compare
    if (!report) continue;
    if (got === fixed) repaired.push(d);
    else if (!d.certain && differsBy(fixed, got, d.old, d.now)) continue;
    else if (oddFormRewritten(text, d, fixed, got)) continue;
    else if (onlyLeftAlone(text, damaged, fixed, got)) continue;
    else
      wrong.push(
        `${d.kind} at line ${text.slice(0, d.at).split('\n').length} (${JSON.stringify(d.old)} → ${JSON.stringify(d.now)}): ` +
          `${firstDifference(fixed, got)}`,
      );
  }
  return { wrong, repaired };
}

// A corpus text with no numbered line, 文号 or date (a bare 自评表) has nothing to damage and no test.
for (const { name, text, all } of texts.filter((t) => t.all || damages(t.text).length > 0)) {
  test(`${name}: --fix on one damage gives fix(original), repaired or with the damage left as it was`, () => {
    const sites = all ? damages(text) : spread(damages(text), CORPUS_SITES_PER_KIND);
    assert.ok(sites.length > 0, 'no site to damage');
    const { wrong } = roundTrip(text, sites);
    assert.deepEqual(wrong, [], `${wrong.length} of ${sites.length} damages were not fixed back`);
  });
}

test(
  'every heading of the corrected 2019 report that loses its number, or is given the next, gets it back; its list items are left ' +
    'alone',
  () => {
    const text = readExample('2019-湛江市科技局-整体绩效自评报告-修正稿.md');
    const headings = checkText(text, { registry }).report.outline.headings.flatMap((h) =>
      h.head.marker ? [h.line.start + h.head.marker.start] : [],
    );
    for (const kind of ['marker removed', 'marker renumbered']) {
      const { repaired } = roundTrip(
        text,
        damages(text).filter((d) => d.kind === kind),
      );
      assert.deepEqual(
        repaired.map((d) => d.at),
        headings,
        kind,
      );
    }
    assert.ok(headings.length >= 12, `${headings.length} numbered headings`);
  },
);

test('the damage covers every kind on the examples', () => {
  const kinds = new Set(exampleNames().flatMap((n) => damages(readExample(n)).map((d) => d.kind)));
  assert.deepEqual([...kinds].sort(), [
    'date zero-padded',
    'marker broken',
    'marker removed',
    'marker renumbered',
    '文号 ()',
    '文号 []',
    '文号 【】',
    '文号 （）',
  ]);
});

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `at ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 20), i + 30))} vs ${JSON.stringify(b.slice(Math.max(0, i - 20), i + 30))}`;
}
