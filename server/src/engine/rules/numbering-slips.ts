// heading-numbering for a report no template fits: the slips of its own sequence (model/own-numbering.ts),
// each quoting the number before, the number seen and the number due. A fix is safe only where the
// number is certain (its neighbours leave one number for it) and is written in the one form its run uses.
import {
  numberedItems,
  numberedOpening,
  numberedTooDeep,
  numberingSlips,
  type NumberedItem,
  type NumberingSlip,
  type TooDeep,
} from '../model/own-numbering.js';
import type { Report } from '../model/report.js';
import { enclosedCode, itemCodes } from '../model/item-codes.js';
import { readingOf, type TextLine } from '../parse/blocks.js';
import { enclosedNumber, type Marker } from '../parse/markers.js';
import { toChineseNumeral } from '../text/normalize.js';
import { eq, zq } from './format.js';
import type { RuleFinding } from './rule.js';
import { furnitureLine } from './furniture-line.js';
import { keptSeparator } from '../model/lost-number.js';

/** How much of an item's title a message quotes: a list item's "title" may be a long sentence. */
const QUOTED_TITLE = 16;

function numberIn(form: Marker, level: number, n: number): string {
  if (form.enclosed && form.level === level) return enclosedNumber(form, n) ?? (level === 4 ? `（${n}）` : `${n}.`);
  return `${form.open}${level <= 2 ? toChineseNumeral(n) : n}${form.close}${form.sep}`;
}

function quoted(title: string): string {
  const chars = [...title];
  return chars.length > QUOTED_TITLE ? `${chars.slice(0, QUOTED_TITLE).join('')}…` : title;
}

/** `items`: the report's numbered lines when the caller has read them (numberedItems); read here otherwise. */
export function ownSequenceFindings(report: Report, items = numberedItems(report.parsed.lines, report.chunks)): RuleFinding[] {
  const { lines } = report.parsed;
  return [
    // a sharing site's numbered terms (丰泽: 4、该文档为VIP文档…) are page furniture, deleted whole: no slip of the report's
    ...numberingSlips(items, lines, undefined, report.editable ? report.chunks : undefined)
      .filter((s) => !furnitureLine(s.item.line.text))
      .map((s) => (s.kind === 'lost' ? lostFinding(s) : s.kind === 'damaged' ? damagedFinding(s, report.text) : finding(s, report.text))),
    ...enclosedItems(items).map(enclosedFinding),
    ...[numberedTooDeep(items)].filter((x) => x !== undefined).map((x) => tooDeepFinding(x, report.text)),
    ...[numberedOpening(items)].filter((x) => x !== undefined).map((x) => openingFinding(x.item, x.next)),
  ];
}

/** The items numbered with one enclosed character (⑴, ⒈), found by their integers (item-codes.ts): most reports have none. */
function enclosedItems(items: readonly NumberedItem[]): NumberedItem[] {
  const codes = itemCodes(items);
  const out: NumberedItem[] = [];
  for (let i = 0; i < items.length; i++) if (enclosedCode(codes[i] as number)) out.push(items[i] as NumberedItem);
  return out;
}

/** 一、 on the opening paragraph: no section, and the sections after it are numbered one too many. */
function openingFinding(item: NumberedItem, next: NumberedItem): RuleFinding {
  const m = item.marker;
  const { line } = item;
  const start = line.start + m.start;
  // the paragraph keeps its text; only the number and the spaces after it go
  let end = line.start + m.end;
  while (line.text[end - line.start] === ' ' || line.text[end - line.start] === '\u3000') end++;
  const opening = quoted(line.text.slice(m.end).trimStart());
  const nextTitle = readingOf(next.line).head.title;
  return {
    span: { start: line.start + m.start, end: line.start + m.end },
    message: {
      zh:
        `开头段落${zq(m.text + opening)}说明自评的依据，不是章节，不应编号${zq(m.text)}：` +
        `其后的章节因此都多了一号，${zq(next.marker.text + nextTitle)}应为${zq(`一、${nextTitle}`)}，其后依次改正`,
      en:
        `The opening paragraph ${eq(m.text + opening)} gives what the evaluation was done under; it is no section and takes no ` +
        `number ${eq(m.text)}: every section after it is numbered one too many, ${eq(next.marker.text + nextTitle)} should be ` +
        `${eq(`一、${nextTitle}`)}, and so on`,
    },
    // the sections after it are renumbered by hand (or by heading-numbering once this number is gone)
    fix: {
      title: { zh: `删去编号${zq(m.text)}`, en: `Remove the number ${eq(m.text)}` },
      edits: [{ start, end, newText: '' }],
      safe: false,
    },
  };
}

