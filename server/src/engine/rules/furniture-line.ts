// A line of page furniture or spam (a sharing site's terms ending 侵权必究。。, 丰泽; 精品水蜜桃久久久久久久, 湘阴 2023)
// is deleted whole (pasted-debris): no slip of writing in it is the drafter's, so the surface rules (typo,
// repeated-word) say nothing of it. Asked only of a line where a surface rule found something.
import { furnitureOf, hasFurnitureWord, spamIn } from '../model/furniture.js';
import { blurbEnd } from './debris/blurb-end.js';

export function furnitureLine(text: string): boolean {
  return hasFurnitureWord(text) && (furnitureOf(text) !== undefined || spamIn(text).length > 0);
}

/** The kinds of furniture a sharing or essay site wraps a document in: its record, banner, file names and blurb. */
const SITE_KINDS = new Set(['doc-site', 'essay-site']);

/**
 * A line that is a sharing or essay site's wrapper and nothing else (`xxx中医院…报告.doc_第1页`): what it names, the uploader
 * wrote, not the drafter. A form's contact line (联系电话：____) is furniture of a page's footer, and the drafter's blank; a
 * wrapper run into the report's text (`…(精选11篇)1根据县财政局关于开展20xx年…`, 南江 档案馆) holds the drafter's words too.
 */
export function siteLine(text: string): boolean {
  if (!hasFurnitureWord(text)) return false;
  const found = furnitureOf(text);
  return found !== undefined && found.kinds.some((k) => SITE_KINDS.has(k.id)) && blurbEnd(text, found) === undefined;
}

/**
 * Where the drafter's text of a line starts: 0 on a line of the report, the line's end on furniture, and after the blurb
 * on an essay site's blurb run into the report's title (debris/blurb-end.ts), where the rest of the line is the report's.
 */
function drafterFrom(text: string): number {
  if (!hasFurnitureWord(text)) return 0;
  const found = furnitureOf(text);
  if (!found) return spamIn(text).length > 0 ? text.length : 0;
  return blurbEnd(text, found) ?? text.length;
}

const NOTHING: readonly never[] = [];

/** What a surface rule found on a line (`at`: offsets in the line) that is the drafter's: none on furniture (drafterFrom). */
export function drafters<T extends { at: number }>(text: string, found: readonly T[]): readonly T[] {
  if (found.length === 0) return found;
  const from = drafterFrom(text);
  return from === 0 ? found : from >= text.length ? NOTHING : found.filter((h) => h.at >= from);
}
