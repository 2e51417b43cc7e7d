// Reading a JSON data file (a template, a boilerplate library) with errors that say where: the file,
// the field, the reason, and the line and column of the bad value or the broken syntax.
import { readFileSync } from 'node:fs';
import { findNodeAtLocation, parse, parseTree, type ParseError } from 'jsonc-parser';
import * as z from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';
import { LineIndex } from '../text/line-index.js';
import type { Lang } from '../types.js';

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

export function readDataFile(file: string): DataFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new TemplateError(file, '', `cannot read file (${code})`, undefined, `无法读取文件（${code}）`);
  }
  try {
    return { file, text, json: JSON.parse(text) };
  } catch (e) {
    // JSON.parse says what but not reliably where; the JSONC scanner finds the first error's offset
    const errors: ParseError[] = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false });
    const at = errors[0] ? positionAt(text, errors[0].offset) : undefined;
    const detail = (e as Error).message;
    throw new TemplateError(file, '', `not valid JSON: ${detail}`, at, `不是有效的 JSON：${detail}`);
  }
}

/** zod's messages in Chinese. */
const ZH = zhCN();

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
  const zh = schema.safeParse(json, { error: ZH.localeError }).error?.issues[0]?.message ?? issue.message;
  throw new TemplateError(file, fieldPath(path), issue.message, text === undefined ? undefined : locate(text, path), zh);
}

/** Where the value at `path` (or its nearest existing parent) starts in the JSON text. */
export function locate(text: string, path: (string | number)[]): FilePosition | undefined {
  const root = parseTree(text);
  if (!root) return undefined;
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (node) return positionAt(text, node.parent?.type === 'property' ? node.parent.offset : node.offset);
  }
  return undefined;
}

/** The engine's line index, counted from 1 as editors print positions. */
function positionAt(text: string, offset: number): FilePosition {
  const p = new LineIndex(text).positionAt(offset);
  return { line: p.line + 1, column: p.character + 1 };
}