/** The report's first heading numbered a level below the numbers under it: its own hierarchy says one above them. */
function tooDeepFinding({ item, child, level }: TooDeep, text: string): RuleFinding {
  const m = item.marker;
  const { line } = item;
  const title = readingOf(line).head.title;
  // the standard number of that level (GB/T 9704), not the too-deep one's brackets and separator
  const want = [`${toChineseNumeral(m.value)}、`, `（${toChineseNumeral(m.value)}）`, `${m.value}.`][level - 1] as string;
  const under = quoted(readingOf(child.line).head.title);
  const span = { start: line.start + m.start, end: line.start + m.end };
  const seen = text.slice(span.start, span.end);
  return {
    span,
    message: {
      zh:
        `编号层级不对：${zq(seen + title)}之下是${zq(child.marker.text + under)}，${zq(seen)}是第 ${m.level} 级编号，` +
        `不能统领第 ${child.level} 级的${zq(child.marker.text)}，按本文自身的层级应为${zq(want + title)}`,
      en:
        `Number at the wrong level: ${eq(seen + title)} holds ${eq(child.marker.text + under)}; a level-${m.level} number cannot hold ` +
        `level-${child.level} ones, so by the report's own hierarchy it should read ${eq(want + title)}`,
    },
    // the level is certain, the form of the new number (一、 with or without a space) is the drafter's
    fix: { title: { zh: `改为${zq(want)}`, en: `Change to ${eq(want)}` }, edits: [{ ...span, newText: want }], safe: false },
  };
}

/**
 * A number written as one enclosed character (`⒈ 产出指标。`, `⑴`): Word's list numbering pasted as text.
 * It reads as 1. or （1） in the run, but it is not the number GB/T 9704 writes, a search for `1.` does not
 * find it, and fonts draw it in another size: the standard number, which means the same, replaces it.
 */
function enclosedFinding(item: NumberedItem): RuleFinding {
  const m = item.marker;
  const { line } = item;
  const want = m.level === 4 ? `（${m.value}）` : `${m.value}.`;
  const title = quoted(readingOf(line).head.title || line.text.slice(m.end).trim());
  return {
    severity: 'warning',
    span: { start: line.start + m.start, end: line.start + m.end },
    message: {
      zh: `编号${zq(m.text)}是 Word 自动编号留下的单个带圈或带点字符，不是规范编号：${zq(m.text + title)}应写作${zq(want)}`,
      en: `The number ${eq(m.text)} is a single enclosed character left by Word's list numbering, not a standard number: write ${eq(want)}`,
    },
    fix: {
      title: { zh: `改为${zq(want)}`, en: `Change to ${eq(want)}` },
      edits: [{ start: line.start + m.start, end: line.start + m.end, newText: want }],
      safe: true,
    },
  };
}

/**
 * A line between two numbers that starts with what is left of the missing one (`二 标题`, `、标题`): that
 * number, written whole. Lines after the last number of a run that lost theirs alike are one finding
 * (临翔 2022: `、部门整体支出绩效自评情况表` `、部门整体支出绩效自评表` `、项目支出绩效自评表` after 十一、), each
 * quoted with the number due and shown as a related place.
 */
function damagedFinding(slip: NumberingSlip, text: string): RuleFinding {
  const { item, before, expected, oneForm } = slip;
  const lost = [
    { line: slip.line as TextLine, remnant: slip.remnant as { start: number; end: number }, expected },
    ...(slip.following ?? []),
  ].map((x) => {
    const want = numberIn(item.marker, item.level, x.expected);
    const span = { start: x.line.start + x.remnant.start, end: x.line.start + x.remnant.end };
    const title = quoted(readingOf(x.line).head.title.slice(x.remnant.end - x.remnant.start));
    return { want, span, title, seen: text.slice(span.start, span.end) };
  });
  const [first, ...rest] = lost as [(typeof lost)[0], ...typeof lost];
  const seen = lost.map((x) => zq(x.seen + x.title)).join('');
  const due = lost.map((x) => zq(x.want + x.title)).join('');
  const seenEn = lost.map((x) => eq(x.seen + x.title)).join(', ');
  const dueEn = lost.map((x) => eq(x.want + x.title)).join(', ');
  const wants = lost.map((x) => zq(x.want)).join('');
  const many = rest.length > 0;
  return {
    span: first.span,
    message: {
      zh: `编号残缺：${zq(before.marker.text)}之后是${seen}，按本文自身的编号顺序应为${due}`,
      en:
        `Broken number${many ? 's' : ''}: ${seenEn} come${many ? '' : 's'} after ${eq(before.marker.text)}; ` +
        `by the report's own numbering ${many ? 'they' : 'it'} should read ${dueEn}`,
    },
    ...(many
      ? {
          related: rest.map((x) => ({
            span: x.span,
            message: { zh: `应为${zq(x.want + x.title)}`, en: `should read ${eq(x.want + x.title)}` },
          })),
        }
      : {}),
    // only these numbers fit after their neighbours; written in the form the run's numbers share
    fix: {
      title: { zh: `改为${wants}`, en: `Change to ${lost.map((x) => eq(x.want)).join(', ')}` },
      edits: lost.map((x) => ({ ...x.span, newText: x.want })),
      safe: oneForm,
    },
  };
}

