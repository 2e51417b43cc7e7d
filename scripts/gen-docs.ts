// Writes docs/rules.md, the README's rule table and the manifest's rule ids from the rules' metadata.
import { readFileSync, writeFileSync } from 'node:fs';
import { rulesPage, withRuleTable } from './rule-docs.js';
import { withRuleIdsInManifest, withRuleIdsInNls } from './rule-ids.js';
import { withSettingsTable } from './settings-docs.js';

const readme = new URL('../README.md', import.meta.url);
writeFileSync(readme, withSettingsTable(withRuleTable(readFileSync(readme, 'utf8'))));
writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesPage());
for (const name of ['package.json', 'package.nls.json', 'package.nls.zh-cn.json']) {
  const file = new URL(`../${name}`, import.meta.url);
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, name === 'package.json' ? withRuleIdsInManifest(text) : withRuleIdsInNls(text));
}
console.log('wrote the README rule and settings tables, docs/rules.md and the rule ids in package.json and package.nls*.json');
