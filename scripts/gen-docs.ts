// Writes what is generated from the rules' metadata and the option definitions: docs/rules.md, the
// README's rule and settings tables, the manifest's settings (package.json, package.nls*.json) and the
// project config schema (schemas/jixiao-config.schema.json), and the client's list of path settings
// (shared/path-settings.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { CONFIG_SCHEMA_FILE, configJsonSchema } from './config-schema.js';
import { PATH_SETTINGS_FILE, pathSettingsModule } from './path-settings.js';
import { rulesPage, withRuleTable } from './rule-docs.js';
import { withConfigurationInManifest, withConfigurationInNls } from './settings-manifest.js';
import { withSettingsTable } from './settings-docs.js';

const file = (name: string): URL => new URL(`../${name}`, import.meta.url);
const rewrite = (name: string, change: (text: string) => string): void =>
  writeFileSync(file(name), change(readFileSync(file(name), 'utf8')));

rewrite('README.md', (text) => withSettingsTable(withRuleTable(text)));
writeFileSync(file('docs/rules.md'), rulesPage());
rewrite('package.json', withConfigurationInManifest);
rewrite('package.nls.json', (text) => withConfigurationInNls(text, 'en'));
rewrite('package.nls.zh-cn.json', (text) => withConfigurationInNls(text, 'zh'));
writeFileSync(file(`schemas/${CONFIG_SCHEMA_FILE}`), configJsonSchema());
writeFileSync(file(PATH_SETTINGS_FILE), pathSettingsModule());
console.log(
  `wrote the README rule and settings tables, docs/rules.md, the settings in package.json and package.nls*.json, ` +
    `schemas/${CONFIG_SCHEMA_FILE} and ${PATH_SETTINGS_FILE}`,
);
