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
  summaryCleanSome: { zh: '已检查的 {files} 个文件未发现问题', en: 'no problems in the {files} file(s) checked' },
  summary: {
    zh: '✖ {total} 个问题（{errors} 个错误，{warnings} 个警告，{infos} 个提示），涉及 {withFindings}/{files} 个文件',
    en: '✖ {total} problem(s) ({errors} error(s), {warnings} warning(s), {infos} info), in {withFindings} of {files} file(s)',
  },
  paragraph: { zh: '（第 {paragraph} 段）', en: ' (paragraph {paragraph})' },
  pageLine: { zh: '（第 {page} 页第 {line} 行）', en: ' (page {page}, line {line})' },
  notChecked: { zh: '未检查：不像绩效自评报告（{reason}）', en: 'not checked: does not look like a self-evaluation report ({reason})' },
  notCheckedSummary: {
    zh: '✖ {count} 个文件未检查：不像绩效自评报告（原因见上；若是报告，请在开头写明标题或在前置元数据中写 template: <模板 id>）',
    en:
      '✖ {count} file(s) not checked: they do not look like self-evaluation reports ' +
      '(reasons above; if one is, give it its title or `template: <id>` in its front matter)',
  },
  verbosePrevious: { zh: '{file}：对照上年报告 {previous}', en: '{file}: held against last year’s report {previous}' },
  verbosePreviousUnsure: {
    zh: '{file}：未对照上年报告：同一目录中有 {count} 份上一年度的报告，单位名称未写明，无法确定哪份是本单位的（可用 --previous 指定，或在报告开头写明“评价单位：”）',
    en:
      '{file}: not held against last year’s report: the folder holds {count} reports of the year before and a unit is not ' +
      'written, so which is its own cannot be told (name it with --previous, or write 评价单位: at the report’s top)',
  },
  verboseReport: {
    zh: '{file}：按“{template}”检查（{choice}）；判为自评报告：{reason}',
    en: '{file}: checked as “{template}” ({choice}); a report because {reason}',
  },
  verboseNotReport: {
    zh: '{file}：不是绩效自评报告，未检查（{reason}）',
    en: '{file}: not a self-evaluation report, not checked ({reason})',
  },
  fixed: { zh: '已修复 {file}：{count} 处（{rules}）', en: 'Fixed {file}: {count} change(s) ({rules})' },
  fixedAndAligned: {
    zh: '已修复 {file}：{count} 处（{rules}），并对齐了 {tables} 个表格',
    en: 'Fixed {file}: {count} change(s) ({rules}), and lined up {tables} table(s)',
  },
  aligned: { zh: '已对齐 {file} 中的 {tables} 个表格', en: 'Lined up {tables} table(s) in {file}' },
  notFixed: { zh: '未修复 {file}：{reason}', en: 'Not fixed {file}: {reason}' },
  fixSummary: {
    zh: '--fix：已修复 {fixed} 个文件；{notFixed} 个文件有可修复的问题但未写入（原因见上）',
    en: '--fix: {fixed} file(s) fixed; {notFixed} file(s) had fixes that were not written (reasons above)',
  },
  unreadable: {
    zh: '✖ 另有 {count} 个文件或目录无法读取，未检查（原因见错误输出）',
    en: '✖ {count} more file(s) or folder(s) could not be read and were not checked (reasons on stderr)',
  },
  fileCounts: {
    zh: '{file}：{total} 个问题（{errors} 个错误，{warnings} 个警告，{infos} 个提示）',
    en: '{file}: {total} problem(s) ({errors} error(s), {warnings} warning(s), {infos} info)',
  },
  tooManyWarnings: {
    zh: '✖ {warnings} 个警告，超过 --max-warnings 允许的 {max} 个',
    en: '✖ {warnings} warning(s), more than the {max} --max-warnings allows',
  },
  progress: { zh: '已检查 {done}/{total}', en: 'checked {done}/{total}' },
  fixable: { zh: '其中 {count} 个可用 --fix 自动修复', en: '{count} of them can be fixed with --fix' },
  wrote: { zh: '已写入 {file}', en: 'Wrote {file}' },
  exportRefused: {
    zh: '未导出 {file}：报告有 {errors} 个错误（见上），改正后再导出，或用 --force 照样导出',
    en: 'Not exported {file}: the report has {errors} error(s) (above); correct them and export again, or use --force to export as it is',
  },
  exportNotReport: {
    zh: '未导出 {file}：不像绩效自评报告（{reason}）',
    en: 'Not exported {file}: it does not look like a self-evaluation report ({reason})',
  },
} as const;

type Key = Exclude<keyof typeof STRINGS, 'severity'>;

export function t(lang: Lang, key: Key, vars: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

export function severityName(lang: Lang, s: Severity): string {
  return STRINGS.severity[s][lang];
}
