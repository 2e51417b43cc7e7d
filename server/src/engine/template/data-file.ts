// Parsing a JSON data file (a template, a boilerplate library) with errors that say where: the file,
// the field, the reason, and the line and column of the bad value or the broken syntax. A message
// never quotes the file's text (V8's JSON.parse messages do: the first characters of whatever the path
// named), and nesting is bounded before anything recursive (the parser, zod's lazy sections, the
// template builder) walks the data.
import { findNodeAtLocation, parse, parseTree, type Node, type ParseError } from 'jsonc-parser';
import * as z from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';
import { LineIndex } from '../text/line-index.js';
import { once } from '../text/once.js';
import type { Lang } from '../types.js';

/** Far more than any outline needs (four section levels nest about 12 deep), far less than a stack overflow. */
export const MAX_JSON_DEPTH = 64;

/** 1-based, as editors and compilers print them. */
export interface FilePosition {
  line: number;
  column: number;
}

/** A data file that cannot be used; `message` is in English, `describe` in either language. */
export class TemplateError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly reason: string,
    readonly at?: FilePosition,
    /** The reason in Chinese. */
    readonly reasonZh: string = reason,
  ) {
    super(`${file}${at ? `:${at.line}:${at.column}` : ''}: ${field ? `${field}: ` : ''}${reason}`);
    this.name = 'TemplateError';
  }

  /** The field and the reason, in the user's language. */
  what(lang: Lang): string {
    return `${this.field ? `${this.field}: ` : ''}${lang === 'zh' ? this.reasonZh : this.reason}`;
  }

  /** file:line:column: field: reason, in the user's language. */
  describe(lang: Lang): string {
    return `${this.file}${this.at ? `:${this.at.line}:${this.at.column}` : ''}: ${this.what(lang)}`;
  }
}

export interface DataFile {
  file: string;
  /** The text as read, without a BOM. */
  text: string;
  json: unknown;
}

/** What jsonc-parser's error codes (1–16) mean, in both languages: said instead of quoting the text. */
const SYNTAX: Record<number, [en: string, zh: string]> = {
  1: ['an unexpected symbol', '出现了意外的符号'],
  2: ['a malformed number', '数字格式不对'],
  3: ['a property name was expected', '此处应为属性名'],
  4: ['a value was expected', '此处应为一个值'],
  5: ['a colon was expected', '此处应为冒号'],
  6: ['a comma was expected', '此处应为逗号'],
  7: ['a closing brace } was expected', '此处应为右花括号 }'],
  8: ['a closing bracket ] was expected', '此处应为右方括号 ]'],
  9: ['the text goes on after the end of the JSON value', 'JSON 值结束后还有内容'],
  10: ['comments are not allowed', '不允许注释'],
  11: ['a comment is not closed', '注释没有结束'],
  12: ['a string is not closed', '字符串没有结束'],
  13: ['a number is cut short', '数字不完整'],
  14: ['a malformed \\u escape', '\\u 转义格式不对'],
  15: ['an invalid escape character', '转义字符无效'],
  16: ['a character not allowed here (a control character in a string?)', '此处不允许该字符（字符串中有控制字符？）'],
};

/** Parses the text of a data file; throws TemplateError placed at the first syntax error or the excess nesting. */
export function parseDataText(file: string, raw: string): DataFile {
  const text = raw.replace(/^\uFEFF/, '');
  const tooDeep = depthOverflow(text, MAX_JSON_DEPTH);
  if (tooDeep !== undefined) {
    throw new TemplateError(
      file,
      '',
      `nested more than ${MAX_JSON_DEPTH} levels deep (braces and brackets); a template needs a dozen or so`,
      positionAt(text, tooDeep),
      `嵌套超过 ${MAX_JSON_DEPTH} 层（花括号和方括号），模板通常只需十几层`,
    );
  }
  try {
    return { file, text, json: JSON.parse(text) };
  } catch {
    // JSON.parse's message quotes the text; the JSONC scanner says what and where without quoting
    const errors: ParseError[] = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const [en, zh] = (first && SYNTAX[first.error]) ?? ['a syntax error', '语法错误'];
    throw new TemplateError(
      file,
      '',
      `not valid JSON: ${en}`,
      first ? positionAt(text, first.offset) : undefined,
      `不是有效的 JSON：${zh}`,
    );
  }
}

/** The offset of the first `{` or `[` nested deeper than `max` (strings skipped), if any: one pass, no recursion. */
export function depthOverflow(text: string, max: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return undefined;
}

/** zod's messages in Chinese, built when a file is wrong (see text/once.ts). */
const zhMessages = once(() => zhCN());

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}

/**
 * Validates parsed JSON against a zod schema; throws TemplateError naming the first bad field, placed
 * at that field's value in the text when the text is known (the value's parent when it is missing).
 */
export function validateData<T>(schema: z.ZodType<T>, json: unknown, file: string, text?: string): T {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0] as z.core.$ZodIssue;
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  // the same check with zod's Chinese messages (only when the file is wrong, so the cost is no matter)
  const zh = schema.safeParse(json, { error: zhMessages().localeError }).error?.issues[0]?.message ?? issue.message;
  throw new TemplateError(file, fieldPath(path), issue.message, text === undefined ? undefined : locator(text)(path), zh);
}

/**
 * Finds where values start in one JSON text: the tree and the line index are built once, so placing
 * every entry of a 2,000-entry library is linear, not 2,000 parses.
 */
export function locator(text: string): (path: (string | number)[]) => FilePosition | undefined {
  let tree: { root: Node | undefined } | undefined;
  let lines: LineIndex | undefined;
  return (path) => {
    const root = (tree ??= { root: parseTree(text) }).root;
    if (!root) return undefined;
    for (let n = path.length; n >= 0; n--) {
      const node = findNodeAtLocation(root, path.slice(0, n));
      if (node)
        return positionAt(text, node.parent?.type === 'property' ? node.parent.offset : node.offset, (lines ??= new LineIndex(text)));
    }
    return undefined;
  };
}

/** The engine's line index, counted from 1 as editors print positions. */
function positionAt(text: string, offset: number, lines = new LineIndex(text)): FilePosition {
  const p = lines.positionAt(offset);
  return { line: p.line + 1, column: p.character + 1 };
}
