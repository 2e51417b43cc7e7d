// An essay site's compilation (农田建设补助资金绩效评价报告(通用7篇)) heads each piece with the compilation's title and the
// piece's number; when the extraction glues that heading to the piece's first words (农田建设补助资金绩效评价报告1根据农业农村部…,
// 农田 20xx) the heading is the site's, not the report's. Read only in a text whose page names the compilation (its title
// with 通用/精选… N篇), and only for a number up to N followed by Chinese: the report's own title has no number glued to it.
import type { TextLine } from '../../parse/blocks.js';
import type { Report } from '../../model/report.js';
import type { RuleFinding } from '../rule.js';

/** A compilation's title: the words before (通用7篇), (精选10篇), 精品15篇 … and N. */
const COMPILATION =
  /^[ \u3000]*([^\s()（）]{4,40}?)(?:[（(](?:通用|精选|优秀|热门|推荐)([0-9]{1,3})篇[）)]|(?:精品|精选|通用|优秀|热门|推荐)([0-9]{1,3})篇)$/;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Titles read, at most: the test of each line against them stays bounded. */
const MAX_TITLES = 4;

/**
 * `furniture`: the indexes of the lines that are furniture (the compilation's title is, as the essay site's); the other
 * lines are read only in a text that names a compilation, so a keystroke elsewhere costs nothing more.
 */
export function essayPieceFindings(report: Report, furniture: readonly number[]): RuleFinding[] {
  const { lines } = report.parsed;
  const titles = new Map<string, number>();
  for (const at of furniture) {
    const text = (lines[at] as TextLine).text;
    if (titles.size >= MAX_TITLES) break;
    if (!text.includes('篇')) continue;
    const m = COMPILATION.exec(text);
    if (m) titles.set(m[1] as string, Number(m[2] ?? m[3]));
  }
  if (titles.size === 0) return [];
  const out: RuleFinding[] = [];
  for (const line of lines) {
    const text = line.text;
    for (const [title, count] of titles) {
      if (!text.startsWith(title)) continue;
      let i = title.length;
      while (isDigit(text.charCodeAt(i)) && i - title.length < 3) i++;
      const n = Number(text.slice(title.length, i));
      if (i === title.length || n < 1 || n > count || !/[\u4e00-\u9fa5]/.test(text[i] ?? '')) continue;
      const heading = text.slice(0, i);
      const span = { start: line.start, end: line.start + i };
      out.push({
        span,
        message: {
          zh: `范文网站汇编中第 ${n} 篇的标题“${heading}”粘在了正文开头，不属于报告内容：请删去`,
          en: `The essay site's heading of piece ${n} of its compilation (“${heading}”) is glued to the text's first words: delete it`,
        },
        fix: { title: { zh: `删去“${heading}”`, en: `Delete “${heading}”` }, edits: [{ ...span, newText: '' }], safe: false },
      });
      break;
    }
  }
  return out;
}
