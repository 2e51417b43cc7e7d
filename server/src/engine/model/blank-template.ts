// A blank template published as it was sent out, not a unit's report: an outline for drafters with its note (***项目绩效
// 自评报告 / (主管部门自评提纲), then headings each followed by what to write, 说明项目…), or a form's instructions (项目支出绩效
// 自评表, then 指标说明: 1、年初设定目标:…). Its title names a self-evaluation as a report's does; what tells it is the note or
// the instructions' label among the first lines, or a form's header left empty (项目名称:承担单位:), with not one amount, rate or
// dated month in the text: a unit that filled the template in wrote its figures, and a report keeping the template's note
// (…自评报告(参考格式)) with its figures is still a report.
import type { TextLine } from '../parse/blocks.js';
import { lineMemo } from '../parse/line-memo.js';
import { isFurniture, titleReading } from './recognise.js';
import type { Recognition } from './recognise.js';
import WORDS from './recognition.json' with { type: 'json' };

const { notes, labels, firstLines, longestNote, bodyChars, emptyFields } = WORDS.blankTemplate;
/**
 * A figure with a unit of money or a per cent, or a date with its month (填报日期 2024年 2月26日): what a filled report writes
 * and a blank template does not (平泉检察院 2023 kept the outline's `(参考提纲)` over its own text, its figures past the excerpt's end).
 */
const FILLED = /[0-9０-９](?:[.,，][0-9]+)?\s{0,2}(?:万元|亿元|元|%|％)|[0-9]{4}\s{0,2}年\s{0,2}[0-9]{1,2}\s{0,2}月/;
const BRACKETS = /^[（(【[]|[）)】\]]$/g;
const SENTENCE = /[。；;！？]/;
/** What parts a line's pieces: spaces, and the ? a mirror writes for a character it lost. */
const PIECE = /[\s?？]+/;
/** How much of a line's start is read for the note: a title with its glosses (績(jī)效) and a mirror's lost character. */
const HEAD = 200;

const isNote = (piece: string): boolean =>
  piece.length > 0 && piece.length <= longestNote && !SENTENCE.test(piece) && notes.some((n) => piece.endsWith(n));

/**
 * The line itself when it is a template's note or opens on the instructions' label, else null: read once per line object
 * (asked of the first lines on every keystroke), and of the line's head only (a flattened text's first line may hold it all).
 */
const noteOf = lineMemo((line: TextLine): string | null => {
  const text = line.text.slice(0, HEAD).trim();
  const plain = titleReading(text).replace(BRACKETS, '');
  if (labels.some((l) => plain.startsWith(l) && /^(?:[:：]|$)/.test(plain.slice(l.length)))) return text;
  // a piece of the line (a sharing site runs the title into the body after a ? or a space) that is the note
  return text.split(PIECE).some((piece) => isNote(titleReading(piece).replace(BRACKETS, ''))) ? text : null;
});

/** The template's note or the instructions' label, when the text is a blank template; undefined for any other text. */
export function blankTemplate(lines: readonly TextLine[]): string | undefined {
  let found: string | undefined;
  let seen = 0;
  for (const line of lines) {
    // a sharing site's banner and page marks above the title are not the template's first lines (双高学校 on a
    // sharing site, set 23: 23 lines of them, then the title and `(参考提纲)`)
    if (line.text.trim() === '' || isFurniture(line)) continue;
    if (++seen > firstLines) break;
    found = noteOf(line) ?? undefined;
    if (found) break;
  }
  // the lines read for an empty header are kept per line: most reports have neither, and are not read for figures
  found ??= emptyForm(lines);
  if (!found) return undefined;
  // one figure with its unit or one date anywhere in the first bodyChars characters: filled in, a report
  let read = 0;
  for (const line of lines) {
    // read through a mirror's traditional characters and glosses (xx4萬元 is 4万元)
    if (FILLED.test(titleReading(line.text))) return undefined;
    read += line.text.length + 1;
    if (read > bodyChars) break;
  }
  return found;
}

/**
 * A form's header with its fields left empty, one label right after another (`项目名称:承担单位:(盖章)`, the blank 自评表 of a
 * notice's 附件3 on a sharing site; `单位名称:填报日期:项目名称…`), in the first bodyChars characters: with no figure anywhere,
 * a form sent out to be filled in. A unit's report fills its header, or writes its figures below an empty one.
 */
function emptyForm(lines: readonly TextLine[]): string | undefined {
  let read = 0;
  for (const line of lines) {
    const fields = emptyFieldsOf(line);
    if (fields) return fields;
    read += line.text.length + 1;
    if (read > bodyChars) break;
  }
  return undefined;
}

const FIELD = new RegExp(`(${emptyFields.labels.join('|')})[:：]\\s*(?=${emptyFields.labels.join('|')}|[（(]盖章[）)]|$)`, 'g');

/** The same field as a table's row lays it out: the label's cell, then an empty cell (`项目名称 | | 项目单位 | |`). */
const CELL = new RegExp(`(?:^|\\|)\\s*(${emptyFields.labels.join('|')})\\s*\\|[ \\t\u3000]*(?=\\||$)`, 'g');

/** The empty fields of a line, as written (项目名称:承担单位:), when it holds at least emptyFields.least of them; else null. */
const emptyFieldsOf = lineMemo((line: TextLine): string | null => {
  const colon = line.text.includes(':') || line.text.includes('：');
  const cells = line.text.includes('|');
  if (!colon && !cells) return null;
  const names = new Set<string>();
  if (colon) for (const m of line.text.matchAll(FIELD)) names.add(m[1] as string);
  if (cells) for (const m of line.text.matchAll(CELL)) names.add(m[1] as string);
  return names.size >= emptyFields.least ? [...names].map((n) => `${n}:`).join('') : null;
});

export function byBlankTemplate(note: string): Recognition {
  return {
    isReport: false,
    reason: {
      zh: `开头的“${note}”说明这是空白的模板或填表说明，文中没有填写任何金额或比率：不是单位的自评报告`,
      en:
        `“${note}” near the start says this is a blank template or form instructions, with no amount or rate filled in: ` +
        "not a unit's self-evaluation",
    },
  };
}
