// The file's name and the document's own title naming the same report under two years: a document-sharing page gives
// the file as `《重庆市梁平区林业局2022年度部门整体绩效自评表.docx》` while the document inside is headed
// `重庆市梁平区林业局2023年度部门整体绩效自评表` (梁平 林业 2023). Word for word the same but the year: one of the two was
// left from last year's file. Part of year-consistency.
import type { Report } from '../../model/report.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import type { RuleFinding } from '../rule.js';

/** How far into the text the file's name and the title are looked for. */
const HEAD = 3000;
/** A file's extension after its name. */
const EXTENSION = /\.(?:docx?|pdf|wps)/;
/** The name's year, the last before the extension on its line (at most this far before it). */
const NAME_REACH = 60;
const YEAR = /(?:19|20)\d{2}/g;
/** How much of the name either side of the year must be the same in the title: enough to be the same report's name. */
const SIDE = 6;
/** At the least (a name that starts its line: 某市林业局2022年度…). */
const MIN_SIDE = 4;
/** What cannot be in a name's side (the page around it). */
const NOT_NAME = /[\s《》<>|/\\]/;

export function fileNameYear(report: Report): RuleFinding[] {
  const from = report.frontMatter.end;
  const head = report.text.slice(from, from + HEAD);
  // (a native test first: most reports name no file)
  const ext = head.search(EXTENSION);
  if (ext < 0) return [];
  const lineStart = head.lastIndexOf('\n', ext) + 1;
  const name = head.slice(Math.max(lineStart, ext - NAME_REACH), ext);
  let year: RegExpExecArray | undefined;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(name); m; m = YEAR.exec(name)) year = m;
  if (!year || /\d/.test(name[year.index - 1] ?? '')) return [];
  const before = name.slice(Math.max(0, year.index - SIDE), year.index);
  const after = name.slice(year.index + 4, year.index + 4 + SIDE);
  if (before.length < MIN_SIDE || after.length < MIN_SIDE || NOT_NAME.test(before + after)) return [];
  // the same name with another year, in the text after the file name's line, and itself no file's name
  const nextLine = head.indexOf('\n', ext);
  if (nextLine < 0) return [];
  const same = new RegExp(`${escapeRegExp(before)}((?:19|20)\\d{2})${escapeRegExp(after)}`, 'g');
  const body = head.slice(nextLine);
  for (let m = same.exec(body); m; m = same.exec(body)) {
    const y = Number(m[1]);
    if (y === Number(year[0])) continue;
    const rest = body.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (/^[^\n《》]*?\.(?:docx?|pdf|wps)/.test(rest)) continue;
    const at = from + nextLine + m.index + before.length;
    return [
      {
        severity: 'warning',
        span: { start: at, end: at + 4 },
        message: {
          zh:
            `标题写的是 ${y} 年，而文件名「${name.slice(Math.max(0, year.index - SIDE))}」写的是 ${year[0]} 年，其余字句相同：` +
            '两处必有一处沿用了往年的年份，请核对后统一',
          en:
            `The title says ${y} but the file's name, otherwise the same, says ${year[0]}: one of the two was left from an ` +
            'earlier year; check and make them agree',
        },
      },
    ];
  }
  return [];
}
