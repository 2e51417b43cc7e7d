// Heading numbers: each heading's marker must be the one its place in the outline calls for, at the
// right level (一、 → （一） → 1. → （1）), unbroken, and present at all.
import { afterUnnumbered, expectedNumbers, outOfOrderSections } from '../model/numbering.js';
import { markerStyles, type MarkerStyle } from '../model/marker-style.js';
import type { Heading } from '../model/outline.js';
import type { Marker } from '../parse/markers.js';
import { markerInForm } from '../fixes/section-text.js';
import { toChineseNumeral } from '../text/normalize.js';
import type { RuleFinding } from './rule.js';
import { defineRule } from './rule.js';
import { eq, zq } from './format.js';

const LEVEL_NAMES = ['', '一、', '（一）', '1.', '（1）'];

export default defineRule({
  id: 'heading-numbering',
  severity: 'error',
  description: {
    zh: '标题编号缺失、残缺、跳号、重复或层级不对（一、→（一）→1.→（1））。',
    en: 'Heading numbers missing, broken, skipped, repeated or at the wrong level (一、 → （一） → 1. → （1）).',
  },
  fixes: [
    { does: { zh: '补上或改正编号', en: 'Adds or corrects the number' }, safe: true },
    {
      does: { zh: '补上或改正编号，同级标题编号写法不一、无从确定时', en: 'Adds or corrects the number where the headings of that level write their numbers in different forms' },
      safe: false,
    },
  ],
  check({ report }) {
    const { outline } = report;
    const expected = expectedNumbers(outline, report.template);
    const skip = outOfOrderSections(outline);
    const styleOf = markerStyles(outline);
    const doubtful = afterUnnumbered(outline);
    const out: RuleFinding[] = [];
    for (const h of outline.headings) {
      // out-of-order sections are section-order's finding; their numbers follow once moved
      if (skip.has(h.section)) continue;
      const n = expected.get(h.section) ?? 1;
      const finding = check(h, n, styleOf(h.level), report.text, doubtful.has(h.section));
      if (finding) out.push(finding);
    }
    return out;
  },
});

/** Said when the form of a number written afresh is a guess, so the drafter knows why it is not applied. */
function formNote(style: MarkerStyle): { zh: string; en: string } {
  return style.certain
    ? { zh: '', en: '' }
    : { zh: '（同级标题编号的括号或空格写法不一，请按上下文选定写法）', en: ' (the headings of this level write their numbers in different forms: choose the one that fits)' };
}

/** The marker with another number, its own brackets and separator kept. */
function renumbered(m: Marker, n: number): string {
  return `${m.open}${m.level <= 2 ? toChineseNumeral(n) : n}${m.close}${m.sep}`;
}

function check(h: Heading, n: number, style: MarkerStyle, text: string, afterUnnumbered: boolean): RuleFinding | undefined {
  const { line, head } = h;
  const m = head.marker;
  const titleStart = line.start + head.titleStart;
  const titleEnd = line.start + head.titleEnd;
  const title = head.title;
  // a number written afresh takes the form of the level's numbers: safe when they all agree on it
  const want = markerInForm(style.form, h.level, n);
  const note = formNote(style);
  if (!m) {
    // a title that starts with a closing bracket holds what is left of a number: where the new one goes is a guess
    const remnant = title.startsWith(')') || title.startsWith('）');
    return {
      span: { start: titleStart, end: titleEnd },
      message: {
        zh: `标题${zq(title)}缺少编号，应为${zq(want + title)}${note.zh}`,
        en: `Heading ${eq(title)} has no number; it should read ${eq(want + title)}${note.en}`,
      },
      fix: fix(`补上编号${zq(want)}`, `Add the number ${eq(want)}`, titleStart, titleStart, want + style.form.space, style.certain && !remnant),
    };
  }
  const span = { start: line.start + m.start, end: line.start + m.end };
  if (m.broken) {
    return {
      span: { start: span.start, end: titleEnd },
      message: {
        zh: `标题${zq(text.slice(span.start, titleEnd))}的编号残缺，应为${zq(want + title)}${note.zh}`,
        en: `The number of heading ${eq(title)} is broken; it should read ${eq(want + title)}${note.en}`,
      },
      fix: fix(`改为${zq(want)}`, `Change to ${eq(want)}`, span.start, titleStart, want + style.form.space, style.certain),
    };
  }
  if (m.level !== h.level) {
    return {
      span,
      message: {
        zh: `标题${zq(title)}的编号${zq(m.text)}层级不对：此处是第 ${h.level} 级标题，应使用${zq(LEVEL_NAMES[h.level] ?? '')}式编号${zq(want)}${note.zh}`,
        en: `Heading ${eq(title)} is numbered ${eq(m.text)}, a level-${m.level} marker; at level ${h.level} it should be ${eq(want)}${note.en}`,
      },
      fix: fix(`改为${zq(want)}`, `Change to ${eq(want)}`, span.start, span.end, want, style.certain),
    };
  }
  if (m.value !== n) {
    const again = renumbered(m, n);
    const kind =
      m.value < n
        ? { zh: m.value === n - 1 ? '编号重复' : '编号倒退或重新开始', en: m.value === n - 1 ? 'repeats the number before it' : 'goes back or restarts' }
        : { zh: '编号跳号', en: 'skips numbers' };
    // a skip right after a heading with no number may be that heading's lost number: not safe
    const doubt = m.value > n && afterUnnumbered;
    const lost = doubt
      ? { zh: '；若是前面无编号的标题丢了编号，请改为补上那个编号', en: '; if a heading before it without a number lost its number, add that one instead' }
      : { zh: '', en: '' };
    return {
      span,
      message: {
        zh: `标题${zq(title)}${kind.zh}：编号${zq(m.text)}应为${zq(again)}${lost.zh}`,
        en: `Heading ${eq(title)} ${kind.en}: ${eq(m.text)} should be ${eq(again)}${lost.en}`,
      },
      fix: fix(`改为${zq(again)}`, `Change to ${eq(again)}`, span.start, span.end, again, !doubt),
    };
  }
  if (m.level === 3 && m.sep === '、') {
    const std = `${m.value}.`;
    return {
      severity: 'information',
      span,
      message: {
        zh: `${zq(m.text)}不是规范的三级标题编号（GB/T 9704），建议写作${zq(std)}`,
        en: `${eq(m.text)} is not the standard level-3 marker (GB/T 9704); write ${eq(std)}`,
      },
      fix: fix(`改为${zq(std)}`, `Change to ${eq(std)}`, span.start, span.end, std, true),
    };
  }
  return undefined;
}

function fix(zh: string, en: string, start: number, end: number, newText: string, safe: boolean): RuleFinding['fix'] {
  return { title: { zh, en }, edits: [{ start, end, newText }], safe };
}
