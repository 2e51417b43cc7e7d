// The `jixiao.*` settings as the server uses them, with defaults and validation. Values come from
// the client through workspace/configuration; anything malformed falls back to the default and is
// reported, never thrown.
import { RULE_IDS, type Lang, type SeverityOverride } from '../engine/index.js';

export interface Settings {
  enable: boolean;
  defaultTemplate: string;
  templates: string[];
  /** Boilerplate library files (JSON): the office's own wording for completions. */
  boilerplate: string[];
  rules: Record<string, SeverityOverride>;
  executionThreshold: number;
  language: 'auto' | 'zh-cn' | 'en';
  /** Megabytes above which only the structure is checked. */
  maxDocumentSize: number;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  defaultTemplate: 'gd-department-overall',
  templates: [],
  boilerplate: [],
  rules: {},
  executionThreshold: 90,
  language: 'auto',
  maxDocumentSize: 10,
};

const LEVELS = new Set(['error', 'warning', 'information', 'hint', 'off']);

export interface SettingsProblem {
  zh: string;
  en: string;
}

/** Reads raw configuration into Settings, collecting what was wrong with it. */
export function readSettings(raw: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const s: Settings = { ...DEFAULT_SETTINGS, rules: {}, templates: [], boilerplate: [] };
  if (raw === null || typeof raw !== 'object') return { settings: s, problems };
  const r = raw as Record<string, unknown>;
  if (typeof r.enable === 'boolean') s.enable = r.enable;
  if (typeof r.defaultTemplate === 'string' && r.defaultTemplate) s.defaultTemplate = r.defaultTemplate;
  if (Array.isArray(r.templates)) s.templates = r.templates.filter((t): t is string => typeof t === 'string' && t.length > 0);
  if (Array.isArray(r.boilerplate)) s.boilerplate = r.boilerplate.filter((t): t is string => typeof t === 'string' && t.length > 0);
  if (typeof r.executionThreshold === 'number' && r.executionThreshold >= 0 && r.executionThreshold <= 100) s.executionThreshold = r.executionThreshold;
  else if (r.executionThreshold !== undefined && r.executionThreshold !== null) {
    const given = JSON.stringify(r.executionThreshold);
    problems.push({
      zh: `设置 jixiao.executionThreshold 应为 0–100 的数字，而不是 ${given}，已使用默认值 90`,
      en: `jixiao.executionThreshold must be a number from 0 to 100, not ${given}; using 90`,
    });
  }
  if (r.language === 'zh-cn' || r.language === 'en' || r.language === 'auto') s.language = r.language;
  if (typeof r.maxDocumentSize === 'number' && r.maxDocumentSize > 0) s.maxDocumentSize = r.maxDocumentSize;
  if (r.rules && typeof r.rules === 'object') {
    for (const [id, level] of Object.entries(r.rules as Record<string, unknown>)) {
      if (!RULE_IDS.has(id)) {
        problems.push({ zh: `设置 jixiao.rules 中的规则“${id}”不存在（可用：${[...RULE_IDS].join('、')}）`, en: `jixiao.rules names an unknown rule "${id}" (rules: ${[...RULE_IDS].join(', ')})` });
      } else if (typeof level !== 'string' || !LEVELS.has(level)) {
        problems.push({ zh: `设置 jixiao.rules.${id} 的级别“${String(level)}”无效，应为 error / warning / information / hint / off`, en: `jixiao.rules.${id}: "${String(level)}" is not one of error, warning, information, hint, off` });
      } else s.rules[id] = level as SeverityOverride;
    }
  }
  return { settings: s, problems };
}

export function messageLang(settings: Settings, clientLocale: string | undefined): Lang {
  if (settings.language === 'en') return 'en';
  if (settings.language === 'zh-cn') return 'zh';
  return (clientLocale ?? 'zh-cn').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
