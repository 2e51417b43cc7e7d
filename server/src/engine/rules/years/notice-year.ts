// The notice a report cites as its ground calling the self-evaluation of an earlier year than the one the same sentence
// says was evaluated (made-up blind text, red team s23: a 2022 report, 根据《云岭县财政局关于开展2021年度项目支出绩效自评
// 工作的通知》（云财绩〔2023〕3号）要求，我局对2022年度…项目开展了绩效自评): last year's notice title left in the sentence.
// Read only where the sentence itself names the evaluation year's self-evaluation after the title, within GAP years, and
// says nothing that sets the old notice beside it on purpose (参照, 沿用, 上年). Part of year-consistency.
import { evaluationYear, recognisedTitleYear } from '../../model/filed-date.js';
import type { Report } from '../../model/report.js';
import { numberedList, pickedNumbered } from '../../parse/picked-lines.js';
import type { RuleFinding } from '../rule.js';
import { compact } from './own-year.js';

/** The year a notice's title calls a self-evaluation of: 开展 / 做好 / 组织 … Y年度 … 自评. */
const EVALUATED = /(?:开展|做好|组织)((?:19|20)\d{2})年度?/;
const SELF_EVALUATION = /自评/;
const NOT_AFTER_THE_YEAR = /事前|监控|目标申报|重点评价|再评价/;
/** Words that set an older notice beside this year's on purpose. */
const ON_PURPOSE = /参照|参考|沿用|继续|延续|上年|去年|往年|以往|同时|以及|和《|及《|、《/;
/** The longest cited title read. */
const LONGEST_TITLE = 80;
/** How far after the title the sentence is read for the evaluation year's self-evaluation. */
const AFTER = 90;
/** How many years before the evaluation year a notice's year is read (older is history). */
const GAP = 2;
/** How far before the title the sentence is read for words that name the old notice on purpose (参照《…》). */
const BEFORE = 40;
/** Findings at most per report: a page of thousands of such sentences is told by the first. */
const MAX_FINDINGS = 100;
/**
 * The sentences that cite a title calling a year's self-evaluation (a year is a number: among the sentences with
 * numbers), kept per chunk: asked on every keystroke, they are a handful of a report's tens of thousands.
 */
const citing = numberedList(pickedNumbered((s) => s.text.includes('《') && EVALUATED.test(s.text), /自评/));

export function staleNoticeTitles(report: Report): RuleFinding[] {
  // the evaluation year however the report names it: its 评价年度 field or its title's year
  const ev = evaluationYear(report)?.year ?? recognisedTitleYear(report);
  if (!ev) return [];
  const own = new RegExp(`(?:对${ev}年度[^。；;《]{0,40}?(?:开展|进行)了?[^。；;《]{0,8}?自评|开展了?${ev}年度[^。；;《]{0,30}?自评)`);
  const out: RuleFinding[] = [];
  const from = report.frontMatter.end;
  for (const s of citing(report.numbered, report.chunks)) {
    if (out.length >= MAX_FINDINGS) break;
    if (s.end <= from) continue;
    const t = s.text;
    for (let open = t.indexOf('《'); open >= 0; open = t.indexOf('《', open + 1)) {
      const close = t.indexOf('》', open);
      if (close < 0 || close - open > LONGEST_TITLE) break;
      const title = t.slice(open + 1, close);
      const m = EVALUATED.exec(title);
      if (!m || !SELF_EVALUATION.test(title.slice(m.index)) || NOT_AFTER_THE_YEAR.test(title)) continue;
      const y = Number(m[1]);
      if (y >= ev || y < ev - GAP) continue;
      const after = t.slice(close + 1, close + 1 + AFTER);
      if (ON_PURPOSE.test(t.slice(Math.max(0, open - BEFORE), close + 1) + after) || !own.test(compact(after))) continue;
      const at = s.start + open + 1 + m.index + m[0].indexOf(m[1] as string);
      if (out.length >= MAX_FINDINGS) break;
      out.push({
        severity: 'warning',
        span: { start: at, end: at + 4 },
        message: {
          zh:
            `所依据的通知是开展 ${y} 年度自评的，而同一句说本次评价的是 ${ev} 年度：是否沿用了往年报告里的通知名称？` +
            `请核对并改为布置 ${ev} 年度自评的通知`,
          en:
            `The notice cited calls the self-evaluation of ${y}, while the same sentence says ${ev} was evaluated: was last ` +
            `year's notice title copied? Check it and cite the notice that called the ${ev} self-evaluation`,
        },
      });
    }
  }
  return out;
}
