// The CLI's own words, in both languages. Findings carry their own messages.
import type { Lang, Severity } from '../engine/index.js';

const STRINGS = {
  severity: {
    error: { zh: '错误', en: 'error' },
    warning: { zh: '警告', en: 'warning' },
    information: { zh: '提示', en: 'info' },
    hint: { zh: '建议', en: 'hint' },
  },
  summaryClean: { zh: '✔ 已检查 {files} 个文件，未发现问题', en: '✔ {files} file(s) checked, no problems' },
  summary: {
    zh: '✖ {total} 个问题（{errors} 个错误，{warnings} 个警告，{infos} 个提示），涉及 {withFindings}/{files} 个文件',
    en: '✖ {total} problem(s) ({errors} error(s), {warnings} warning(s), {infos} info), in {withFindings} of {files} file(s)',
  },
  notReport: { zh: '（不是绩效自评报告，未检查）', en: '(not a self-evaluation report; not checked)' },
  fixed: { zh: '已修复 {file}：{count} 处（{rules}）', en: 'Fixed {file}: {count} change(s) ({rules})' },
  fixSkippedLink: { zh: '未修复 {file}：这是符号链接，--fix 不写入链接', en: 'Not fixed {file}: it is a symbolic link; --fix does not write through links' },
  fixable: { zh: '其中 {count} 个可用 --fix 自动修复', en: '{count} of them can be fixed with --fix' },
  wrote: { zh: '已写入 {file}', en: 'Wrote {file}' },
} as const;

type Key = Exclude<keyof typeof STRINGS, 'severity'>;

export function t(lang: Lang, key: Key, vars: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

export function severityName(lang: Lang, s: Severity): string {
  return STRINGS.severity[s][lang];
}
