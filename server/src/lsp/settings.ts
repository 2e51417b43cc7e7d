// The `jixiao.*` settings as the server uses them, with defaults and validation. Values come from
// the client through workspace/configuration; anything malformed falls back to the default and is
// reported, never thrown.
//
// Where a path setting came from matters: a folder's own .vscode/settings.json may only name files
// inside the workspace (a cloned repository must not make the server read ~/.ssh or /etc/shadow),
// while the drafter's user settings may name any file. workspace/configuration answers with values
// only, so the VS Code client adds USER_LEVEL_KEY (shared/configuration.ts), the path settings whose value is the user's own
// (client/src/settings-origin.ts, which always sets it, so a folder cannot). A client that does not
// say is taken to give workspace-level values: the safe reading.
import { USER_LEVEL_KEY, type PathSetting } from '../../../shared/configuration.js';
import { RULE_IDS, type Lang, type SeverityOverride } from '../engine/index.js';

export interface Settings {
  enable: boolean;
  defaultTemplate: string;
  templates: string[];
  /** Boilerplate library files (JSON): the office's own wording for completions. */
  boilerplate: string[];
  /** Path settings set in user settings, whose files may be outside the workspace. */
  userLevel: Set<PathSetting>;
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
  userLevel: new Set(),
  rules: {},
  executionThreshold: 90,
  language: 'auto',
  maxDocumentSize: 10,
};

const LEVELS = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Unknown rule ids named in one problem: the first few, and how many there are. */
const SHOWN_IDS = 5;
const MAX_ID_SHOWN = 40;

export interface SettingsProblem {
  zh: string;
  en: string;
}

/** Reads raw configuration into Settings, collecting what was wrong with it. */
export function readSettings(raw: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const s: Settings = { ...DEFAULT_SETTINGS, rules: {}, templates: [], boilerplate: [], userLevel: new Set() };
  if (raw === null || typeof raw !== 'object') return { settings: s, problems };
  const r = raw as Record<string, unknown>;
  if (typeof r.enable === 'boolean') s.enable = r.enable;
  if (typeof r.defaultTemplate === 'string' && r.defaultTemplate) s.defaultTemplate = r.defaultTemplate;
  if (Array.isArray(r.templates)) s.templates = r.templates.filter((t): t is string => typeof t === 'string' && t.length > 0);
  if (Array.isArray(r.boilerplate)) s.boilerplate = r.boilerplate.filter((t): t is string => typeof t === 'string' && t.length > 0);
  const userLevel = r[USER_LEVEL_KEY];
  if (Array.isArray(userLevel)) for (const key of ['templates', 'boilerplate'] as const) if (userLevel.includes(key)) s.userLevel.add(key);
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
    const unknown: string[] = [];
    for (const [id, level] of Object.entries(r.rules as Record<string, unknown>)) {
      if (!RULE_IDS.has(id)) unknown.push(id);
      else if (typeof level !== 'string' || !LEVELS.has(level)) {
        problems.push({ zh: `设置 jixiao.rules.${id} 的级别“${String(level)}”无效，应为 error / warning / information / hint / off`, en: `jixiao.rules.${id}: "${String(level)}" is not one of error, warning, information, hint, off` });
      } else s.rules[id] = level as SeverityOverride;
    }
    if (unknown.length > 0) problems.push(unknownRules(unknown));
  }
  return { settings: s, problems };
}

/** One problem for every unknown rule id (a pasted list of 20,000 is one mistake, not 20,000). */
function unknownRules(ids: string[]): SettingsProblem {
  const clip = (id: string): string => (id.length > MAX_ID_SHOWN ? `${id.slice(0, MAX_ID_SHOWN)}…` : id);
  const shown = ids.slice(0, SHOWN_IDS).map(clip);
  const rules = [...RULE_IDS];
  if (ids.length === 1) {
    return { zh: `设置 jixiao.rules 中的规则“${shown[0]}”不存在（可用：${rules.join('、')}）`, en: `jixiao.rules names an unknown rule "${shown[0]}" (rules: ${rules.join(', ')})` };
  }
  const more = ids.length > SHOWN_IDS;
  return {
    zh: `设置 jixiao.rules 中有 ${ids.length} 个规则不存在：${shown.map((id) => `“${id}”`).join('、')}${more ? '等' : ''}（可用：${rules.join('、')}）`,
    en: `jixiao.rules names ${ids.length} unknown rules: ${shown.map((id) => `"${id}"`).join(', ')}${more ? ', …' : ''} (rules: ${rules.join(', ')})`,
  };
}

export function messageLang(settings: Settings, clientLocale: string | undefined): Lang {
  if (settings.language === 'en') return 'en';
  if (settings.language === 'zh-cn') return 'zh';
  return (clientLocale ?? 'zh-cn').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
