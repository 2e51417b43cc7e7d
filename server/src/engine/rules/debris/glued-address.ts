// A book or essay site stamps its address in brackets after a piece of the text it serves (双高 2021:
// `1.项目经费足额到位(https://www.daowen.com)`): a bare site address, no page path, ending the line. A report that cites a
// site writes what it is just before the bracket (在县政府门户网站(www.…gov.cn)公开, 平台(…)): those are left.
import data from '../pasted-debris.json' with { type: 'json' };
import type { TextLine } from '../../parse/blocks.js';
import type { RuleFinding } from '../rule.js';

/** A bracketed bare address at the line's end (a final 。 or spaces allowed): bounded classes, no nested quantifier. */
const ADDRESS = /[(（](?:https?:\/\/)?(?:www\.)?[A-Za-z0-9-]{1,40}(?:\.[A-Za-z0-9-]{1,40}){1,4}\/?[)）][。.\s]{0,3}$/;
const NAMES = data.gluedAddress.names;

/**
 * A sharing site's source line run onto the text's last line (即墨 2017, a report flattened into one line: `…由财政部门直接拨付镇街。
 * 本文来源:https://www.wddqw.com/doc/….html`): the label and the page's address to the line's end.
 */
const SOURCE = /(?:本文来源|本文链接|本文地址|原文链接|原文地址)[:：][ \t]?https?:\/\/[A-Za-z0-9./_?=&%#~+-]{1,300}[ \t]*$/;

/** The bracketed address glued after the line's text: [start, end) in the line's text, or undefined. */
export function gluedAddress(text: string): [number, number] | undefined {
  if (!text.includes('www.') && !text.includes('://')) return undefined;
  const source = SOURCE.exec(text);
  if (source && /[\u4e00-\u9fa5]/.test(text.slice(0, source.index))) return [source.index, text.trimEnd().length];
  const m = ADDRESS.exec(text);
  if (!m) return undefined;
  const before = text.slice(0, m.index).trimEnd();
  // the address alone on its line is a masthead (model/furniture.json, address); a named site is the report's citation
  if (!/[\u4e00-\u9fa5]/.test(before) || NAMES.some((n) => before.endsWith(n))) return undefined;
  const bracket = m[0].replace(/[。.\s]+$/, '');
  return [m.index, m.index + bracket.length];
}

export function gluedAddressFinding(line: TextLine, [s, e]: [number, number]): RuleFinding {
  const address = line.text.slice(s, e);
  return {
    span: { start: line.start + s, end: line.start + e },
    message: {
      zh: `网站在文字后加的网址“${address}”，不属于报告内容：请删除`,
      en: `A web address a site stamped after the text (“${address}”), not part of the report: delete it`,
    },
    fix: {
      title: { zh: '删除网站加的网址', en: "Delete the site's address" },
      edits: [{ start: line.start + s, end: line.start + e, newText: '' }],
      safe: false,
    },
  };
}
