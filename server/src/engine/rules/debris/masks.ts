// What a reposting or bidding-information site writes in place of what it hides from visitors who are
// not logged in: 点击查看>> where an amount was, (略) where a 文号's serial or a name was (bidcenter,
// 虎林 2021). The report's figures are gone, not only framed: the drafter must restore them from the
// source document. The markers are data (pasted-debris.json `masks`); an omission mark a report may
// write of its own (附表（略）) and the stars a site writes over names and figures (**市, read by
// leftover-instruction/star-masks.ts, which knows Markdown's bold from a mask) are read as masks here only in a text
// that shows an unmistakable one or the site's notice that it hides text (下文中****为隐藏内容, 茂名 2023: **市 where the
// city's name was); elsewhere leftover-instruction reports the stars, with no sign of who wrote them.
import data from '../pasted-debris.json' with { type: 'json' };
import type { TextLine } from '../../parse/blocks.js';
import type { RuleFinding } from '../rule.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import { pickedLines } from '../../parse/picked-lines.js';
import type { ChunkView } from '../../parse/chunks.js';
import { starMasks } from '../leftover-instruction/star-masks.js';

export interface Mask {
  start: number;
  end: number;
  strong: boolean;
  /** The site's notice that it hides text: makes the weak marks count, and is not itself a mask. */
  notice?: true;
}

const MARKERS = [
  ...data.masks.strong.map((text) => ({ text, strong: true, notice: false })),
  ...data.masks.weak.map((text) => ({ text, strong: false, notice: false })),
  ...data.masks.notices.map((text) => ({ text, strong: false, notice: true })),
];

/** The cheap test a line gets before it is read marker by marker (with the stars a site writes over names: star-masks.ts). */
export const ANY_MASK = new RegExp([...MARKERS.map((m) => escapeRegExp(m.text)), '\\*', '＊'].join('|'));

/** The site's own sign that it hides text: a link in place of what it hides, its notice, or two omission marks a space apart. */
const SIGN = new RegExp(
  [
    ...MARKERS.filter((m) => m.strong || m.notice).map((m) => m.text),
    ...data.masks.weak.flatMap((a) => data.masks.weak.map((b) => `${a} ${b}`)),
  ]
    .map(escapeRegExp)
    .join('|'),
);
const signLines = pickedLines((line) => SIGN.test(line.text), undefined, SIGN);

/**
 * Whether the text shows a site's sign that it hides text (点击查看>>, 点击登录查看, 下文中****为隐藏内容): its stars over names
 * and figures are then the site's masks, which pasted-debris reports; elsewhere leftover-instruction does (the corpus
 * convention of session 8: a mask with no sign of who masked it is read as a placeholder — write the name).
 */
export function siteHidesText(chunks: readonly ChunkView[]): boolean {
  let found = false;
  signLines(chunks, () => (found = true));
  return found;
}

/** The masks of a line: [start, end) in its text, in order; stars where a name or figure belongs are weak marks. */
export function masksIn(text: string): Mask[] {
  const out: Mask[] = starMasks(text).map((m) => ({ start: m.at, end: m.at + m.length, strong: false }));
  for (const { text: marker, strong, notice } of MARKERS) {
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length)) {
      out.push(notice ? { start: at, end: at + marker.length, strong, notice } : { start: at, end: at + marker.length, strong });
    }
  }
  out.sort((a, b) => a.start - b.start);
  // two omission marks a space apart (项目建设是迫 (略) (略) “就诊难…, 惠州 医院 2023 on a tender site): no report omits twice in a
  // row, a site hiding a name in two pieces does; both are the site's sign, as SIGN reads them
  for (let i = 1; i < out.length; i++) {
    const a = out[i - 1] as Mask;
    const b = out[i] as Mask;
    if (
      !a.notice &&
      !b.notice &&
      text[a.end] === ' ' &&
      b.start === a.end + 1 &&
      OMISSION.has(text.slice(a.start, a.end)) &&
      OMISSION.has(text.slice(b.start, b.end))
    )
      a.strong = b.strong = true;
  }
  return out;
}

const OMISSION = new Set(data.masks.weak);

/** Characters shown after a mask in the message. */
const SHOWN = 3;

export interface MaskedLine {
  line: TextLine;
  masks: Mask[];
}

/**
 * One finding per line that holds a mask, `masked` in document order; weak marks count only in a text with a
 * strong one or a notice. `furniture`: whether a line is furniture, deleted whole (the notice's own line).
 */
export function maskFindings(masked: MaskedLine[], furniture: (line: TextLine) => boolean): RuleFinding[] {
  const sure = masked.some((m) => m.masks.some((x) => x.strong || x.notice));
  const out: RuleFinding[] = [];
  for (const { line, masks } of masked) {
    if (furniture(line)) continue;
    const mine = masks.filter((x) => !x.notice && (sure || x.strong));
    if (mine.length === 0) continue;
    const first = mine[0] as Mask;
    const last = mine[mine.length - 1] as Mask;
    const quoted = [...new Set(mine.map((x) => line.text.slice(x.start, x.end)))].map((w) => `“${w}”`).join('');
    // where the first one stands, to be found in the line: the mask, the rest of a run of its mark, what follows (**市收到)
    let after = first.end;
    while (line.text[after] === line.text[first.end - 1]) after++;
    const shown = line.text.slice(first.start, after + SHOWN).trimEnd();
    out.push({
      span: { start: line.start + first.start, end: line.start + last.end },
      message: {
        zh: `转载网站用${quoted}遮住了原文（本行 ${mine.length} 处，如“${shown}”），原有的数字或文字不在了，这些字也不属于报告：请对照原文件补回`,
        en:
          `A reposting site hid the original text behind ${quoted} (${mine.length} on this line, as in “${shown}”): ` +
          'the figures or words are gone and the markers are not part of the report; restore them from the source document',
      },
    });
  }
  return out;
}
