// The project config of many reports: each folder's nearest config file is looked up once, and each
// config file (with what it extends) read once, for the cache's life (the language server starts a new
// cache when a config file changed).
import { findConfigFile } from './find.js';
import { NO_CONFIG, readConfig, type ProjectConfig } from './read.js';

export class ConfigCache {
  private readonly nearest = new Map<string, string | undefined>();
  private readonly read = new Map<string, ProjectConfig>();

  /** The config that applies to the reports of `dir`: its nearest config file's, or none. */
  forFolder(dir: string): Readonly<ProjectConfig> {
    const file = findConfigFile(dir, this.nearest);
    if (file === undefined) return NO_CONFIG;
    let config = this.read.get(file);
    if (!config) this.read.set(file, (config = readConfig(file)));
    return config;
  }
}