/** A title between two numbers with one missing: it lost that number (on request: it may be body text). */
function lostFinding(slip: NumberingSlip): RuleFinding {
  const { item, before, expected } = slip;
  const line = slip.line as TextLine;
  const head = readingOf(line).head;
  const whole = numberIn(item.marker, item.level, expected);
  // the separator the title kept (`、科普活动开展` after （二）、…): the number is put in without it
  const left = keptSeparator(line);
  const want = left && whole.endsWith(left) ? whole.slice(0, -left.length) : whole;
  const at = line.start + head.titleStart;
  return {
    span: { start: at, end: line.start + head.titleEnd },
    // after the last of a run, the title written like it is the sibling that follows it
    message:
      item === before
        ? {
            zh:
              `标题${zq(head.title)}缺少编号：它跟在${zq(item.marker.text + quoted(readingOf(item.line).head.title))}之后、写法相同，` +
              `按本文自身的编号顺序应为${zq(want + head.title)}`,
            en:
              `Heading ${eq(head.title)} has no number: it follows ${eq(item.marker.text + quoted(readingOf(item.line).head.title))}, ` +
              `written like it, so by the report's own numbering it should read ${eq(want + head.title)}`,
          }
        : {
            zh: `标题${zq(head.title)}缺少编号：它在${zq(before.marker.text)}与${zq(item.marker.text)}之间，按本文自身的编号顺序应为${zq(want + head.title)}`,
            en:
              `Heading ${eq(head.title)} has no number: it stands between ${eq(before.marker.text)} and ${eq(item.marker.text)}, ` +
              `so by the report's own numbering it should read ${eq(want + head.title)}`,
          },
    // between two numbers, the one after it is the evidence: its number leaves the room this title lost
    ...(item === before
      ? {}
      : {
          related: [
            {
              span: { start: item.line.start + item.marker.start, end: item.line.start + item.marker.end },
              message: {
                zh: `${zq(item.marker.text)}与${zq(before.marker.text)}之间空出一个编号`,
                en: `${eq(item.marker.text)} leaves a number after ${eq(before.marker.text)}`,
              },
            },
          ],
        }),
    fix: {
      title: { zh: `补上编号${zq(want)}`, en: `Add the number ${eq(want)}` },
      edits: [{ start: at, end: at, newText: want }],
      safe: false,
    },
  };
}

export function finding(slip: NumberingSlip, text: string): RuleFinding {
  const { item, before, kind, expected, certain, oneForm } = slip;
  const m = item.marker;
  const { line } = item;
  const { head } = readingOf(line);
  const title = quoted(head.title);
  const seen = text.slice(line.start + m.start, line.start + head.titleStart).trim();
  const prev = before.marker.text;
  // a broken number, or one at another level, is written afresh in the form of the number before; a wrong one keeps its own
  const want = m.broken || kind === 'level' ? numberIn(before.marker, before.level, expected) : numberIn(m, item.level, expected);
  const span = { start: line.start + m.start, end: line.start + m.end };
  const safe = certain && (!m.broken || oneForm);
  const after = certain
    ? { zh: '', en: '' }
    : kind === 'level'
      ? { zh: '；若本文有意把它放在下一级，请保留原编号', en: '; keep it if the report means it one level down' }
      : kind === 'skip'
        ? {
            zh: '；若中间确有一项删去或漏写，请补上那一项或把其后的编号依次改正',
            en: '; if an item was dropped in between, restore it or renumber the items after it',
          }
        : { zh: '；其后的编号随之顺延，请一并核对', en: '; the numbers after it follow on from it: check them too' };
  const what = {
    repeat: { zh: '编号重复', en: 'Repeated number' },
    skip: { zh: '编号跳号', en: 'Skipped number' },
    back: { zh: '编号倒退', en: 'Number goes back' },
    broken: { zh: '编号残缺', en: 'Broken number' },
    level: { zh: '编号层级不对', en: 'Number at the wrong level' },
    lost: { zh: '缺少编号', en: 'Missing number' },
    damaged: { zh: '编号残缺', en: 'Broken number' },
  }[kind];
  return {
    span,
    message: {
      zh: `${what.zh}：${zq(prev)}之后是${zq(seen + title)}，按本文自身的编号顺序应为${zq(want)}${after.zh}`,
      en: `${what.en}: ${eq(seen + title)} comes after ${eq(prev)}; by the report's own numbering it should be ${eq(want)}${after.en}`,
    },
    fix: { title: { zh: `改为${zq(want)}`, en: `Change to ${eq(want)}` }, edits: [{ ...span, newText: want }], safe },
  };
}
