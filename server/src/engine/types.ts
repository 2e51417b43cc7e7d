// Shared shapes of the engine's output. Offsets are UTF-16 code-unit offsets into the document text,
// the unit both JavaScript strings and LSP positions use.

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A text in both languages the tool speaks; Chinese is the primary one. */
export interface Localized {
  zh: string;
  en: string;
}

export type Lang = 'zh' | 'en';

export interface Span {
  start: number;
  end: number;
}

export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  title: Localized;
  edits: TextEdit[];
  /** Safe fixes are applied by `jixiao check --fix` and `source.fixAll`; others only on request. */
  safe: boolean;
}

export interface RelatedInfo {
  span: Span;
  message: Localized;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  span: Span;
  message: Localized;
  fix?: Fix;
  related?: RelatedInfo[];
}
