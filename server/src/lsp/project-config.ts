// A document's settings with its project config file over them (config/: the nearest `.jixiaorc.json` or
// `jixiao.config.json`, as the CLI reads it). Precedence, as markdownlint's: an option the file sets wins
// over the VS Code settings (rules merged rule by rule, the file's level winning), since the file is what
// the whole office and its CI check with; what it does not set, and the editor-only options (enable,
// language, previousReport), come from the settings. Templates and boilerplate libraries named in a
// config file are used by the CLI; the editor takes its own from jixiao.templates / jixiao.boilerplate.
// In an untrusted workspace no config file is read. Each merged object is kept (per settings object and
// config), so a document's analysis stays cached across keystrokes (analysis.ts compares settings by identity).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigCache } from '../config/cache.js';
import type { ProjectConfig } from '../config/read.js';
import type { Settings } from './settings.js';

/** The options a config file sets that the editor applies (templates and boilerplate: see above). */
const APPLIED = ['defaultTemplate', 'region', 'executionThreshold', 'maxDocumentSize'] as const;

export class ProjectSettings {
  private configs = new ConfigCache();
  private merged = new WeakMap<Settings, Map<Readonly<ProjectConfig>, Settings>>();
  private seen = new Set<Readonly<ProjectConfig>>();

  /** `found` is told of each config file read since the last clear (to announce its problems, to watch its files). */
  constructor(private readonly found: (config: Readonly<ProjectConfig>) => void) {}

  /** The settings of the document at `uri`: `settings` with its config file over them, when it has one and may. */
  apply(uri: string, settings: Settings): Settings {
    if (!settings.trusted || !uri.startsWith('file:')) return settings;
    let path: string;
    try {
      path = fileURLToPath(uri);
    } catch {
      return settings;
    }
    const config = this.configs.forFolder(dirname(path));
    if (config.file === undefined) return settings;
    if (!this.seen.has(config)) {
      this.seen.add(config);
      this.found(config);
    }
    let byConfig = this.merged.get(settings);
    if (!byConfig) this.merged.set(settings, (byConfig = new Map<Readonly<ProjectConfig>, Settings>()));
    let out = byConfig.get(config);
    if (!out) byConfig.set(config, (out = merge(settings, config)));
    return out;
  }

  /** A config file changed (or the settings did): every file is looked for and read again when next needed. */
  clear(): void {
    this.configs = new ConfigCache();
    this.merged = new WeakMap();
    this.seen = new Set();
  }
}

function merge(settings: Settings, { values }: Readonly<ProjectConfig>): Settings {
  const out: Settings = { ...settings, rules: { ...settings.rules, ...values.rules } };
  for (const key of APPLIED) if (values[key] !== undefined) Object.assign(out, { [key]: values[key] });
  return out;
}
