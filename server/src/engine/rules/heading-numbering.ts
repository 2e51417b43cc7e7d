// Heading numbers: each heading's marker must be the one its place in the outline calls for, at the
// right level (一、 → （一） → 1. → （1）), unbroken, and present at all.
import { expectedNumbers, outOfOrderSections } from '../model/numbering.js';
import type { Heading } from '../model/outline.js';
import { markerText } from '../fixes/section-text.js';
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
  fixes: [{ does: { zh: '补上或改正编号', en: 'Adds or corrects the number' }, safe: true }],
  check({ report }) {
    const { outline } = report;
    const expected = expectedNumbers(outline, report.template);
    const skip = outOfOrderSections(outline);
    const out: RuleFinding[] = [];
    for (const h of outline.headings) {
      // out-of-order sections are section-order's finding; their numbers follow once moved
      if (skip.has(h.section)) continue;
      const n = expected.get(h.section) ?? 1;
      const want = markerText(outline.style, h.level, n);
      const finding = check(h, n, want, report.text, outline.style.spaceAfterMarker ? ' ' : '');
      if (finding) out.push(finding);
    }
    return out;
  },
});

function check(h: Heading, n: number, want: string, text: string, space: string): RuleFinding | undefined {
  const { line, head } = h;
  const m = head.marker;
  const titleEnd = line.start + head.titleEnd;
  const title = head.title;
  if (!m) {
    const at = line.start + head.titleStart;
    return {
      span: { start: line.start + head.titleStart, end: titleEnd },
      message: {
        zh: `标题${zq(title)}缺少编号，应为${zq(want + title)}`,
        en: `Heading ${eq(title)} has no number; it should read ${eq(want + title)}`,
      },
      fix: fix(`补上编号${zq(want)}`, `Add the number ${eq(want)}`, at, at, want + space),
    };
  }
  const span = { start: line.start + m.start, end: line.start + m.end };
  if (m.broken) {
    return {
      span: { start: span.start, end: titleEnd },
      message: {
        zh: `标题${zq(text.slice(span.start, titleEnd))}的编号残缺，应为${zq(want + title)}`,
        en: `The number of heading ${eq(title)} is broken; it should read ${eq(want + title)}`,
      },
      fix: fix(`改为${zq(want)}`, `Change to ${eq(want)}`, span.start, span.end, want),
    };
  }
  if (m.level !== h.level) {
    return {
      span,
      message: {
        zh: `标题${zq(title)}的编号${zq(m.text)}层级不对：此处是第 ${h.level} 级标题，应使用${zq(LEVEL_NAMES[h.level] ?? '')}式编号${zq(want)}`,
        en: `Heading ${eq(title)} is numbered ${eq(m.text)}, a level-${m.level} marker; at level ${h.level} it should be ${eq(want)}`,
      },
      fix: fix(`改为${zq(want)}`, `Change to ${eq(want)}`, span.start, span.end, want),
    };
  }
  if (m.value !== n) {
    const kind =
      m.value < n
        ? { zh: m.value === n - 1 ? '编号重复' : '编号倒退或重新开始', en: m.value === n - 1 ? 'repeats the number before it' : 'goes back or restarts' }
        : { zh: '编号跳号', en: 'skips numbers' };
    return {
      span,
      message: {
        zh: `标题${zq(title)}${kind.zh}：编号${zq(m.text)}应为${zq(want)}`,
        en: `Heading ${eq(title)} ${kind.en}: ${eq(m.text)} should be ${eq(want)}`,
      },
      fix: fix(`改为${zq(want)}`, `Change to ${eq(want)}`, span.start, span.end, want),
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
      fix: fix(`改为${zq(std)}`, `Change to ${eq(std)}`, span.start, span.end, std),
    };
  }
  return undefined;
}

function fix(zh: string, en: string, start: number, end: number, newText: string): RuleFinding['fix'] {
  return { title: { zh, en }, edits: [{ start, end, newText }], safe: true };
}
