// Each report's options: the defaults, under its nearest project config file (config/), under the
// command line's flags. A folder's config is read once per run (a batch of 200 reports in 30 folders
// reads each file once); a problem in a config file never stops the batch: what is wrong is said once
// (config problems), the rest of the file applies, and a file that cannot be read applies nothing. The
// reports a folder walk or a glob found are left out when their config's `ignores` names them.
import { dirname, resolve } from 'node:path';
import { ConfigCache } from '../config/cache.js';
import { ignoredByConfig } from '../config/ignores.js';
import type { ConfigProblem } from '../config/problem.js';
import { NO_CONFIG, type ProjectConfig } from '../config/read.js';
import { loadTemplateFile, TemplateError, TemplateRegistry, type CheckOptions, type Template } from '../engine/index.js';
import type { CheckSettings } from './check-file.js';

export interface Configured {
  config: Readonly<ProjectConfig>;
  options: CheckOptions;
  /** The config's own problems and those of the templates it names. */
  problems: ConfigProblem[];
}

const MB = 1024 * 1024;

export class ConfiguredOptions {
  private readonly configs = new ConfigCache();
  private readonly built = new Map<Readonly<ProjectConfig>, Configured>();
  /** The --template file, loaded once (a broken one is a usage error, before any file is checked). */
  private readonly flagTemplate: Template | undefined;

  constructor(private readonly settings: CheckSettings) {
    this.flagTemplate = settings.templateFile ? loadTemplateFile(settings.templateFile) : undefined;
  }

  /** The config and options of the report at `path` (relative to the run's folder). */
  for(path: string): Configured {
    const config = this.settings.noConfig ? NO_CONFIG : this.configs.forFolder(dirname(resolve(this.settings.cwd, path)));
    let done = this.built.get(config);
    if (!done) this.built.set(config, (done = this.build(config)));
    return done;
  }

  /** `files` without those found by a walk or a glob that their config's `ignores` leaves out (a file named is kept). */
  notIgnored(files: string[], named: ReadonlySet<string>): string[] {
    if (this.settings.noConfig) return files;
    return files.filter((f) => named.has(f) || !ignoredByConfig(this.for(f).config, resolve(this.settings.cwd, f)));
  }

  private build(config: Readonly<ProjectConfig>): Configured {
    const { values } = config;
    const problems = [...config.problems];
    const templates: Template[] = [];
    for (const file of values.templates ?? []) {
      try {
        templates.push(loadTemplateFile(file));
      } catch (e) {
        if (!(e instanceof TemplateError)) throw e;
        problems.push({
          file: config.sources.templates ?? file,
          zh: `模板有误，已忽略：${e.describe('zh')}`,
          en: `broken template ignored: ${e.describe('en')}`,
        });
      }
    }
    if (this.flagTemplate) templates.push(this.flagTemplate);
    const s = this.settings;
    const registry = new TemplateRegistry(templates, values.defaultTemplate);
    const named = values.defaultTemplate;
    if (named !== undefined && !registry.get(named)) {
      const ids = registry
        .list()
        .map((t) => t.id)
        .join(', ');
      problems.push({
        file: config.sources.defaultTemplate ?? '',
        zh: `defaultTemplate 所指的模板“${named}”不存在（内置及 templates 所列：${ids}），改用内置默认模板`,
        en: `defaultTemplate names no template "${named}" (built-in and listed in templates: ${ids}); using the built-in default`,
      });
    }
    const options: CheckOptions = {
      registry,
      severities: { ...values.rules, ...s.severities },
    };
    if (s.templateId) options.templateId = s.templateId;
    const region = s.region ?? values.region;
    if (region) options.region = region;
    const threshold = s.executionThreshold ?? values.executionThreshold;
    if (threshold !== undefined) options.settings = { executionThreshold: threshold };
    if (values.maxDocumentSize !== undefined) options.maxSize = values.maxDocumentSize * MB;
    return { config, options, problems };
  }
}
