// A document's settings with its project config file over them (config/: the nearest `.jixiaorc.json` or
// `jixiao.config.json`, as the CLI reads it). Precedence, as markdownlint's: an option the file sets wins
// over the VS Code settings (rules merged rule by rule, the file's level winning), since the file is what
// the whole office and its CI check with; what it does not set, and the editor-only options (enable,
// language, previousReport), come from the settings. Templates and boilerplate libraries the file names
// join the workspace's for its reports (read like a workspace setting's: only inside a workspace folder). A
// report the file's `ignores` names gets no findings, as with `enable: false`.
// In an untrusted workspace no config file is read. Each merged object is kept (per settings object and
// config), so a document's analysis stays cached across keystrokes (analysis.ts compares settings and
// registries by identity).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigCache } from '../config/cache.js';
import { ignoredByConfig } from '../config/ignores.js';
import type { ProjectConfig } from '../config/read.js';
import type { BoilerplateLibrary, Template, TemplateError } from '../engine/index.js';
import type { Settings } from './settings.js';
import type { Loaded, LoadedLibrary } from './workspace-templates.js';

/** The options a config file sets that replace the settings' (rules are merged; templates and boilerplate: see above). */
const REPLACED = ['defaultTemplate', 'region', 'executionThreshold', 'maxDocumentSize'] as const;

export interface DocumentSettings {
  settings: Settings;
  /** The templates the document's config file names, beside the workspace's. */
  templates: readonly Template[];
  /** The workspace's boilerplate with the config file's, when it names any. */
  library?: BoilerplateLibrary;
}

interface Data {
  templates: readonly Template[];
  library?: BoilerplateLibrary;
}

const NO_TEMPLATES: readonly Template[] = Object.freeze([]);

export class ProjectSettings {
  private configs = new ConfigCache();
  private merged = new WeakMap<Settings, Map<Readonly<ProjectConfig>, Settings>>();
  private data = new Map<Readonly<ProjectConfig>, Promise<Data>>();
  private off = new WeakMap<Settings, Settings>();

  constructor(
    /** Resolves once the workspace's own settings and data files are loaded: a config's data is laid on them. */
    private readonly ready: () => Promise<void>,
    private readonly loadTemplates: (files: string[]) => Promise<Loaded<Template>>,
    /** The workspace's library with these files, checked against these templates. */
    private readonly loadLibrary: (files: string[], templates: readonly Template[]) => Promise<LoadedLibrary>,
    /** Told of each config file read since the last clear, with its data files' errors and names (to announce, to watch). */
    private readonly found: (
      config: Readonly<ProjectConfig>,
      data: { templateErrors: TemplateError[]; libraryErrors: TemplateError[]; files: string[] },
    ) => void,
  ) {}

  /** The settings of the document at `uri`: `settings` with its config file over them, when it has one and may. */
  async apply(uri: string, settings: Settings): Promise<DocumentSettings> {
    const none = { settings, templates: NO_TEMPLATES };
    if (!settings.trusted || !uri.startsWith('file:')) return none;
    let path: string;
    try {
      path = fileURLToPath(uri);
    } catch {
      return none;
    }
    const config = this.configs.forFolder(dirname(path));
    if (config.file === undefined) return none;
    let data = this.data.get(config);
    if (!data) this.data.set(config, (data = this.load(config)));
    let byConfig = this.merged.get(settings);
    if (!byConfig) this.merged.set(settings, (byConfig = new Map<Readonly<ProjectConfig>, Settings>()));
    let out = byConfig.get(config);
    if (!out) byConfig.set(config, (out = merge(settings, config)));
    if (ignoredByConfig(config, path)) out = this.disabled(out);
    const { templates, library } = await data;
    return library ? { settings: out, templates, library } : { settings: out, templates };
  }

  /** The settings with findings off, for a report the config's `ignores` names (one object per settings, for the cache). */
  private disabled(settings: Settings): Settings {
    let off = this.off.get(settings);
    if (!off) this.off.set(settings, (off = { ...settings, enable: false }));
    return off;
  }

  private async load(config: Readonly<ProjectConfig>): Promise<Data> {
    await this.ready();
    const paths = config.values.templates ?? [];
    const loaded = paths.length > 0 ? await this.loadTemplates(paths) : { loaded: [], errors: [], files: [] };
    const templates = loaded.loaded.length > 0 ? loaded.loaded : NO_TEMPLATES;
    const libraryPaths = config.values.boilerplate ?? [];
    const library = libraryPaths.length > 0 ? await this.loadLibrary(libraryPaths, templates) : undefined;
    this.found(config, {
      templateErrors: loaded.errors,
      libraryErrors: library?.errors ?? [],
      files: [...loaded.files, ...(library?.files ?? [])],
    });
    return library ? { templates, library: library.library } : { templates };
  }

  /** A config file changed (or the settings did): every file is looked for and read again when next needed. */
  clear(): void {
    this.configs = new ConfigCache();
    this.merged = new WeakMap();
    this.data = new Map();
    this.off = new WeakMap();
  }
}

function merge(settings: Settings, { values }: Readonly<ProjectConfig>): Settings {
  const out: Settings = { ...settings, rules: { ...settings.rules, ...values.rules } };
  for (const key of REPLACED) if (values[key] !== undefined) Object.assign(out, { [key]: values[key] });
  return out;
}
