// The analysis engine's public surface. Imports neither `vscode` nor `vscode-languageserver`.
export { checkText, runRules, type CheckOptions, type CheckResult, type SeverityOverride } from './check.js';
export { buildReport, type Report } from './model/report.js';
export { lastYearsAmong, reportIdentity, sameUnit, type Identity } from './model/identity.js';
export { summaryFacts, type SummaryFacts } from './model/summary-facts.js';
export { applyEdits, compatibleFixes } from './fixes/apply.js';
export { renderNewReport, type InitValues } from './fixes/new-report.js';
export { RULES, RULE_IDS } from './rules/index.js';
export {
  checkOption,
  expectedValue,
  LEVELS,
  OPTION_KEYS,
  OPTIONS,
  OPTIONS_TITLE,
  optionDefaults,
  optionJsonSchema,
  type OptionKey,
  type OptionValues,
} from './options.js';
export { fixLabel, fixesLabel, REPOSITORY_URL, ruleDocUrl } from './rules/docs.js';
export { TemplateRegistry } from './template/registry.js';
export {
  loadTemplateFile,
  parseTemplate,
  templateFromData,
  BUILT_IN_DATA,
  builtinTemplates,
  TemplateError,
  DEFAULT_TEMPLATE_ID,
} from './template/load.js';
export { BoilerplateLibrary, boilerplateFromData, loadBoilerplateFile, type BoilerplateEntry } from './template/boilerplate.js';
export { MAX_DATA_FILE_BYTES, readDataFileAsync } from './template/read-file.js';
export type { Template, TemplateSection } from './template/template.js';
export { LineIndex, type Position } from './text/line-index.js';
export { nonRegularKind } from './text/file-kind.js';
export type { Finding, Fix, Lang, Localized, Severity, Span, TextEdit } from './types.js';
